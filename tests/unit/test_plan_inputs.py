"""The plan reads matching's results: chosen match, the user's review, what is followed."""

from __future__ import annotations

from fedimove.core.graph import EdgeKind, ListRelation, Profile, TwitterList
from fedimove.core.matching import Confidence, Evidence, EvidenceKind, Match, handle_of
from fedimove.core.plan import SkipReason, build_plan
from fedimove.core.remote_profile import AccountState, RemoteProfile
from fedimove.store import graph, matches, plan_inputs, workspace


def match(account_id: str, address: str, confidence: Confidence, locked: bool = False) -> Match:
    handle = handle_of(address)
    assert handle is not None
    remote = RemoteProfile(handle, AccountState.ACTIVE, locked=locked)
    proof = (Evidence(EvidenceKind.PUBLISHED, "bio", f"@{address}"),)
    return Match(account_id, handle, confidence, proof, remote)


def test_candidates_and_lists_come_from_matching_results() -> None:
    conn = workspace.connect()
    with workspace.transaction(conn):
        graph.add_edges(conn, EdgeKind.FOLLOWING, "archive", ["1", "2", "3", "4", "5", "6"])
        graph.upsert_profiles(conn, [Profile("1", username="alice")])
        graph.save_list(
            conn, TwitterList("L", ListRelation.CREATED, name="Amis", members=("1", "2", "9"))
        )
        graph.save_list(conn, TwitterList("M", ListRelation.MEMBER, name="Theirs", members=("1",)))
        matches.save_account_result(
            conn,
            "1",
            "published",
            [match("1", "alice@piaille.fr", Confidence.CONFIRMED)],
            "matched",
        )
        matches.save_account_result(
            conn,
            "2",
            "published",
            [match("2", "bob@example.org", Confidence.LIKELY, True)],
            "matched",
        )
        matches.save_account_result(
            conn, "3", "probed", [match("3", "carol@example.org", Confidence.POSSIBLE)], "matched"
        )
        matches.save_account_result(
            conn, "4", "probed", [match("4", "dan@example.org", Confidence.POSSIBLE)], "matched"
        )
        matches.set_review(conn, "4", "dan@example.org", "rejected")
        matches.save_account_result(conn, "5", "published", [], "gone", "suspended")
        matches.save_account_result(
            conn, "6", "published", [match("6", "eve@example.org", Confidence.LIKELY)], "matched"
        )
        matches.set_review(conn, "3", "carol@example.org", "accepted")
        matches.set_relationships(conn, {"eve@example.org": ("77", "following")})
    plan = build_plan(plan_inputs.candidates(conn), plan_inputs.list_sources(conn))
    assert [(f.address, f.locked) for f in plan.follows] == [
        ("alice@piaille.fr", False),
        ("bob@example.org", True),
        ("carol@example.org", False),
    ]
    assert [(f.address, f.home_account_id) for f in plan.already] == [("eve@example.org", "77")]
    reasons = {s.candidate.twitter_id: s.reason for s in plan.skipped}
    assert reasons == {
        "4": SkipReason.REJECTED,
        "5": SkipReason.GONE,
        "6": SkipReason.ALREADY_FOLLOWING,
    }
    assert [(p.title, p.addresses) for p in plan.lists] == [
        ("Amis", ("alice@piaille.fr", "bob@example.org"))
    ]
    assert plan_inputs.evidence(conn)["1"][0].snippet == "@alice@piaille.fr"
