"""The background runner: work leaves the GUI thread, its outcome comes back on it, one piece at a time."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread
from PySide6.QtWidgets import QWidget

from regie_desktop.errors import WrongPassphrase
from ui.background import BackgroundRunner, Progress, unexpected_error_message

WAIT_MS = 5000


@pytest.fixture
def runner(qapp) -> Iterator[BackgroundRunner]:
    runner = BackgroundRunner()
    yield runner
    runner.cancel_all()
    assert runner.wait_idle(WAIT_MS)
    QCoreApplication.processEvents()


class Receiver(QWidget):
    """Records what reaches it and on which thread."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.errors: list[str] = []
        self.threads: list[QThread] = []

    def took(self, result: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(result)

    def failed(self, message: str) -> None:
        self.threads.append(QThread.currentThread())
        self.errors.append(message)


def test_work_runs_off_the_gui_thread_and_the_result_arrives_on_it(qtbot, runner):
    gui_thread = QThread.currentThread()
    receiver = Receiver()
    qtbot.addWidget(receiver)

    def work(progress: Progress) -> dict[str, object]:
        return {"on_gui_thread": QThread.currentThread() is gui_thread, "answer": 42}

    with qtbot.waitSignal(runner.sig_busy_changed, check_params_cb=lambda busy: busy is False, timeout=WAIT_MS):
        task = runner.run(work, receiver.took, receiver.failed)
        assert runner.busy
    assert receiver.results == [{"on_gui_thread": False, "answer": 42}]
    assert receiver.errors == []
    assert receiver.threads == [gui_thread]
    assert task.finished and not runner.busy


def test_a_regie_error_arrives_as_its_dutch_message(qtbot, runner):
    receiver = Receiver()
    qtbot.addWidget(receiver)

    def work(progress: Progress) -> None:
        raise WrongPassphrase()

    runner.run(work, receiver.took, receiver.failed)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert receiver.errors == ["Wachtwoord onjuist."]
    assert receiver.results == []
    assert receiver.threads == [QThread.currentThread()]


def test_an_unexpected_error_arrives_as_a_general_sentence_and_its_details_only_on_stderr(qtbot, runner, capsys):
    receiver = Receiver()
    qtbot.addWidget(receiver)

    def work(progress: Progress) -> None:
        raise KeyError("Jansen 123456782")  # what a careless library might put in an exception

    runner.run(work, receiver.took, receiver.failed)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert receiver.errors == [unexpected_error_message()]
    assert receiver.errors[0].startswith("Er ging iets onverwachts mis")
    assert "Jansen" not in receiver.errors[0]
    err = capsys.readouterr().err
    assert "KeyError" in err and "Jansen" not in err, "only the type: a message may hold personal data"


def test_regie_debug_prints_the_whole_traceback(qtbot, runner, capsys, monkeypatch):
    monkeypatch.setenv("REGIE_DEBUG", "1")
    receiver = Receiver()
    qtbot.addWidget(receiver)

    def work(progress: Progress) -> None:
        raise KeyError("synthetische details")

    runner.run(work, receiver.took, receiver.failed)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert "synthetische details" in capsys.readouterr().err


def test_progress_reaches_the_gui_thread_in_moderation_and_the_last_step_always(qtbot, runner):
    gui_thread = QThread.currentThread()
    seen: list[tuple[int, int, bool]] = []
    receiver = Receiver()
    qtbot.addWidget(receiver)

    def work(progress: Progress) -> str:
        for step in range(1, 20_001):  # a tight loop must not post twenty thousand events
            progress(step, 20_000)
        return "klaar"

    def record(done: int, total: int) -> None:
        seen.append((done, total, QThread.currentThread() is gui_thread))

    runner.run(work, receiver.took, receiver.failed, record)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert receiver.results == ["klaar"]
    assert seen, "progress was delivered"
    assert seen[-1] == (20_000, 20_000, True)
    assert all(on_gui for _, _, on_gui in seen)
    assert [done for done, _, _ in seen] == sorted(done for done, _, _ in seen)
    assert len(seen) < 100


def test_two_pieces_of_work_never_overlap_and_keep_their_order(qtbot, runner):
    spans: list[tuple[str, float, float]] = []
    worker_threads: set[int] = set()
    finished: list[str] = []

    def work(name: str):
        def run(progress: Progress) -> str:
            worker_threads.add(threading.get_ident())
            start = time.monotonic()
            time.sleep(0.05)
            spans.append((name, start, time.monotonic()))
            return name

        return run

    for name in ("eerste", "tweede", "derde"):
        runner.run(work(name), finished.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert finished == ["eerste", "tweede", "derde"]
    assert [name for name, _, _ in spans] == finished
    for (_, _, end), (_, next_start, _) in itertools.pairwise(spans):
        assert end <= next_start, "the next piece of work started before the previous one ended"
    assert len(worker_threads) == 1
    assert threading.get_ident() not in worker_threads


def test_busy_changes_once_for_a_batch_of_work(qtbot, runner):
    changes: list[bool] = []
    runner.sig_busy_changed.connect(changes.append)
    done: list[int] = []
    for value in range(3):
        runner.run(lambda progress, value=value: value, done.append)
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert done == [0, 1, 2]
    assert changes == [True, False]


def test_a_receiver_destroyed_while_the_work_runs_is_left_alone(qtbot, runner):
    receiver = Receiver()
    started, release = threading.Event(), threading.Event()
    progress_seen: list[int] = []
    receiver_progress = progress_seen.append

    def work(progress: Progress) -> str:
        started.set()
        assert release.wait(WAIT_MS / 1000)
        progress(1, 1)
        return "te laat"

    runner.run(work, receiver.took, receiver.failed, lambda done, total: receiver_progress(done))
    assert started.wait(WAIT_MS / 1000)
    shiboken6.delete(receiver)  # as deleteLater would, while the worker is still busy
    assert not shiboken6.isValid(receiver)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert progress_seen == [], "no callback of a destroyed receiver runs"
    assert receiver.results == [] and receiver.errors == []


def test_an_explicit_receiver_guards_a_lambda(qtbot, runner):
    owner = QObject()
    delivered: list[str] = []
    release = threading.Event()

    def work(progress: Progress) -> str:
        assert release.wait(WAIT_MS / 1000)
        return "resultaat"

    runner.run(work, delivered.append, receiver=owner)
    shiboken6.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert delivered == []


def test_a_cancelled_task_delivers_nothing_and_its_work_can_see_it(qtbot, runner):
    started, release = threading.Event(), threading.Event()
    saw_cancel: list[bool] = []
    delivered: list[str] = []

    def work(progress: Progress) -> str:
        started.set()
        assert release.wait(WAIT_MS / 1000)
        saw_cancel.append(progress.cancelled)
        return "niet meer nodig"

    task = runner.run(work, delivered.append)
    assert started.wait(WAIT_MS / 1000)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert saw_cancel == [True]
    assert delivered == []
    assert task.cancelled and task.finished


def test_wait_idle_blocks_until_the_worker_is_done(qtbot, runner):
    delivered: list[str] = []

    def work(progress: Progress) -> str:
        time.sleep(0.1)
        return "klaar"

    runner.run(work, delivered.append)
    assert runner.wait_idle(WAIT_MS)
    assert delivered == [], "delivery waits for the event loop"
    qtbot.waitUntil(lambda: delivered == ["klaar"], timeout=WAIT_MS)
    assert not runner.busy
