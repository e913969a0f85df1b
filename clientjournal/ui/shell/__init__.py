"""The window's frame: main window, start-up frame, welcome, single instance, the window context."""
