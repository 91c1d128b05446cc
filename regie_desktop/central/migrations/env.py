"""Alembic environment of the central store: run from regie_desktop.central.db with an open connection."""

from __future__ import annotations

from alembic import context

from regie_desktop.central.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("The central store's migrations run through regie_desktop.central.db, with a connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
