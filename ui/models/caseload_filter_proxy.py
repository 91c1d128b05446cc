"""Instant filtering of the caseload: typed text over name, address and postcode, and one phase."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from regie_desktop.domain.casus import Fase
from ui.models.caseload_model import SORT_ROLE, CaseloadModel


def _compact(text: str) -> str:
    return "".join(text.casefold().split())


class CaseloadFilterProxy(QSortFilterProxyModel):
    """Every typed word must occur in the name, the address or the postcode (case and spaces ignored)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._phase: Fase | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        """Filter on ``text``; an empty text shows everything."""
        words = [_compact(w) for w in text.split()]
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_phase(self, phase: Fase | None) -> None:
        """Show only casussen in ``phase``; None shows every phase."""
        if phase != self._phase:
            self.beginFilterChange()
            self._phase = phase
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if source_parent.isValid() or not isinstance(model, CaseloadModel):
            return False
        row = model.row_at(source_row)
        if self._phase is not None and row.fase != self._phase:
            return False
        if not self._words:
            return True
        haystack = _compact(" ".join((row.naam, row.adres, row.postcode)))
        return all(word in haystack for word in self._words)
