"""The central store server (FastAPI): arrives with the sync issue."""
