"""A client's notes: the timeline, the editor and the mood chart."""
