"""Regie: the Qt-free core of the desktop application for the sociaal wijkteam."""

__version__ = "0.1.0"
