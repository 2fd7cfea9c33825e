"""Logs in the workspace folder, passed through a filter that redacts every known secret."""

from __future__ import annotations

import logging
import re
import threading
from logging.handlers import RotatingFileHandler

from fedimove.store import paths

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=%-]{8,}"),
    re.compile(
        r"(?i)((?:access_token|client_secret|consumer_secret|oauth_token(?:_secret)?|code)"
        r"[\"']?\s*[=:]\s*[\"']?)[^\s&\"',]{6,}"
    ),
)


def register_secret(value: str) -> None:
    """Make sure this exact value never reaches a log line."""
    if value and len(value) >= 6:
        with _secrets_lock:
            _secrets.add(value)


def redact(text: str) -> str:
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, "«redacted»")
    for pattern in _PATTERNS:
        text = pattern.sub(r"\1«redacted»", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure(level: int = logging.INFO) -> None:
    """Log to `<data dir>/logs/fedimove.log`, rotated, redacted."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(
        paths.logs_dir() / "fedimove.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
