"""Instellingen: the worker's own preferences and the team's instrument, within the organisation's policy.

What the organisation's policy fixes is shown but cannot be changed here (disabled, with "Vastgelegd door uw
organisatie"), so IT and the worker can see which values came from the policy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app import catalog
from regie_desktop.app.settings import choose_instrument, instrument_policy_warning, locked_instrument, team_instrument
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.werkgebied import format_werkgebied
from regie_desktop.errors import RegieError
from regie_desktop.policy import Policy, organisation
from regie_desktop.preferences import AUTO_LOCK_MINUTES, FONT_SIZES_PT, Preferences, Theme, save_preferences
from ui.background import BackgroundRunner
from ui.style import error_label, show_message
from ui.sync.enrol_box import EnrolBox


class SettingsDialog(QDialog):
    """Shows ``preferences`` and the team's instrument; "Opslaan" writes both, "Annuleren" changes nothing.

    The dialog only saves. Applying the result (theme, font, auto-lock) is the controller's job, after
    ``accepted``; it reads what was saved from ``preferences``.
    """

    def __init__(
        self,
        service: WorkspaceService,
        preferences: Preferences,
        policy: Policy,
        parent: QWidget | None = None,
        preferences_file: Path | None = None,
        runner: BackgroundRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._preferences = preferences
        self._policy = policy
        self._preferences_file = preferences_file
        with service.unit_of_work() as (session, _actor):
            self._instrument_id = team_instrument(session, policy)
        self._instrument_locked = locked_instrument(policy) is not None
        instrument_warning = instrument_policy_warning(policy)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Instellingen"))
        self.setMinimumWidth(max(460, self.fontMetrics().averageCharWidth() * 64))  # grows with the font size

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_security_group())
        layout.addWidget(self._build_display_group())
        layout.addWidget(self._build_work_group())
        self.enrol_box = EnrolBox(service, policy, runner or getattr(parent, "runner", None), parent=self)
        if hasattr(parent, "sync_enrolled"):
            self.enrol_box.sig_enrolled.connect(parent.sync_enrolled)
        layout.addWidget(self.enrol_box)
        organisation_group = self._build_organisation_group()
        if organisation_group is not None:
            layout.addWidget(organisation_group)
        self._policy_label = error_label("policy_warnings_label", self.tr("Meldingen over het beleid"))
        warnings = [*policy.warnings, *([instrument_warning] if instrument_warning else [])]
        show_message(self._policy_label, "\n".join(warnings))
        layout.addWidget(self._policy_label)
        self._error_label = error_label("settings_error_label", self.tr("Foutmelding"))
        layout.addWidget(self._error_label)
        layout.addStretch(1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_button.setText(self.tr("Opslaan"))
        self._ok_button.setObjectName("save_button")
        self._ok_button.setAccessibleName(self.tr("Instellingen opslaan"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        cancel.setAccessibleName(self.tr("Annuleren zonder op te slaan"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        QWidget.setTabOrder(self._auto_lock_spin, self._theme_combo)
        QWidget.setTabOrder(self._theme_combo, self._font_size_spin)
        QWidget.setTabOrder(self._font_size_spin, self._instrument_combo)
        self._auto_lock_spin.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Make room for the wrapped notes at the real width; Qt's first size ignores them and large fonts clip."""
        super().showEvent(event)
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- what the controller reads after ``accepted`` --------------------------------------------
    @property
    def preferences(self) -> Preferences:
        """The preferences as saved (before saving: as they were when the dialog opened)."""
        return self._preferences

    @property
    def policy(self) -> Policy:
        return self._policy

    # --- building ---------------------------------------------------------------------------------
    def _build_security_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Beveiliging"))
        group.setObjectName("security_group")
        cap = self._policy.max_auto_lock_minutes
        low, high = AUTO_LOCK_MINUTES
        self._auto_lock_spin = QSpinBox()
        self._auto_lock_spin.setObjectName("auto_lock_spin")
        self._auto_lock_spin.setAccessibleName(self.tr("Automatisch vergrendelen na aantal minuten"))
        self._auto_lock_spin.setRange(low, min(high, cap) if cap is not None else high)
        self._auto_lock_spin.valueChanged.connect(self._update_minutes_suffix)
        self._auto_lock_spin.setValue(self._preferences.auto_lock_minutes)  # a value above the cap shows the cap
        self._update_minutes_suffix(self._auto_lock_spin.value())
        self._auto_lock_spin.setToolTip(self.tr("Zonder invoer vergrendelt Regie zich na deze tijd."))
        column = QVBoxLayout(group)
        form = self._form()
        column.addLayout(form)
        form.addRow(self._buddy(self.tr("Automatisch &vergrendelen na:"), self._auto_lock_spin), self._auto_lock_spin)
        self._cap_label = self._note("auto_lock_cap_label", self.tr("Grens van uw organisatie"))
        if cap is not None:
            text = (
                self.tr("Vastgelegd door uw organisatie: maximaal 1 minuut")
                if cap == 1
                else self.tr("Vastgelegd door uw organisatie: maximaal %1 minuten").replace("%1", str(cap))
            )
            self._cap_label.setText(text)
        column.addWidget(self._cap_label)  # wrapped text below the form: in a form row it squeezes the labels
        self._cap_label.setVisible(cap is not None)
        return group

    def _build_display_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Weergave"))
        group.setObjectName("display_group")
        self._theme_combo = QComboBox()
        self._theme_combo.setObjectName("theme_combo")
        self._theme_combo.setAccessibleName(self.tr("Kleurenschema"))
        self._theme_combo.addItem(self.tr("Licht"), Theme.LICHT.value)
        self._theme_combo.addItem(self.tr("Hoog contrast (zwart op wit)"), Theme.HOOG_CONTRAST.value)
        self._theme_combo.setCurrentIndex(self._theme_combo.findData(self._preferences.theme.value))
        low, high = FONT_SIZES_PT
        self._font_size_spin = QSpinBox()
        self._font_size_spin.setObjectName("font_size_spin")
        self._font_size_spin.setAccessibleName(self.tr("Lettergrootte in punten"))
        self._font_size_spin.setRange(low, high)
        self._font_size_spin.setSuffix(self.tr(" pt"))
        self._font_size_spin.setValue(self._preferences.font_size_pt)
        self._language_combo = QComboBox()
        self._language_combo.setObjectName("language_combo")
        self._language_combo.setAccessibleName(self.tr("Taal van Regie"))
        self._language_combo.addItem("Nederlands", "nl")  # each language in its own words, never translated
        self._language_combo.addItem("English", "en")
        self._language_combo.setCurrentIndex(self._language_combo.findData(self._preferences.language))
        self._language_combo.setToolTip(self.tr("Een andere taal geldt vanaf de volgende keer dat Regie start."))
        form = self._form()
        group.setLayout(form)
        form.addRow(self._buddy(self.tr("&Kleurenschema:"), self._theme_combo), self._theme_combo)
        form.addRow(self._buddy(self.tr("&Lettergrootte:"), self._font_size_spin), self._font_size_spin)
        form.addRow(self._buddy(self.tr("&Taal (na herstart):"), self._language_combo), self._language_combo)
        return group

    def _build_work_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Werkwijze van het team"))
        group.setObjectName("work_group")
        self._instrument_combo = QComboBox()
        self._instrument_combo.setObjectName("instrument_combo")
        self._instrument_combo.setAccessibleName(self.tr("Instrument voor nieuwe casussen"))
        for instrument in catalog.instruments().values():
            self._instrument_combo.addItem(instrument.name, instrument.id)
        index = self._instrument_combo.findData(self._instrument_id)
        if index < 0:  # chosen once, since removed from this computer: show it rather than silently pick another
            self._instrument_combo.addItem(self._instrument_id, self._instrument_id)
            index = self._instrument_combo.count() - 1
        self._instrument_combo.setCurrentIndex(index)
        note = self._note("instrument_note_label", self.tr("Uitleg bij het instrument"))
        note.setText(
            self.tr("Geldt voor nieuwe casussen in deze werkruimte; bestaande casussen houden hun instrument.")
        )
        column = QVBoxLayout(group)  # the label is long: above the field rather than beside it
        column.addWidget(self._buddy(self.tr("&Instrument voor nieuwe casussen:"), self._instrument_combo))
        column.addWidget(self._instrument_combo)
        column.addWidget(note)
        self._instrument_locked_label = self._note("instrument_locked_label", self.tr("Instrument vastgelegd"))
        self._instrument_locked_label.setText(self.tr("Vastgelegd door uw organisatie"))
        self._instrument_locked_label.setVisible(self._instrument_locked)
        column.addWidget(self._instrument_locked_label)
        self._instrument_combo.setEnabled(not self._instrument_locked)
        if self._instrument_locked:
            self._instrument_combo.setToolTip(self.tr("Vastgelegd door uw organisatie"))
        return group

    def _build_organisation_group(self) -> QGroupBox | None:
        """What the organisation set about itself, read-only; absent when the policy sets none of it."""
        org = organisation(self._policy)
        rows: list[tuple[str, str, str, str]] = []  # (object name, label, accessible name, value)
        if org.gemeente:
            rows.append(("gemeente_field", self.tr("Gemeente:"), self.tr("Gemeente"), org.gemeente))
        if self._policy.team:
            rows.append(("policy_team_field", self.tr("Team:"), self.tr("Team van deze computer"), self._policy.team))
        if self._policy.werkgebied:
            rows.append(
                (
                    "policy_werkgebied_field",
                    self.tr("Werkgebied:"),
                    self.tr("Werkgebied (postcodes)"),
                    format_werkgebied(self._policy.werkgebied),
                )
            )
        if org.logo_file is not None:
            rows.append(("logo_file_field", self.tr("Logo:"), self.tr("Logobestand"), str(org.logo_file)))
        if not rows:
            return None
        group = QGroupBox(self.tr("Organisatie"))
        group.setObjectName("organisation_group")
        column = QVBoxLayout(group)
        form = self._form()
        column.addLayout(form)
        for object_name, label, accessible_name, value in rows:
            field = QLineEdit(value)
            field.setObjectName(object_name)
            field.setAccessibleName(accessible_name)
            field.setReadOnly(True)  # selectable, so IT can copy it into a ticket
            field.setCursorPosition(0)
            form.addRow(self._buddy(label, field), field)
        note = self._note("organisation_note_label", self.tr("Uitleg bij de organisatie"))
        note.setText(self.tr("Vastgelegd door uw organisatie"))
        column.addWidget(note)
        return group

    def _update_minutes_suffix(self, minutes: int) -> None:
        self._auto_lock_spin.setSuffix(self.tr(" minuut") if minutes == 1 else self.tr(" minuten"))

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    def _note(self, object_name: str, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setAccessibleName(accessible_name)
        label.setWordWrap(True)
        return label

    # --- saving -----------------------------------------------------------------------------------
    def _chosen(self) -> Preferences:
        return Preferences(
            auto_lock_minutes=self._auto_lock_spin.value(),
            theme=Theme(self._theme_combo.currentData()),
            font_size_pt=self._font_size_spin.value(),
            language=str(self._language_combo.currentData()),
        )

    def _save(self) -> None:
        """Write the preferences file and, when it changed, the team's instrument; a failure keeps the dialog open."""
        chosen = self._chosen()
        instrument_id = str(self._instrument_combo.currentData())
        try:
            save_preferences(chosen, self._preferences_file)
            if instrument_id != self._instrument_id:
                with self._service.unit_of_work() as (session, actor):
                    choose_instrument(session, actor, instrument_id)
                self._instrument_id = instrument_id
        except RegieError as exc:
            show_message(self._error_label, exc.message)
            return
        self._preferences = chosen
        self.accept()
