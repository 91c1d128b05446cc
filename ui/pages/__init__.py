"""The pages of the main window, one class per file."""
