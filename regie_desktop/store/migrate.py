"""Schema versions: upgrade an older workspace, refuse one made by a newer Regie.

Alembic is imported only when a migration has to run: opening an up-to-date workspace is on the path
from passphrase to first screen, and alembic costs a quarter of a second to import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from regie_desktop.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# The newest revision in migrations/versions; a test keeps this in step with the scripts.
HEAD = "0010"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return HEAD


def script_head() -> str | None:
    """The head as Alembic computes it from the scripts (for the consistency test)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    try:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    except OperationalError:  # no such table: a new, empty database
        return None


def ensure_not_newer(conn: Connection) -> None:
    current = current_revision(conn)
    if current is not None and current != HEAD and current not in known_revisions():
        raise SchemaTooNew(
            "Deze werkruimte is gemaakt met een nieuwere versie van Regie. Werk Regie bij; "
            "de werkruimte is niet gewijzigd."
        )


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this version's head in one transaction (all or nothing)."""
    with engine.begin() as conn:
        ensure_not_newer(conn)
        if current_revision(conn) == HEAD:
            return
        from alembic import command

        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
