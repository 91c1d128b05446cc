"""Sync with the central store (wire schema, engine, conflicts): arrives with the sync issue."""
