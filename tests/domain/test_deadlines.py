import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from regie_desktop.domain.deadlines import (
    Actor,
    Deadline,
    Event,
    HalfwayRule,
    Regiestappen,
    RulesFileError,
    StepState,
    TermRule,
    compute_deadlines,
    default_rules_path,
    due_this_week,
    load_rules,
    next_step,
    overdue,
    step_state,
)
from regie_desktop.domain.workdays import WorkCalendar
from regie_desktop.errors import RegieError

D = dt.date
SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "rules" / "regiestappen.json"


@pytest.fixture(scope="module")
def rules() -> Regiestappen:
    return load_rules(SHIPPED)


@pytest.fixture(scope="module")
def calendar(rules: Regiestappen) -> WorkCalendar:
    return rules.work_calendar()


def due_of(rules: Regiestappen, calendar: WorkCalendar, events: dict[str, dt.date], step: int) -> dt.date | None:
    return compute_deadlines(rules, events, calendar)[step - 1].due


# --- the shipped file ------------------------------------------------------------------------------------


def test_shipped_file_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGIE_RESOURCES", raising=False)
    assert default_rules_path().resolve() == SHIPPED
    assert load_rules() == load_rules(SHIPPED)


def test_regie_resources_points_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "regiestappen.json").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setenv("REGIE_RESOURCES", str(tmp_path))
    assert load_rules().version == 1


def test_shipped_rules_describe_the_twelve_steps(rules: Regiestappen) -> None:
    assert [s.number for s in rules.steps] == list(range(1, 13))
    assert len({s.key for s in rules.steps}) == 12
    with_deadline = {s.number: s.deadline for s in rules.steps if s.deadline is not None}
    assert set(with_deadline) == {1, 6, 9, 10, 11, 12}
    assert with_deadline[1] == TermRule(kind="termijn", anchor=Event.AANMELDING, offset=6, unit="weken")
    assert with_deadline[6] == TermRule(kind="termijn", anchor=Event.OPDRACHT_VERSTUURD, offset=10, unit="werkdagen")
    assert with_deadline[9] == TermRule(kind="termijn", anchor=Event.INDICATIE_START, offset=2, unit="weken")
    assert with_deadline[10] == HalfwayRule(kind="halverwege", start=Event.INDICATIE_START, end=Event.INDICATIE_EINDE)
    assert with_deadline[11] == TermRule(kind="termijn", anchor=Event.INDICATIE_EINDE, offset=-6, unit="weken")
    assert rules.steps[5].actor is Actor.AANBIEDER
    assert "indicatie_start" in rules.toelichting  # the stap 9 choice is explained in the file
    assert rules.calendar.holidays_that_are_workdays == frozenset({"Goede vrijdag"})
    assert rules.work_calendar().is_workday(D(2026, 4, 3))


# --- deadline arithmetic -----------------------------------------------------------------------------------


def test_nothing_is_due_before_its_event(rules: Regiestappen, calendar: WorkCalendar) -> None:
    deadlines = compute_deadlines(rules, {}, calendar)
    assert [d.step_number for d in deadlines] == list(range(1, 13))
    assert all(d.due is None for d in deadlines)
    # halverwege needs both ends of the indicatie
    assert due_of(rules, calendar, {"indicatie_start": D(2026, 1, 5)}, 10) is None


def test_plan_within_six_weeks(rules: Regiestappen, calendar: WorkCalendar) -> None:
    assert due_of(rules, calendar, {"aanmelding": D(2026, 3, 2)}, 1) == D(2026, 4, 13)
    # Mon 16 March + 42 days = Mon 27 April, Koningsdag: the term ends on the next workday.
    assert due_of(rules, calendar, {"aanmelding": D(2026, 3, 16)}, 1) == D(2026, 4, 28)
    # Fri 13 Nov + 42 days = Fri 25 Dec: Kerst and the weekend push it to Mon 28 Dec.
    assert due_of(rules, calendar, {"aanmelding": D(2026, 11, 13)}, 1) == D(2026, 12, 28)


def test_provider_contact_within_ten_workdays(rules: Regiestappen, calendar: WorkCalendar) -> None:
    # Hand count in test_workdays: Thu 23 April + 10 werkdagen over Koningsdag = Fri 8 May.
    assert due_of(rules, calendar, {"opdracht_verstuurd": D(2026, 4, 23)}, 6) == D(2026, 5, 8)
    # Over Hemelvaart (14 May) and Tweede pinksterdag (25 May).
    assert due_of(rules, calendar, {"opdracht_verstuurd": D(2026, 5, 13)}, 6) == D(2026, 5, 29)
    # Goede vrijdag counts as a workday in the shipped rules, Tweede paasdag does not:
    # Thu 2 Apr -> Fri 3 (1), Tue 7..Fri 10 (2..5), Mon 13..Fri 17 (6..10).
    assert due_of(rules, calendar, {"opdracht_verstuurd": D(2026, 4, 2)}, 6) == D(2026, 4, 17)


