"""What an inzage export holds, as a frozen pydantic value: the JSON export is this model, the PDF draws it.

It lives beside the renderer (``reports`` sits below ``app``); ``regie_desktop.app.inzage`` fills it in.
Dates and times are UTC; texts are already redacted (other household members' names replaced).
"""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class InzagePersoon(_Frozen):
    naam: str
    voornamen: str
    tussenvoegsel: str
    achternaam: str
    rol: str
    geboortedatum: dt.date | None
    bsn: str | None
    telefoon: str
    email: str
    adres: str


class InzageRectificatie(_Frozen):
    op: dt.datetime
    veld: str
    oude_waarde: str
    nieuwe_waarde: str
    reden: str


class InzageScore(_Frozen):
    leefgebied: str
    waarde: int | None
    betekenis: str


class InzageMeting(_Frozen):
    datum: dt.date
    door: str
    instrument: str
    scores: tuple[InzageScore, ...]


class InzageNotitie(_Frozen):
    leefgebied: str
    zorg: str
    kracht: str
    wens: str
    niet_besproken: bool
    bijgewerkt_op: dt.datetime


class InzageNetwerk(_Frozen):
    relatie: str
    wat: str


class InzageGesprek(_Frozen):
    hulpvraag_toelichting: str
    wederkerigheid: str
    verwachtingen: str
    informatie_gegeven: tuple[tuple[str, dt.date], ...]
    netwerk: tuple[InzageNetwerk, ...]
    bijgewerkt_op: dt.datetime


class InzageActie(_Frozen):
    wie: str
    wie_soort: str
    wat: str
    wanneer: dt.date | None


class InzageDoel(_Frozen):
    leefgebied: str
    omschrijving: str
    zes: str
    acties: tuple[InzageActie, ...]
    inzet: tuple[str, ...]


class InzageToestemming(_Frozen):
    delen_met_aanbieder: bool
    niet_delen: tuple[str, ...]
    gegevensverwerking: bool
    ondertekend_door: tuple[tuple[str, str], ...]  # (naam, rol)


class InzagePlan(_Frozen):
    versie: int
    ondertekend_op: dt.datetime | None
    controlecode: str
    doelen: tuple[InzageDoel, ...]
    tussenevaluatie: dt.date | None
    toelichting: str
    toestemming: InzageToestemming | None


class InzageContact(_Frozen):
    datum: dt.date
    soort: str
    deelnemers: tuple[str, ...]
    notitie: str


class InzageFase(_Frozen):
    op: dt.datetime
    van: str
    naar: str
    reden: str


class InzageCasus(_Frozen):
    id: str
    aanmelddatum: dt.date
    fase: str
    afgesloten_op: dt.date | None
    kanaal: str
    hulpvraag: str
    fasegeschiedenis: tuple[InzageFase, ...]
    gesprek: InzageGesprek | None
    notities: tuple[InzageNotitie, ...]
    plannen: tuple[InzagePlan, ...]
    contacten: tuple[InzageContact, ...] | None  # None: this Regie keeps no contactjournaal


class InzageKind(_Frozen):
    persoon: InzagePersoon
    metingen: tuple[InzageMeting, ...]
    notities: tuple[tuple[str, InzageNotitie], ...]  # (casus id, note)


class InzageToegang(_Frozen):
    op: dt.datetime
    wie: str
    wat: str
    apparaat: str


class InzageExport(_Frozen):
    """Everything of one inzage; the JSON export is this model, the PDF draws it."""

    formaat_versie: int = 1
    gemaakt_op: dt.datetime
    gemaakt_door: str
    persoon: InzagePersoon
    rectificaties: tuple[InzageRectificatie, ...]
    metingen: tuple[InzageMeting, ...]
    casussen: tuple[InzageCasus, ...]
    kinderen: tuple[InzageKind, ...]
    toegang: tuple[InzageToegang, ...]
    weggelaten: tuple[str, ...]
