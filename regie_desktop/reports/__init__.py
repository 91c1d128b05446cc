"""Printable documents (reportlab): arrive with the plan and inzage issues."""