def test_ondersteuningsplan_two_weeks_after_indicatie_start(rules: Regiestappen, calendar: WorkCalendar) -> None:
    assert due_of(rules, calendar, {"indicatie_start": D(2026, 5, 1)}, 9) == D(2026, 5, 15)
    assert due_of(rules, calendar, {"indicatie_start": D(2026, 12, 11)}, 9) == D(2026, 12, 28)  # not on Kerst
    assert due_of(rules, calendar, {"eerste_contact": D(2026, 5, 1)}, 9) is None


def test_eindverslag_six_weeks_before_the_end(rules: Regiestappen, calendar: WorkCalendar) -> None:
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 12, 31)}, 11) == D(2026, 11, 19)
    # Sat 31 Oct - 42 days = Sat 19 Sep: "before" moves back to Fri 18 Sep.
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 10, 31)}, 11) == D(2026, 9, 18)
    # Mon 6 July - 42 days = Mon 25 May, Tweede pinksterdag: back to Fri 22 May.
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 7, 6)}, 11) == D(2026, 5, 22)


def test_afronding_on_the_last_workday_of_the_indicatie(rules: Regiestappen, calendar: WorkCalendar) -> None:
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 12, 30)}, 12) == D(2026, 12, 30)
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 10, 31)}, 12) == D(2026, 10, 30)  # a Saturday
    assert due_of(rules, calendar, {"indicatie_einde": D(2026, 12, 26)}, 12) == D(2026, 12, 24)  # Tweede kerstdag


def test_voortgangsbespreking_halfway(rules: Regiestappen, calendar: WorkCalendar) -> None:
    def halfway(start: dt.date, end: dt.date) -> dt.date | None:
        return due_of(rules, calendar, {"indicatie_start": start, "indicatie_einde": end}, 10)

    assert halfway(D(2026, 1, 1), D(2026, 6, 30)) == D(2026, 4, 1)  # 180 days, +90
    assert halfway(D(2026, 1, 5), D(2026, 1, 10)) == D(2026, 1, 7)  # 5 days: 2.5 rounds down to 2
    assert halfway(D(2026, 4, 20), D(2026, 5, 4)) == D(2026, 4, 28)  # the middle is Koningsdag: next workday
    assert halfway(D(2026, 1, 1), D(2026, 1, 6)) == D(2026, 1, 5)  # the middle is Sat 3 Jan: Monday
    # The pilot: BGI from 1 July to 30 December 2019, tussentijdse evaluatie "eind september".
    assert halfway(D(2019, 7, 1), D(2019, 12, 30)) == D(2019, 9, 30)


def test_term_units_dagen_and_werkdagen_zero(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][1]["deadline"] = {"kind": "termijn", "anchor": "plan_ondertekend", "offset": 3, "unit": "dagen"}
    data["steps"][2]["deadline"] = {"kind": "termijn", "anchor": "plan_ondertekend", "offset": 0, "unit": "werkdagen"}
    rules = load_rules(_write(tmp_path, data))
    events = {"plan_ondertekend": D(2026, 4, 24)}  # a Friday
    deadlines = compute_deadlines(rules, events, rules.work_calendar())
    assert deadlines[1].due == D(2026, 4, 28)  # Mon 27 is Koningsdag
    events = {"plan_ondertekend": D(2026, 4, 25)}  # a Saturday
    assert compute_deadlines(rules, events, rules.work_calendar())[2].due == D(2026, 4, 24)


# --- states -------------------------------------------------------------------------------------------------


def _deadline(step: int, due: dt.date | None) -> Deadline:
    return Deadline(step_number=step, key=f"stap_{step}", name=f"Stap {step}", actor=Actor.WERKER, due=due)


TODAY = D(2026, 5, 6)  # a Wednesday


def test_step_state() -> None:
    assert step_state(_deadline(1, D(2026, 5, 1)), D(2026, 5, 4), TODAY) is StepState.GEDAAN
    assert step_state(_deadline(1, None), D(2026, 5, 4), TODAY) is StepState.GEDAAN
    assert step_state(_deadline(1, None), None, TODAY) is StepState.ONBEKEND
    assert step_state(_deadline(1, D(2026, 5, 5)), None, TODAY) is StepState.TE_LAAT
    assert step_state(_deadline(1, TODAY), None, TODAY) is StepState.DEZE_WEEK
    # Rolling seven days: next Tuesday is still "deze week", next Wednesday is not.
    assert step_state(_deadline(1, D(2026, 5, 12)), None, TODAY) is StepState.DEZE_WEEK
    assert step_state(_deadline(1, D(2026, 5, 13)), None, TODAY) is StepState.GEPLAND


def test_done_counts_from_its_date() -> None:
    # Seen from an earlier day (a report), a step done later was still open.
    assert step_state(_deadline(1, D(2026, 5, 1)), D(2026, 5, 4), D(2026, 5, 2)) is StepState.TE_LAAT


