"""The global search: field, results model and painting, menu actions."""
