"""The input fields for one person of a new household, with inline checks as the worker leaves a field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from regie_desktop.domain.household import NewPerson, Rol, normalise_bsn
from regie_desktop.errors import ValidationError
from ui.style import error_label, show_message

DATE_FORMAT = "%d-%m-%Y"


def _t(text: str) -> str:
    return QCoreApplication.translate("PersonFields", text)


def rol_labels() -> dict[Rol, str]:
    """Dutch labels for the roles, in the order the combo box shows them."""
    return {
        Rol.AANVRAGER: _t("Aanvrager"),
        Rol.PARTNER: _t("Partner"),
        Rol.KIND: _t("Kind"),
        Rol.OUDER: _t("Ouder"),
        Rol.HUISGENOOT: _t("Huisgenoot"),
        Rol.ANDERS: _t("Anders"),
    }


def parse_birth_date(text: str, today: dt.date) -> dt.date | None:
    """``dd-mm-jjjj`` as a date, None when empty ("onbekend"); a ValidationError with a Dutch message."""
    text = text.strip()
    if not text:
        return None
    try:
        value = dt.datetime.strptime(text, DATE_FORMAT).date()
    except ValueError as exc:
        raise ValidationError("Schrijf de geboortedatum als dd-mm-jjjj, bijvoorbeeld 07-03-1985.") from exc
    if value > today:
        raise ValidationError("De geboortedatum ligt in de toekomst.")
    return value


class PersonFields(QGroupBox):
    """Name, birth date, BSN, contact and role of one person; ``index`` 0 is the aanvrager (not removable)."""

    sig_remove_requested = Signal(QWidget)
    """The worker clicked "Verwijderen" on this person."""

    sig_changed = Signal()
    """A field was edited (the page uses this to know something was typed)."""

    def __init__(self, index: int, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.index = index
        self.setObjectName(f"person_box_{index}")
        self.setTitle(self.tr("Aanvrager") if index == 0 else self.tr("Persoon {n}").format(n=index + 1))
        form = QFormLayout(self)
        self.voornamen = self._line(form, "voornamen", self.tr("&Voornamen"), self.tr("Voornamen"))
        self.tussenvoegsel = self._line(form, "tussenvoegsel", self.tr("&Tussenvoegsel"), self.tr("Tussenvoegsel"))
        self.achternaam = self._line(form, "achternaam", self.tr("&Achternaam *"), self.tr("Achternaam"))
        self.geboortedatum = self._line(
            form, "geboortedatum", self.tr("&Geboortedatum"), self.tr("Geboortedatum (dd-mm-jjjj)")
        )
        self.geboortedatum.setPlaceholderText(self.tr("dd-mm-jjjj, leeg = onbekend"))
        self.geboortedatum_error = error_label(f"geboortedatum_error_{index}", self.tr("Fout bij geboortedatum"))
        form.addRow("", self.geboortedatum_error)
        self.bsn = self._line(form, "bsn", self.tr("&BSN"), self.tr("Burgerservicenummer"))
        self.bsn.setPlaceholderText(self.tr("9 cijfers, mag leeg"))
        self.bsn_error = error_label(f"bsn_error_{index}", self.tr("Fout bij BSN"))
        form.addRow("", self.bsn_error)
        self.telefoon = self._line(form, "telefoon", self.tr("Tele&foon"), self.tr("Telefoon"))
        self.email = self._line(form, "email", self.tr("&E-mail"), self.tr("E-mailadres"))
        self.rol = QComboBox()
        self.rol.setObjectName(f"rol_field_{index}")
        self.rol.setAccessibleName(self.tr("Rol in het huishouden"))
        for rol, label in rol_labels().items():
            self.rol.addItem(label, rol.value)
        self.rol.setCurrentIndex(0 if index == 0 else 1)
        self.rol.currentIndexChanged.connect(self.sig_changed)
        rol_label = QLabel(self.tr("&Rol"))
        rol_label.setBuddy(self.rol)
        form.addRow(rol_label, self.rol)
        self.remove_button: QPushButton | None = None
        if index > 0:
            self.remove_button = QPushButton(self.tr("Persoon verwijderen"))
            self.remove_button.setObjectName(f"remove_person_button_{index}")
            self.remove_button.setAccessibleName(self.tr("Persoon {n} verwijderen").format(n=index + 1))
            self.remove_button.clicked.connect(lambda: self.sig_remove_requested.emit(self))
            form.addRow("", self.remove_button)
        self.bsn.editingFinished.connect(self.check_bsn)
        self.geboortedatum.editingFinished.connect(self.check_birth_date)

    def _line(self, form: QFormLayout, name: str, label_text: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(f"{name}_field_{self.index}")
        field.setAccessibleName(accessible)
        field.textEdited.connect(self.sig_changed)
        label = QLabel(label_text)
        label.setBuddy(field)
        form.addRow(label, field)
        return field

    def focus_widgets(self) -> list[QWidget]:
        """The inputs in the order Tab visits them."""
        widgets: list[QWidget] = [
            self.voornamen,
            self.tussenvoegsel,
            self.achternaam,
            self.geboortedatum,
            self.bsn,
            self.telefoon,
            self.email,
            self.rol,
        ]
        if self.remove_button is not None:
            widgets.append(self.remove_button)
        return widgets

    def check_bsn(self) -> bool:
        """Show the elfproef message next to the BSN (or hide it); True when empty or valid."""
        text = self.bsn.text().strip()
        try:
            if text:
                normalise_bsn(text)
        except ValidationError as exc:
            show_message(self.bsn_error, exc.message)
            return False
        show_message(self.bsn_error, "")
        return True

    def check_birth_date(self) -> bool:
        """Show why the birth date cannot be used (or hide the message); True when empty or valid."""
        try:
            parse_birth_date(self.geboortedatum.text(), self._today)
        except ValidationError as exc:
            show_message(self.geboortedatum_error, exc.message)
            return False
        show_message(self.geboortedatum_error, "")
        return True

    def has_input(self) -> bool:
        return any(w.text().strip() for w in self.focus_widgets() if isinstance(w, QLineEdit))

    def person(self) -> NewPerson:
        """The typed person (raises ``ValidationError`` for a field the core would refuse)."""
        if not self.check_bsn() or not self.check_birth_date():
            message = self.bsn_error.text() or self.geboortedatum_error.text()
            raise ValidationError(message)
        return NewPerson(
            voornamen=self.voornamen.text().strip(),
            tussenvoegsel=self.tussenvoegsel.text().strip(),
            achternaam=self.achternaam.text().strip(),
            geboortedatum=parse_birth_date(self.geboortedatum.text(), self._today),
            bsn=self.bsn.text().strip() or None,
            rol=Rol(self.rol.currentData()),
            telefoon=self.telefoon.text().strip(),
            email=self.email.text().strip(),
        )
