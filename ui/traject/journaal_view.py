"""The Contactjournaal tab: every contact of a casus, newest first, and a form to add or change one.

Entering a contact should take seconds: the date is today, the kind is the one used last, the aanvrager and the
worker are ticked as participants, and what is typed saves itself after a pause (or at once with "Opslaan",
Ctrl+S). Picking a contact in the list opens it in the form to change it; "Nieuw contact" (Alt+N) starts an
empty one. A note marked "alleen voor professionals" is shown with a lock and never reaches the client's papers.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from regie_desktop.app.contactjournaal import (
    JournaalRegel,
    JournaalWerkblad,
    add_contact,
    journaal_werkblad,
    refresh_journaal,
    update_contact,
)
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.contactjournaal import Contact, ContactSoort, Deelnemer, DeelnemerSoort
from regie_desktop.errors import RegieError
from ui.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date
from ui.gesprek.part import AUTOSAVE_PAUSE_MS
from ui.plan.inputs import MIN_HEIGHT, ComboBox, DateEdit, line_edit, text_edit
from ui.style import error_label, show_message
from ui.traject.traject_tab import TrajectTab

ID_ROLE = Qt.ItemDataRole.UserRole
SOORT_ROLE = Qt.ItemDataRole.UserRole + 1


class JournaalView(TrajectTab):
    """The contactjournaal of one casus (``show_casus``); ``flush`` saves the form now, ``clear`` forgets all."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(service, dialogs, parent)
        self.setObjectName("traject_journaal")
        self._werkblad: JournaalWerkblad | None = None
        self._editing: JournaalRegel | None = None
        self._loading = False
        self._dirty = False

        self._filter = ComboBox()
        self._filter.setObjectName("journaal_filter")
        self._filter.setAccessibleName(self.tr("Toon contacten van soort"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self._filter)
        self._filter.currentIndexChanged.connect(self._fill_list)
        self._count = QLabel()
        self._count.setObjectName("journaal_count")
        self._count.setAccessibleName(self.tr("Aantal contacten"))
        self._list = QListWidget()
        self._list.setObjectName("journaal_list")
        self._list.setAccessibleName(self.tr("Contacten, nieuwste eerst"))
        self._list.setWordWrap(True)
        self._list.setAlternatingRowColors(True)  # one contact spans three lines: the shade tells them apart
        self._list.setSpacing(2)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.currentItemChanged.connect(self._picked)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self._filter, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self._count)
        left_layout.addWidget(self._list, 1)

        self._heading = QLabel()
        self._heading.setObjectName("journaal_form_heading")
        self._new = QPushButton(self.tr("&Nieuw contact"))
        self._new.setObjectName("journaal_nieuw")
        self._new.setAccessibleName(self.tr("Nieuw contact"))
        self._new.setMinimumHeight(MIN_HEIGHT)
        self._new.clicked.connect(self.new_contact)
        self._datum = DateEdit()
        self._datum.setObjectName("journaal_datum")
        self._datum.setAccessibleName(self.tr("Datum van het contact"))
        self._datum.setDisplayFormat(DATE_FORMAT)
        self._datum.setCalendarPopup(True)
        self._soort = ComboBox()
        self._soort.setObjectName("journaal_soort")
        self._soort.setAccessibleName(self.tr("Soort contact"))
        for soort, label in self._soort_labels().items():
            self._soort.addItem(label, soort.value)
            self._filter.addItem(label, soort.value)
        self._filter.insertItem(0, self.tr("Alle soorten"), "")
        self._filter.setCurrentIndex(0)
        self._deelnemers = QListWidget()
        self._deelnemers.setObjectName("journaal_deelnemers")
        self._deelnemers.setAccessibleName(self.tr("Deelnemers: vink aan wie erbij was"))
        self._deelnemers.setMaximumHeight(150)
        self._extra = line_edit(
            "journaal_extra_deelnemers",
            self.tr("Andere deelnemers"),
            self.tr("Andere deelnemers, gescheiden door komma's (bijv. huisarts)"),
        )
        self._notitie = text_edit(
            "journaal_notitie", self.tr("Notitie bij het contact"), 4, self.tr("Wat is er besproken of afgesproken?")
        )
        self._professioneel = QCheckBox(self.tr("Alleen voor &professionals"))
        self._professioneel.setObjectName("journaal_alleen_professional")
        self._professioneel.setAccessibleName(self.tr("Alleen voor professionals"))
        self._save = QPushButton(self.tr("Ops&laan"))
        self._save.setObjectName("journaal_opslaan")
        self._save.setAccessibleName(self.tr("Contact opslaan"))
        self._save.setShortcut(QKeySequence.StandardKey.Save)
        self._save.setMinimumHeight(MIN_HEIGHT)
        self._save.clicked.connect(self.save)
        self._status = QLabel()
        self._status.setObjectName("journaal_status")
        self._status.setAccessibleName(self.tr("Opslagstatus"))
        self._message = error_label("journaal_message", self.tr("Melding bij het contact"))

        form = QFormLayout()
        form.addRow(self.tr("&Datum:"), self._datum)
        form.addRow(self.tr("S&oort:"), self._soort)
        form.addRow(self.tr("D&eelnemers:"), self._deelnemers)
        form.addRow(self.tr("Ande&ren:"), self._extra)
        form.addRow(self.tr("No&titie:"), self._notitie)
        form.addRow("", self._professioneel)
        for field in (self._datum, self._soort, self._deelnemers, self._extra, self._notitie):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        head = QHBoxLayout()
        head.addWidget(self._heading, 1)
        head.addWidget(self._new)
        buttons = QHBoxLayout()
        buttons.addWidget(self._status, 1)
        buttons.addWidget(self._save)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self._message)
        right_layout.addLayout(form)
        right_layout.addLayout(buttons)
        right_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(AUTOSAVE_PAUSE_MS)
        self._pause.timeout.connect(self._autosave)
        self._datum.dateChanged.connect(self._edited)
        self._soort.currentIndexChanged.connect(self._edited)
        self._deelnemers.itemChanged.connect(self._edited)
        self._extra.textEdited.connect(self._edited)
        self._notitie.textChanged.connect(self._edited)
        self._professioneel.toggled.connect(self._edited)
        self.setTabOrder(self._filter, self._list)
        self.setTabOrder(self._list, self._new)
        chain = [self._new, self._datum, self._soort, self._deelnemers, self._extra, self._notitie]
        chain += [self._professioneel, self._save]
        for a, b in pairwise(chain):
            self.setTabOrder(a, b)
        self._set_enabled(False)

    def _soort_labels(self) -> dict[ContactSoort, str]:
        return {
            ContactSoort.HUISBEZOEK: self.tr("Huisbezoek"),
            ContactSoort.TELEFOON: self.tr("Telefoon"),
            ContactSoort.DRIE_GESPREK: self.tr("Driegesprek"),
            ContactSoort.OVERLEG: self.tr("Overleg"),
            ContactSoort.EMAIL: self.tr("E-mail"),
            ContactSoort.ANDERS: self.tr("Anders"),
        }

    # --- the contract of a traject tab ------------------------------------------------------------------------
    @property
    def werkblad(self) -> JournaalWerkblad | None:
        return self._werkblad

    @property
    def editing_id(self) -> str | None:
        return self._editing.id if self._editing is not None else None

    def show_casus(self, casus_id: str) -> None:
        """Read the journal of ``casus_id`` (a logged read; raises ``RegieError``) and start a new contact."""
        if self._werkblad is not None and self._werkblad.casus_id == casus_id:
            self._save_pending()
        with self._service.unit_of_work() as (session, actor):
            werkblad = journaal_werkblad(session, actor, casus_id)
        keep = self._editing.id if self._editing is not None and self._werkblad is not None else None
        same = self._werkblad is not None and self._werkblad.casus_id == casus_id
        self._werkblad = werkblad
        self._set_enabled(True)
        self._fill_list()
        regel = next((r for r in werkblad.regels if r.id == keep), None) if same else None
        if regel is not None:
            self._load(regel)
        else:
            self.new_contact()

    def flush(self) -> None:
        """Save the form now if it holds unsaved input (raises ``RegieError``; the input stays on screen)."""
        self._pause.stop()
        if self._dirty:
            self._save_pending()

    def clear(self) -> None:
        """Forget the casus: no name or note stays in any widget."""
        self._pause.stop()
        self._loading = True
        try:
            self._list.clear()
            self._deelnemers.clear()
            self._extra.clear()
            self._notitie.clear()
            self._professioneel.setChecked(False)
            self._count.clear()
            self._heading.clear()
            self._status.clear()
            show_message(self._message, "")
        finally:
            self._loading = False
        self._werkblad = None
        self._editing = None
        self._dirty = False
        self._set_enabled(False)

    # --- the form ------------------------------------------------------------------------------------------------
    def new_contact(self) -> None:
        """An empty contact with the defaults: today, the kind used last, aanvrager and worker ticked."""
        if self._werkblad is None:
            return
        if self._dirty:
            try:
                self._save_pending()
            except RegieError as exc:
                show_message(self._message, exc.message)
                return
        werkblad = self._werkblad
        today = self._service.today()
        self._editing = None
        self._loading = True
        try:
            self._list.setCurrentItem(None)
            self._datum.setMaximumDate(to_qdate(today))
            self._datum.setDate(to_qdate(today))
            self._soort.setCurrentIndex(max(self._soort.findData(werkblad.standaard_soort.value), 0))
            self._fill_people(werkblad.opties, werkblad.standaard_deelnemers)
            self._extra.clear()
            self._notitie.clear()
            self._professioneel.setChecked(False)
            self._heading.setText(self.tr("Nieuw contact"))
            self._status.clear()
            show_message(self._message, "")
        finally:
            self._loading = False
        self._dirty = False

    def _load(self, regel: JournaalRegel) -> None:
        if self._werkblad is None:
            return
        contact = regel.contact
        self._editing = regel
        self._loading = True
        try:
            self._datum.setMaximumDate(to_qdate(max(self._service.today(), contact.datum)))
            self._datum.setDate(to_qdate(contact.datum))
            self._soort.setCurrentIndex(max(self._soort.findData(contact.soort.value), 0))
            options = self._werkblad.opties
            typed = [d for d in contact.deelnemers if d.soort is DeelnemerSoort.ANDERS]
            listed = [d for d in contact.deelnemers if d.soort is not DeelnemerSoort.ANDERS]
            extra_options = tuple(d for d in listed if d not in options)
            self._fill_people(options + extra_options, tuple(listed))
            self._extra.setText(", ".join(d.naam for d in typed))
            self._notitie.setPlainText(contact.notitie)
            self._professioneel.setChecked(contact.alleen_professional)
            self._heading.setText(self.tr("Contact van {datum}").format(datum=dutch_date(contact.datum)))
            self._status.clear()
            show_message(self._message, "")
        finally:
            self._loading = False
        self._dirty = False

    def _fill_people(self, options: tuple[Deelnemer, ...], ticked: tuple[Deelnemer, ...]) -> None:
        self._deelnemers.clear()
        kinds = {
            DeelnemerSoort.HUISHOUDEN: self.tr("huishouden"),
            DeelnemerSoort.NETWERK: self.tr("netwerk"),
            DeelnemerSoort.WERKER: self.tr("sociaal werker"),
            DeelnemerSoort.AANBIEDER: self.tr("aanbieder"),
            DeelnemerSoort.ANDERS: self.tr("anders"),
        }
        for option in options:
            item = QListWidgetItem(f"{option.naam} ({kinds[option.soort]})", self._deelnemers)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if option in ticked else Qt.CheckState.Unchecked)
            item.setData(ID_ROLE, option.naam)
            item.setData(SOORT_ROLE, option.soort.value)

    def contact(self) -> Contact:
        """The contact as the form holds it (not yet validated)."""
        people = []
        for n in range(self._deelnemers.count()):
            item = self._deelnemers.item(n)
            if item.checkState() == Qt.CheckState.Checked:
                people.append(Deelnemer(str(item.data(ID_ROLE)), DeelnemerSoort(str(item.data(SOORT_ROLE)))))
        people += [Deelnemer(n.strip(), DeelnemerSoort.ANDERS) for n in self._extra.text().split(",") if n.strip()]
        return Contact(
            datum=from_qdate(self._datum.date()),
            soort=ContactSoort(str(self._soort.currentData())),
            deelnemers=tuple(people),
            notitie=self._notitie.toPlainText(),
            alleen_professional=self._professioneel.isChecked(),
        )

    def save(self) -> None:
        """ "Opslaan": store the form now; a refusal is shown above the form and nothing typed is lost."""
        self._pause.stop()
        try:
            self._save_pending(force=True)
        except RegieError as exc:
            show_message(self._message, exc.message)

    # --- saving --------------------------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self._werkblad is None:
            return
        self._dirty = True
        self._status.setText(self.tr("Nog niet opgeslagen"))
        self._pause.start()

    def _autosave(self) -> None:
        try:
            self._save_pending()
        except RegieError as exc:
            show_message(self._message, exc.message)

    def _save_pending(self, force: bool = False) -> None:
        """Store the form (raises ``RegieError``); only ``force`` ("Opslaan") stores a new contact without a note,
        which the core then refuses with its reason."""
        if self._werkblad is None or not (self._dirty or force):
            return
        contact = self.contact()
        if self._editing is None and not contact.notitie.strip() and not force:
            self._dirty = False  # a new contact without a note yet is not a contact; "Opslaan" says what is missing
            return
        casus_id = self._werkblad.casus_id
        today = self._service.today()
        with self._service.unit_of_work() as (session, actor):
            if self._editing is None:
                new_id = add_contact(session, actor, casus_id, contact, today)
                changed = True
            else:
                new_id = self._editing.id
                changed = update_contact(session, actor, new_id, contact, today)
            werkblad = refresh_journaal(session, casus_id)
        self._dirty = False
        self._werkblad = werkblad
        self._editing = next((r for r in werkblad.regels if r.id == new_id), None)
        show_message(self._message, "")
        self._status.setText(self.tr("Opgeslagen"))
        self._loading = True
        try:
            self._fill_list(select=new_id)
            if self._editing is not None:
                self._heading.setText(
                    self.tr("Contact van {datum}").format(datum=dutch_date(self._editing.contact.datum))
                )
        finally:
            self._loading = False
        if changed:
            self.sig_changed.emit()

    # --- the list ------------------------------------------------------------------------------------------------
    def _fill_list(self, *_args: object, select: str | None = None) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            self._list.clear()
            if self._werkblad is None:
                return
            wanted = str(self._filter.currentData() or "")
            labels = self._soort_labels()
            shown = [r for r in self._werkblad.regels if not wanted or r.contact.soort.value == wanted]
            for regel in shown:
                c = regel.contact
                names = ", ".join(d.naam for d in c.deelnemers)
                lock = self.tr(" · alleen voor professionals") if c.alleen_professional else ""
                first = c.notitie.splitlines()[0] if c.notitie else ""
                item = QListWidgetItem(f"{dutch_date(c.datum)} · {labels[c.soort]}{lock}\n{names}\n{first}", self._list)
                item.setData(ID_ROLE, regel.id)
                item.setToolTip(c.notitie)
                if regel.id == select:
                    self._list.setCurrentItem(item)
            total = len(self._werkblad.regels)
            if wanted:
                self._count.setText(self.tr("{n} van {total} contacten").format(n=len(shown), total=total))
            else:
                self._count.setText(self.tr("{n} contacten").format(n=total) if total != 1 else self.tr("1 contact"))
        finally:
            self._loading = was_loading

    def _picked(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        """A contact picked in the list opens in the form (what was being typed is saved first)."""
        if self._loading or current is None or self._werkblad is None:
            return
        wanted = str(current.data(ID_ROLE))
        if self._dirty:
            try:
                self._save_pending()
            except RegieError as exc:
                show_message(self._message, exc.message)
                return
        regel = next((r for r in self._werkblad.regels if r.id == wanted), None)
        if regel is not None:
            self._load(regel)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self._new,
            self._datum,
            self._soort,
            self._deelnemers,
            self._extra,
            self._notitie,
            self._professioneel,
            self._save,
            self._filter,
        ):
            widget.setEnabled(enabled)

    @property
    def list_widget(self) -> QListWidget:
        return self._list
