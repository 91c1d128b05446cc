"""Use cases of sync with the central store: enrol this device, sync now, the status, and the conflicts.

The CLI (``regie enrol``, ``regie sync``) and the GUI (status bar, "Nu synchroniseren", the Conflicten page)
call only these. The network is never used inside a transaction; see ``regie_desktop.sync.engine``.

Revocation: when the server says this device was revoked, Regie tries once to send what is still in the
outbox (the server keeps it for the administrator), then removes the whole workspace from this computer and
raises ``WorkspaceWiped`` with the reason. A revoked laptop may be lost or stolen: its data must not stay.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access, record_change
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.policy import current_policy
from regie_desktop.store.models import (
    Casus,
    ChangeRecord,
    Huishouden,
    PlanVersion,
    SyncConflict,
    SyncState,
    Worker,
    WorkspaceInfo,
)
from regie_desktop.sync import wire
from regie_desktop.sync.apply import CONFLICT_ENTITY, ENTITIES, column_value, revision_column, set_fields
from regie_desktop.sync.dossier import dossier_of
from regie_desktop.sync.engine import SyncEngine, SyncReport, load_state
from regie_desktop.sync.outbox import mark_sent, unsent
from regie_desktop.sync.transport import (
    CentralClient,
    DeviceRevoked,
    EnrolmentRefused,
    NotEnrolled,
    SyncError,
    pinned_context,
)

if TYPE_CHECKING:
    from regie_desktop.app.workspace_service import WorkspaceService
    from regie_desktop.sync.engine import Progress

ClientFactory = Callable[[str, str | None], CentralClient]


class WorkspaceWiped(DeviceRevoked):
    """The device was revoked: the outbox was offered once and the workspace is gone from this computer."""


def default_client(url: str, token: str | None) -> CentralClient:
    """A client that trusts only the organisation's CA when the policy names one (``ca_file``)."""
    policy = current_policy()
    context = pinned_context(Path(policy.ca_file)) if policy.ca_file else None
    return CentralClient(url, token, ssl_context=context)


def _server_url(given: str | None) -> str:
    fixed = current_policy().central_url
    url = (given or fixed or "").strip().rstrip("/")
    if fixed and given and url != fixed.strip().rstrip("/"):
        raise ValidationError(f"De centrale opslag is vastgelegd door uw organisatie ({fixed}). Er is niets gewijzigd.")
    if not url:
        raise ValidationError("Geef het adres van de centrale opslag op, bijvoorbeeld https://regie.gemeente.nl.")
    if not url.startswith(("https://", "http://")):
        raise ValidationError("Het adres van de centrale opslag begint met https://.")
    return url


# --- enrolment --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    team_name: str
    worker_name: str


def enrol(
    service: WorkspaceService,
    server_url: str | None,
    code: str,
    device_name: str = "",
    client_factory: ClientFactory = default_client,
) -> Enrolment:
    """Register this device with a one-time code; the token and team are kept in the encrypted database."""
    from regie_desktop.app.plans import device_key

    url = _server_url(server_url)
    if not wire.normalise_code(code):
        raise ValidationError("Vul de aanmeldcode in die u van de beheerder kreeg.")
    with service.unit_of_work() as (session, _actor):
        state = load_state(session)
        if state is not None:
            raise EnrolmentRefused(
                f"Dit apparaat is al aangemeld bij {state.server_url} (team {state.team_name}). Er is niets gewijzigd."
            )
        device_id = session.scalars(select(WorkspaceInfo.device_id)).one()
        key = device_key(session)
    with client_factory(url, None) as client:
        answer = client.enrol(code, device_id, key, device_name=device_name)
    with service.unit_of_work() as (session, _actor):
        session.add(
            SyncState(
                id=1,
                server_url=url,
                device_token=answer.device_token,
                device_id=answer.device_id,
                team_id=answer.team_id,
                team_name=answer.team_name[:100],
                worker_name=answer.worker_name[:100],
                pull_cursor=0,
                digest=wire.EMPTY_DIGEST,
                enrolled_at=dt.datetime.now(dt.UTC),
                last_sync_at=None,
                last_error="",
            )
        )
    return Enrolment(server_url=url, team_name=answer.team_name, worker_name=answer.worker_name)


