"""The journal in other formats, without a database: calendar, Markdown, the export schema's check."""
