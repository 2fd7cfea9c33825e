"""What a user reads on a window, and which of it is still English once French is chosen."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

TRANSLATIONS = Path(str(resources.files("fedimove.resources") / "translations"))


def french_of_english() -> dict[str, str]:
    """Every English source the French catalogue words differently (plurals aside)."""
    found = {}
    for message in ET.parse(TRANSLATIONS / "fedimove_fr.ts").getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if source and translation is not None and translation.text and translation.text != source:
            found[source] = translation.text
    return found


def shown_texts(root: QWidget, *, visible_only: bool = False) -> list[str]:
    """What a user reads on `root`, sorted: labels, buttons, boxes, fields' hints, combo items,
    table headers, sidebar items, menus and actions, tooltips and accessible names."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found += [widget.itemText(n) for n in range(widget.count())]
        if isinstance(widget, QMenu):
            found.append(widget.title())
        if isinstance(widget, QListWidget):
            found += [widget.item(n).text() for n in range(widget.count())]
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            found += [str(model.headerData(n, widget.orientation())) for n in range(widget.count())]
        found += [widget.toolTip(), widget.accessibleName(), widget.windowTitle()]
    found += [action.text() for action in root.findChildren(QAction)]
    return sorted(found)  # Qt reorders children (a raised widget moves last); words count


def english_left(texts: list[str]) -> list[str]:
    """Texts still in English: equal to an English source that French words otherwise."""
    french = french_of_english()
    return sorted({text for text in texts if text in french})
