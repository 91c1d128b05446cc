"""Frozen entry point of ``regie`` (the command line) in the PyInstaller bundle."""

import sys

from regie_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
