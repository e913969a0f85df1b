"""A synthetic journal for demos, screenshots and the performance bars: generator and texts."""
