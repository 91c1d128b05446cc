"""Frozen entry point of ``regie-gui`` in the PyInstaller bundle.

``REGIE_STARTUP_PROBE=1`` is a diagnostic for IT and for the bundle test: Regie starts as usual and, at the
first paint of its first window (the unlock screen or the first-start wizard), prints ``painted <objectName>``
on stdout and quits. That proves the bundle starts on this machine without a display or a worker at it.
"""

import os
import sys


def _install_probe() -> None:
    """Wrap ``create_application`` so the probe's event filter is on the application before any window shows."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QWidget

    import ui.main

    class FirstPaint(QObject):
        """Application-wide filter: the first paint of a top-level window ends the run."""

        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched.objectName()
            ):
                self.seen = True
                sys.stdout.write(f"painted {watched.objectName()}\n")
                sys.stdout.flush()
                QCoreApplication.exit(0)
            return False

    create = ui.main.create_application
    watcher = FirstPaint()

    def create_with_probe(argv, *args, **kwargs):  # type: ignore[no-untyped-def]
        app = create(argv, *args, **kwargs)
        app.installEventFilter(watcher)
        return app

    ui.main.create_application = create_with_probe  # type: ignore[assignment]


if __name__ == "__main__":
    if os.environ.get("REGIE_STARTUP_PROBE"):
        _install_probe()
    from ui.main import main

    sys.exit(main())
