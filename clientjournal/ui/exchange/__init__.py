"""Import and export in the window: JSON, contacts (vCard, CSV) with a preview, dropped files."""
