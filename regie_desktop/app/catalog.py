"""The data files a workspace works with (instruments, regiestappen rules), loaded once per process."""

from __future__ import annotations

from functools import cache

from regie_desktop.domain.deadlines import Regiestappen, load_rules
from regie_desktop.domain.instruments import Instrument, load_instruments
from regie_desktop.domain.workdays import WorkCalendar
from regie_desktop.errors import NotFound

DEFAULT_INSTRUMENT = "zrm-2017"


@cache
def instruments() -> dict[str, Instrument]:
    return load_instruments()


def instrument(instrument_id: str) -> Instrument:
    try:
        return instruments()[instrument_id]
    except KeyError:
        raise NotFound(f"Het instrument '{instrument_id}' is niet geïnstalleerd op deze computer.") from None


@cache
def rules() -> Regiestappen:
    return load_rules()


@cache
def work_calendar() -> WorkCalendar:
    return rules().work_calendar()
