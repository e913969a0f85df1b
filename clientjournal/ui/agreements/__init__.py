"""The agreement checklist: pane, editor, projects, templates, the summary to send, menu actions."""
