"""The List tab: every night in a sortable table, with search and filters."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.comparisons import OUTCOME_BY_KEY
from companion.core.insights import (
    BUILTIN_SPLITS,
    NO_ANSWER,
    ROUTINE_LABELS,
    ROUTINE_STEPS,
    JournalData,
    NightRecord,
    Split,
)
from companion.core.journal import TAG_PREFIX, sleep_efficiency_pct
from companion.core.words import QT_TRANSLATE_NOOP, decimal, translate
from companion.render.chart_colours import intensity_colour
from companion.render.dates import short_date
from companion.ui.journal.calendar_view import to_date, to_qdate
from companion.ui.journal.search_field import SearchField
from companion.ui.theme import is_dark
from companion.ui.widgets.night_fields import tag_names

# The measures' short names come from the outcomes table, as in the charts and the PDF; the
# other headings are ours, marked here and translated in `header` (context "Journal").
_MEASURE_COLUMNS = ("rls_intensity", "quality", "sleep_onset_min", "sleep_efficiency_pct")
_OWN_COLUMNS = {
    0: QT_TRANSLATE_NOOP("Journal", "Night"),
    5: QT_TRANSLATE_NOOP("Journal", "Routine"),
    6: QT_TRANSLATE_NOOP("Journal", "Tags"),
    7: QT_TRANSLATE_NOOP("Journal", "Note"),
}
_COLUMNS = (
    _OWN_COLUMNS[0],
    *(OUTCOME_BY_KEY[k].short for k in _MEASURE_COLUMNS),
    _OWN_COLUMNS[5],
    _OWN_COLUMNS[6],
    _OWN_COLUMNS[7],
)


def column_title(section: int) -> str:
    """A column's heading as shown."""
    own = _OWN_COLUMNS.get(section)
    return translate("Insights", _COLUMNS[section]) if own is None else translate("Journal", own)


