"""The presentation's read model (#10): pseudonymised by default, names inside free text too, no
professional-only notes, and every opening and every reveal in the access log."""

from __future__ import annotations

import re

import pytest

from regie_desktop.app.logboek import action_text
from regie_desktop.app.presentatie import (
    OPEN_ACTION,
    REVEAL_ACTION,
    named_from_full_name,
    open_presentation,
    presentation_list,
    reveal_names,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.household import Rol
from regie_desktop.domain.plan import PlanStatus
from regie_desktop.domain.pseudonym import case_label
from tests.app.factories import TODAY, household, new_dossier
from tests.app.journal_support import journaled
from tests.app.presentatie_support import JOURNAL_NOTE, PROFESSIONAL_NOTE, all_texts, tempting_dossier


def _found(secret: str, texts: list[str]) -> list[str]:
    pattern = re.compile(r"(?<!\w)" + re.escape(secret) + r"(?!\w)", re.IGNORECASE)
    return [t for t in texts if pattern.search(t)]


def test_presentation_names_nobody_and_shows_no_contact_details(service: WorkspaceService) -> None:
    d = tempting_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        view = open_presentation(session, actor, d.casus_id, TODAY)
    assert [(a.action, a.entity_id) for a in delta.accesses] == [(OPEN_ACTION, d.casus_id)]
    assert not delta.changes  # reading only: no dossier change
    texts = list(all_texts(view))
    for secret in d.secrets:
        assert not _found(secret, texts), (secret, _found(secret, texts))
    assert view.label == case_label(d.casus_id)
    assert view.hoofdpersoon == "F.d.V."
    assert view.leeftijd == 42  # born 9 March 1984, on 15 June 2026
    assert [(p.naam, p.rol, p.leeftijd) for p in view.huishouden] == [
        ("F.d.V.", Rol.AANVRAGER, 42),
        ("P.B.", Rol.PARTNER, 46),
        ("N.d.V.", Rol.KIND, 10),
    ]
    assert not view.names_revealed


def test_names_inside_free_text_become_initials(service: WorkspaceService) -> None:
    d = tempting_dossier(service)
    with service.unit_of_work() as (session, actor):
        view = open_presentation(session, actor, d.casus_id, TODAY)
    assert view.plan_status is PlanStatus.CONCEPT and view.plan_versie == 1
    doel = view.doelen[0]
    assert doel.omschrijving.startswith("F.d.V. krijgt haar schulden op een rij")
    assert "[…]" in doel.omschrijving  # the e-mail address
    assert doel.zes == "Mevrouw F.d.V. betaalt de vaste lasten op tijd"
    assert [(a.wie, a.wat) for a in doel.acties] == [
        ("F.d.V.", "Post sorteren met K.v.D."),
        ("P.B.", "Belt […] terug"),
    ]
    assert view.doelen[1].omschrijving == "Woning aan de [adres] behouden"
    assert view.toelichting == "Besproken met F.d.V. en K.v.D.."
    assert [(w.leefgebied, w.persoon, w.tekst) for w in view.wensen] == [
        ("Financiën", "F.d.V.", "F.d.V. wil rust met P.B.")
    ]


def test_professional_only_notes_and_the_journal_stay_out(service: WorkspaceService) -> None:
    d = tempting_dossier(service)
    with service.unit_of_work() as (session, actor):
        hidden = list(all_texts(open_presentation(session, actor, d.casus_id, TODAY)))
        revealed = list(all_texts(reveal_names(session, actor, d.casus_id, TODAY)))
    for texts in (hidden, revealed):
        assert not any(PROFESSIONAL_NOTE in t for t in texts)
        assert not any(JOURNAL_NOTE in t for t in texts)


def test_reveal_shows_names_but_still_no_numbers_and_is_logged(service: WorkspaceService) -> None:
    d = tempting_dossier(service)
    with journaled(service) as delta, service.unit_of_work() as (session, actor):
        view = reveal_names(session, actor, d.casus_id, TODAY)
    assert [(a.action, a.entity, a.entity_id) for a in delta.accesses] == [(REVEAL_ACTION, "casus", d.casus_id)]
    assert view.names_revealed
    assert view.hoofdpersoon == "Fatima de Vermeulen"
    assert [p.naam for p in view.huishouden][:2] == list(d.names)
    assert view.doelen[0].omschrijving.startswith("Fatima de Vermeulen krijgt")
    texts = list(all_texts(view))
    for secret in ("06-12345678", "0201234567", "f.jansen@example.org", "1984"):
        assert not _found(secret, texts), secret
    assert action_text(REVEAL_ACTION) != REVEAL_ACTION.replace("-", " ")  # the logboek names it in words
    assert action_text(OPEN_ACTION) != OPEN_ACTION.replace("-", " ")


def test_zrm_first_and_latest_meting_and_the_timeline(service: WorkspaceService) -> None:
    d = tempting_dossier(service)
    with service.unit_of_work() as (session, actor):
        view = open_presentation(session, actor, d.casus_id, TODAY)
    (zrm,) = view.zrm  # only the aanvrager was scored
    assert zrm.persoon == "F.d.V."
    assert zrm.eerste is not None and zrm.laatste is not None
    assert zrm.eerste.on < zrm.laatste.on
    assert len(zrm.eerste.scores) == len(zrm.leefgebieden) > 0
    first_values = [s.value for s in zrm.eerste.scores if s is not None]
    last_values = [s.value for s in zrm.laatste.scores if s is not None]
    assert first_values[:2] == [2, 3] and last_values[:2] == [3, 4]
    assert [s.number for s in view.stappen] == list(range(1, 13))


def test_presentation_list_keeps_the_order_and_only_the_chosen(service: WorkspaceService) -> None:
    a = new_dossier(service, household(achternaam="Aydin", bsn_=None))
    b = new_dossier(service, household(achternaam="Bakker", bsn_=None))
    c = new_dossier(service, household(achternaam="Claes", bsn_=None))
    with journaled(service) as delta, service.unit_of_work() as (session, _actor):
        items = presentation_list(session, [c.casus_id, a.casus_id, "no-such-casus", c.casus_id])
    assert [i.casus_id for i in items] == [c.casus_id, a.casus_id]
    assert b.casus_id not in {i.casus_id for i in items}
    assert all(re.fullmatch(r"C-[0-9A-Z]{5}", i.label) for i in items)
    assert not delta.accesses  # labels only: nothing of a dossier is read


@pytest.mark.parametrize(
    ("naam", "expected"),
    [
        ("Karin van Dijk", ("Karin", "van", "Dijk")),
        ("Mo", ("Mo", "", "")),
        ("Jan Peter de Vries", ("Jan", "", "Peter de Vries")),
    ],
)
def test_netwerk_names_are_split_into_parts(naam: str, expected: tuple[str, str, str]) -> None:
    person = named_from_full_name(naam)
    assert (person.voornamen, person.tussenvoegsel, person.achternaam) == expected
