"""Review rows for GUI tests and the benchmark: every confidence and status, some hostile text."""

from __future__ import annotations

from fedimove.core.review import Confidence, Evidence, ReviewRow, Standing

_CONFIDENCES = (Confidence.CONFIRMED, Confidence.LIKELY, Confidence.POSSIBLE, Confidence.NONE)
_STANDINGS = (Standing.TO_FOLLOW, Standing.ALREADY_FOLLOWED, Standing.TO_FOLLOW, Standing.MOVED)


def make_rows(count: int) -> list[ReviewRow]:
    rows = []
    for n in range(count):
        confidence = _CONFIDENCES[n % 4]
        matched = confidence is not Confidence.NONE
        rows.append(
            ReviewRow(
                account_id=str(1000 + n),
                username=f"user{n}",
                display_name=f"<b>Person</b> {n}" if n % 7 == 0 else f"Person {n}",
                address=f"user{n}@host{n % 12}.social" if matched else None,
                confidence=confidence,
                standing=_STANDINGS[n // 4 % 4] if matched else Standing.NOT_FOUND,
                evidence=(
                    Evidence(
                        "published",
                        "bio",
                        f'<a href="https://evil.example">@user{n}@host{n % 12}.social</a>',
                    ),
                )
                if matched
                else (),
            )
        )
    return rows
