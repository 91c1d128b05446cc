"""``regie-gui``: open the workspace in REGIE_HOME (or the per-user data folder) and run the GUI."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.errors import RegieError
from regie_desktop.policy import current_policy, effective_auto_lock_minutes
from regie_desktop.preferences import load_preferences
from ui.application import create_application
from ui.auto_lock import DEFAULT_TIMEOUT_MS, MS_PER_MINUTE
from ui.background import report_unexpected
from ui.controller import build_app_flow
from ui.dialogs import DialogSeam
from ui.style import apply_theme

EXIT_UNEXPECTED = 1


def run(
    app: QApplication, service: WorkspaceService, dialogs: DialogSeam, auto_lock_ms: int = DEFAULT_TIMEOUT_MS
) -> int:
    """Start the flow and the event loop; always releases the workspace. Returns the exit code."""
    controller = build_app_flow(service, dialogs, auto_lock_ms=auto_lock_ms)
    try:
        code = controller.start()
        if code is not None:
            return code
        controller.sig_finished.connect(app.exit)
        return app.exec()
    finally:
        controller.shutdown()
        service.close()


def install_excepthook(dialogs: DialogSeam) -> None:
    """Errors that escape a slot become a Dutch dialog; developers get the type on stderr (REGIE_DEBUG=1: all)."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, RegieError):
            dialogs.critical(None, "Regie", error.message)
            return
        report_unexpected(kind, error, tb)
        dialogs.critical(
            None,
            "Regie",
            QCoreApplication.translate(
                "main",
                "Er ging iets onverwachts mis. Uw opgeslagen gegevens zijn niet aangetast. "
                "Sluit Regie af en start het opnieuw; blijft dit gebeuren, neem dan contact op met de "
                "applicatiebeheerder.",
            ),
        )

    sys.excepthook = hook


@dataclass
class Startup:
    """Everything ``main`` sets up before the first window; the start-up benchmark runs this same code."""

    app: QApplication
    service: WorkspaceService
    dialogs: DialogSeam
    auto_lock_ms: int


def prepare(argv: list[str]) -> Startup | int:
    """Preferences, policy, the application with its language and theme, the workspace; or an exit code."""
    preferences, policy = load_preferences(), current_policy()  # the same policy object the app layer uses
    app = create_application(argv, os.environ.get("REGIE_LANG") or preferences.language)
    dialogs = DialogSeam()
    install_excepthook(dialogs)
    apply_theme(app, preferences.theme, preferences.font_size_pt)
    if policy.warnings:  # once per start, before anything else: the organisation's setting is not in force
        dialogs.information(None, "Regie", "\n\n".join(policy.warnings))
    try:
        service = WorkspaceService()
    except RegieError as exc:
        dialogs.critical(None, "Regie", exc.message)
        return exc.exit_code
    return Startup(app, service, dialogs, effective_auto_lock_minutes(preferences, policy) * MS_PER_MINUTE)


def self_test(argv: list[str]) -> int:
    """``regie-gui --self-test``: the core checks plus Qt's (platform, fonts, SVG, PDF, charts), for IT."""
    from ui.self_test import gui_self_test

    create_application(argv)
    report = gui_self_test()
    encoding = sys.stdout.encoding or "utf-8"
    sys.stdout.write(report.text().encode(encoding, errors="replace").decode(encoding))
    sys.stdout.flush()
    return report.exit_code


def main() -> int:
    if "--self-test" in sys.argv[1:]:
        return self_test(sys.argv)
    started = prepare(sys.argv)
    if isinstance(started, int):
        return started
    return run(started.app, started.service, started.dialogs, started.auto_lock_ms)


if __name__ == "__main__":
    sys.exit(main())
