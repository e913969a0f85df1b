"""Demo data on disk: writing a generated journal fast, and removing it again in one step."""
