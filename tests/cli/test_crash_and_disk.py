"""A killed process or a full disk loses nothing that was committed and leaves a sound workspace."""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import ChangeRecord, Huishouden
from tests.cli.helpers import regie_env, run_regie
from tests.conftest import PASSPHRASE

KILLS = 20


def _read_lines(stream, sink: list[str]) -> None:  # type: ignore[no-untyped-def]
    for line in stream:
        sink.append(line.strip())


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_record(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()
    rng = random.Random(20261125)
    committed: set[str] = set()
    for round_no in range(KILLS):
        lines: list[str] = []
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.cli.crash_writer", str(home), str(round_no)],
            env=regie_env(home, REGIE_PASSPHRASE=PASSPHRASE),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        reader = threading.Thread(target=_read_lines, args=(writer.stdout, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 30
        while "ready" not in lines and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert "ready" in lines, f"writer did not start in round {round_no}"
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        reader.join(timeout=10)
        committed |= {line for line in lines if line != "ready" and line}

        check = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)
        assert check.returncode == 0, f"round {round_no}: {check.stdout}{check.stderr}"

    assert len(committed) > KILLS  # the writer really wrote between the kills
    svc = WorkspaceService(home=home)
    svc.unlock(PASSPHRASE)
    with svc.workspace.transaction() as session:
        stored = set(session.execute(select(Huishouden.id)).scalars())
        logged_rows = session.execute(select(ChangeRecord.entity_id).where(ChangeRecord.entity == "huishouden"))
        logged = set(logged_rows.scalars())
    svc.close()
    assert committed <= stored
    assert stored == logged  # no household without its change record, none the other way round


def _limit_file_size(limit: int):  # type: ignore[no-untyped-def]
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails with EFBIG instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE simulates a full disk on POSIX only")
def test_full_disk_gives_dutch_message_and_keeps_workspace_sound(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    svc.close()
    size_before = (home / "regie.db").stat().st_size
    result = subprocess.run(
        [sys.executable, "-m", "regie_desktop", "demo-data", "--households", "2000"],
        env=regie_env(home, REGIE_PASSPHRASE=PASSPHRASE),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=_limit_file_size(size_before + 300_000),
    )
    assert result.returncode == 7, result.stderr
    assert "schijf is vol" in result.stderr
    assert "Traceback" not in result.stderr

    check = run_regie(home, "check", REGIE_PASSPHRASE=PASSPHRASE)
    assert check.returncode == 0, check.stdout + check.stderr
    svc = WorkspaceService(home=home)
    svc.unlock(PASSPHRASE)
    status = svc.status()
    svc.close()
    # Whole batches only: every stored household has its persons' and its own change records.
    assert status.counts["huishouden"] % 50 == 0
    assert status.counts["huishouden"] < 2000
    assert status.counts["access_log"] == status.counts["huishouden"]
