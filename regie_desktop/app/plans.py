"""Use cases on the plan: save a draft, sign it with the client's consent, and verify what was signed.

A signed version is frozen: its canonical JSON is hashed, the consent names that hash, and this device's
Ed25519 key signs hash + consent + strokes. Editing afterwards starts a new draft that needs new consent.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app import catalog
from regie_desktop.app.casussen import get_casus
from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.app.regiestappen import record_step_done
from regie_desktop.domain.canonical import canonical_json
from regie_desktop.domain.consent import (
    Consent,
    Signature,
    SignerRole,
    canonical_consent,
    canonical_strokes,
    strokes_from_canonical,
)
from regie_desktop.domain.plan import (
    PlanContent,
    PlanStatus,
    canonical_plan,
    ensure_signable,
    plan_from_canonical,
    plan_hash,
)
from regie_desktop.domain.signing import DeviceKey, SignedRecord, Verification, sign_record, verify
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.store.models import ConsentRow, PlanVersion, RegiestapGedaan
from regie_desktop.store.models import DeviceKey as DeviceKeyRow

UNKNOWN_DEVICE = "onbekend_apparaat"
SIGNING_STEPS = (1, 2, 3)  # het plan, toestemming, Plan B: all settled at the moment of signing


def device_key(session: Session) -> DeviceKey:
    """This device's signing key, made on first use and kept only inside the encrypted database."""
    row = session.get(DeviceKeyRow, 1)
    if row is None:
        key = DeviceKey.generate()
        session.add(
            DeviceKeyRow(
                id=1, private_key=key.private_bytes(), public_key=key.public_bytes(), created_at=dt.datetime.now(dt.UTC)
            )
        )
        return key
    return DeviceKey.from_private_bytes(row.private_key)


def latest_version(session: Session, casus_id: str) -> PlanVersion | None:
    return session.execute(
        select(PlanVersion).where(PlanVersion.casus_id == casus_id).order_by(PlanVersion.version.desc()).limit(1)
    ).scalar_one_or_none()


def save_plan_draft(session: Session, actor: Actor, plan: PlanContent, today: dt.date) -> str:
    """Save the draft of ``plan.casus_id``; after a signed version this starts the next version."""
    casus = get_casus(session, plan.casus_id)
    instrument = catalog.instrument(casus.instrument_id)
    latest = latest_version(session, plan.casus_id)
    version = 1 if latest is None else latest.version + (latest.status == PlanStatus.ONDERTEKEND.value)
    del today  # a concept may hold a date that has passed by now; signing checks dates (``ensure_signable``)
    valid = replace(plan, version=version, instrument_id=casus.instrument_id).concept(
        {lg.key for lg in instrument.leefgebieden}
    )
    content = canonical_json(canonical_plan(valid))
    if latest is not None and latest.status == PlanStatus.CONCEPT.value:
        if not record_update(session, actor, "plan_version", latest, {"content": content}):
            return latest.id
        record_access(session, actor, "plan-bijwerken", "casus", plan.casus_id)
        return latest.id
    fields = {"casus_id": plan.casus_id, "version": version, "status": PlanStatus.CONCEPT.value, "content": content}
    row = record_insert(session, actor, "plan_version", PlanVersion, fields)
    record_access(session, actor, "plan-opstellen", "casus", plan.casus_id)
    return row.id


def draft(session: Session, casus_id: str) -> PlanContent | None:
    latest = latest_version(session, casus_id)
    if latest is None or latest.status != PlanStatus.CONCEPT.value:
        return None
    return plan_from_canonical(json.loads(latest.content))


