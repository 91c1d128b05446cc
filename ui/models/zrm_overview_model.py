"""One person's ZRM metingen as a table: a row per leefgebied, a column per meting (oldest first).

The worker's metingen come first, then the change between the last two of them, then the client's own scores
(self-assessment) in columns headed "Cliënt", then the agreed '6' of the plan when it has one. Everything a
colour says is also said in text ("verouderd", "+1", "n.v.t."), so it reads on a washed-out projector and
for someone who does not see colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from regie_desktop.app.zrm_overview import LeefgebiedStand, PersoonOverzicht, ZrmOverview
from regie_desktop.domain.zrm import STALE_AFTER_DAYS, Assessment, Score
from ui.formatting import dutch_date

SCORE_ROLE = Qt.ItemDataRole.UserRole
"""The number in a score cell (None for n.v.t., niet besproken and the non-score columns)."""
STALE_ROLE = Qt.ItemDataRole.UserRole + 1
"""True on the cell that holds a leefgebied's last known score when that score is verouderd."""
STALE_BACKGROUND = QColor("#fff1c2")
CLIENT_BACKGROUND = QColor("#f6efe6")  # the client's own columns, a warm tint; the header says "Cliënt" too
MUTED_TEXT = QColor("#545b66")
MINUS = "\u2212"  # a real minus sign: "−2" reads better than "-2" in a large font
_Index = QModelIndex | QPersistentModelIndex


class ColumnKind(StrEnum):
    LEEFGEBIED = "leefgebied"
    WERKER = "werker"
    VERANDERING = "verandering"
    CLIENT = "client"
    ZES = "zes"


@dataclass(frozen=True)
class _Column:
    kind: ColumnKind
    meting: Assessment | None = None


def change_text(value: int | None) -> str:
    """+1, −2 or = ; the empty string when there is nothing to compare."""
    if value is None:
        return ""
    if value == 0:
        return "="
    return f"+{value}" if value > 0 else f"{MINUS}{-value}"


