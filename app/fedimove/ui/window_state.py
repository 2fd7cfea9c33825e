"""What the user typed and read, carried across a language switch.

The window is rebuilt in the new language (every label comes from its constructor), so what
lives only in widgets is taken over from the old window: the step shown, every text field
(server address, keys, search, pasted code), the folded "Other ways", and the Migrate log.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolButton

from fedimove.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class TypedState:
    step: int
    fields: list[list[str]]  # per page, its text fields in the order it builds them
    toggles: list[list[bool]]  # per page, its checkable tool buttons (folds)
    logs: list[list[str]]  # per page, its read-only logs (the Migrate log)


def capture(window: MainWindow) -> TypedState:
    return TypedState(
        step=int(window.current_step()),
        fields=[[f.text() for f in page.findChildren(QLineEdit)] for page in window.pages],
        toggles=[
            [b.isChecked() for b in page.findChildren(QToolButton) if b.isCheckable()]
            for page in window.pages
        ],
        logs=[[log.toPlainText() for log in _logs(page)] for page in window.pages],
    )


def restore(window: MainWindow, state: TypedState) -> None:
    """Same pages built the same way: the n-th field of a page is the same field again."""
    window.keep_step(state.step)
    for page, fields, toggles, logs in zip(
        window.pages, state.fields, state.toggles, state.logs, strict=True
    ):
        for field, text in zip(page.findChildren(QLineEdit), fields, strict=False):
            if text:
                field.setText(text)
        checkable = [b for b in page.findChildren(QToolButton) if b.isCheckable()]
        for button, checked in zip(checkable, toggles, strict=False):
            button.setChecked(checked)
        for log, text in zip(_logs(page), logs, strict=False):
            if text:
                log.setPlainText(text)


def _logs(page: object) -> list[QPlainTextEdit]:
    return [
        edit
        for edit in page.findChildren(QPlainTextEdit)  # type: ignore[attr-defined]
        if edit.isReadOnly() and edit.maximumBlockCount() > 0
    ]
