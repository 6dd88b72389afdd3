"""`python -m wirecoder` runs the command line."""

from wirecoder.cli.main import main

main()
