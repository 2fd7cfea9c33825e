"""argparse's own words ("usage:", "invalid choice", "show this help message and exit"),
said in the user's language.

argparse asks `gettext` for them, and Python ships no French catalogue for it, so a French
user's `fedimove --help` mixed French help lines with English headings and errors. argparse
looks its `_` up at call time in its module, so rebinding it there routes every message
through Qt's translators, the catalogue every other Fedimove message comes from.
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QCoreApplication

from fedimove.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "argparse"
# What a user of `fedimove` can meet, not argparse's words for programming mistakes. The
# context is spelt out in each call: lupdate reads it literally.
WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def install() -> None:
    """From now on argparse speaks the language of the installed translators."""
    argparse._ = _translate  # type: ignore[attr-defined]
