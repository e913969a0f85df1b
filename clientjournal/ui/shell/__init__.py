"""The window's frame: main window, its menus and commands on clients, start-up frame, welcome, demo bar, single instance."""
