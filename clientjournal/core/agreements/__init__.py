"""Agreements with a client: the checklist's vocabulary and rules, starter templates, the summary."""
