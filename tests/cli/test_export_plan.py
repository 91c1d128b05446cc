"""``regie export-plan``: a plan PDF from a terminal; no overwriting, no concept for the provider."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from regie_desktop.app.plans import draft, save_plan_draft, sign_plan
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import plan_hash
from regie_desktop.store.keyfile import MINIMUM_KDF
from regie_desktop.store.models import AccessLog
from tests.app.factories import TODAY, consent, new_dossier, plan
from tests.cli.helpers import run_regie
from tests.conftest import PASSPHRASE


def _workspace(home: Path, signed: bool) -> str:
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.create("Wilma", PASSPHRASE)
    d = new_dossier(svc)
    with svc.unit_of_work() as (session, actor):
        save_plan_draft(session, actor, plan(d.casus_id), TODAY)
    if signed:
        with svc.unit_of_work() as (session, actor):
            current = draft(session, d.casus_id)
            assert current is not None
            sign_plan(session, actor, d.casus_id, consent(plan_hash(current), withheld=("huisvesting",)), TODAY)
    svc.close()
    return d.casus_id


def _exports(home: Path) -> list[str]:
    svc = WorkspaceService(home=home, kdf=MINIMUM_KDF)
    svc.unlock(PASSPHRASE)
    try:
        with svc.unit_of_work() as (session, _):
            actions = session.execute(select(AccessLog.action)).scalars()
            return sorted(a for a in actions if a.startswith("plan-exporteren"))
    finally:
        svc.close()


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_both_variants_and_refuse_to_overwrite(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    casus_id = _workspace(home, signed=True)
    full, provider = tmp_path / "plan.pdf", tmp_path / "aanbieder.pdf"

    done = run_regie(home, "export-plan", casus_id, "--uit", str(full), REGIE_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "Plan (volledige versie) opgeslagen" in done.stdout
    assert "Fatima Jansen" in _text(full) and "Woning behouden" in _text(full)

    args = ("export-plan", casus_id, "--variant", "aanbieder", "--uit", str(provider))
    done = run_regie(home, *args, REGIE_PASSPHRASE=PASSPHRASE)
    assert done.returncode == 0, done.stderr
    assert "Schulden op een rij" in _text(provider) and "Woning behouden" not in _text(provider)

    before = full.read_bytes()
    again = run_regie(home, "export-plan", casus_id, "--uit", str(full), REGIE_PASSPHRASE=PASSPHRASE)
    assert again.returncode == 1
    assert "bestaat al" in again.stderr and "--overschrijven" in again.stderr
    assert full.read_bytes() == before
    assert _exports(home) == ["plan-exporteren-aanbieder", "plan-exporteren-volledig"]

    forced = run_regie(
        home, "export-plan", casus_id, "--uit", str(full), "--overschrijven", REGIE_PASSPHRASE=PASSPHRASE
    )
    assert forced.returncode == 0, forced.stderr
    assert _exports(home) == ["plan-exporteren-aanbieder", "plan-exporteren-volledig", "plan-exporteren-volledig"]


def test_concept_is_refused_for_the_provider_and_unknown_casus_is_not_found(tmp_path: Path) -> None:
    home = tmp_path / "ws"
    casus_id = _workspace(home, signed=False)
    target = tmp_path / "aanbieder.pdf"

    refused = run_regie(
        home, "export-plan", casus_id, "--variant", "aanbieder", "--uit", str(target), REGIE_PASSPHRASE=PASSPHRASE
    )
    assert refused.returncode == 11
    assert "nog een concept" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not target.exists()
    assert _exports(home) == []

    missing = run_regie(home, "export-plan", "geen-casus", "--uit", str(target), REGIE_PASSPHRASE=PASSPHRASE)
    assert missing.returncode == 13
    assert not target.exists()