class ZrmOverviewModel(QAbstractTableModel):
    """Read-only; ``set_person`` fills it from the core's ``ZrmOverview`` for one person."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overview: ZrmOverview | None = None
        self._rows: tuple[LeefgebiedStand, ...] = ()
        self._columns: list[_Column] = []
        self._latest_column: dict[tuple[str, str], int] = {}  # (by, leefgebied) -> column of the last known score

    # --- filling ----------------------------------------------------------------------------------
    def set_person(self, overview: ZrmOverview, persoon: PersoonOverzicht) -> None:
        """Show ``persoon``'s metingen (one of ``overview.personen``)."""
        self.beginResetModel()
        self._overview = overview
        self._rows = persoon.leefgebieden
        columns = [_Column(ColumnKind.LEEFGEBIED)]
        columns += [_Column(ColumnKind.WERKER, m) for m in persoon.werker_metingen]
        if persoon.werker_metingen:
            columns.append(_Column(ColumnKind.VERANDERING))
        columns += [_Column(ColumnKind.CLIENT, m) for m in persoon.client_metingen]
        if any(stand.zes for stand in persoon.leefgebieden):
            columns.append(_Column(ColumnKind.ZES))
        self._columns = columns
        self._latest_column = {}
        for number, column in enumerate(columns):
            if column.meting is None:
                continue
            for score in column.meting.scores:
                if score.besproken:  # later columns overwrite: the last discussed one stays
                    self._latest_column[(column.meting.by, score.leefgebied)] = number
        self.endResetModel()

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self.beginResetModel()
        self._overview = None
        self._rows = ()
        self._columns = []
        self._latest_column = {}
        self.endResetModel()

    def column_kind(self, column: int) -> ColumnKind:
        return self._columns[column].kind

    def columns_of(self, kind: ColumnKind) -> list[int]:
        return [n for n, c in enumerate(self._columns) if c.kind == kind]

    # --- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(column)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        stand = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(stand, column, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(stand, column, index.column())
        if role == SCORE_ROLE:
            score = self._score(stand, column)
            return score.numeric if score is not None else None
        if role == STALE_ROLE:
            return self._stale(stand, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._stale(stand, index.column()):
                return QBrush(STALE_BACKGROUND)
            return QBrush(CLIENT_BACKGROUND) if column.kind == ColumnKind.CLIENT else None
        if role == Qt.ItemDataRole.ForegroundRole and column.meting is not None:
            score = self._score(stand, column)
            return QBrush(MUTED_TEXT) if score is None or not score.besproken else None
        if role == Qt.ItemDataRole.FontRole and column.kind in (ColumnKind.VERANDERING, ColumnKind.LEEFGEBIED):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in (ColumnKind.LEEFGEBIED, ColumnKind.ZES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # --- cell texts -------------------------------------------------------------------------------
    def _header(self, column: _Column) -> str:
        if column.kind == ColumnKind.LEEFGEBIED:
            return self.tr("Leefgebied")
        if column.kind == ColumnKind.VERANDERING:
            return self.tr("Verandering")
        if column.kind == ColumnKind.ZES:
            return self.tr("Afgesproken '6'")
        assert column.meting is not None
        who = self.tr("Cliënt zelf") if column.kind == ColumnKind.CLIENT else self.tr("Werker")
        return f"{who}\n{dutch_date(column.meting.assessed_on)}"

    def _header_tooltip(self, column: _Column) -> str:
        if column.kind == ColumnKind.VERANDERING:
            return self.tr("Verschil tussen de laatste twee metingen van de werker")
        if column.kind == ColumnKind.ZES:
            return self.tr("Wat 'goed genoeg' is volgens het plan")
        if column.meting is None:
            return ""
        on = dutch_date(column.meting.assessed_on)
        if column.kind == ColumnKind.CLIENT:
            return self.tr("Eigen score van de cliënt (zelfscore) op {date}").format(date=on)
        return self.tr("Meting door de werker op {date}").format(date=on)

    def _score(self, stand: LeefgebiedStand, column: _Column) -> Score | None:
        return column.meting.score(stand.key) if column.meting is not None else None

    def _stale(self, stand: LeefgebiedStand, column_number: int) -> bool:
        column = self._columns[column_number]
        if column.meting is None or self._latest_column.get((column.meting.by, stand.key)) != column_number:
            return False
        return stand.client_stale if column.kind == ColumnKind.CLIENT else stand.stale

    def _score_text(self, score: Score | None) -> str:
        if score is None or not score.besproken:
            return self.tr("niet besproken")
        if score.nvt:
            return self.tr("n.v.t.")
        return str(score.value)

    def _display(self, stand: LeefgebiedStand, column: _Column, column_number: int) -> str:
        if column.kind == ColumnKind.LEEFGEBIED:
            return stand.label
        if column.kind == ColumnKind.ZES:
            return stand.zes
        if column.kind == ColumnKind.VERANDERING:
            if stand.change is None and len(self.columns_of(ColumnKind.WERKER)) > 1:
                return "—"
            return change_text(stand.change)
        text = self._score_text(self._score(stand, column))
        if self._stale(stand, column_number):
            return self.tr("{score} (verouderd)").format(score=text)
        return text

    def _tooltip(self, stand: LeefgebiedStand, column: _Column, column_number: int) -> str:
        if column.kind == ColumnKind.LEEFGEBIED:
            return stand.label
        if column.kind == ColumnKind.ZES:
            return stand.zes
        if column.kind == ColumnKind.VERANDERING:
            if stand.change is None:
                if len(self.columns_of(ColumnKind.WERKER)) < 2:
                    return self.tr("Nog maar één meting: er is niets te vergelijken")
                return self.tr("Niet te vergelijken: n.v.t. of niet besproken in een van beide metingen")
            return self.tr("Verandering {change} ten opzichte van de vorige meting").format(
                change=change_text(stand.change)
            )
        score = self._score(stand, column)
        assert column.meting is not None and self._overview is not None
        text = self._score_text(score)
        if score is not None and score.numeric is not None:
            label = self._overview.niveau_label(score.numeric)
            text = f"{score.numeric} – {label}" if label else text
        who = self.tr("cliënt") if column.kind == ColumnKind.CLIENT else self.tr("werker")
        tip = self.tr("{leefgebied}: {score} ({who}, {date})").format(
            leefgebied=stand.label, score=text, who=who, date=dutch_date(column.meting.assessed_on)
        )
        if self._stale(stand, column_number):
            tip += " " + self.tr("Verouderd: ouder dan {days} dagen.").format(days=STALE_AFTER_DAYS)
        return tip
