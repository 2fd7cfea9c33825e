"""The version of the matching rules, derived from the rules themselves. Pure; no I/O.

A workspace keeps the version its matches were judged under; when it is not this one, matching
judges every account again from what the workspace stored (issue 12), asking no server twice.
A number raised by hand was one more thing to forget when a rule changed; this digest cannot
be forgotten. It covers the word lists and announcement forms (`handle_rules`), every pattern,
table and function of handle extraction (`handles`), of confidence (`matching`) and of reading
a person's page (`rel_me`): their values and compiled code, not their comments or line
numbers. Where to look for a same username (`DEFAULT_PROBE_HOSTS`) is not a rule of what a
match is, so changing it re-judges nothing. A new Python version compiles the code differently
and so re-judges once, which costs only local work.
"""

from __future__ import annotations

import enum
import hashlib
import re
import types
from typing import Any

from fedimove.core import handle_rules, handles, matching, rel_me

NOT_RULES = frozenset({"DEFAULT_PROBE_HOSTS", "annotations"})


def digest(*modules: types.ModuleType) -> str:
    """A short stable hash of what these modules define (not what they import)."""
    sha = hashlib.sha256()
    for module in modules:
        for name in sorted(vars(module)):
            if name.startswith("__") or name in NOT_RULES:
                continue
            text = _canonical(vars(module)[name], module.__name__)
            if text is not None:
                sha.update(f"{module.__name__}.{name}={text}\n".encode())
    return sha.hexdigest()[:16]


def rules_version() -> str:
    return digest(handle_rules, handles, matching, rel_me)


def _canonical(value: Any, home: str) -> str | None:
    """The same text in every process for the same rule: sets sorted, code without line
    numbers; None for what is not this module's own (imported modules, functions, classes)."""
    if isinstance(value, types.ModuleType):
        return None
    if isinstance(value, (types.FunctionType, type)) and value.__module__ != home:
        return None
    if isinstance(value, types.FunctionType):
        defaults = _canonical(value.__defaults__, home)
        keywords = _canonical(value.__kwdefaults__, home)
        return f"def({_code(value.__code__, home)},{defaults},{keywords})"
    if isinstance(value, type):
        return _class(value, home)
    if isinstance(value, (staticmethod, classmethod)):
        return _canonical(value.__func__, home)
    if isinstance(value, property):
        return f"property({_canonical(value.fget, home)},{_canonical(value.fset, home)})"
    if isinstance(value, types.CodeType):
        return _code(value, home)
    if isinstance(value, re.Pattern):
        return f"re({value.pattern!r},{value.flags})"
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(str(_canonical(v, home)) for v in value)) + "}"
    if isinstance(value, (tuple, list)):
        return "(" + ",".join(str(_canonical(v, home)) for v in value) + ")"
    if isinstance(value, dict):
        items = (f"{_canonical(k, home)}:{_canonical(v, home)}" for k, v in value.items())
        return "{" + ",".join(sorted(items)) + "}"
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (str, bytes, int, float, complex, bool, type(None), type(...))):
        return repr(value)
    return type(value).__qualname__  # an object whose repr may hold its memory address


def _code(code: types.CodeType, home: str) -> str:
    consts = ",".join(str(_canonical(c, home)) for c in code.co_consts)
    return (
        f"code({code.co_code.hex()},{code.co_names},{code.co_varnames},{code.co_argcount},"
        f"{code.co_kwonlyargcount},{code.co_flags},({consts}))"
    )


def _class(cls: type, home: str) -> str:
    if issubclass(cls, enum.Enum):
        return "enum(" + ",".join(f"{m.name}={m.value!r}" for m in cls) + ")"
    members = (
        f"{name}={_canonical(value, home)}"
        for name, value in sorted(vars(cls).items())
        if not name.startswith("__") or name in ("__init__", "__post_init__", "__annotations__")
    )
    return f"class({','.join(members)})"


RULES_VERSION = rules_version()
