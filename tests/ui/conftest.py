"""Fixtures for the GUI tests: a fast workspace, a fake dialog seam and controllers that are cleaned up."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from faker import Faker

from regie_desktop.app.demo_data import fill_demo_data
from regie_desktop.app.workspace_service import WorkspaceService
from tests.central.conftest import (  # noqa: F401 - the sync GUI tests use the central store's fixtures
    central_backend,
    central_engine,
    central_engine_shared,
    central_url,
)
from tests.ui.gui_support import STRONG_PASSPHRASE, FakeDialogs, flush_deletes, make_service
from ui.controller import AppController, build_app_flow


@pytest.fixture
def fresh_service(home: Path) -> Iterator[WorkspaceService]:
    """A service on a folder without a workspace: the first start."""
    svc = make_service(home)
    yield svc
    svc.close()


@pytest.fixture
def worker_name(request: pytest.FixtureRequest) -> str:
    """A synthetic Dutch name, different per test (so leftovers of another test cannot match)."""
    fake = Faker("nl_NL")
    fake.seed_instance(zlib.crc32(request.node.nodeid.encode()))
    return f"{fake.first_name()} {fake.last_name()}"


@dataclass
class Created:
    service: WorkspaceService
    recovery_key: str
    worker_name: str
    team: str


@pytest.fixture
def created(fresh_service: WorkspaceService, worker_name: str) -> Created:
    """A workspace made through the core and locked again, as on every start after the first."""
    team = "Wijkteam Noord"
    key = fresh_service.create(worker_name, STRONG_PASSPHRASE, team=team)
    fresh_service.lock()
    return Created(fresh_service, key, worker_name, team)


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_controller(dialogs: FakeDialogs) -> Iterator[Callable[[WorkspaceService], AppController]]:
    """Builds controllers on the fake seam and closes all their windows after the test."""
    controllers: list[AppController] = []

    def _make(svc: WorkspaceService) -> AppController:
        controller = build_app_flow(svc, dialogs)
        controllers.append(controller)
        return controller

    yield _make
    for controller in controllers:
        controller.shutdown()
    flush_deletes()


DEMO_HOUSEHOLDS = 20


@pytest.fixture
def demo(created) -> WorkspaceService:
    """The created workspace with 20 synthetic households, locked again."""
    service = created.service
    service.unlock(STRONG_PASSPHRASE)
    fill_demo_data(service, DEMO_HOUSEHOLDS, seed=7)
    service.lock()
    return service