# --- syncing ----------------------------------------------------------------------------------------------


def sync_now(
    service: WorkspaceService,
    client_factory: ClientFactory = default_client,
    progress: Progress | None = None,
    sleep: Callable[[float], None] | None = None,
) -> SyncReport:
    """One sync (push, pull, digest). A failure is kept as the last error (for the status bar) and raised."""
    with service.unit_of_work() as (session, actor):
        state = load_state(session)
        if state is None:
            raise NotEnrolled("Dit apparaat is nog niet aangemeld bij de centrale opslag.")
        url, token = state.server_url, state.device_token
    client = client_factory(url, token)
    try:
        extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
        engine = SyncEngine(service.workspace.transaction, client, clock=actor.clock, **extra)
        try:
            return engine.run(progress)
        except DeviceRevoked:
            _upload_once_then_wipe(service, client)
        except SyncError as exc:
            with service.unit_of_work() as (session, _actor):
                current = load_state(session)
                if current is not None:
                    current.last_error = exc.message[:500]
            raise
    finally:
        client.close()
    raise AssertionError("unreachable")


def _upload_once_then_wipe(service: WorkspaceService, client: CentralClient) -> None:
    with service.unit_of_work() as (session, _actor):
        waiting = int(
            session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.sent_at.is_(None))) or 0
        )
    sent = 0
    try:
        while True:
            with service.unit_of_work() as (session, _actor):
                batch = unsent(session, wire.MAX_BATCH)
            if not batch:
                break
            answer = client.revoked_upload(batch)
            if not answer.kept:
                break
            with service.unit_of_work() as (session, _actor):
                mark_sent(session, answer.kept, dt.datetime.now(dt.UTC))
            sent += len(answer.kept)
    except SyncError:
        pass  # tried once, as promised; the workspace goes anyway
    service.wipe()
    if sent >= waiting:
        what = (
            f"De {sent} nog niet verstuurde wijziging(en) zijn eerst naar de centrale opslag gestuurd."
            if sent
            else "Er waren geen onverstuurde wijzigingen."
        )
    else:
        what = f"Van de {waiting} onverstuurde wijziging(en) konden er {waiting - sent} niet meer worden verstuurd."
    raise WorkspaceWiped(
        "De beheerder heeft de toegang van dit apparaat tot de centrale opslag ingetrokken. "
        f"{what} Daarna is de werkruimte van deze computer gewist."
    )


@dataclass(frozen=True)
class SyncStatus:
    """For the status bar and ``regie sync --status``: never the token, never personal data of clients."""

    enrolled: bool
    server_url: str = ""
    team_name: str = ""
    worker_name: str = ""
    last_sync_at: dt.datetime | None = None
    last_error: str = ""
    outbox: int = 0
    open_conflicts: int = 0
    cursor: int = 0


def sync_status(session: Session) -> SyncStatus:
    outbox = int(
        session.scalar(select(func.count()).select_from(ChangeRecord).where(ChangeRecord.sent_at.is_(None))) or 0
    )
    state = load_state(session)
    if state is None:
        return SyncStatus(enrolled=False, outbox=outbox)
    open_conflicts = int(
        session.scalar(select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))) or 0
    )
    return SyncStatus(
        enrolled=True,
        server_url=state.server_url,
        team_name=state.team_name,
        worker_name=state.worker_name,
        last_sync_at=state.last_sync_at,
        last_error=state.last_error,
        outbox=outbox,
        open_conflicts=open_conflicts,
        cursor=state.pull_cursor,
    )


# --- conflicts --------------------------------------------------------------------------------------------

