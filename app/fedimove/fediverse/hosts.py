"""What each fediverse server runs, asked once per server and remembered.

Knowing the software tells verification which door to use: the public Mastodon API
(`/api/v1/accounts/lookup`: one request per account, with rel=me verification and moves), or
WebFinger plus the ActivityPub actor for everything else.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import requests

from fedimove.core.fediverse_host import HostInfo
from fedimove.fediverse.http_json import get_json

NODEINFO_SCHEMAS = (
    "http://nodeinfo.diaspora.software/ns/schema/2.1",
    "http://nodeinfo.diaspora.software/ns/schema/2.0",
    "http://nodeinfo.diaspora.software/ns/schema/1.1",
    "http://nodeinfo.diaspora.software/ns/schema/1.0",
)


def probe_host(session: requests.Session, host: str) -> HostInfo:
    """nodeinfo discovery (two requests); an unreachable or non-fediverse host says so."""
    result = get_json(session, f"https://{host}/.well-known/nodeinfo")
    if result.unreachable:
        return HostInfo(host, reachable=False)
    links = result.data.get("links", []) if isinstance(result.data, dict) else []
    hrefs = {link.get("rel"): link.get("href") for link in links if isinstance(link, dict)}
    for schema in NODEINFO_SCHEMAS:
        href = hrefs.get(schema)
        if not isinstance(href, str) or urlsplit(href).scheme != "https":
            continue
        info = get_json(session, href).data
        software = info.get("software") if isinstance(info, dict) else None
        if isinstance(software, dict) and software.get("name"):
            return HostInfo(host, str(software["name"]).lower(), str(software.get("version") or ""))
    return HostInfo(host)
