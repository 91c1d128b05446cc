"""Allows ``python -m regie_desktop`` as an alias of the ``regie`` command."""

from regie_desktop.cli import main

raise SystemExit(main())
