"""The journal's safety on disk: backups, restore, integrity checks, encryption at rest."""
