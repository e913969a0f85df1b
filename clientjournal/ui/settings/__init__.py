"""Edit → Settings…: the user's preferences in one dialog."""
