"""The journal on disk: peewee models, connection, migrations, import and export.  No Qt."""
