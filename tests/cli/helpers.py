"""Running the real ``regie`` command in a subprocess, as a worker or a script would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

RECOVERY_RE = re.compile(r"\b[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}\b")


def regie_env(home: Path, **secrets: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGIE_")}
    env["REGIE_HOME"] = str(home)
    env.update(secrets)
    return env


def run_regie(home: Path, *args: str, timeout: float = 120, **secrets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "regie_desktop", *args],
        env=regie_env(home, **secrets),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def recovery_key_from(output: str) -> str:
    match = RECOVERY_RE.search(output)
    assert match, output
    return match.group(0)
