"""Synthetic households for training, demos, tests and benchmarks (Faker nl_NL; never real people).

The same seed gives the same people, so a test can regenerate what it expects to find.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from itertools import islice

from faker import Faker
from sqlalchemy import select

from regie_desktop.app.demo_dossiers import fill_casus
from regie_desktop.app.dossier import display_name
from regie_desktop.app.households import find_duplicates, register_household
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.household import NewHousehold, NewPerson, Rol, is_valid_postcode
from regie_desktop.store.models import Persoon

BATCH = 50  # households per transaction: progress is visible and a crash loses one batch at most


def generate_households(count: int, seed: int, today: dt.date) -> Iterator[NewHousehold]:
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not a secret
    for _ in range(count):
        achternaam = fake.last_name()
        aanvrager = _person(fake, rng, achternaam, Rol.AANVRAGER, today, min_age=18, max_age=90)
        personen = [aanvrager]
        if rng.random() < 0.45:
            personen.append(_person(fake, rng, fake.last_name(), Rol.PARTNER, today, min_age=18, max_age=90))
        for _ in range(rng.choice((0, 0, 0, 1, 2, 3))):
            personen.append(_person(fake, rng, achternaam, Rol.KIND, today, min_age=0, max_age=17))
        yield NewHousehold(
            personen=tuple(personen),
            straat=fake.street_name(),
            huisnummer=str(fake.building_number()),
            postcode=_postcode(fake),
            woonplaats=fake.city(),
        )


def _postcode(fake: Faker) -> str:
    # Faker also makes postcodes PostNL never issues (0xxx, SS/SA/SD); the domain rightly refuses them.
    while True:
        candidate = str(fake.postcode())
        if is_valid_postcode(candidate):
            return candidate


def _person(
    fake: Faker, rng: random.Random, achternaam: str, rol: Rol, today: dt.date, min_age: int, max_age: int
) -> NewPerson:
    born = today - dt.timedelta(days=rng.randint(min_age * 365 + 1, max_age * 365 + 300))
    return NewPerson(
        voornamen=fake.first_name(),
        achternaam=achternaam,
        geboortedatum=born,
        # Most visits start without a BSN; some demo persons have one, all valid under the elfproef.
        bsn=fake.ssn() if rng.random() < 0.7 else None,
        rol=rol,
        telefoon=fake.phone_number() if rol is not Rol.KIND else "",
        email=fake.free_email() if rol is Rol.AANVRAGER and rng.random() < 0.6 else "",
    )


def fill_demo_data(
    service: WorkspaceService,
    households: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    dossiers: bool = True,
) -> int:
    """Register ``households`` synthetic households in batches; returns how many were stored.

    Faker now and then makes someone who is already there (same BSN, or same name and birth date); such a
    candidate is skipped and the next one taken, so the count is exact. Fewer are stored only when the
    workspace already holds these people (the same seed run twice).
    With ``dossiers`` each household also gets a casus in a random phase, with what that phase implies.
    """
    today = service.today()
    worker_name = service.worker().naam
    fake = Faker("nl_NL")
    fake.seed_instance(seed + 1)
    rng = random.Random(seed + 1)  # noqa: S311 - reproducible fake data, not a secret
    candidates = generate_households(2 * households + 10, seed, today)
    stored = 0
    while stored < households:
        batch = list(islice(candidates, min(BATCH, households - stored)))
        if not batch:
            break
        stored += _store(service, batch, today, worker_name, fake, rng, dossiers)
        if progress:
            progress(stored, households)
    return stored


def _store(
    service: WorkspaceService,
    batch: list[NewHousehold],
    today: dt.date,
    worker_name: str,
    fake: Faker,
    rng: random.Random,
    dossiers: bool,
) -> int:
    stored = 0
    with service.unit_of_work() as (session, actor):
        for household in batch:
            if find_duplicates(session, household.validated(today).personen):
                continue  # the same seed run twice: these people are in the workspace already
            hh_id = register_household(session, actor, household, today)
            stored += 1
            if dossiers:
                personen = [
                    (p.id, display_name(p))
                    for p in session.execute(
                        select(Persoon).where(Persoon.huishouden_id == hh_id).order_by(Persoon.created_at)
                    ).scalars()
                ]
                fill_casus(session, actor, hh_id, personen, worker_name, fake, rng, today)
    return stored
