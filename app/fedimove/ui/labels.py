"""Words for the review's confidences and statuses, translated when shown."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.review import Confidence, Evidence, Standing


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as written: Qt renders a tooltip that looks like markup
    (`<b>Bob</b>` as a display name) as rich text, so such text is escaped inside markup."""
    if not Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text)}</p>'


CONFIDENCE_WORDS = {
    Confidence.CONFIRMED: QT_TRANSLATE_NOOP("Review", "Confirmed"),
    Confidence.LIKELY: QT_TRANSLATE_NOOP("Review", "Likely"),
    Confidence.POSSIBLE: QT_TRANSLATE_NOOP("Review", "Possible"),
    Confidence.NONE: QT_TRANSLATE_NOOP("Review", "No address"),
}

CONFIDENCE_MEANINGS = {
    Confidence.CONFIRMED: QT_TRANSLATE_NOOP(
        "Review", "Two independent proofs: this is the same person."
    ),
    Confidence.LIKELY: QT_TRANSLATE_NOOP(
        "Review", "The account itself published this address, and it exists."
    ),
    Confidence.POSSIBLE: QT_TRANSLATE_NOOP(
        "Review",
        "Only what the fediverse account says about itself, the same username or a similar "
        "name: please check before following.",
    ),
    Confidence.NONE: QT_TRANSLATE_NOOP("Review", "No fediverse address found for this account."),
}

STATUS_WORDS = {
    Standing.TO_FOLLOW: QT_TRANSLATE_NOOP("Review", "To follow"),
    Standing.FOLLOWED: QT_TRANSLATE_NOOP("Review", "Followed"),
    Standing.REQUESTED: QT_TRANSLATE_NOOP("Review", "Follow requested"),
    Standing.ALREADY_FOLLOWED: QT_TRANSLATE_NOOP("Review", "Already followed"),
    Standing.MOVED: QT_TRANSLATE_NOOP("Review", "Moved"),
    Standing.GONE: QT_TRANSLATE_NOOP("Review", "Gone"),
    Standing.FAILED: QT_TRANSLATE_NOOP("Review", "Failed"),
    Standing.NOT_FOUND: QT_TRANSLATE_NOOP("Review", "Not found"),
    Standing.ON_BLUESKY: QT_TRANSLATE_NOOP("Review", "On Bluesky — not bridged"),
    Standing.ON_THREADS: QT_TRANSLATE_NOOP("Review", "On Threads — not shared"),
    Standing.UNCHECKED: QT_TRANSLATE_NOOP("Review", "Could not be checked"),
    Standing.NOT_SEARCHED: QT_TRANSLATE_NOOP("Review", "Not searched yet"),
    Standing.REJECTED: QT_TRANSLATE_NOOP("Review", "Left out"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def confidence_text(confidence: Confidence) -> str:
    return _translate(CONFIDENCE_WORDS[confidence])


def confidence_meaning(confidence: Confidence) -> str:
    return _translate(CONFIDENCE_MEANINGS[confidence])


def status_text(status: Standing) -> str:
    return _translate(STATUS_WORDS[status])


def evidence_text(evidence: Evidence) -> str:
    """ "Published — Twitter bio: …": the proof, where it was seen, and the text itself."""
    from fedimove.core import match_labels  # the matching rules: loaded when first shown

    kind = next((v for k, v in match_labels.EVIDENCE.items() if k.value == evidence.kind), None)
    source = match_labels.SOURCE.get(evidence.source)
    head = QCoreApplication.translate("Match", kind) if kind else evidence.kind
    if source:
        head += " — " + QCoreApplication.translate("Match", source)
    if not evidence.snippet:
        return head
    # "%1: %2" is translated: French puts a space before the colon.
    line = QCoreApplication.translate("Match", "%1: %2").replace("%1", head)
    return line.replace("%2", evidence.snippet)


def unproven_text(evidence: tuple[Evidence, ...], username: str | None) -> str | None:
    """ "Says it is @name on Twitter; nothing on Twitter confirms it." for claims-only matches."""
    from fedimove.core import match_labels

    note = match_labels.unproven_note(e.kind for e in evidence)
    if note is None:
        return None
    who = username or "?"
    return QCoreApplication.translate("Match", note).replace("{username}", who)
