"""What every feature's widgets share: lazy list model, delegates, autosave, undo, theme, small widgets."""