ENTITY_LABELS = {
    "huishouden": "Huishouden",
    "persoon": "Persoon",
    "casus": "Casus",
    "fase_overgang": "Faseovergang",
    "leefgebied_notitie": "Leefgebied (gesprek)",
    "gesprek": "Gesprek",
    "netwerk_persoon": "Netwerk",
    "gesprek_vlag": "Markering in het gesprek",
    "zrm_assessment": "ZRM-scores",
    "plan_version": "Plan",
    "regiestap_gebeurtenis": "Regiestap",
    "afspraak": "Afspraak",
    "journaal_contact": "Contactjournaal",
    "evaluatie": "Evaluatie",
    "afsluiting": "Afsluiting",
    "traject_opdracht": "Opdracht aan de aanbieder",
    "traject_bespreking": "Trajectbespreking",
    "traject_bijlage": "Bijlage",
    "eindverslag": "Eindverslag",
    "sociale_kaart": "Sociale kaart",
}
FIELD_LABELS = {
    "content": "tekst van het plan",
    "scores": "scores",
    "on": "datum",
    "at": "tijdstip",
    "fase": "fase",
    "hulpvraag": "hulpvraag",
    "status": "status",
    "signed_at": "ondertekend op",
    "plan_hash": "vingerafdruk van het plan",
    "assessed_on": "datum van de meting",
    "done_on": "gedaan op",
    "step_number": "stapnummer",
    "bsn": "BSN",
    "email": "e-mailadres",
    "voornamen": "voornamen",
    "geboortedatum": "geboortedatum",
    "huisnummer": "huisnummer",
    "note": "notitie",
    "wie_informeert": "wie informeert",
    "werker_email": "e-mailadres van de werker",
    "werker_telefoon": "telefoon van de werker",
    "by": "door",
}
"""Dutch names of fields a worker may meet in a conflict; the others are Dutch column names already, read with
spaces for underscores."""

Keep = Literal["earlier", "later"]


@dataclass(frozen=True)
class ConflictSide:
    value: Any
    text: str
    author: str
    at: dt.datetime


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_label: str
    entity_id: str
    field: str
    field_label: str
    earlier: ConflictSide
    later: ConflictSide
    resolved: bool
    choice_text: str
    dossier_label: str = ""
    """Which household, as this laptop knows it ("Anna de Vries, Dorpsstraat 3"); "" when it is not here."""
    casus_label: str = ""
    """Which casus of that household ("aangemeld 12-11-2026"), when the entity belongs to one."""
    huishouden_id: str | None = None


def _dossier_labels(session: Session, row: SyncConflict) -> tuple[str | None, str, str]:
    """The household and casus a conflict is about, read on this laptop (``sync.dossier``): the household id
    recorded with the conflict, else found from the entity now (conflicts from before migration 0008)."""
    ref = dossier_of(row.entity, row.entity_id, lambda model, key: session.get(model, key))
    household_id = row.huishouden_id or ref.huishouden_id
    household = session.get(Huishouden, household_id) if household_id else None
    dossier = ""
    if household is not None:
        first = next(iter(household.personen), None)
        naam = " ".join(p for p in (first.voornamen, first.tussenvoegsel, first.achternaam) if p) if first else ""
        adres = " ".join(p for p in (household.straat, household.huisnummer) if p)
        dossier = ", ".join(p for p in (naam, adres) if p) or "huishouden zonder naam"
    casus = session.get(Casus, ref.casus_id) if ref.casus_id else None
    casus_label = f"aangemeld {casus.aanmelddatum:%d-%m-%Y}" if casus is not None else ""
    return household_id, dossier, casus_label


def value_text(value: Any) -> str:
    """A value as a worker reads it (Dutch): lists joined, yes/no for booleans, "(leeg)" for nothing."""
    if value is None or value == "" or value == [] or value == {}:
        return "(leeg)"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return "; ".join(value_text(item) for item in value)
    if isinstance(value, dict):
        if "leefgebied" in value:
            score = "n.v.t." if value.get("nvt") else value_text(value.get("value"))
            return f"{value['leefgebied']}: {score}"
        return "; ".join(f"{key}: {value_text(item)}" for key, item in sorted(value.items()))
    return str(value)


