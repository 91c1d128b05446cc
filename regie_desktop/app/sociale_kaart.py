"""The sociale kaart: providers (aanbieders) and voorveld services per wijk, as data the team maintains.

It is not a dossier, but it is shared team data: every add and edit goes through the journal, so it lands in
the outbox and reaches the rest of the team with sync. A team starts from an example file
(``resources/sociale_kaart/voorbeeld.json``, fictitious organisations) or from nothing, and keeps it up to
date in Regie. Entries are never deleted (the opdrachten of the past refer to them); they are set inactive.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from regie_desktop.app.journal import Actor, record_access, record_insert, record_update
from regie_desktop.errors import NotFound, ValidationError
from regie_desktop.resources import resource
from regie_desktop.store.models import SocialeKaartRow

ENTITY = "sociale_kaart"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^[0-9+()\- ]{6,20}$")


class KaartSoort(StrEnum):
    AANBIEDER = "aanbieder"
    VOORVELD = "voorveld"


@dataclass(frozen=True)
class KaartInvoer:
    """What the worker types for an entry; ``productcodes`` as the worker writes them ("BGI, BGG")."""

    wijk: str
    naam: str
    soort: KaartSoort
    aanbod: str = ""
    productcodes: str = ""
    telefoon: str = ""
    email: str = ""
    adres: str = ""
    actief: bool = True

    def checked(self) -> KaartInvoer:
        wijk, naam = self.wijk.strip(), self.naam.strip()
        if not naam:
            raise ValidationError("Vul de naam van de organisatie in.")
        if not wijk:
            raise ValidationError("Vul de wijk in (of 'Hele gemeente').")
        telefoon, email = self.telefoon.strip(), self.email.strip()
        if telefoon and not _PHONE.match(telefoon):
            raise ValidationError("Het telefoonnummer bevat tekens die er niet in horen.")
        if email and not _EMAIL.match(email):
            raise ValidationError("Het e-mailadres is niet geldig.")
        codes = ", ".join(dict.fromkeys(c.strip().upper() for c in self.productcodes.split(",") if c.strip()))
        return KaartInvoer(
            wijk=wijk,
            naam=naam,
            soort=KaartSoort(self.soort),
            aanbod=self.aanbod.strip(),
            productcodes=codes,
            telefoon=telefoon,
            email=email,
            adres=self.adres.strip(),
            actief=self.actief,
        )


@dataclass(frozen=True)
class KaartItem:
    id: str
    wijk: str
    naam: str
    soort: KaartSoort
    aanbod: str
    productcodes: tuple[str, ...]
    telefoon: str
    email: str
    adres: str
    actief: bool


def _fields(invoer: KaartInvoer) -> dict[str, object]:
    return {
        "wijk": invoer.wijk,
        "naam": invoer.naam,
        "soort": invoer.soort.value,
        "aanbod": invoer.aanbod,
        "productcodes": invoer.productcodes,
        "telefoon": invoer.telefoon,
        "email": invoer.email,
        "adres": invoer.adres,
        "actief": invoer.actief,
    }


def _item(row: SocialeKaartRow) -> KaartItem:
    return KaartItem(
        id=row.id,
        wijk=row.wijk,
        naam=row.naam,
        soort=KaartSoort(row.soort),
        aanbod=row.aanbod,
        productcodes=tuple(c.strip() for c in row.productcodes.split(",") if c.strip()),
        telefoon=row.telefoon,
        email=row.email,
        adres=row.adres,
        actief=row.actief,
    )


def _same_name(session: Session, invoer: KaartInvoer, except_id: str = "") -> bool:
    rows = session.execute(select(SocialeKaartRow.id, SocialeKaartRow.wijk, SocialeKaartRow.naam)).all()
    key = (invoer.wijk.casefold(), invoer.naam.casefold())
    return any((r.wijk.casefold(), r.naam.casefold()) == key and r.id != except_id for r in rows)


def list_kaart(session: Session, include_inactive: bool = False) -> list[KaartItem]:
    """Every entry, by wijk and name; reading team data about organisations is not a dossier read."""
    query = select(SocialeKaartRow).order_by(SocialeKaartRow.wijk, SocialeKaartRow.naam)
    if not include_inactive:
        query = query.where(SocialeKaartRow.actief.is_(True))
    return [_item(r) for r in session.execute(query).scalars()]


def get_item(session: Session, item_id: str) -> KaartItem:
    row = session.get(SocialeKaartRow, item_id)
    if row is None:
        raise NotFound("Deze organisatie staat niet (meer) op de sociale kaart.")
    return _item(row)


def add_item(session: Session, actor: Actor, invoer: KaartInvoer) -> str:
    invoer = invoer.checked()
    if _same_name(session, invoer):
        raise ValidationError("Deze organisatie staat al op de sociale kaart in deze wijk.")
    row = record_insert(session, actor, ENTITY, SocialeKaartRow, _fields(invoer))
    record_access(session, actor, "sociale-kaart-toevoegen", ENTITY, row.id)
    return row.id


def update_item(session: Session, actor: Actor, item_id: str, invoer: KaartInvoer) -> bool:
    """Store the edited entry; returns whether anything changed (nothing changed logs nothing)."""
    row = session.get(SocialeKaartRow, item_id)
    if row is None:
        raise NotFound("Deze organisatie staat niet (meer) op de sociale kaart.")
    invoer = invoer.checked()
    if _same_name(session, invoer, except_id=item_id):
        raise ValidationError("Deze organisatie staat al op de sociale kaart in deze wijk.")
    if not record_update(session, actor, ENTITY, row, _fields(invoer)):
        return False
    record_access(session, actor, "sociale-kaart-wijzigen", ENTITY, item_id)
    return True


class _FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    wijk: str = Field(min_length=1)
    naam: str = Field(min_length=1)
    soort: KaartSoort
    aanbod: str = ""
    productcodes: str = ""
    telefoon: str = ""
    email: str = ""
    adres: str = ""


class _KaartFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int
    toelichting: str = ""
    organisaties: list[_FileEntry]


def example_path() -> Path:
    return resource("sociale_kaart", "voorbeeld.json")


def import_kaart(session: Session, actor: Actor, path: Path | None = None) -> int:
    """Add the file's organisations that are not on the kaart yet (same wijk and name); returns how many."""
    path = path or example_path()
    try:
        data = _KaartFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, PydanticValidationError) as exc:
        raise ValidationError(f"Het bestand {path.name} is geen geldige sociale kaart.") from exc
    added = 0
    for entry in data.organisaties:
        invoer = KaartInvoer(**entry.model_dump()).checked()
        if _same_name(session, invoer):
            continue
        record_insert(session, actor, ENTITY, SocialeKaartRow, _fields(invoer))
        session.flush()
        added += 1
    if added:
        record_access(session, actor, "sociale-kaart-importeren", ENTITY, "")
    return added
