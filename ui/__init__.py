"""Regie's PySide6 GUI: windows, pages and widgets. No rules and no SQL live here."""
