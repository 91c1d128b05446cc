"""Reusable widgets shared by several dialogs and pages."""