def _view(session: Session, row: SyncConflict) -> ConflictView:
    earlier, later = json.loads(row.earlier_value), json.loads(row.later_value)
    household_id, dossier, casus = _dossier_labels(session, row)
    return ConflictView(
        id=row.id,
        entity=row.entity,
        entity_label=ENTITY_LABELS.get(row.entity, row.entity),
        entity_id=row.entity_id,
        field=row.field,
        field_label=FIELD_LABELS.get(row.field, row.field.replace("_", " ")),
        earlier=ConflictSide(earlier, value_text(earlier), row.earlier_author or "onbekend", row.earlier_at),
        later=ConflictSide(later, value_text(later), row.later_author or "onbekend", row.later_at),
        resolved=row.resolved_at is not None,
        choice_text=value_text(json.loads(row.choice)) if row.choice else "",
        dossier_label=dossier,
        casus_label=casus,
        huishouden_id=household_id,
    )


def list_conflicts(session: Session, include_resolved: bool = False) -> list[ConflictView]:
    """Hard conflicts (same field, two values) the worker has to choose in, oldest first."""
    query = select(SyncConflict).where(SyncConflict.kind == "hard").order_by(SyncConflict.created_at, SyncConflict.id)
    if not include_resolved:
        query = query.where(SyncConflict.resolved_at.is_(None))
    return [_view(session, row) for row in session.scalars(query)]


def resolve_conflict(session: Session, actor: Actor, conflict_id: str, keep: Keep) -> None:
    """Keep one of the two values. Travels as a normal change (when the field must change) plus a resolution
    record, so every laptop of the team ends with the same value and sees the conflict resolved."""
    row = session.get(SyncConflict, conflict_id)
    if row is None:
        raise NotFound("Dit conflict bestaat niet (meer) op deze computer.")
    if row.resolved_at is not None:
        raise ValidationError("Dit conflict is al opgelost.")
    if keep not in ("earlier", "later"):
        raise ValueError("keep must be 'earlier' or 'later'")
    value = json.loads(row.earlier_value if keep == "earlier" else row.later_value)
    model = ENTITIES.get(row.entity)
    target: Any = session.get(model, row.entity_id) if model is not None else None
    if target is not None and model is not None:
        if isinstance(target, PlanVersion) and target.status == "ondertekend" and row.field == "content":
            if not _unchanged(row.entity, model, target, row.field, value):  # only the signed text can stay
                raise ValidationError(
                    "Een ondertekende planversie verandert niet meer. Neem de andere tekst over in een nieuw concept."
                )
        elif not _unchanged(row.entity, model, target, row.field, value):
            column = revision_column(model)
            base = int(getattr(target, column) or 0)
            setattr(target, column, base + 1)
            set_fields(session, row.entity, target, {row.field: value})
            if hasattr(target, "updated_at"):
                target.updated_at = dt.datetime.now(dt.UTC)
            record_change(session, actor, row.entity, row.entity_id, {row.field: value}, base)
    worker = session.get(Worker, actor.worker_id)
    name = worker.naam if worker is not None else ""
    record_change(session, actor, CONFLICT_ENTITY, row.id, {"choice": value, "resolved_by": name}, 0)
    row.resolved_at = dt.datetime.now(dt.UTC)
    row.resolved_by = name[:100]
    row.choice = canonical(value)
    record_access(session, actor, "conflict-oplossen", row.entity, row.entity_id)


def canonical(value: Any) -> str:
    from regie_desktop.domain.canonical import canonical_json

    return canonical_json(value)


def _unchanged(entity: str, model: type[Any], target: Any, field: str, value: Any) -> bool:
    """Whether the row already holds ``value`` (in its stored form), so keeping it changes nothing."""
    if entity == "zrm_assessment" and field == "scores":
        current = [
            {"leefgebied": s.leefgebied, "value": s.value, "nvt": s.nvt}
            for s in sorted(target.scores, key=lambda s: s.leefgebied)
        ]
        return canonical(current) == canonical(value)
    try:
        return bool(getattr(target, field, None) == column_value(entity, model, field, value))
    except Exception:  # a field this Regie does not know: nothing to write
        return True


__all__ = [
    "ConflictView",
    "Enrolment",
    "SyncReport",
    "SyncStatus",
    "WorkspaceWiped",
    "column_value",
    "enrol",
    "list_conflicts",
    "resolve_conflict",
    "sync_now",
    "sync_status",
]
