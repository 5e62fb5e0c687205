"""Where the change being made comes from: channel, user, IP and user agent of this request or command.

The web middleware (:class:`KonteksMiddleware`) sets it for every request; CLI
commands that write wrap their work in :func:`jalur_audit`. The audit services
read it with :func:`konteks_sekarang`; outside both it says ``sistem``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Konteks:
    jalur: str
    pengguna: Any = None
    alamat_ip: str | None = None
    agen: str = ""


_SISTEM = Konteks("sistem")
_sekarang: ContextVar[Konteks] = ContextVar("sakip_riwayat_konteks", default=_SISTEM)


def konteks_sekarang() -> Konteks:
    return _sekarang.get()


@contextmanager
def jalur_audit(jalur: str, *, oleh: Any = None, alamat_ip: str | None = None, agen: str = "") -> Iterator[Konteks]:
    """Record the changes made inside this block as coming from *jalur* (``web``, ``api``, ``cli``)."""
    token = _sekarang.set(Konteks(jalur, oleh, alamat_ip, agen[:300]))
    try:
        yield _sekarang.get()
    finally:
        _sekarang.reset(token)


class _PenggunaPermintaan:
    """``request.user``, resolved only when an audit row is written (after authentication ran)."""

    def __init__(self, request):
        self.request = request


def pengguna_dari(konteks: Konteks) -> Any:
    p = konteks.pengguna
    if isinstance(p, _PenggunaPermintaan):
        p = getattr(p.request, "user", None)
    return p if getattr(p, "is_authenticated", False) else None


class KonteksMiddleware:
    """Sets the audit context of each request: ``api`` under ``/api/``, else ``web``."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        jalur = "api" if request.path.startswith("/api/") else "web"
        with jalur_audit(jalur, oleh=_PenggunaPermintaan(request), alamat_ip=request.META.get("REMOTE_ADDR") or None,
                         agen=request.META.get("HTTP_USER_AGENT", "")):
            return self.get_response(request)
