"""Google's and Apple's refusal of embedded sign-in is recognised from the page itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from fedimove.sources.xweb.signin_refusal import Refusal, is_sign_in_host, refusal

GOOGLE_TEXT = (
    "Couldn’t sign you in\nThis browser or app may not be secure. Learn more\nTry using a "
    "different browser. If you’re already using a supported browser, you can try again to sign in."
)


def test_googles_rejection_page_is_recognised_by_its_address_or_its_words() -> None:
    assert refusal("https://accounts.google.com/v3/signin/rejected?rrk=46", "") is Refusal.GOOGLE
    assert (
        refusal("https://accounts.google.com/signin/v2/identifier", GOOGLE_TEXT) is Refusal.GOOGLE
    )
    french = (
        "Impossible de vous connecter. Ce navigateur ou cette application ne sont peut-être "
        "pas sécurisés."
    )
    assert refusal("https://accounts.google.com/ServiceLogin", french) is Refusal.GOOGLE


def test_a_normal_sign_in_page_is_not_a_refusal() -> None:
    assert refusal("https://accounts.google.com/signin/v2/identifier", "Sign in\nEmail") is None
    assert refusal("https://appleid.apple.com/auth/authorize", "Sign in with Apple ID") is None


def test_the_words_elsewhere_are_not_a_refusal() -> None:
    assert refusal("https://x.com/i/flow/login", GOOGLE_TEXT) is None
    assert not is_sign_in_host("https://x.com/home")
    assert is_sign_in_host("https://appleid.apple.com/auth/authorize?x=1")


@given(st.text(), st.text())
def test_any_page_gives_a_refusal_or_none(url: str, text: str) -> None:
    assert refusal(url, text) in (None, Refusal.GOOGLE, Refusal.APPLE)