class NightsModel(QAbstractTableModel):
    """One row per night, newest first."""

    def __init__(self, data: JournalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = data
        self.rows: list[NightRecord] = list(reversed(data.records))
        self.keys = [self._keys(r) for r in self.rows]

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(reversed(self.journal.records))
        self.keys = [self._keys(r) for r in self.rows]
        self.endResetModel()

    @classmethod
    def _keys(cls, r: NightRecord) -> tuple[Any, ...]:
        return tuple(cls._sort_key(r, col) for col in range(len(_COLUMNS)))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        n = r.night
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == 1 and n.rls_intensity is not None:
            return intensity_colour(n.rls_intensity, dark=is_dark())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 7 and n.note:
            return n.note
        return None

    @staticmethod
    def _text(r: NightRecord, col: int) -> str:
        n = r.night
        if col == 0:
            return short_date(n.night)
        if col == 1:
            return NO_ANSWER if n.rls_intensity is None else f"{n.rls_intensity}"
        if col == 2:
            return NO_ANSWER if n.quality is None else f"{n.quality}"
        if col == 3:
            if n.sleep_onset_min is None:
                return NO_ANSWER
            return translate("Journal", "{minutes} min").format(minutes=n.sleep_onset_min)
        if col == 4:
            eff = sleep_efficiency_pct(n)
            if eff is None:
                return NO_ANSWER
            return translate("Journal", "{percent} %").format(percent=decimal(eff, 1))
        if col == 5:
            done = [
                translate("Steps", ROUTINE_LABELS[s]) for s in ROUTINE_STEPS if r.routine.get(s)
            ]
            if r.routine_done:
                return translate("Journal", "✓ all", "every routine step done")
            # Not lowercased: German nouns keep their capital.
            return ", ".join(done) if done else NO_ANSWER
        if col == 6:
            return ", ".join(tag_names(r.factors))
        return n.note.replace("\n", " ⏎ ")

    @staticmethod
    def _sort_key(r: NightRecord, col: int) -> Any:
        n = r.night
        values: tuple[Any, ...] = (
            n.night.toordinal(),
            n.rls_intensity,
            n.quality,
            n.sleep_onset_min,
            sleep_efficiency_pct(n),
            sum(bool(r.routine.get(s)) for s in ROUTINE_STEPS),
        )
        if col < len(values):
            value = values[col]
            return -1.0 if value is None else float(value)
        return NightsModel._text(r, col).lower()


class NightsFilter(QSortFilterProxyModel):
    """Search in notes, a date range, a factor side and a tag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = ""
        self.first: date | None = None
        self.last: date | None = None
        self.split: Split | None = None
        self.split_side = True
        self.tag: str | None = None
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filters(
        self,
        *,
        search: str = "",
        first: date | None = None,
        last: date | None = None,
        split: Split | None = None,
        split_side: bool = True,
        tag: str | None = None,
    ) -> None:
        self.beginFilterChange()
        self.search = search.strip().lower()
        self.first, self.last = first, last
        self.split, self.split_side = split, split_side
        self.tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, NightsModel)
        col = left.column()
        return bool(model.keys[left.row()][col] < model.keys[right.row()][col])

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        assert isinstance(model, NightsModel)
        r = model.rows[source_row]
        if self.search and self.search not in r.night.note.lower():
            return False
        if self.first is not None and r.day < self.first:
            return False
        if self.last is not None and r.day > self.last:
            return False
        if self.split is not None and self.split.side(r) is not self.split_side:
            return False
        return self.tag is None or self.tag in r.factors


def _labelled(text: str, combo: QComboBox) -> QHBoxLayout:
    """A short visible label naming `combo` (its buddy), side by side in one grid cell."""
    label = QLabel(text)
    label.setBuddy(combo)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo, 1)
    return row


class NightsList(QWidget):
    """The table with its search field and filters."""

    def __init__(self, data: JournalData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_ = data
        self.model = NightsModel(data, self)
        self.proxy = NightsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The model already lists newest first: show that as the sort and only sort when a
        # header is clicked (sorting 3,650 rows through Python on open costs half a second).
        sort_header = self.view.horizontalHeader()
        sort_header.setSectionsClickable(True)
        sort_header.setSortIndicatorShown(True)
        sort_header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        sort_header.sortIndicatorChanged.connect(self.proxy.sort)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(translate("Journal", "Nights"))
        header = self.view.horizontalHeader()
        # Fixed widths from the font: sizing to contents would measure every one of
        # thousands of rows when the window opens.
        fm = self.fontMetrics()
        for col, sample in enumerate(
            (
                short_date(date(2024, 12, 25)),
                "Legs 10",
                *map(column_title, range(2, 5)),
                "stretches, lights",
            )
        ):
            header.resizeSection(col, fm.horizontalAdvance(sample) + 36)
        header.resizeSection(6, fm.horizontalAdvance("late dinner, travel") + 16)
        header.setStretchLastSection(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(fm.height() + 8)

        self.search = SearchField()
        self.first = QDateEdit()
        self.last = QDateEdit()
        first_name = translate("Journal", "From", "the first night shown")
        last_name = translate("Journal", "To", "the last night shown")
        for edit, name in ((self.first, first_name), (self.last, last_name)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
            edit.setAccessibleName(name)
        self.factor = QComboBox()
        # Sized for a factor's usual name, not the longest: the window must fit a laptop.
        self.factor.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.factor.setMinimumContentsLength(18)
        self.factor.setAccessibleName(translate("Journal", "Factor"))
        self.tag = QComboBox()
        self.tag.setAccessibleName(translate("Journal", "Tag"))
        self.count = QLabel()
        self.clear_button = QPushButton(translate("Journal", "Clear filters"))
        self._fill_filters()

        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 4)
        filters.addWidget(self.count, 0, 4, 1, 2, Qt.AlignmentFlag.AlignRight)
        from_label = QLabel(translate("Journal", "&From", "the first night shown"))
        from_label.setBuddy(self.first)
        filters.addWidget(from_label, 1, 0)
        filters.addWidget(self.first, 1, 1)
        filters.addWidget(QLabel(translate("Journal", "to", "between two dates")), 1, 2)
        filters.addWidget(self.last, 1, 3)
        # Visible labels as buddies: on Linux a combo box is otherwise known only by its value.
        filters.addLayout(_labelled(translate("Journal", "Factor"), self.factor), 1, 4)
        filters.addLayout(_labelled(translate("Journal", "Tag"), self.tag), 1, 5)
        filters.addWidget(self.clear_button, 1, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

        self.search.textChanged.connect(self.apply_filters)
        self.first.dateChanged.connect(self.apply_filters)
        self.last.dateChanged.connect(self.apply_filters)
        self.factor.currentIndexChanged.connect(self.apply_filters)
        self.tag.currentIndexChanged.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.apply_filters()

    def _fill_filters(self) -> None:
        records = self.data_.records
        low = records[0].day if records else date(2000, 1, 1)
        high = records[-1].day if records else date(2000, 1, 1)
        for edit in (self.first, self.last):
            edit.blockSignals(True)
            edit.setDateRange(to_qdate(low), to_qdate(high))
            edit.blockSignals(False)
        self.first.blockSignals(True)
        self.first.setDate(to_qdate(low))
        self.first.blockSignals(False)
        self.last.blockSignals(True)
        self.last.setDate(to_qdate(high))
        self.last.blockSignals(False)
        self.factor.blockSignals(True)
        self.factor.clear()
        self.factor.addItem(translate("Journal", "Any factor"), None)
        side = translate("Journal", "{factor}: {side}", "a factor and one of its sides")
        for split in BUILTIN_SPLITS:
            factor = translate("Insights", split.label)
            self.factor.addItem(
                side.format(factor=factor, side=translate("Insights", split.with_label)),
                (split, True),
            )
            self.factor.addItem(
                side.format(factor=factor, side=translate("Insights", split.without_label)),
                (split, False),
            )
        self.factor.blockSignals(False)
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("Journal", "Any tag"), None)
        for key in self.data_.tags:
            self.tag.addItem(key.removeprefix(TAG_PREFIX), key)
        self.tag.blockSignals(False)

    def reload(self) -> None:
        self.model.reload()
        self.apply_filters()

    def clear_filters(self) -> None:
        self.search.clear()
        self._fill_filters()
        self.apply_filters()

    def apply_filters(self) -> None:
        choice = self.factor.currentData()
        split, side = choice if choice else (None, True)
        self.proxy.set_filters(
            search=self.search.text(),
            first=to_date(self.first.date()),
            last=to_date(self.last.date()),
            split=split,
            split_side=side,
            tag=self.tag.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        count = translate("Journal", "{shown} of %n nights", None, total)
        self.count.setText(count.format(shown=shown))

    def record_at(self, proxy_row: int) -> NightRecord:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.rows[source.row()]

    def select_day(self, day: date) -> None:
        for row in range(self.proxy.rowCount()):
            if self.record_at(row).day == day:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return
