"""Command line: thin Click commands over the library (`wirecoder --help`)."""
