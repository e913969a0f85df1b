"""The client list, the client pane and its profile, the client dialog and the trash."""
