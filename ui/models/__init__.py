"""Qt item models over the core's read models, one class per file."""
