import datetime as dt

import pytest

from regie_desktop.domain.gesprek import GesprekVelden, Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.errors import ValidationError

TODAY = dt.date(2026, 11, 25)


def test_nothing_is_required() -> None:
    assert LeefgebiedNotitie("p1", "inkomen").validated({"inkomen"}).zorg == ""
    assert GesprekVelden().validated(TODAY) == GesprekVelden()


def test_unknown_leefgebied_and_contradiction_refused() -> None:
    with pytest.raises(ValidationError, match="Onbekend leefgebied"):
        LeefgebiedNotitie("p1", "ruimtevaart").validated({"inkomen"})
    with pytest.raises(ValidationError, match="niet besproken"):
        LeefgebiedNotitie("p1", "inkomen", zorg="huurachterstand", niet_besproken=True).validated({"inkomen"})


def test_informatie_dates_and_meldcode() -> None:
    with pytest.raises(ValidationError, match="toekomst"):
        GesprekVelden(informatie_gegeven=((Informatie.PRIVACY, TODAY + dt.timedelta(days=1)),)).validated(TODAY)
    with pytest.raises(ValidationError, match="één keer"):
        GesprekVelden(informatie_gegeven=((Informatie.PRIVACY, TODAY), (Informatie.PRIVACY, TODAY))).validated(TODAY)
    with pytest.raises(ValidationError, match="meldcode"):
        GesprekVelden(meldcode=True).validated(TODAY)


def test_netwerk_persoon_needs_name_and_relation() -> None:
    with pytest.raises(ValidationError, match="naam"):
        NetwerkPersoon(" ", "zus").validated()
    with pytest.raises(ValidationError, match="relatie"):
        NetwerkPersoon("Els", "").validated()
    assert NetwerkPersoon(" Els ", " zus ").validated() == NetwerkPersoon("Els", "zus")
