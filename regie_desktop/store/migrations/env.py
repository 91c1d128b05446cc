"""Alembic environment: always run from Regie with an open (encrypted) connection, never from a URL."""

from __future__ import annotations

from alembic import context

from regie_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Regie's migrations run through regie_desktop.store.migrate, with an open connection.")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
