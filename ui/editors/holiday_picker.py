"""Public holidays: a country (searchable by name or code) and an optional subdivision."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QWidget

from ui.i18n.language import active_language
from ui.validation import ValidationReport


class HolidayPicker(QWidget):
    """Two combo boxes: country, then subdivision; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.country = QComboBox()
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.setAccessibleName(self.tr("Holiday country"))
        self.country.setToolTip(
            self.tr("Type part of a country's name or its code, e.g. Phil or PH")
        )
        self.subdivision = QComboBox()
        self.subdivision.setAccessibleName(self.tr("Holiday subdivision"))
        self.subdivision.setMinimumContentsLength(14)
        layout.addWidget(self.country, 3)
        layout.addWidget(self.subdivision, 2)
        self._fill_countries()
        completer = QCompleter(self.country.model(), self.country)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.setCompleter(completer)
        self.country.currentIndexChanged.connect(self._on_country)
        self.country.editTextChanged.connect(lambda _text: self.changed.emit())
        self.subdivision.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.set_code(code)

    def _fill_countries(self) -> None:
        """Every country, named in the GUI's language (CLDR) and sorted as its locale sorts."""
        from planner.time.holiday_catalog import holiday_countries
        from planner.time.places.local_names import local_names

        self.country.addItem(self.tr("No public holidays"), "")
        names = local_names(active_language()).countries
        regions = [(names.get(r.code, r.name), r.code) for r in holiday_countries()]
        collator = QCollator(QLocale())
        regions.sort(key=lambda region: collator.sortKey(region[0]))
        for name, code in regions:
            self.country.addItem(f"{name} ({code})", code)

    def _on_country(self, _index: int) -> None:
        from planner.time.holiday_catalog import holiday_subdivisions

        code = str(self.country.currentData() or "")
        self.subdivision.blockSignals(True)
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("Whole country"), "")
        for region in holiday_subdivisions(code) if code else ():
            self.subdivision.addItem(f"{region.name} ({region.code.split('-', 1)[1]})", region.code)
        self.subdivision.setEnabled(self.subdivision.count() > 1)
        self.subdivision.blockSignals(False)
        self.changed.emit()

    def set_code(self, code: str | None) -> None:
        """Show a plan ``holidays`` value: ``None``, ``"PH"`` or ``"US-NY"``."""
        from planner.time.holidays import split_code

        if not code:
            self.country.setCurrentIndex(0)
            self._on_country(0)
            return
        country, subdivision = split_code(code)
        index = self.country.findData(country)
        if index < 0:
            self.country.setEditText(code)
            return
        self.country.setCurrentIndex(index)
        self._on_country(index)
        if subdivision:
            sub_index = self.subdivision.findData(f"{country}-{subdivision}")
            self.subdivision.setCurrentIndex(max(0, sub_index))

    def read(self, report: ValidationReport, name: str = "holidays") -> str | None:
        """The plan value (None: no holidays); an unknown country is a problem of ``name``."""
        from planner.time.holidays import check_holiday_code

        text = self.country.currentText().strip()
        index = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            if not text:
                return None
            report.check(name, lambda: check_holiday_code(text))
            report.add(
                name,
                self.tr('"{text}" is not in the list: pick a country from the list').format(
                    text=text
                ),
            )
            return None
        code = str(self.country.itemData(index) or "")
        if not code:
            return None
        if index != self.country.currentIndex():
            return code  # typed, not yet chosen: the subdivisions listed are another country's
        return str(self.subdivision.currentData() or "") or code

    def code(self) -> str | None:
        """The chosen code, or None (also when the typed country is unknown)."""
        return self.read(ValidationReport())
