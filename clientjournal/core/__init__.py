"""Domain logic in plain Python: no Qt, no database."""
