"""Words for confidences and evidence, marked for translation, for the GUI and the CLI."""

from __future__ import annotations

from collections.abc import Iterable

from fedimove.core.i18n import QT_TRANSLATE_NOOP
from fedimove.core.matching import Confidence, EvidenceKind

CONFIDENCE = {
    Confidence.CONFIRMED: QT_TRANSLATE_NOOP("Match", "confirmed"),
    Confidence.LIKELY: QT_TRANSLATE_NOOP("Match", "likely"),
    Confidence.POSSIBLE: QT_TRANSLATE_NOOP("Match", "possible — please check"),
}

EVIDENCE = {
    EvidenceKind.PUBLISHED: QT_TRANSLATE_NOOP("Match", "the account published this address"),
    EvidenceKind.MENTIONED: QT_TRANSLATE_NOOP(
        "Match", "the account mentioned this address among others"
    ),
    EvidenceKind.EXISTS: QT_TRANSLATE_NOOP("Match", "the fediverse account exists"),
    EvidenceKind.LINK_BACK: QT_TRANSLATE_NOOP(
        "Match", "the fediverse profile links back to the Twitter account"
    ),
    EvidenceKind.VERIFIED_LINK: QT_TRANSLATE_NOOP(
        "Match", "a verified link (rel=me) ties both profiles"
    ),
    EvidenceKind.SAME_USERNAME: QT_TRANSLATE_NOOP("Match", "same username"),
    EvidenceKind.SIMILAR_NAME: QT_TRANSLATE_NOOP("Match", "same display name"),
    EvidenceKind.MOVED: QT_TRANSLATE_NOOP("Match", "the account moved here"),
}

SOURCE = {
    "name": QT_TRANSLATE_NOOP("Match", "Twitter name"),
    "bio": QT_TRANSLATE_NOOP("Match", "Twitter bio"),
    "url": QT_TRANSLATE_NOOP("Match", "Twitter website"),
    "location": QT_TRANSLATE_NOOP("Match", "Twitter location"),
    "pinned": QT_TRANSLATE_NOOP("Match", "pinned tweet"),
    "retweet": QT_TRANSLATE_NOOP("Match", "a tweet you retweeted"),
    "dm": QT_TRANSLATE_NOOP("Match", "a direct message"),
    "tweet": QT_TRANSLATE_NOOP("Match", "a tweet"),
    "probe": QT_TRANSLATE_NOOP("Match", "search on the server"),
    "fediverse_field": QT_TRANSLATE_NOOP("Match", "fediverse profile field"),
    "fediverse_bio": QT_TRANSLATE_NOOP("Match", "fediverse bio"),
    "fediverse_profile": QT_TRANSLATE_NOOP("Match", "fediverse profile"),
}

# What a match resting only on the fediverse account's own claims says, in plain words.
CLAIMS_ONLY = QT_TRANSLATE_NOOP(
    "Match", "Says it is @{username} on Twitter; nothing on Twitter confirms it."
)
LOOKALIKE_ONLY = QT_TRANSLATE_NOOP(
    "Match",
    "Has the same username or name as @{username} on Twitter; nothing on Twitter confirms "
    "it is them.",
)
_PROOFS = frozenset({EvidenceKind.PUBLISHED.value, EvidenceKind.VERIFIED_LINK.value})
_LOOKS = frozenset({EvidenceKind.SAME_USERNAME.value, EvidenceKind.SIMILAR_NAME.value})


def unproven_note(kinds: Iterable[str]) -> str | None:
    """The warning (untranslated, `{username}` to fill) for a match no proof backs; else None.

    Anyone can write "Twitter: twitter.com/you" on a fediverse profile or take your username
    on a big server; the review says so instead of letting a list of reasons look like proof.
    """
    present = {str(k) for k in kinds}
    if present & _PROOFS:
        return None
    if EvidenceKind.LINK_BACK.value in present:
        return CLAIMS_ONLY
    if present & _LOOKS:
        return LOOKALIKE_ONLY
    return None
