"""What changed since the client last signed: per doel added, removed or changed, and the actie changes.

A new version needs the client's consent again; before asking, worker and client look at exactly what is
different from what was signed. Every change is said in words with a sign (+, −, ✎), never by colour alone,
so it reads the same in high contrast, on a projector and to a screen reader.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from regie_desktop.app.plan_werkblad import PlanWerkblad
from regie_desktop.app.workspace_service import WorkspaceService
from regie_desktop.domain.plan import (
    Actie,
    ActieChange,
    ChangeKind,
    Doel,
    Inzet,
    PlanChange,
    PlanContent,
    PlanStatus,
    changed_plan_fields,
    diff_plans,
)
from ui.dialogs import DialogSeam
from ui.formatting import dutch_date, dutch_local_date
from ui.labels import inzet_soort_label, wie_soort_label
from ui.style import heading_font

FONT_SCALE = 1.1
SIGNS = {ChangeKind.ADDED: "+", ChangeKind.REMOVED: "−", ChangeKind.CHANGED: "✎"}


def _e(text: str) -> str:
    """User text made safe for the rich-text view (line breaks kept)."""
    return html.escape(text).replace("\n", "<br>")


class PlanCompareView(QWidget):
    """Read-only: the current plan against the latest signed version (``show_werkblad``)."""

    sig_error = Signal(str)
    """Never emitted (the view only reads what the worksheet holds); part of the view contract."""

    sig_changed = Signal()
    """Never emitted: the view stores nothing; part of the view contract."""

    def __init__(self, service: WorkspaceService, dialogs: DialogSeam, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._dialogs = dialogs
        self.setObjectName("plan_compare")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * FONT_SCALE)
        self.setFont(font)
        self._werkblad: PlanWerkblad | None = None
        self._changes: list[PlanChange] = []
        self._plan_fields: tuple[str, ...] = ()

        self._heading = QLabel()
        self._heading.setObjectName("plan_compare_heading")
        self._heading.setFont(heading_font(self.font(), 1.3))
        self._heading.setWordWrap(True)
        self._summary = QLabel()
        self._summary.setObjectName("plan_compare_summary")
        self._summary.setWordWrap(True)
        for label in (self._heading, self._summary):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._text = QTextBrowser()
        self._text.setObjectName("plan_compare_text")
        self._text.setAccessibleName(self.tr("Wijzigingen sinds de laatste ondertekening"))
        self._text.setOpenLinks(False)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addWidget(self._text, 1)
        layout.addStretch(0)  # takes the room only while there is no list of changes to show

    # --- the view contract ----------------------------------------------------------------------------------
    @property
    def changes(self) -> list[PlanChange]:
        """The doel changes shown (for the page and tests)."""
        return list(self._changes)

    @property
    def plan_fields(self) -> tuple[str, ...]:
        return self._plan_fields

    def text(self) -> str:
        """What the view says, as plain text."""
        return "\n".join((self._heading.text(), self._summary.text(), self._text.toPlainText()))

    def show_werkblad(self, werkblad: PlanWerkblad) -> None:
        self._werkblad = werkblad
        signed = werkblad.laatst_ondertekend
        if signed is None:
            self._changes, self._plan_fields = [], ()
            self._heading.setText(self.tr("Nog geen ondertekende versie"))
            self._summary.setText(
                self.tr(
                    "Er is nog geen versie van het plan ondertekend. Na de eerste ondertekening ziet u hier wat "
                    "er sindsdien is veranderd."
                )
            )
            self._text.clear()
            self._text.setVisible(False)
            return
        current = werkblad.plan
        self._changes = diff_plans(signed, current)
        self._plan_fields = changed_plan_fields(signed, current)
        signed_on = self._signed_on(werkblad, signed.version)
        if not werkblad.editable:
            heading = self.tr("Versie {n} is ondertekend op {datum}").format(n=signed.version, datum=signed_on)
        else:
            heading = self.tr("Versie {nieuw} (concept) vergeleken met versie {oud}, ondertekend op {datum}").format(
                nieuw=current.version, oud=signed.version, datum=signed_on
            )
        self._heading.setText(heading)
        if not self._changes and not self._plan_fields:
            self._summary.setText(
                self.tr("Er is niets veranderd sinds de ondertekening van versie {n}.").format(n=signed.version)
                if werkblad.editable
                else self.tr(
                    "Er is nog geen nieuwe versie. Wijzigingen komen in een nieuwe versie; die staat hier dan "
                    "naast versie {n}."
                ).format(n=signed.version)
            )
            self._text.clear()
            self._text.setVisible(False)
            return
        self._summary.setText(self._summary_text())
        self._text.setHtml(self._html(signed, current))
        self._text.setVisible(True)

    def clear(self) -> None:
        """Forget the casus (locking, leaving)."""
        self._werkblad = None
        self._changes, self._plan_fields = [], ()
        self._heading.clear()
        self._summary.clear()
        self._text.clear()

    # --- texts ----------------------------------------------------------------------------------------------
    def _signed_on(self, werkblad: PlanWerkblad, version: int) -> str:
        """The signing date as the client saw it (a signed version always has one; the text never breaks)."""
        info = next((v for v in werkblad.versies if v.version == version and v.status is PlanStatus.ONDERTEKEND), None)
        if info is None or info.signed_at is None:
            return self.tr("onbekende datum")
        moment = info.signed_at if info.signed_at.tzinfo else info.signed_at.replace(tzinfo=dt.UTC)
        return dutch_local_date(moment)

    def _summary_text(self) -> str:
        counts = {kind: sum(1 for c in self._changes if c.kind is kind) for kind in ChangeKind}
        one = {
            ChangeKind.ADDED: self.tr("1 doel toegevoegd"),
            ChangeKind.CHANGED: self.tr("1 doel gewijzigd"),
            ChangeKind.REMOVED: self.tr("1 doel verwijderd"),
        }
        more = {
            ChangeKind.ADDED: self.tr("{n} doelen toegevoegd"),
            ChangeKind.CHANGED: self.tr("{n} doelen gewijzigd"),
            ChangeKind.REMOVED: self.tr("{n} doelen verwijderd"),
        }
        parts = []
        for kind in (ChangeKind.ADDED, ChangeKind.CHANGED, ChangeKind.REMOVED):
            n = counts[kind]
            if n:
                parts.append(one[kind] if n == 1 else more[kind].format(n=n))
        if self._plan_fields:
            parts.append(self.tr("afspraken voor het hele plan gewijzigd"))
        return self.tr("Wat is er veranderd: {wat}.").format(wat=", ".join(parts))

    def _html(self, old: PlanContent, new: PlanContent) -> str:
        werkblad = self._werkblad
        assert werkblad is not None
        new_number = {d.id: n for n, d in enumerate(new.doelen, start=1)}
        old_number = {d.id: n for n, d in enumerate(old.doelen, start=1)}
        blocks: list[str] = []
        for change in self._changes:
            if change.kind is ChangeKind.ADDED and change.new is not None:
                title = self.tr("Toegevoegd: doel {n}, {leefgebied}").format(
                    n=new_number[change.doel_id], leefgebied=_e(werkblad.label(change.new.leefgebied))
                )
                blocks.append(self._block(ChangeKind.ADDED, title, self._whole_doel(change.new)))
            elif change.kind is ChangeKind.REMOVED and change.old is not None:
                title = self.tr("Verwijderd: doel {n} van versie {v}, {leefgebied}").format(
                    n=old_number[change.doel_id], v=old.version, leefgebied=_e(werkblad.label(change.old.leefgebied))
                )
                blocks.append(self._block(ChangeKind.REMOVED, title, self._whole_doel(change.old)))
            elif change.old is not None and change.new is not None:
                title = self.tr("Gewijzigd: doel {n}, {leefgebied}").format(
                    n=new_number[change.doel_id], leefgebied=_e(werkblad.label(change.new.leefgebied))
                )
                blocks.append(self._block(ChangeKind.CHANGED, title, self._changed_doel(change)))
        if self._plan_fields:
            rows = [self._plan_field(field, old, new) for field in self._plan_fields]
            blocks.append(
                self._block(ChangeKind.CHANGED, self.tr("Gewijzigd: afspraken voor het hele plan"), _list(rows))
            )
        return "".join(blocks)

    def _block(self, kind: ChangeKind, title: str, body: str) -> str:
        return (
            f"<h3 style='margin-top:14px; margin-bottom:4px'>"
            f"<span style='font-family:monospace'>[{SIGNS[kind]}]</span> {title}</h3>{body}"
        )

    def _whole_doel(self, doel: Doel) -> str:
        rows = [self.tr("Doel: {tekst}").format(tekst=self._quoted(doel.omschrijving))]
        rows.append(self.tr("Afgesproken '6': {tekst}").format(tekst=self._quoted(doel.zes)))
        rows += [self.tr("Actie: {actie}").format(actie=self._actie(a)) for a in doel.acties]
        rows += [self.tr("Inzet: {inzet}").format(inzet=self._inzet(i)) for i in doel.inzet]
        return _list(rows)

    def _changed_doel(self, change: PlanChange) -> str:
        assert change.old is not None and change.new is not None
        werkblad = self._werkblad
        assert werkblad is not None
        old, new = change.old, change.new
        rows: list[str] = []
        if old.omschrijving == new.omschrijving:
            rows.append(self.tr("Doel (niet gewijzigd): {tekst}").format(tekst=self._quoted(new.omschrijving)))
        for field in change.fields:
            if field == "leefgebied":
                rows.append(
                    self._was_nu(self.tr("Leefgebied"), werkblad.label(old.leefgebied), werkblad.label(new.leefgebied))
                )
            elif field == "omschrijving":
                rows.append(self._was_nu(self.tr("Doel"), old.omschrijving, new.omschrijving, quote=True))
            elif field == "zes":
                rows.append(self._was_nu(self.tr("Afgesproken '6'"), old.zes, new.zes, quote=True))
            elif field == "inzet":
                was = "; ".join(self._inzet(i) for i in old.inzet) or self.tr("geen inzet")
                nu = "; ".join(self._inzet(i) for i in new.inzet) or self.tr("geen inzet")
                rows.append(self.tr("Inzet: was {oud}, nu {nieuw}").format(oud=was, nieuw=nu))
        rows += [self._actie_change(a) for a in change.acties]
        return _list(rows)

    def _actie_change(self, change: ActieChange) -> str:
        if change.kind is ChangeKind.ADDED and change.new is not None:
            return self.tr("[+] Actie toegevoegd: {actie}").format(actie=self._actie(change.new))
        if change.kind is ChangeKind.REMOVED and change.old is not None:
            return self.tr("[−] Actie verwijderd: {actie}").format(actie=self._actie(change.old))
        assert change.old is not None and change.new is not None
        details = []
        for field in change.fields:
            if field == "wie":
                details.append(self._was_nu(self.tr("wie"), change.old.wie, change.new.wie))
            elif field == "wie_soort":
                details.append(
                    self._was_nu(
                        self.tr("soort"), wie_soort_label(change.old.wie_soort), wie_soort_label(change.new.wie_soort)
                    )
                )
            elif field == "wat":
                details.append(self._was_nu(self.tr("wat"), change.old.wat, change.new.wat, quote=True))
            elif field == "wanneer":
                details.append(
                    self._was_nu(
                        self.tr("wanneer"), self._wanneer(change.old.wanneer), self._wanneer(change.new.wanneer)
                    )
                )
        return self.tr("[✎] Actie gewijzigd ({actie}): {wat}").format(
            actie=self._actie(change.new), wat="; ".join(details)
        )

    def _plan_field(self, field: str, old: PlanContent, new: PlanContent) -> str:
        if field == "tussenevaluatie":
            return self._was_nu(
                self.tr("Tussenevaluatie"), self._datum(old.tussenevaluatie), self._datum(new.tussenevaluatie)
            )
        if field == "toelichting":
            return self._was_nu(self.tr("Toelichting"), old.toelichting, new.toelichting, quote=True)
        return self._was_nu(self.tr("Instrument"), old.instrument_id, new.instrument_id)

    def _was_nu(self, what: str, old: str, new: str, quote: bool = False) -> str:
        show = self._quoted if quote else self._plain
        return self.tr("{wat}: was {oud}, nu {nieuw}").format(wat=_e(what), oud=show(old), nieuw=show(new))

    def _quoted(self, text: str) -> str:
        return f"“{_e(text)}”" if text.strip() else self.tr("(leeg)")

    def _plain(self, text: str) -> str:
        return _e(text) if text.strip() else self.tr("(leeg)")

    def _actie(self, actie: Actie) -> str:
        return self.tr("{wie} ({soort}): {wat}, {wanneer}").format(
            wie=self._plain(actie.wie),
            soort=_e(wie_soort_label(actie.wie_soort)),
            wat=self._quoted(actie.wat),
            wanneer=self._wanneer(actie.wanneer),
        )

    def _inzet(self, inzet: Inzet) -> str:
        code = f" [{_e(inzet.productcode)}]" if inzet.productcode else ""
        return f"{_e(inzet_soort_label(inzet.soort))}: {self._quoted(inzet.omschrijving)}{code}"

    def _wanneer(self, day: dt.date | None) -> str:
        return dutch_date(day) if day is not None else self.tr("zo snel mogelijk")

    def _datum(self, day: dt.date | None) -> str:
        return dutch_date(day) if day is not None else self.tr("geen datum")


def _list(rows: list[str]) -> str:
    items = "".join(f"<li style='margin-bottom:3px'>{row}</li>" for row in rows)
    return f"<ul style='margin-top:0px'>{items}</ul>"
