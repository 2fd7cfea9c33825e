"""The line saying which fediverse servers a matching run could not reach.

Apart from the job so the Matches screen can word a run's end without importing the verifier.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fedimove.i18n import tr

if TYPE_CHECKING:
    from fedimove.jobs.match import MatchSummary

NAMED_HOSTS = 3  # servers named when only some did not answer


def unreachable_notice(summary: MatchSummary) -> str:
    """The one line saying which servers did not answer and that nothing is lost ("" if none).

    One server or several: the count is never 0, so English and French agree on the plural.
    """
    hosts = summary.unreachable_hosts
    if not hosts:
        return ""
    shown = ", ".join(hosts[:NAMED_HOSTS]) + ("…" if len(hosts) > NAMED_HOSTS else "")
    if summary.offline and len(hosts) == 1:
        text = tr(
            "Match",
            "Couldn't reach 1 server ({hosts}) — you seem to be offline. Nothing was lost; "
            "Find again continues.",
        )
    elif summary.offline:
        text = tr(
            "Match",
            "Couldn't reach {count} servers — you seem to be offline. Nothing was lost; "
            "Find again continues.",
        )
    elif len(hosts) == 1:
        text = tr(
            "Match", "Couldn't reach 1 server ({hosts}). Nothing was lost; Find again continues."
        )
    else:
        text = tr(
            "Match",
            "Couldn't reach {count} servers ({hosts}). Nothing was lost; Find again continues.",
        )
    return text.format(count=len(hosts), hosts=shown)
