"""The command line: global options, the sub-commands, and one place for exit codes."""
