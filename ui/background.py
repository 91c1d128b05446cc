"""Slow work (key derivation, database, PDF, sync) off the GUI thread, its outcome delivered back on it.

One ``BackgroundRunner`` per application runs every piece of work on a single worker thread, one after
the other: the database is then reached from one worker at a time, and two pieces of work never race.
The result, a Dutch error message or progress arrives on the GUI thread through queued signals, so the
callbacks may touch widgets. A callback whose receiver widget is gone by then is skipped.
"""

from __future__ import annotations

import itertools
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from regie_desktop.errors import RegieError

T = TypeVar("T")

PROGRESS_INTERVAL_S = 0.1
"""Progress reaches the GUI at most this often (besides the last step): a tight loop must not flood the queue."""


def report_unexpected(kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
    """Tell developers on stderr what failed. Only its type by default: exception messages may hold personal
    data, and a desktop session can keep stderr in a file. ``REGIE_DEBUG=1`` prints the whole traceback."""
    if os.environ.get("REGIE_DEBUG"):
        traceback.print_exception(kind, error, tb)
    else:
        name = kind.__name__ if kind is not None else "onbekend"
        sys.stderr.write(f"Regie: onverwachte fout ({name}); zet REGIE_DEBUG=1 voor de details.\n")


def unexpected_error_message() -> str:
    """What the worker reads when something failed that Regie did not foresee; says nothing about the data."""
    return QCoreApplication.translate(
        "BackgroundRunner",
        "Er ging iets onverwachts mis. Uw opgeslagen gegevens zijn niet aangetast. Probeer het opnieuw; "
        "blijft dit gebeuren, neem dan contact op met de applicatiebeheerder.",
    )


class Progress:
    """Handed to the work function: call it with ``(done, total)``; ``cancelled`` says the result is not wanted."""

    def __init__(self, report: Callable[[int, int], None], cancel_event: threading.Event) -> None:
        self._report = report
        self._cancel_event = cancel_event
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._report(done, total)

    @property
    def cancelled(self) -> bool:
        """True once the task was cancelled; long work may check it and stop early."""
        return self._cancel_event.is_set()


class Task(Generic[T]):
    """One piece of work handed to the runner; ``cancel()`` means its outcome is no longer delivered."""

    def __init__(
        self,
        task_id: int,
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None,
        on_progress: Callable[[int, int], None] | None,
        receiver: QObject | None,
    ) -> None:
        self.id = task_id
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress
        self.receiver = receiver
        self.cancel_event = threading.Event()
        self.finished = False

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        """Skip the callbacks from now on; the work itself stops only if it checks ``progress.cancelled``."""
        self.cancel_event.set()

    def wanted(self) -> bool:
        """Deliver only when not cancelled and the receiver (if any) still exists."""
        return not self.cancelled and (self.receiver is None or shiboken6.isValid(self.receiver))


class _Signals(QObject):
    """Lives on the GUI thread as long as the runner; the worker emits on it, Qt queues to the GUI thread."""

    sig_result = Signal(int, object)
    """Task ``id`` returned a value."""
    sig_failed = Signal(int, str)
    """Task ``id`` failed; the text is fit to show."""
    sig_progress = Signal(int, int, int)
    """Task ``id`` did ``done`` of ``total`` steps."""
    sig_finished = Signal(int)
    """Task ``id`` left the worker thread (after its result or failure)."""


class _Job(QRunnable):
    """Runs the work function on the pool's thread; it holds no Qt object of its own."""

    def __init__(self, task_id: int, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._progress = progress
        self._signals = signals

    def run(self) -> None:
        task_id, signals = self._task_id, self._signals
        try:
            result = self._fn(self._progress)
        except RegieError as exc:
            signals.sig_failed.emit(task_id, exc.message)
        except BaseException:  # a worker thread must always report back, whatever happened
            report_unexpected(*sys.exc_info())  # the worker sees a plain Dutch sentence
            signals.sig_failed.emit(task_id, unexpected_error_message())
        else:
            signals.sig_result.emit(task_id, result)
        finally:
            signals.sig_finished.emit(task_id)


def _owner(callback: Callable[..., object]) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


class BackgroundRunner(QObject):
    """Runs work functions one at a time on one worker thread; callbacks run on the GUI thread.

    Call ``wait_idle`` before the runner goes away (the controller does on shutdown): a worker thread
    still running Python code while its pool is destroyed would wait for the interpreter lock forever.
    """

    sig_busy_changed = Signal(bool)
    """Work started while idle (True), or the last outstanding work was delivered (False)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # created before the signals: destroyed (and waited for) first
        self._pool.setObjectName("background_pool")
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.sig_result.connect(self._deliver_result, queued)
        self._signals.sig_failed.connect(self._deliver_failure, queued)
        self._signals.sig_progress.connect(self._deliver_progress, queued)
        self._signals.sig_finished.connect(self._finish, queued)
        self._tasks: dict[int, Task[Any]] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        """True from ``run`` until the outcome of the last outstanding work has been delivered."""
        return bool(self._tasks)

    def run(
        self,
        fn: Callable[[Progress], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        receiver: QObject | None = None,
    ) -> Task[T]:
        """Queue ``fn`` for the worker thread; ``on_done(result)`` or ``on_error(message)`` follows on this thread.

        ``receiver`` guards the callbacks: once that object is destroyed they are skipped. It defaults to the
        object ``on_done`` is a bound method of. A ``RegieError`` arrives as its Dutch message; anything else
        as a general Dutch sentence (the traceback goes to stderr only). Without ``on_error`` a failure is
        dropped after that.
        """
        task: Task[T] = Task(next(self._ids), on_done, on_error, on_progress, receiver or _owner(on_done))
        was_busy = self.busy
        self._tasks[task.id] = task
        signals = self._signals
        task_id = task.id

        def report(done: int, total: int) -> None:
            signals.sig_progress.emit(task_id, done, total)

        self._pool.start(_Job(task_id, fn, Progress(report, task.cancel_event), signals))
        if not was_busy:
            self.sig_busy_changed.emit(True)
        return task

    def cancel_all(self) -> None:
        """Deliver nothing more of the work handed in so far (used when Regie closes)."""
        for task in self._tasks.values():
            task.cancel()

    def wait_idle(self, timeout_ms: int = -1) -> bool:
        """Block until the worker thread has no work left; False on timeout.

        The outcomes are delivered by the event loop afterwards, not inside this call.
        """
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: object) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.wanted():
            task.on_done(result)

    @Slot(int, str)
    def _deliver_failure(self, task_id: int, message: str) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_error is not None and task.wanted():
            task.on_error(message)

    @Slot(int, int, int)
    def _deliver_progress(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None and task.on_progress is not None and task.wanted():
            task.on_progress(done, total)

    @Slot(int)
    def _finish(self, task_id: int) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        task.finished = True
        if not self._tasks:
            self.sig_busy_changed.emit(False)


def run_or_now(
    runner: BackgroundRunner | None,
    work: Callable[[], T],
    done: Callable[[T], None],
    failed: Callable[[str], None],
    receiver: QObject,
) -> Task[T] | None:
    """``work`` on ``runner`` (the outcome follows on ``receiver``'s thread); without one, now, returning None.

    Run now, it keeps the runner's promise: a ``RegieError`` gives its Dutch message, anything else a Dutch
    sentence with the details only on stderr.
    """
    if runner is not None:

        def job(_progress: Progress) -> T:
            return work()

        return runner.run(job, done, failed, receiver=receiver)
    try:
        result = work()
    except RegieError as exc:
        failed(exc.message)
    except Exception:
        report_unexpected(*sys.exc_info())
        failed(unexpected_error_message())
    else:
        done(result)
    return None


class BusyIndicator(QWidget):
    """A short "Bezig met …" text with a moving bar, shown while background work runs for a dialog."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._label = QLabel()
        self._label.setObjectName(object_name + "_label")
        self._bar = QProgressBar()
        self._bar.setObjectName(object_name + "_bar")
        self._bar.setRange(0, 0)  # no steps known: the bar moves to show Regie is not frozen
        self._bar.setTextVisible(False)
        self._bar.setMaximumWidth(120)
        self._bar.setMaximumHeight(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        layout.addWidget(self._bar)
        layout.addStretch(1)
        self.setVisible(False)

    @property
    def text(self) -> str:
        return self._label.text()

    def start(self, text: str) -> None:
        """Show ``text`` (also to screen readers) with the moving bar."""
        self._label.setText(text)
        self._bar.setAccessibleName(text)
        self.setAccessibleName(text)
        self.setVisible(True)

    def stop(self) -> None:
        self.setVisible(False)
        self._label.clear()
