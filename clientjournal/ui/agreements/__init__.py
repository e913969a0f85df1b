"""The agreement checklist: pane, editor, projects, templates, the summary to send, the due view, menu actions."""
