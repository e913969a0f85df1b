"""Import and export of the journal: JSON (lossless), readable text, calendar, contacts."""
