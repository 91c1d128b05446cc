"""A read-only overview of one household: persons, casussen with phase history, ZRM scores, plans."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.dossier import CasusView, HouseholdView, PersoonView, open_household
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.zrm import Score
from ui.formatting import dutch_date
from ui.labels import fase_label, spoed_label
from ui.style import ERROR_STYLE, heading_font


class HouseholdPage(QWidget):
    """Shows a ``HouseholdView``; "Terug" emits ``sig_back``. Nothing on it can be edited."""

    sig_back = Signal()
    """The worker wants to go back to the list the household was opened from."""

    sig_open_gesprek = Signal(str)
    """The worker wants the keukentafelgesprek of this casus (the id)."""

    sig_open_plan = Signal(str)
    """The worker wants the plan of this casus (the id): drafting, consent, signing, documents."""

    sig_open_traject = Signal(str)
    """The worker wants the traject of this casus (the id): regiestappen, aanbieder, evaluation."""

    sig_inzage = Signal(str, str, bool)
    """The worker wants an inzage export for a person: (persoon id, name, whether the household has children)."""

    sig_corrigeren = Signal(str, str)
    """The worker wants to correct a recorded fact of a person: (persoon id, name)."""

    sig_open_logboek = Signal(str)
    """The worker wants the logboek (access log) of this household (the id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("household_page")
        self._back = QPushButton(self.tr("← Terug"))
        self._back.setObjectName("back_button")
        self._back.setAccessibleName(self.tr("Terug"))
        self._back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self._back.clicked.connect(self.sig_back)
        self._title = QLabel()
        self._title.setObjectName("household_title")
        self._title.setAccessibleName(self.tr("Huishouden"))
        self._title.setFont(heading_font(self.font(), 1.5))
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._address = QLabel()
        self._address.setObjectName("household_address")
        self._address.setAccessibleName(self.tr("Adres"))
        self._address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self._back)
        top.addSpacing(12)
        top.addWidget(self._title, 1)
        self._logboek = QPushButton(self.tr("Logboek"))
        self._logboek.setObjectName("logboek_button")
        self._logboek.setAccessibleName(self.tr("Logboek openen"))
        self._logboek.setToolTip(self.tr("Wie dit dossier heeft bekeken of gewijzigd, wanneer en op welke laptop"))
        self._logboek.clicked.connect(self._logboek_clicked)
        top.addWidget(self._logboek)

        self._content = QWidget()
        self._content.setObjectName("household_content")
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("household_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self._address)
        layout.addWidget(scroll, 1)
        self.household_id: str | None = None
        self.casus_id: str | None = None

    def open(self, service: WorkspaceService, huishouden_id: str, casus_id: str = "") -> None:
        """Read the household through the core (a logged read; raises ``RegieError``) and show it."""
        with service.unit_of_work() as (session, actor):
            view = open_household(session, actor, huishouden_id)
        self.show_household(view, casus_id)

    def show_household(self, view: HouseholdView, casus_id: str = "") -> None:
        """Rebuild the page for ``view``; ``casus_id`` (if given) is listed first."""
        self.clear()
        self.household_id, self.casus_id = view.id, casus_id or None
        names = [p.naam for p in view.personen]
        self._title.setText(names[0] if names else self.tr("Huishouden zonder personen"))
        place = ", ".join(part for part in (view.adres, f"{view.postcode} {view.woonplaats}".strip()) if part)
        self._address.setText(place)
        self._content_layout.addWidget(self._persons_box(view.personen))
        casussen = sorted(view.casussen, key=lambda c: c.id != casus_id)
        for number, casus in enumerate(casussen):
            self._content_layout.addWidget(self._casus_box(casus, first=number == 0))
        self._content_layout.addWidget(self._scores_box(view))
        self._content_layout.addStretch(1)
        self._back.setFocus()

    def clear(self) -> None:
        """Remove every shown detail of the household."""
        self.household_id = self.casus_id = None
        self._title.clear()
        self._address.clear()
        while self._content_layout.count():
            item = self._content_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    # --- sections ---------------------------------------------------------------------------------
    def _persons_box(self, personen: Sequence[PersoonView]) -> QGroupBox:
        headers = [self.tr("Naam"), self.tr("Rol"), self.tr("Geboortedatum"), self.tr("BSN"), self.tr("Telefoon")]
        rows = [[p.naam, p.rol, dutch_date(p.geboortedatum), p.bsn or "", p.telefoon, ""] for p in personen]
        table = _table("persons_table", self.tr("Personen"), [*headers, self.tr("Rechten")], rows)
        children = any(p.rol == "kind" for p in personen)
        for row, p in enumerate(personen):
            table.setCellWidget(row, len(headers), self._person_actions(p, children))
        table.setTabKeyNavigation(False)  # Tab goes on to the Inzage and Corrigeren buttons, not cell to cell
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)
        return self._box(self.tr("Personen"), "persons_box", table)

    def _logboek_clicked(self) -> None:
        """Ask for the logboek of the household on screen."""
        if self.household_id:
            self.sig_open_logboek.emit(self.household_id)

    def _person_actions(self, p: PersoonView, children: bool) -> QWidget:
        """Inzage and Corrigeren for one person (the client's rights: AVG art. 15 and 16)."""
        cell = QWidget()
        row = QHBoxLayout(cell)
        row.setContentsMargins(2, 1, 2, 1)
        inzage = QPushButton(self.tr("Inzage…"))
        inzage.setObjectName("inzage_button")
        inzage.setAccessibleName(self.tr("Inzage voor {naam}").format(naam=p.naam))
        inzage.clicked.connect(lambda _=False, i=p.id, n=p.naam: self.sig_inzage.emit(i, n, children))
        correct = QPushButton(self.tr("Corrigeren…"))
        correct.setObjectName("rectify_button")
        correct.setAccessibleName(self.tr("Gegevens van {naam} corrigeren").format(naam=p.naam))
        correct.clicked.connect(lambda _=False, i=p.id, n=p.naam: self.sig_corrigeren.emit(i, n))
        row.addWidget(inzage)
        row.addWidget(correct)
        return cell

    def _casus_box(self, casus: CasusView, first: bool = True) -> QGroupBox:
        box = QGroupBox(self.tr("Casus — fase {fase}").format(fase=fase_label(casus.fase)))
        box.setObjectName("casus_box")
        layout = QVBoxLayout(box)
        gesprek = QPushButton(self.tr("Gesprek"))
        gesprek.setObjectName("open_gesprek_button")
        gesprek.setAccessibleName(self.tr("Gesprek openen"))
        gesprek.setMinimumHeight(36)
        if first:  # the casus listed first (the one opened) answers Ctrl+G; one key cannot open two
            gesprek.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_G))
            gesprek.setToolTip(self.tr("Het keukentafelgesprek van deze casus (Ctrl+G)"))
        else:
            gesprek.setToolTip(self.tr("Het keukentafelgesprek van deze casus"))
        gesprek.clicked.connect(lambda _=False, c=casus.id: self.sig_open_gesprek.emit(c))
        plan = QPushButton(self.tr("Plan"))
        plan.setObjectName("open_plan_button")
        plan.setAccessibleName(self.tr("Plan openen"))
        plan.setMinimumHeight(36)
        if first:
            plan.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_P))
            plan.setToolTip(self.tr("Het plan van deze casus opstellen, ondertekenen en afdrukken (Ctrl+P)"))
        else:
            plan.setToolTip(self.tr("Het plan van deze casus opstellen, ondertekenen en afdrukken"))
        plan.clicked.connect(lambda _=False, c=casus.id: self.sig_open_plan.emit(c))
        traject = QPushButton(self.tr("Traject"))
        traject.setObjectName("open_traject_button")
        traject.setAccessibleName(self.tr("Traject openen"))
        traject.setMinimumHeight(36)
        if first:
            traject.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_T))
            traject.setToolTip(self.tr("De regiestappen, de aanbieder en de evaluatie van deze casus (Ctrl+T)"))
        else:
            traject.setToolTip(self.tr("De regiestappen, de aanbieder en de evaluatie van deze casus"))
        traject.clicked.connect(lambda _=False, c=casus.id: self.sig_open_traject.emit(c))
        gesprek_row = QHBoxLayout()
        gesprek_row.addStretch(1)
        gesprek_row.addWidget(gesprek)
        gesprek_row.addWidget(plan)
        gesprek_row.addWidget(traject)
        layout.addLayout(gesprek_row)
        facts = self.tr("Aangemeld op {date}. Hulpvraag: {vraag}").format(
            date=dutch_date(casus.aanmelddatum), vraag=casus.hulpvraag or self.tr("(niet ingevuld)")
        )
        facts_label = QLabel(facts)
        facts_label.setWordWrap(True)
        layout.addWidget(facts_label)
        if casus.spoed:
            spoed = QLabel(self.tr("Spoed: {reasons}").format(reasons=", ".join(spoed_label(s) for s in casus.spoed)))
            spoed.setObjectName("spoed_label")
            spoed.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
            layout.addWidget(spoed)
        history = [[dutch_date(op), _phase(van), _phase(naar), reden] for op, van, naar, reden in casus.overgangen]
        layout.addWidget(QLabel(self.tr("Fasegeschiedenis:")))
        layout.addWidget(
            _table(
                "phase_history_table",
                self.tr("Fasegeschiedenis"),
                [self.tr("Datum"), self.tr("Van"), self.tr("Naar"), self.tr("Reden")],
                history,
            )
        )
        if casus.plan_versies:
            plans = ", ".join(
                self.tr("versie {n}: {status}").format(n=n, status=status) for n, status in casus.plan_versies
            )
        else:
            plans = self.tr("nog geen plan")
        plan_label = QLabel(self.tr("Plan: {plans}").format(plans=plans))
        plan_label.setObjectName("plan_label")
        plan_label.setWordWrap(True)
        layout.addWidget(plan_label)
        return box

    def _scores_box(self, view: HouseholdView) -> QGroupBox:
        labels = view.leefgebied_labels
        rows = [
            [p.naam, labels.get(leefgebied, leefgebied), self._score_text(score, view.niveau_labels), dutch_date(day)]
            for p in view.personen
            for leefgebied, (score, day) in sorted(p.laatste_scores.items(), key=lambda i: labels.get(i[0], i[0]))
        ]
        headers = [self.tr("Persoon"), self.tr("Leefgebied"), self.tr("Score"), self.tr("Datum")]
        table = _table("zrm_table", self.tr("Laatste ZRM-scores"), headers, rows)
        box = self._box(self.tr("Laatste ZRM-scores"), "zrm_box", table)
        if not rows:
            box.layout().addWidget(QLabel(self.tr("Nog geen scores.")))
            table.hide()
        return box

    def _score_text(self, score: Score, niveaus: dict[int, str]) -> str:
        if score.nvt:
            return self.tr("n.v.t.")
        if score.value is None:
            return self.tr("niet besproken")
        niveau = niveaus.get(score.value)
        return f"{score.value} – {niveau}" if niveau else str(score.value)

    def _box(self, title: str, object_name: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(object_name)
        QVBoxLayout(box).addWidget(content)
        return box


def _phase(value: str) -> str:
    try:
        return fase_label(value)
    except ValueError:
        return value


def _table(object_name: str, accessible_name: str, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    """A read-only table just tall enough for its rows (the page scrolls, not the table)."""
    table = QTableWidget(len(rows), len(headers))
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
    return table
