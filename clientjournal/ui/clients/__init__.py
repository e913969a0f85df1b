"""The client list, the client pane and its profile, the client dialog, the trash and the
commands on them (new, edit, archive, delete, filter, sort, next and previous client)."""
