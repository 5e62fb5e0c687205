"""Fixtures of the API tests: Kalumpang 2023 stored for office A (and a copy for B), a token per
user, and a client that sends it."""

from __future__ import annotations

import json
import pytest
from django.test import Client
from django.urls import reverse

from sakip.web.api import services
from sakip.web.kinerja.models import TahunKinerja
from sakip.web.organisasi import izin

from ..entri.conftest import kalumpang, tk_a, tk_b  # noqa: F401 - the entry screens' fixtures, shared


class KlienApi(Client):
    """A test client that sends ``Authorization: Token <rahasia>`` and JSON bodies."""

    def __init__(self, rahasia: str | None = None, skema: str = "Token", **kw):
        super().__init__(**kw)
        self.rahasia, self.skema = rahasia, skema

    def _kepala(self, extra: dict) -> dict:
        if self.rahasia is not None:
            extra.setdefault("HTTP_AUTHORIZATION", f"{self.skema} {self.rahasia}")
        return extra

    def get(self, path, data=None, **extra):
        return super().get(path, data, **self._kepala(extra))

    def put(self, path, data=None, **extra):
        return super().put(path, json.dumps(data), content_type="application/json", **self._kepala(extra))

    def delete(self, path, data=None, **extra):
        return super().delete(path, **self._kepala(extra))


@pytest.fixture
def token():
    """``token(user) -> secret``: a fresh API token of *user*."""
    return lambda user, nama="uji": services.token_buat(user=user, nama=nama)[1]


@pytest.fixture
def api(token):
    """``api(user) -> KlienApi`` authenticated with a new token of *user* (``None``: anonymous)."""
    return lambda user: KlienApi(token(user) if user is not None else None)


def url(nama: str, *args, **kwargs) -> str:
    return reverse(f"api:{nama}", args=args, kwargs=kwargs or None)


def url_tk(nama: str, tk: TahunKinerja, *lain) -> str:
    return reverse(f"api:{nama}", args=[tk.instansi_id, tk.tahun, *lain])


def cakupan(user, instansi, aksi: str) -> bool:
    """The permission rule in plain Python, from the izin map: *user* holds a role allowing *aksi*
    whose scope covers *instansi* (Pemda-wide on its Pemda, or this very instansi)."""
    return any(
        p.peran in izin.IZIN[aksi] and (p.instansi_id == instansi.pk or (p.instansi_id is None and p.pemda_id == instansi.pemda_id))
        for p in user.daftar_peran.all()
    )


def harapan_baca(user, instansi) -> int:
    return 200 if cakupan(user, instansi, "kinerja.lihat") else 404


def harapan_tulis(user, instansi, berhasil: int = 200) -> int:
    if not cakupan(user, instansi, "kinerja.lihat"):
        return 404
    return berhasil if cakupan(user, instansi, "kinerja.ubah") else 403


HITUNG: dict[str, int] = {}
"""Outcome counts of the API fuzz tests, printed at the end of the session (with -s)."""


def catat(kunci: str) -> None:
    HITUNG[kunci] = HITUNG.get(kunci, 0) + 1


@pytest.fixture(scope="session", autouse=True)
def _laporan_fuzz_api():
    yield
    if HITUNG:
        acak = sum(v for k, v in HITUNG.items() if k.startswith("status."))
        skema = sum(v for k, v in HITUNG.items() if k.startswith("skema."))
        print(f"\nfuzz API: {acak} permintaan acak + {skema} dari skema (schemathesis);", dict(sorted(HITUNG.items())))
