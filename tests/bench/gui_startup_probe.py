"""Child process for the startup benchmark: ``python -m tests.bench.gui_startup_probe regie|bare``.

``regie`` starts Regie exactly as ``ui.main.main`` does (the application, ``WorkspaceService()`` on REGIE_HOME,
the controller's ``start``) and ``bare`` shows one plain QWidget in a bare QApplication. Either way the probe
prints ``painted`` on stdout at the first paint event of the window (the unlock dialog for ``regie``) and quits.
The parent measures wall time from starting the process to that line. Imports stay inside the modes, so the
baseline loads nothing of Regie.
"""

from __future__ import annotations

import sys

PAINTED = "painted"


def _paint_watcher(object_name: str | None):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QWidget

    class PaintWatcher(QObject):
        """Application-wide filter: the first paint of the watched top-level window ends the probe."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and (object_name is None or watched.objectName() == object_name)
            ):
                self.seen = True
                sys.stdout.write(PAINTED + "\n")
                sys.stdout.flush()
                QCoreApplication.exit(0)
            return False

    return PaintWatcher()


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    watcher = _paint_watcher(None)
    app.installEventFilter(watcher)
    widget = QWidget()
    widget.resize(440, 210)
    widget.show()
    return app.exec()


def regie() -> int:
    from ui.controller import build_app_flow
    from ui.main import prepare

    started = prepare(sys.argv)  # exactly as ui.main.main: preferences, policy, language, theme, workspace
    if isinstance(started, int):
        return started
    watcher = _paint_watcher("unlock_dialog")
    started.app.installEventFilter(watcher)
    controller = build_app_flow(started.service, started.dialogs, auto_lock_ms=started.auto_lock_ms)
    try:
        code = controller.start()
        if code is not None:
            return code
        if controller.unlock_dialog is None:
            sys.stderr.write("no unlock dialog: REGIE_HOME must hold a workspace\n")
            return 2
        controller.sig_finished.connect(started.app.exit)
        return started.app.exec()
    finally:
        controller.shutdown()
        started.service.close()


if __name__ == "__main__":
    sys.exit({"bare": bare, "regie": regie}[sys.argv[1]]())
