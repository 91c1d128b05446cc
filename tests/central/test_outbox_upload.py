"""Uploading a real workspace's outbox: batches, progress, refusals, faults, interruption and revocation."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from regie_desktop.app.plans import device_key
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.central import admin
from regie_desktop.central.models import Change
from regie_desktop.store.models import ChangeRecord, WorkspaceInfo
from regie_desktop.sync import transport
from regie_desktop.sync.outbox import count_unsent, upload_outbox
from tests.app.factories import household, new_dossier
from tests.central.support import add_worker, issue_code
from tests.central.test_transport import FaultyTransport


def enrol_workspace(service: WorkspaceService, central_engine: Engine, url: str) -> str:
    """Enrols the workspace's own device id and key; returns the device token."""
    code = issue_code(central_engine, add_worker(central_engine, "Team Noord", "Test Werker"))
    with service.unit_of_work() as (session, _actor):
        device_id = session.scalars(select(WorkspaceInfo.device_id)).one()
        key = device_key(session)
    with transport.CentralClient(url) as client:
        return client.enrol(code, device_id, key, device_name="Werklaptop").device_token


@pytest.fixture
def token(service: WorkspaceService, central_engine: Engine, central_url: str) -> str:
    for i, achternaam in enumerate(["Jansen", "Bakker", "Visser"]):
        new_dossier(service, household(achternaam=achternaam, bsn_=None, voornamen=f"Kim{i}"))
    return enrol_workspace(service, central_engine, central_url)


def _unsent(service: WorkspaceService) -> int:
    with service.workspace.transaction() as session:
        return count_unsent(session)


def _server_ids(central_engine: Engine) -> list[str]:
    with Session(central_engine) as session:
        return sorted(session.scalars(select(Change.id)))


def _local_ids(service: WorkspaceService) -> list[str]:
    with service.workspace.transaction() as session:
        return sorted(session.scalars(select(ChangeRecord.id)))


def test_the_whole_outbox_goes_up_in_batches_with_progress(
    service: WorkspaceService, token: str, central_engine: Engine, central_url: str
) -> None:
    total = _unsent(service)
    assert total >= 9
    seen: list[tuple[int, int]] = []
    with transport.CentralClient(central_url, token=token) as client:
        report = upload_outbox(
            service.workspace.transaction, client, batch_size=4, progress=lambda d, t: seen.append((d, t))
        )
        assert report.stored == total and report.duplicates == 0 and report.refused == []
        assert report.batches == -(-total // 4)
        assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1] == (total, total)
        assert _unsent(service) == 0 and _server_ids(central_engine) == _local_ids(service)
        again = upload_outbox(service.workspace.transaction, client)
        assert again.batches == 0  # nothing left: one read, no request


def test_a_refused_change_is_reported_and_does_not_block_the_rest(
    service: WorkspaceService, token: str, central_engine: Engine, central_url: str
) -> None:
    with service.workspace.transaction() as session:
        first = session.scalars(select(ChangeRecord.id).order_by(ChangeRecord.id)).first()
        session.execute(update(ChangeRecord).where(ChangeRecord.id == first).values(schema_version=99))
    with transport.CentralClient(central_url, token=token) as client:
        report = upload_outbox(service.workspace.transaction, client, batch_size=1)
        assert [(r.change_id, r.reason) for r in report.refused] == [(first, "schemaversie")]
        assert _unsent(service) == 0
        assert [q.change_id for q in client.quarantine().items] == [first]
    assert _server_ids(central_engine) == [i for i in _local_ids(service) if i != first]


def test_an_interrupted_upload_goes_on_where_it_stopped(
    service: WorkspaceService, token: str, central_engine: Engine, central_url: str
) -> None:
    class DiesAfter(httpx.HTTPTransport):
        def __init__(self, pushes: int) -> None:
            super().__init__()
            self.left = pushes

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST":
                if self.left == 0:
                    raise httpx.ConnectError("netwerk weg", request=request)
                self.left -= 1
            return super().handle_request(request)

    total = _unsent(service)
    with (
        transport.CentralClient(central_url, token=token, transport=DiesAfter(2)) as flaky,
        pytest.raises(transport.ServerUnreachable),
    ):
        upload_outbox(service.workspace.transaction, flaky, batch_size=3, sleep=lambda _s: None)
    assert _unsent(service) == total - 6 and len(_server_ids(central_engine)) == 6
    with transport.CentralClient(central_url, token=token) as client:
        report = upload_outbox(service.workspace.transaction, client, batch_size=3)
    assert report.stored == total - 6 and _unsent(service) == 0
    assert _server_ids(central_engine) == _local_ids(service)


def test_a_faulty_network_uploads_everything_once(
    service: WorkspaceService, token: str, central_engine: Engine, central_url: str
) -> None:
    for seed in range(5):
        with service.workspace.transaction() as session:  # send it all again, as after a lost marking
            session.execute(update(ChangeRecord).values(sent_at=None))
        with transport.CentralClient(central_url, token=token, transport=FaultyTransport(seed)) as client:
            upload_outbox(service.workspace.transaction, client, batch_size=2, attempts=30, sleep=lambda _s: None)
        assert _unsent(service) == 0
    with Session(central_engine) as session:
        assert session.scalar(select(func.count()).select_from(Change)) == len(_local_ids(service))
    assert _server_ids(central_engine) == _local_ids(service)


def test_a_revoked_device_marks_nothing_sent(
    service: WorkspaceService, token: str, central_engine: Engine, central_url: str
) -> None:
    with Session(central_engine) as session, session.begin():
        admin.revoke_device(session, token.split(".", 1)[0])
    total = _unsent(service)
    with (
        transport.CentralClient(central_url, token=token) as client,
        pytest.raises(transport.DeviceRevoked, match="ingetrokken"),
    ):
        upload_outbox(service.workspace.transaction, client)
    assert _unsent(service) == total and _server_ids(central_engine) == []
