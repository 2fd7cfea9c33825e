"""French puts a space before a colon; lines assembled from pieces follow the language."""

from __future__ import annotations

from fedimove import i18n
from fedimove.core.matching import Evidence, EvidenceKind
from fedimove.ui.labels import evidence_text


def test_evidence_line_puts_a_space_before_the_colon_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    evidence = Evidence(EvidenceKind.PUBLISHED, "bio", "find me at @ana@piaille.fr %1")
    assert evidence_text(evidence).endswith(" — Twitter bio: find me at @ana@piaille.fr %1")
    i18n.install("fr")
    try:
        assert evidence_text(evidence).endswith(" — bio Twitter : find me at @ana@piaille.fr %1")
    finally:
        i18n.install("en")
