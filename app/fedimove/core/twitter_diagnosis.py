"""A whole probe summed up: the `Diagnosis` behind `fedimove twitter check` and the GUI's
access step — ok when follows can be read, else the failure that explains most, with its
message, next step and exit code. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from fedimove.core.twitter_access import (
    OK,
    AccessStatus,
    Capability,
    CapabilityResult,
    Finding,
    Reason,
    Route,
    most_telling,
)
from fedimove.core.twitter_messages import message_for, render_finding

_CUT = {
    AccessStatus.TOKEN_INVALID,
    AccessStatus.APP_SUSPENDED,
    AccessStatus.CLIENT_NOT_ENROLLED,
    AccessStatus.TIER_INSUFFICIENT,
    AccessStatus.PAYMENT_REQUIRED,
    AccessStatus.ACCOUNT_SUSPENDED,
    AccessStatus.ACCOUNT_LOCKED,
}


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """The answer to "what access is left?", for `twitter check` and the GUI alike.

    `message` and `next_step` are untranslated templates (context "TwitterAccess"); `render`
    translates and fills them. `finding.retry_at` is POSIX seconds.
    """

    finding: Finding
    capabilities: Mapping[Capability, CapabilityResult] = field(default_factory=dict)
    username: str | None = None

    @property
    def status(self) -> AccessStatus:
        return self.finding.status

    @property
    def reason(self) -> Reason:
        return self.finding.reason

    @property
    def message(self) -> str:
        return message_for(self.finding).text

    @property
    def next_step(self) -> str:
        return message_for(self.finding).next_step

    @property
    def can_read_follows(self) -> bool:
        follows = self.capabilities.get(Capability.FOLLOWS)
        return bool(follows and follows.available)

    def render(
        self, translate: Callable[[str, str], str], format_time: Callable[[float], str]
    ) -> tuple[str, str]:
        """The message and next step in the user's language (`translate(context, text)`)."""
        return render_finding(self.finding, translate, format_time)

    @property
    def exit_code(self) -> int:
        """`twitter check`: 0 follows readable, 3 access cut or insufficient, 1 other."""
        if self.can_read_follows:
            return 0
        if self.status in _CUT or self.reason is Reason.USAGE_CAP:
            return 3
        return 1


def diagnose(
    results: Mapping[Capability, CapabilityResult], username: str | None = None
) -> Diagnosis:
    """Sum up a probe: ok when follows can be read, else the failure that explains most.

    A client-not-enrolled refusal while other v2 calls work is a tier limit (the app is in a
    Project, and the free tier reads `me` but not follows), not a cut client. When only v1.1
    works, v2 refuses the app itself (it is attached to no Project): that specific cause, with
    its own next step, explains more than the v1.1 453 on follows.
    """
    follows = results.get(Capability.FOLLOWS)
    if follows and follows.available:
        return Diagnosis(OK, results, username)
    v2_works = any(result.route is Route.V2 for result in results.values())
    explaining = [follows] if follows and follows.tried else list(results.values())
    telling = [
        finding for result in explaining if not result.available for _, finding in result.tried
    ]
    finding = (
        most_telling(telling)
        if telling
        else Finding(AccessStatus.TIER_INSUFFICIENT, Reason.NEEDS_USER_CONTEXT)
    )
    if v2_works and finding.status in (
        AccessStatus.CLIENT_NOT_ENROLLED,
        AccessStatus.TIER_INSUFFICIENT,
    ):
        finding = Finding(
            AccessStatus.TIER_INSUFFICIENT,
            Reason.FREE_TIER,
            None,
            finding.http_status,
            finding.api_code,
        )
    return Diagnosis(finding, results, username)
