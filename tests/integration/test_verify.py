"""Verification details: delegated domains, other-domain subjects, moves, gone accounts."""

from __future__ import annotations

from fedimove.core.handles import Handle
from fedimove.core.remote_profile import AccountState
from fedimove.fediverse.verify import Verifier
from tests.fakes.fediverse import FakeFediverse
from tests.fakes.https import FakeNetwork, Request, Response


def test_subject_on_another_domain_must_be_confirmed_there(
    fake_fediverse: FakeFediverse, fake_network: FakeNetwork
) -> None:
    fake_fediverse.add_host("piaille.fr").add("alice")

    def liar(request: Request) -> Response:
        if request.path == "/.well-known/webfinger":
            return Response.json(
                {
                    "subject": "acct:alice@piaille.fr",
                    "links": [
                        {
                            "rel": "self",
                            "type": "application/activity+json",
                            "href": "https://liar.example/users/alice",
                        }
                    ],
                }
            )
        if request.path == "/users/alice":
            return Response.json(
                {
                    "id": "https://liar.example/users/alice",
                    "type": "Person",
                    "preferredUsername": "alice",
                }
            )
        return Response.json({}, 404)

    fake_network.add(["liar.example"], liar)
    profile = Verifier().verify(Handle("alice", "liar.example"))
    assert str(profile.address) == "alice@liar.example"


def test_delegated_domain_keeps_its_address(fake_fediverse: FakeFediverse) -> None:
    server = fake_fediverse.add_host("social.example", "misskey")
    fake_fediverse.delegate("example.com", server)
    server.add("hank", display_name="Hank")
    profile = Verifier().verify(Handle("Hank", "example.com"))
    assert (str(profile.address), profile.state, profile.display_name) == (
        "hank@example.com",
        AccountState.ACTIVE,
        "Hank",
    )


def test_moves_are_followed_to_the_end(fake_fediverse: FakeFediverse) -> None:
    fake_fediverse.add_host("a.example").add("x", moved_to="x@b.example")
    fake_fediverse.add_host("b.example", "misskey").add(
        "x", moved_to="y@c.example", also_known_as=["x@a.example"]
    )
    fake_fediverse.add_host("c.example").add("y", also_known_as=["x@b.example"])
    profile = Verifier().verify(Handle("x", "a.example"))
    assert str(profile.address) == "y@c.example" and profile.usable
    assert [str(h) for h in profile.moved_from] == ["x@a.example", "x@b.example"]


def test_a_move_its_target_does_not_confirm_is_not_followed(
    fake_fediverse: FakeFediverse,
) -> None:
    """Hole 5: `movedTo` alone is a claim; the target's alsoKnownAs must name the old account."""
    fake_fediverse.add_host("a.example").add("x", moved_to="mallory@evil.example")
    fake_fediverse.add_host("evil.example").add("mallory", also_known_as=["someone@else.example"])
    fake_fediverse.add_host("b.example", "misskey").add("y", moved_to="z@c.example")
    fake_fediverse.add_host("c.example").add("z")
    verifier = Verifier()
    for asked, old in (
        (Handle("x", "a.example"), "x@a.example"),
        (Handle("y", "b.example"), "y@b.example"),
    ):
        profile = verifier.verify(asked)
        assert (str(profile.address), profile.state, profile.usable) == (
            old,
            AccountState.MOVED,
            False,
        )


def test_states_of_unusable_accounts(fake_fediverse: FakeFediverse) -> None:
    host = fake_fediverse.add_host("m.example")
    host.add("sus", suspended=True)
    other = fake_fediverse.add_host("k.example", "misskey")
    other.add("bye", gone=True)
    other.add("loop", moved_to="loop@k.example")
    down = fake_fediverse.add_host("down.example")
    down.down = True
    verifier = Verifier()
    states = {
        str(h): verifier.verify(h).state
        for h in [
            Handle("sus", "m.example"),
            Handle("nobody", "m.example"),
            Handle("bye", "k.example"),
            Handle("loop", "k.example"),
            Handle("x", "down.example"),
        ]
    }
    assert states == {
        "sus@m.example": AccountState.SUSPENDED,
        "nobody@m.example": AccountState.NOT_FOUND,
        "bye@k.example": AccountState.GONE,
        "loop@k.example": AccountState.MOVED,
        "x@down.example": AccountState.UNREACHABLE,
    }


def test_a_site_that_is_not_fediverse(fake_network: FakeNetwork) -> None:
    fake_network.add(["shop.example"], lambda _r: Response.text("<h1>Shop</h1>", 404, "text/html"))
    profile = Verifier().verify(Handle("contact", "shop.example"))
    assert profile.state is AccountState.NOT_FEDIVERSE


def test_an_unexpected_failure_on_one_server_does_not_stop_the_others(
    fake_fediverse: FakeFediverse, monkeypatch
) -> None:
    from fedimove.fediverse import profiles

    fake_fediverse.add_host("ok.example").add("a")
    fake_fediverse.add_host("odd.example").add("b")
    original = profiles.from_api

    def broken(data, host, source):
        if host == "odd.example":
            raise KeyError("surprise")
        return original(data, host, source)

    monkeypatch.setattr(profiles, "from_api", broken)
    results = {
        str(h): p.state
        for h, p in Verifier().verify_many([Handle("a", "ok.example"), Handle("b", "odd.example")])
    }
    assert results == {
        "a@ok.example": AccountState.ACTIVE,
        "b@odd.example": AccountState.UNREACHABLE,
    }


def test_host_meta_is_read_only_up_to_the_json_cap(fake_network: FakeNetwork) -> None:
    """A host-meta of many megabytes is refused, never read whole (issue 17)."""
    from fedimove.fediverse.webfinger import host_meta_template
    from fedimove.net.http import new_session

    link = '<XRD><Link rel="lrdd" template="https://huge.example/wf?resource={uri}"/>'
    body = (link + " " * 3_000_000 + "</XRD>").encode()

    def huge(request: Request) -> Response:
        return Response(200, body, {"Content-Type": "application/xrd+xml"})

    fake_network.add(["huge.example"], huge)
    assert host_meta_template(new_session(), "huge.example") is None


def test_an_address_on_the_server_s_host_becomes_the_account_s_canonical_address(
    fake_fediverse: FakeFediverse,
) -> None:
    """social.example serves accounts named user@example.com (its WebFinger subject); a bio
    that says @hank@social.example still leads to the canonical hank@example.com."""
    server = fake_fediverse.add_host("social.example")
    fake_fediverse.delegate("example.com", server)
    server.add("hank", display_name="Hank")
    profile = Verifier().verify(Handle("hank", "social.example"))
    assert (str(profile.address), profile.state) == ("hank@example.com", AccountState.ACTIVE)
