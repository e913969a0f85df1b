"""Qt widgets, item models and dialogs.  No SQL: everything on disk goes through ``store``."""
