"""A stand-in for the user's browser during OAuth: `python -m tests.fakes.browser URL`.

It opens the authorization URL on a fake server through the app's own network settings (so
`FEDIMOVE_CONNECT_TO` and the test CA apply) and follows the redirect the way a browser would:
to the loopback page on 127.0.0.1, or to the server's page showing a code, which it prints.
Set `BROWSER="python -m tests.fakes.browser %s"` for a `fedimove` subprocess to use it.
"""

from __future__ import annotations

import re
import sys
from urllib.parse import urljoin

from fedimove.net.http import new_session


def browse(url: str, max_hops: int = 5) -> tuple[int, str]:
    """Follow redirects from `url`; return the last status and, on a code page, the code."""
    session = new_session()
    response = None
    for _ in range(max_hops):
        response = session.get(url, allow_redirects=False)
        location = response.headers.get("Location")
        if not location:
            break
        url = urljoin(url, location)
    assert response is not None
    code = re.search(r'class="oauth-code"[^>]*value="([^"]+)"', response.text)
    return response.status_code, code.group(1) if code else ""


def main(argv: list[str]) -> int:
    status, code = browse(argv[1])
    if code:
        print(code)
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
