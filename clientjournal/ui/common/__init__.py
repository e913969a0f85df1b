"""What every feature's widgets share: the window context, lazy list model, read-only tables, pane commands, delegates, autosave, undo, theme, small widgets."""
