"""One doel of the plan: its leefgebied, what the client wants to reach, the agreed '6', acties and inzet.

The editor owns no storage: it reports every edit (``sig_changed``) and the plan editor reads the whole doel
back with ``doel()`` when it autosaves. Removing and moving are requests, because they need the whole list
(and removing asks first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from regie_desktop.app.plan_werkblad import WieOptie
from regie_desktop.domain.plan import Doel
from ui.plan.acties_table import ActiesTable
from ui.plan.inputs import MIN_HEIGHT, ComboBox, text_edit
from ui.plan.inzet_rows import InzetRows
from ui.style import heading_font


class DoelEditor(QFrame):
    """Edits one doel; keeps its id, so the compare view can follow the doel across versions."""

    sig_changed = Signal()
    """Something in this doel was edited."""

    sig_remove_requested = Signal(str)
    """The worker wants this doel (its id) removed; the plan editor asks first."""

    sig_move_requested = Signal(str, int)
    """The worker wants this doel (its id) one place up (-1) or down (+1)."""

    def __init__(
        self,
        doel: Doel,
        leefgebieden: Sequence[tuple[str, str]],
        wie_opties: Sequence[WieOptie],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("doel_editor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._id = doel.id
        self._loading = True
        self._editable = True
        self._position = (1, 1)

        self._heading = QLabel()
        self._heading.setObjectName("doel_heading")
        self._heading.setFont(heading_font(self.font(), 1.2))
        leefgebied_label = QLabel(self.tr("Leefgebied:"))
        self.leefgebied = ComboBox()
        self.leefgebied.setObjectName("doel_leefgebied")
        for key, label in leefgebieden:
            self.leefgebied.addItem(label, key)
        if self.leefgebied.findData(doel.leefgebied) < 0:  # not in the instrument: shown, so nothing is lost
            self.leefgebied.addItem(doel.leefgebied, doel.leefgebied)
        self.leefgebied.setCurrentIndex(self.leefgebied.findData(doel.leefgebied))
        leefgebied_label.setBuddy(self.leefgebied)
        self.up_button = self._button("doel_up_button", self.tr("▲ Omhoog"))
        self.down_button = self._button("doel_down_button", self.tr("▼ Omlaag"))
        self.remove_button = self._button("remove_doel_button", self.tr("Doel verwijderen"))
        self.up_button.clicked.connect(lambda: self.sig_move_requested.emit(self._id, -1))
        self.down_button.clicked.connect(lambda: self.sig_move_requested.emit(self._id, 1))
        self.remove_button.clicked.connect(lambda: self.sig_remove_requested.emit(self._id))
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addSpacing(16)
        top.addWidget(leefgebied_label)
        top.addWidget(self.leefgebied)
        top.addStretch(1)
        top.addWidget(self.up_button)
        top.addWidget(self.down_button)
        top.addSpacing(8)
        top.addWidget(self.remove_button)

        self.omschrijving = text_edit(
            "doel_omschrijving", self.tr("Doel"), 3, self.tr("Wat wil de cliënt bereiken? In eigen woorden.")
        )
        self.omschrijving.setPlainText(doel.omschrijving)
        omschrijving_label = self._caption(self.tr("Doel"), self.omschrijving)
        self.zes = text_edit(
            "doel_zes",
            self.tr("Afgesproken '6' (goed genoeg is…)"),
            2,
            self.tr("Wanneer is het goed genoeg? Bijvoorbeeld: de vaste lasten worden op tijd betaald."),
        )
        self.zes.setPlainText(doel.zes)
        zes_label = self._caption(self.tr("Afgesproken '6' (goed genoeg is…)"), self.zes)
        self.acties = ActiesTable(wie_opties, today)
        self.acties.set_acties(doel.acties)
        acties_label = self._caption(self.tr("Acties"), self.acties)
        self.inzet = InzetRows()
        self.inzet.set_inzet(doel.inzet)
        inzet_label = self._caption(self.tr("Inzet"), self.inzet)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(omschrijving_label)
        layout.addWidget(self.omschrijving)
        layout.addWidget(zes_label)
        layout.addWidget(self.zes)
        layout.addSpacing(4)
        layout.addWidget(acties_label)
        layout.addWidget(self.acties)
        layout.addSpacing(4)
        layout.addWidget(inzet_label)
        layout.addWidget(self.inzet)

        self.leefgebied.currentIndexChanged.connect(self._edited)
        self.omschrijving.textChanged.connect(self._edited)
        self.zes.textChanged.connect(self._edited)
        self.acties.sig_changed.connect(self._edited)
        self.inzet.sig_changed.connect(self._edited)
        self._loading = False
        self.set_number(1, 1)

    def _button(self, object_name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setMinimumHeight(MIN_HEIGHT)
        return button

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setFont(heading_font(self.font(), 1.0))
        label.setBuddy(buddy)
        return label

    # --- what it holds ---------------------------------------------------------------------------------------
    @property
    def doel_id(self) -> str:
        return self._id

    def doel(self) -> Doel:
        """The doel as typed so far (texts untrimmed: the core trims when it stores)."""
        return Doel(
            id=self._id,
            leefgebied=str(self.leefgebied.currentData() or ""),
            omschrijving=self.omschrijving.toPlainText(),
            zes=self.zes.toPlainText(),
            acties=self.acties.acties(),
            inzet=self.inzet.inzet(),
        )

    def set_number(self, n: int, count: int) -> None:
        """Doel ``n`` of ``count``: the heading, the accessible names and which way it can still move."""
        self._heading.setText(self.tr("Doel {n}").format(n=n))
        self.setAccessibleName(self.tr("Doel {n}").format(n=n))
        self.leefgebied.setAccessibleName(self.tr("Doel {n}: leefgebied").format(n=n))
        self.omschrijving.setAccessibleName(self.tr("Doel {n}: omschrijving").format(n=n))
        self.zes.setAccessibleName(self.tr("Doel {n}: afgesproken '6'").format(n=n))
        self.up_button.setAccessibleName(self.tr("Doel {n} omhoog").format(n=n))
        self.down_button.setAccessibleName(self.tr("Doel {n} omlaag").format(n=n))
        self.remove_button.setAccessibleName(self.tr("Doel {n} verwijderen").format(n=n))
        self._position = (n, count)
        self._update_moves()

    def set_editable(self, editable: bool) -> None:
        for widget in (self.leefgebied, self.omschrijving, self.zes):
            widget.setEnabled(editable)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(editable)
        self.acties.set_editable(editable)
        self.inzet.set_editable(editable)
        self._editable = editable
        self._update_moves()

    def set_wie_opties(self, opties: Sequence[WieOptie]) -> None:
        self.acties.set_wie_opties(opties)

    def focus_widgets(self) -> list[QWidget]:
        """The inputs in reading order, for the plan editor's tab order."""
        return [
            self.leefgebied,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.omschrijving,
            self.zes,
            *self.acties.focus_widgets(),
            *self.inzet.focus_widgets(),
        ]

    def focus_omschrijving(self) -> None:
        self.omschrijving.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.omschrijving.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.omschrijving.setTextCursor(cursor)

    def clear(self) -> None:
        """Forget every text (locking); the editor is thrown away right after."""
        self._loading = True
        self.omschrijving.clear()
        self.zes.clear()
        self.acties.clear()
        self.inzet.set_inzet(())

    # --- edits ------------------------------------------------------------------------------------------------
    def _update_moves(self) -> None:
        n, count = self._position
        self.up_button.setEnabled(self._editable and n > 1)
        self.down_button.setEnabled(self._editable and n < count)

    def _edited(self) -> None:
        if not self._loading:
            self.sig_changed.emit()