def test_next_step_prefers_a_running_term(rules: Regiestappen, calendar: WorkCalendar) -> None:
    events = {"aanmelding": D(2026, 3, 2)}
    assert _number(next_step(compute_deadlines(rules, events, calendar), {}, TODAY)) == 1
    events |= {"opdracht_verstuurd": D(2026, 4, 23)}
    deadlines = compute_deadlines(rules, events, calendar)
    # Steps 2-5 are open but have no term; step 6's clock is running.
    assert _number(next_step(deadlines, {1: D(2026, 4, 10)}, TODAY)) == 6
    assert _number(next_step(deadlines, {1: D(2026, 4, 10), 6: D(2026, 5, 4)}, TODAY)) == 2
    assert next_step(deadlines, {n: D(2026, 5, 1) for n in range(1, 13)}, TODAY) is None


def test_overdue_and_due_this_week() -> None:
    deadlines = [
        _deadline(1, D(2026, 4, 13)),
        _deadline(6, D(2026, 5, 8)),
        _deadline(9, D(2026, 5, 7)),
        _deadline(10, D(2026, 7, 31)),
        _deadline(11, D(2026, 5, 1)),
        _deadline(12, None),
    ]
    assert [d.step_number for d in overdue(deadlines, {}, TODAY)] == [1, 11]  # longest overdue first
    assert [d.step_number for d in overdue(deadlines, {1: D(2026, 4, 10)}, TODAY)] == [11]
    assert [d.step_number for d in due_this_week(deadlines, {}, TODAY)] == [9, 6]  # soonest first
    assert [d.step_number for d in due_this_week(deadlines, {9: TODAY}, TODAY)] == [6]


def _number(deadline: Deadline | None) -> int | None:
    return None if deadline is None else deadline.step_number


# --- bad rules files ----------------------------------------------------------------------------------------


def _shipped_data() -> Any:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: Any, name: str = "team-regels.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _refused(path: Path) -> str:
    with pytest.raises(RulesFileError) as caught:
        load_rules(path)
    assert isinstance(caught.value, RegieError)
    assert path.name in caught.value.message
    assert caught.value.path == path
    return caught.value.message


def test_duplicate_number(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][3]["number"] = 3
    message = _refused(_write(tmp_path, data))
    assert "stapnummer 3 komt meer dan eens voor" in message


def test_missing_step(tmp_path: Path) -> None:
    data = _shipped_data()
    del data["steps"][6]
    assert "stap 7 ontbreekt" in _refused(_write(tmp_path, data))


def test_number_out_of_range(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][11]["number"] = 13
    assert "steps[11].number: moet 1 tot en met 12 zijn" in _refused(_write(tmp_path, data))


def test_unknown_anchor(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][0]["deadline"]["anchor"] = "aanmleding"
    message = _refused(_write(tmp_path, data))
    assert "steps[0].deadline.anchor" in message
    assert "'aanmleding' is onbekend; kies uit 'aanmelding', 'plan_ondertekend'" in message
    assert "'indicatie_start' of 'indicatie_einde'" in message


def test_unknown_halfway_anchor_and_unit(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][9]["deadline"]["end"] = "einde"
    data["steps"][5]["deadline"]["unit"] = "maanden"
    message = _refused(_write(tmp_path, data))
    assert "steps[9].deadline.end" in message
    assert "'maanden' is onbekend" in message


def test_halfway_between_one_moment(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][9]["deadline"]["end"] = "indicatie_start"
    assert "hetzelfde moment" in _refused(_write(tmp_path, data))


def test_misspelt_field_and_kind(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][0]["deadline"]["ofset"] = data["steps"][0]["deadline"].pop("offset")
    data["steps"][5]["deadline"]["kind"] = "termijnen"
    message = _refused(_write(tmp_path, data))
    assert "steps[0].deadline.offset: ontbreekt" in message
    assert "steps[0].deadline.ofset: is een onbekend veld" in message
    assert "'kind' moet 'termijn' of 'halverwege' zijn" in message


def test_offset_must_be_a_whole_number(tmp_path: Path) -> None:
    data = _shipped_data()
    data["steps"][0]["deadline"]["offset"] = "6"
    assert "moet een geheel getal zijn" in _refused(_write(tmp_path, data))


def test_unknown_holiday_name_and_bad_day_off(tmp_path: Path) -> None:
    data = _shipped_data()
    data["calendar"]["holidays_that_are_workdays"] = ["Goede vrijdg"]
    data["calendar"]["extra_days_off"] = ["24-12-2026"]
    message = _refused(_write(tmp_path, data))
    assert "onbekende feestdag 'Goede vrijdg'" in message
    assert "calendar.extra_days_off" in message


def test_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('{"version": 1,\n "steps": [}', encoding="utf-8")
    message = _refused(path)
    assert "geen geldige JSON (regel 2" in message


def test_missing_file(tmp_path: Path) -> None:
    assert "kan niet worden gelezen" in _refused(tmp_path / "weg.json")


def test_not_an_object(tmp_path: Path) -> None:
    assert "moet een object zijn" in _refused(_write(tmp_path, [1, 2, 3]))
