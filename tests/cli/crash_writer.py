"""A process that keeps writing households, one transaction each, and reports every commit on stdout.

The crash test kills it with SIGKILL at random moments; each id printed here must survive.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from regie_desktop.app.demo_data import generate_households
from regie_desktop.app.households import register_household
from regie_desktop.app.workspace_service import WorkspaceService


def main() -> None:
    home, seed = Path(sys.argv[1]), int(sys.argv[2])
    svc = WorkspaceService(home=home)
    svc.unlock(os.environ["REGIE_PASSPHRASE"])
    today = dt.date.today()
    print("ready", flush=True)
    for household in generate_households(2000, seed, today):
        with svc.unit_of_work() as (session, actor):
            hh_id = register_household(session, actor, household, today)
        print(hh_id, flush=True)  # only after commit returned


if __name__ == "__main__":
    main()
