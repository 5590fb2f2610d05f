"""The command line: one bootstrap that builds the app for every command, and the console chat."""
