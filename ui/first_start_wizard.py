"""First start as a wizard: welkom, who the worker is, the passphrase (creates the workspace), the recovery key
shown once, the team's instrument, and a summary.

The passphrase page is a commit page: once the workspace exists there is no way back to it, and the wizard can
no longer be cancelled until the worker has confirmed the recovery key is stored safely.
"""

from __future__ import annotations

import html
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QWidget, QWizard

from regie_desktop.app.workspace_service import WorkspaceService
from ui.background import BackgroundRunner
from ui.dialogs import DialogSeam
from ui.first_start_pages import DonePage, IdentityPage, InstrumentPage, PassphrasePage, RecoveryKeyPage, WelcomePage


class PageId(IntEnum):
    WELCOME = 0
    IDENTITY = 1
    PASSPHRASE = 2
    RECOVERY_KEY = 3
    INSTRUMENT = 4
    DONE = 5


_BUTTONS = (
    (QWizard.WizardButton.BackButton, "back_button", QT_TRANSLATE_NOOP("FirstStartWizard", "&Vorige")),
    (QWizard.WizardButton.NextButton, "next_button", QT_TRANSLATE_NOOP("FirstStartWizard", "&Volgende")),
    (QWizard.WizardButton.CommitButton, "commit_button", QT_TRANSLATE_NOOP("FirstStartWizard", "&Volgende")),
    (QWizard.WizardButton.FinishButton, "finish_button", QT_TRANSLATE_NOOP("FirstStartWizard", "Voltooien")),
    (QWizard.WizardButton.CancelButton, "cancel_button", QT_TRANSLATE_NOOP("FirstStartWizard", "Annuleren")),
)


class FirstStartWizard(QWizard):
    """Creates the workspace with ``service.create`` and sets it up; accepted with "Voltooien".

    Whichever way it ends, the passphrase, the recovery key and the name are wiped from its widgets.
    """

    def __init__(
        self,
        service: WorkspaceService,
        dialogs: DialogSeam,
        parent: QWidget | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_wizard")
        self.setWindowTitle(self.tr("Regie — werkruimte maken"))
        # One style everywhere (Windows would pick Aero, macOS its own): the same screens on every laptop.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setTitleFormat(Qt.TextFormat.RichText)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(600, 480)

        self.welcome_page = WelcomePage()
        self.identity_page = IdentityPage()
        self.passphrase_page = PassphrasePage(service, self.identity_page, runner=runner)
        self.recovery_key_page = RecoveryKeyPage(dialogs)
        self.instrument_page = InstrumentPage(service)
        self.done_page = DonePage(self.identity_page, self.instrument_page)
        for page_id, page in (
            (PageId.WELCOME, self.welcome_page),
            (PageId.IDENTITY, self.identity_page),
            (PageId.PASSPHRASE, self.passphrase_page),
            (PageId.RECOVERY_KEY, self.recovery_key_page),
            (PageId.INSTRUMENT, self.instrument_page),
            (PageId.DONE, self.done_page),
        ):
            # A larger title reads calmer than Qt's bold body-size one; the text is ours, escaped anyway.
            page.setTitle(f'<span style="font-size: x-large">{html.escape(page.title())}</span>')
            self.setPage(page_id, page)
        self.setStartId(PageId.WELCOME)

        for which, name, text in _BUTTONS:
            self.setButtonText(which, self.tr(text))
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(self.tr(text).replace("&", ""))
        self.passphrase_page.sig_workspace_created.connect(self._workspace_created)

    # --- state ------------------------------------------------------------------------------------
    @property
    def workspace_created(self) -> bool:
        return self.passphrase_page.created

    @property
    def key_confirmed(self) -> bool:
        return self.recovery_key_page.isComplete()

    # --- slots ------------------------------------------------------------------------------------
    def _workspace_created(self, recovery_key: str) -> None:
        """Show the key on the next page; from now on the wizard can no longer be cancelled."""
        self.recovery_key_page.set_key(recovery_key)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def back(self) -> None:
        """Go back a page, but never to the passphrase page (or before it) once the workspace exists."""
        if self.workspace_created and self.currentId() <= PageId.RECOVERY_KEY:
            return
        super().back()

    def reject(self) -> None:
        """Cancel (Annuleren, Escape, closing the window) ends Regie before the workspace exists; after that
        only once the recovery key is confirmed, so it cannot be lost by a stray key press."""
        if self.passphrase_page.creating or (self.workspace_created and not self.key_confirmed):
            return
        super().reject()

    def done(self, result: int) -> None:
        """Wipe the passphrase, the key and the name from the widgets, whichever way the wizard ends."""
        if result == QWizard.DialogCode.Accepted and not self.validateCurrentPage():
            return
        for page in (self.identity_page, self.passphrase_page, self.recovery_key_page, self.done_page):
            page.wipe()
        super().done(result)
