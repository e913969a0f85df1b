"""The window's frame: main window and its menus, start-up frame, welcome, demo bar, single instance."""
