"""Write-then-rename, so a crash or a full disk never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from regie_desktop.errors import StorageFull

DISK_FULL_MESSAGE = (
    "De schijf is vol of niet beschrijfbaar. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw."
)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; on any failure the old file stays as it was."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS):
            raise StorageFull(DISK_FULL_MESSAGE) from exc
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
