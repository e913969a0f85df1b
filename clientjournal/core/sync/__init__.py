"""Sync's pure logic: the hybrid logical clock, change records, file names and format, and the
merge decisions (no Qt, no database; ``store/sync`` applies them to the journal)."""
