"""What the consent screen shows for a version that is already signed: the stored consent, read-only.

The consent screen reads the worksheet for the plan itself; the signed choices (share, Plan B, signer names)
and the drawn strokes live in the consent row, which the GUI may not query itself. Reading it belongs to
opening the plan (already logged by ``open_plan``), so it is not logged again.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.plans import stored_record
from regie_desktop.domain.consent import Consent
from regie_desktop.errors import NotFound
from regie_desktop.store.models import ConsentRow, PlanVersion


def signed_consent(session: Session, plan_version_id: str) -> Consent:
    """The consent stored with this signed version; ``NotFound`` when it is not signed or cannot be read.

    An unreadable record is what tampering looks like; the version badge (``verify_version``) says so, and
    this screen then shows a message instead of a half-decoded consent.
    """
    version = session.get(PlanVersion, plan_version_id)
    row = session.execute(select(ConsentRow).where(ConsentRow.plan_version_id == plan_version_id)).scalar_one_or_none()
    if version is None or row is None:
        raise NotFound("Deze planversie is niet ondertekend.")
    try:
        return stored_record(version, row).consent
    except (ValueError, KeyError, TypeError) as exc:
        raise NotFound("De opgeslagen toestemming van deze versie is beschadigd en kan niet worden getoond.") from exc
