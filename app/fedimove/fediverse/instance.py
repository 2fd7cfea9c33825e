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

from fedimove.core.fediverse_host import HostInfo
from fedimove.core.home_account import ServerInfo
from fedimove.fediverse.errors import InsecureInstance, InvalidInstance, unreachable
from fedimove.fediverse.hosts import probe_host
from fedimove.fediverse.http_json import get_json

_HOST = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9-]{1,63})*$")


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


def detect_server(session: requests.Session, instance_url: str) -> ServerInfo:
    """Software and version from nodeinfo, else the Mastodon instance endpoints."""
    try:
        session.head(instance_url, allow_redirects=False)
    except requests.RequestException as exc:
        raise unreachable(exc, instance_url) from None
    host = instance_url.split("://", 1)[1]
    info = probe_host(session, host) if instance_url.startswith("https://") else HostInfo(host)
    software, version = info.software, info.version
    if not software:
        for path in ("/api/v2/instance", "/api/v1/instance"):
            data = get_json(session, instance_url + path).data
            if isinstance(data, dict) and isinstance(data.get("version"), str):
                software, version = _from_version_string(data["version"])
                break
    metadata = get_json(session, instance_url + "/.well-known/oauth-authorization-server").data
    methods = (
        metadata.get("code_challenge_methods_supported", []) if isinstance(metadata, dict) else []
    )
    return ServerInfo(software or "unknown", version or "", "S256" in methods)


def _from_version_string(text: str) -> tuple[str, str]:
    """Mastodon's `version`; compatible servers write e.g. `3.0.0 (compatible; Pleroma 2.5)`."""
    compatible = re.search(r"compatible;\s*([A-Za-z]+)\s+([\w.+-]+)", text)
    if compatible:
        return compatible.group(1).lower(), compatible.group(2)
    return "mastodon", text.split()[0] if text else ""
