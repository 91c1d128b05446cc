"""Reading the gesprek back, partial updates from separate parts, and netwerk corrections and removals."""

from __future__ import annotations

import datetime as dt

import pytest

from regie_desktop.app.gesprek import (
    add_netwerk_persoon,
    load_gesprek,
    remove_netwerk_persoon,
    save_leefgebied_notitie,
    update_gesprek,
    update_netwerk_persoon,
)
from regie_desktop.domain.gesprek import Informatie, LeefgebiedNotitie, NetwerkPersoon
from regie_desktop.errors import NotFound, ValidationError
from tests.app.factories import TODAY, new_dossier
from tests.app.journal_support import journaled


def test_an_untouched_gesprek_reads_as_empty_and_its_opening_is_logged(service) -> None:
    d = new_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        view = load_gesprek(session, actor, d.casus_id)
    assert view.velden.veiligheid == "" and view.notities == {} and view.netwerk == ()
    assert view.instrument_id
    assert delta.changes == []
    assert [a.action for a in delta.accesses] == ["gesprek-inzien"]


def test_parts_update_their_own_fields_without_overwriting_the_others(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        update_gesprek(session, actor, d.casus_id, TODAY, wederkerigheid="Helpt de buurvrouw met boodschappen")
    with service.unit_of_work() as (session, actor):
        update_gesprek(
            session,
            actor,
            d.casus_id,
            TODAY,
            informatie_gegeven=((Informatie.PRIVACY, TODAY - dt.timedelta(days=1)),),
        )
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert update_gesprek(session, actor, d.casus_id, TODAY, veiligheid="Geen zorgen", meldcode=False)
    assert delta.only("gesprek").fields == {"veiligheid": "Geen zorgen"}
    with service.unit_of_work() as (session, actor):
        velden = load_gesprek(session, actor, d.casus_id).velden
        assert update_gesprek(session, actor, d.casus_id, TODAY, veiligheid="Geen zorgen") is False
    assert velden.wederkerigheid == "Helpt de buurvrouw met boodschappen"
    assert velden.informatie_gegeven == ((Informatie.PRIVACY, TODAY - dt.timedelta(days=1)),)
    assert velden.veiligheid == "Geen zorgen"


def test_update_refuses_unknown_fields_and_invalid_values(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor), pytest.raises(ValueError):
        update_gesprek(session, actor, d.casus_id, TODAY, onbekend="x")
    with service.unit_of_work() as (session, actor), pytest.raises(ValidationError):
        update_gesprek(session, actor, d.casus_id, TODAY, meldcode=True)  # a signal needs a description


def test_notes_come_back_per_person_and_leefgebied(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        save_leefgebied_notitie(
            session, actor, d.casus_id, LeefgebiedNotitie(d.persoon_id, "financien", "Schulden", "Wil leren", "Rust")
        )
        view = load_gesprek(session, actor, d.casus_id)
    assert view.notities[(d.persoon_id, "financien")].kracht == "Wil leren"


def test_netwerk_person_is_corrected_and_removed_as_a_tombstone(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        netwerk_id = add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon("Anouk", "zus"))
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        assert update_netwerk_persoon(session, actor, netwerk_id, NetwerkPersoon("Anouk", "zus", "Kookt op zondag"))
    assert delta.only("netwerk_persoon").fields == {"wat": "Kookt op zondag"}
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        remove_netwerk_persoon(session, actor, netwerk_id)
    removal = delta.only("netwerk_persoon")
    assert removal.operation == "delete" and removal.fields == {"verwijderd": True} and removal.base_version == 2
    with service.unit_of_work() as (session, actor):
        assert load_gesprek(session, actor, d.casus_id).netwerk == ()
        with pytest.raises(NotFound):
            update_netwerk_persoon(session, actor, netwerk_id, NetwerkPersoon("Anouk", "zus"))
        with pytest.raises(NotFound):
            remove_netwerk_persoon(session, actor, netwerk_id)


def test_status_counts_the_netwerk_without_removed_persons(service) -> None:
    d = new_dossier(service)
    with service.unit_of_work() as (session, actor):
        add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon("Anouk", "zus"))
        removed = add_netwerk_persoon(session, actor, d.casus_id, NetwerkPersoon("Bram", "buurman"))
    assert service.status().counts["netwerk_persoon"] == 2
    with service.unit_of_work() as (session, actor):
        remove_netwerk_persoon(session, actor, removed)
    assert service.status().counts["netwerk_persoon"] == 1
