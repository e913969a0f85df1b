"""Backups, restore, a damaged journal and the passphrase, in the window."""