def sign_plan(session: Session, actor: Actor, casus_id: str, consent: Consent, today: dt.date) -> str:
    """Freeze the current draft with the client's consent and both signatures; returns the consent id."""
    latest = latest_version(session, casus_id)
    if latest is None or latest.status != PlanStatus.CONCEPT.value:
        raise ValidationError("Er is geen conceptplan om te ondertekenen.")
    plan = plan_from_canonical(json.loads(latest.content))
    digest = plan_hash(plan)
    if consent.plan_hash != digest:
        raise ValidationError(
            "Het plan is gewijzigd nadat het ter ondertekening werd getoond. Laat de nieuwe versie lezen en "
            "opnieuw ondertekenen."
        )
    instrument = catalog.instrument(plan.instrument_id)
    known = {lg.key for lg in instrument.leefgebieden}
    ensure_signable(plan, known, today)
    if not consent.data_processing_consent:
        raise ValidationError(
            "De cliënt heeft (nog) geen toestemming gegeven voor het verwerken van de gegevens, of heeft die "
            "ingetrokken. Zonder die toestemming wordt het plan niet ondertekend; bespreek het eerst met de cliënt."
        )
    valid = consent.validated(known)
    record = sign_record(device_key(session), plan, valid)
    now = dt.datetime.now(dt.UTC)
    # The signing carries the text it signed: a laptop folding it sets that text even over a concurrent edit of
    # the concept, which is kept as a conflict instead (``sync.apply``), so the signature holds everywhere.
    record_update(
        session,
        actor,
        "plan_version",
        latest,
        {"status": PlanStatus.ONDERTEKEND.value, "plan_hash": digest, "signed_at": now, "content": latest.content},
        carry=("content",),
    )
    stored = canonical_json(
        {
            "consent": canonical_consent(valid),
            "strokes": {
                "client": canonical_strokes(valid.client_signature.strokes),
                "werker": canonical_strokes(valid.worker_signature.strokes),
            },
        }
    )
    consent_row = record_insert(
        session,
        actor,
        "consent",
        ConsentRow,
        {
            "plan_version_id": latest.id,
            "content": stored,
            "device_public_key": record.device_public_key.hex(),
            "signature": record.signature.hex(),
        },
        {"device_public_key": record.device_public_key, "signature": record.signature},
    )
    done = set(
        session.execute(select(RegiestapGedaan.step_number).where(RegiestapGedaan.casus_id == casus_id)).scalars()
    )
    for step in SIGNING_STEPS:
        if step not in done:
            record_step_done(session, actor, casus_id, step, today, "Bij ondertekening van het plan", today)
    record_access(session, actor, "plan-ondertekenen", "casus", casus_id)
    return consent_row.id


def _signature_from(data: dict[str, Any], strokes: Any) -> Signature:
    return Signature(
        signer_name=data["name"],
        role=SignerRole(data["role"]),
        strokes=strokes_from_canonical(strokes),
        signed_at=dt.datetime.fromisoformat(data["signed_at"].replace("Z", "+00:00")),
    )


def stored_record(version: PlanVersion, consent_row: ConsentRow) -> SignedRecord:
    data = json.loads(consent_row.content)
    c = data["consent"]
    consent = Consent(
        plan_hash=c["plan_hash"],
        share_with_provider=c["share_with_provider"],
        withheld_leefgebieden=tuple(c["withheld_leefgebieden"]),
        data_processing_consent=c["data_processing_consent"],
        client_signature=_signature_from(c["client"], data["strokes"]["client"]),
        worker_signature=_signature_from(c["werker"], data["strokes"]["werker"]),
    )
    plan = plan_from_canonical(json.loads(version.content))
    return SignedRecord(plan, consent, consent_row.device_public_key, consent_row.signature)


def verify_version(session: Session, plan_version_id: str) -> str:
    """``geldig``, ``plan_gewijzigd``, ``handtekening_ongeldig`` or ``onbekend_apparaat`` for a signed version.

    A valid Ed25519 signature proves nothing if anyone's key is accepted, so the key must be one of the
    devices this workspace knows.
    """
    version = session.get(PlanVersion, plan_version_id)
    consent_row = session.execute(
        select(ConsentRow).where(ConsentRow.plan_version_id == plan_version_id)
    ).scalar_one_or_none()
    if version is None or consent_row is None:
        raise NotFound("Deze planversie is niet ondertekend.")
    known = set(session.execute(select(DeviceKeyRow.public_key)).scalars())
    if consent_row.device_public_key not in known:
        return UNKNOWN_DEVICE
    try:
        record = stored_record(version, consent_row)
    except (ValueError, KeyError, TypeError):
        return Verification.HANDTEKENING_ONGELDIG.value
    result = verify(record)
    if result is Verification.GELDIG and version.plan_hash != record.consent.plan_hash:
        return Verification.PLAN_GEWIJZIGD.value
    return result.value


def verify_all(session: Session) -> dict[str, int]:
    """Counts per verification outcome over every signed version (for ``regie check``)."""
    counts: dict[str, int] = {}
    for version_id in session.execute(select(ConsentRow.plan_version_id)).scalars():
        outcome = verify_version(session, version_id)
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def count_signed(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(ConsentRow)) or 0)
