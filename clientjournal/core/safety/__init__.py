"""Rules for keeping the journal safe: which backups to keep, how strong a passphrase is."""
