"""Which server the user means, and what it runs.

People type `piaille.fr`, `https://piaille.fr/`, `@me@piaille.fr` or a profile URL: all mean
the same server. Only https is allowed, except on this computer (loopback), so a token never
crosses the network in clear.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import requests

from fedimove.core.home_account import ServerInfo
from fedimove.fediverse.errors import InsecureInstance, InstanceUnreachable, InvalidInstance

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9-]{1,63})*$")
_NODEINFO_SCHEMAS = (
    "http://nodeinfo.diaspora.software/ns/schema/2.1",
    "http://nodeinfo.diaspora.software/ns/schema/2.0",
)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_instance(text: str) -> str:
    """`https://host[:port]` for whatever the user typed; typed errors for the rest."""
    value = text.strip()
    handle = re.fullmatch(r"@?[^@\s/]+@([^@\s/]+)", value)
    if handle:
        value = handle.group(1)
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise InvalidInstance(text)
    if not is_loopback(host) and not _HOST.match(host.encode("idna").decode("ascii")):
        raise InvalidInstance(text)
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureInstance(text)
    try:
        port = parts.port
    except ValueError:
        raise InvalidInstance(text) from None
    netloc = f"[{host}]" if ":" in host else host
    default = 443 if parts.scheme == "https" else 80
    if port and port != default:
        netloc += f":{port}"
    return f"{parts.scheme}://{netloc}"


def _get_json(session: requests.Session, url: str) -> object | None:
    try:
        response = session.get(url, headers={"Accept": "application/json"})
    except requests.RequestException:
        return None
    if response.status_code != 200:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def detect_server(session: requests.Session, instance_url: str) -> ServerInfo:
    """Software and version from nodeinfo, else the Mastodon instance endpoints."""
    try:
        session.head(instance_url, allow_redirects=False)
    except requests.RequestException as exc:
        raise InstanceUnreachable(type(exc).__name__, instance=instance_url) from None
    software, version = _from_nodeinfo(session, instance_url)
    if not software:
        for path in ("/api/v2/instance", "/api/v1/instance"):
            data = _get_json(session, instance_url + path)
            if isinstance(data, dict) and isinstance(data.get("version"), str):
                software, version = _from_version_string(data["version"])
                break
    metadata = _get_json(session, instance_url + "/.well-known/oauth-authorization-server")
    methods = (
        metadata.get("code_challenge_methods_supported", []) if isinstance(metadata, dict) else []
    )
    return ServerInfo(software or "unknown", version or "", "S256" in methods)


def _from_nodeinfo(session: requests.Session, instance_url: str) -> tuple[str, str]:
    links = _get_json(session, instance_url + "/.well-known/nodeinfo")
    if not isinstance(links, dict):
        return "", ""
    hrefs = {
        link.get("rel"): link.get("href")
        for link in links.get("links", [])
        if isinstance(link, dict)
    }
    for schema in _NODEINFO_SCHEMAS:
        href = hrefs.get(schema)
        if isinstance(href, str) and urlsplit(href).hostname == urlsplit(instance_url).hostname:
            data = _get_json(session, href)
            software = data.get("software") if isinstance(data, dict) else None
            if isinstance(software, dict):
                return str(software.get("name") or "").lower(), str(software.get("version") or "")
    return "", ""


def _from_version_string(text: str) -> tuple[str, str]:
    """Mastodon's `version`; compatible servers write e.g. `3.0.0 (compatible; Pleroma 2.5)`."""
    compatible = re.search(r"compatible;\s*([A-Za-z]+)\s+([\w.+-]+)", text)
    if compatible:
        return compatible.group(1).lower(), compatible.group(2)
    return "mastodon", text.split()[0] if text else ""
