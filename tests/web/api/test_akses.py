"""Who may read and who may write through the API: the same answers as the screens.

The expected status comes from the izin map (``conftest.harapan_baca/harapan_tulis``, the rule
written in plain Python): a role whose scope does not cover the office gets 404 (its existence
does not leak), a role that sees it but may not change it gets 403 on every write and nothing
changes, anonymous callers and revoked tokens get 401.
"""

from __future__ import annotations

import pytest

from sakip.web.api import services
from sakip.web.kinerja import models as m

from .conftest import KlienApi, harapan_baca, harapan_tulis, url, url_tk

pytestmark = pytest.mark.django_db

PERAN = ["admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a", "operator_b", "admin_lain"]

# (url name, extra args) read with GET below an office-year
BACA_TAHUN = [
    ("tahun_detail", ()), ("indikator_list", ()), ("indikator_detail", ("IKU-1",)), ("target_list", ()),
    ("realisasi_list", ()), ("realisasi_detail", ("IKU-1", 2023)), ("capaian_list", ()), ("anggaran_list", ()),
    ("anggaran_detail", ("7.01.01.2.01.0001",)), ("pk_list", ()), ("target_pk_list", (0,)), ("target_pk_detail", (0, "IKU-1")),
    ("dokumen_list", ()),
]


def _tulis(tk):
    """(method, url, body, status on success) of every write endpoint; each body really changes the data."""
    return [
        ("put", url_tk("realisasi_detail", tk, "IKU-1", 2023), {"versi": 1, "nilai": "8:9"}, 200),
        ("put", url_tk("anggaran_detail", tk, "7.01.01.2.01.0001"), {"versi": 1, "pagu_murni": "1.000.000"}, 200),
        ("put", url_tk("target_pk_detail", tk, 0, "IKU-1"), {"versi": 1, "target": "3:9"}, 200),
        ("delete", url_tk("target_pk_detail", tk, 0, "IKU-1") + "?versi=2", None, 204),  # after the PUT above
    ]


def _snapshot(tk) -> tuple:
    return (m.TahunKinerja.objects.get(pk=tk.pk).versi, m.Realisasi.objects.count(), m.Anggaran.objects.count(),
            m.TargetPK.objects.count())


@pytest.fixture
def data(orang, tk_a, tk_b):
    return tk_a


@pytest.mark.parametrize("siapa", PERAN)
def test_baca_per_peran(api, orang, data, siapa):
    user = orang[siapa]
    klien = api(user)
    harap = harapan_baca(user, data.instansi)
    for nama, args in BACA_TAHUN:
        r = klien.get(url_tk(nama, data, *args))
        assert r.status_code == harap, (siapa, nama, r.status_code, r.content[:200])
        assert r["Content-Type"] == "application/json"
        if harap == 404:
            assert r.json()["galat"]  # an Indonesian message, nothing about the office
    assert klien.get(url("instansi_detail", data.instansi_id)).status_code == harap
    assert klien.get(url("tahun_list", data.instansi_id)).status_code == harap
    terlihat = {i["id"] for i in klien.get(url("instansi_list")).json()["hasil"]}
    assert (data.instansi_id in terlihat) == (harap == 200)


@pytest.mark.parametrize("siapa", PERAN)
def test_tulis_per_peran(api, orang, data, siapa):
    user = orang[siapa]
    klien = api(user)
    for metode, alamat, isi, berhasil in _tulis(data):
        sebelum = _snapshot(data)
        r = getattr(klien, metode)(alamat, isi)
        harap = harapan_tulis(user, data.instansi, berhasil)
        assert r.status_code == harap, (siapa, metode, alamat, r.status_code, r.content[:300])
        if harap != berhasil:
            assert _snapshot(data) == sebelum, "penulisan yang ditolak mengubah data"
            assert r.json()["galat"]
        else:
            assert _snapshot(data)[0] == sebelum[0] + 1  # one change, one new office-year version


def test_yang_boleh_menulis_sesuai_peta_izin(orang, data):
    """The matrix above is not vacuous: the map grants writing on A to exactly these roles."""
    from .conftest import cakupan

    assert {s for s in PERAN if cakupan(orang[s], data.instansi, "kinerja.ubah")} == {"admin", "operator_a"}
    assert {s for s in PERAN if not cakupan(orang[s], data.instansi, "kinerja.lihat")} == {"operator_b", "admin_lain"}


def test_tanpa_token_401(data):
    klien = KlienApi()
    for nama, args in BACA_TAHUN:
        r = klien.get(url_tk(nama, data, *args))
        assert r.status_code == 401, nama
        assert r["WWW-Authenticate"] == 'Token realm="api"'
        assert "token" in r.json()["galat"].lower()
    for metode, alamat, isi, _ in _tulis(data):
        sebelum = _snapshot(data)
        assert getattr(klien, metode)(alamat, isi).status_code == 401
        assert _snapshot(data) == sebelum
    for nama in ("instansi_list", "saya"):
        assert klien.get(url(nama)).status_code == 401


def test_token_dicabut_401_baca_dan_tulis(orang, data):
    token, rahasia = services.token_buat(user=orang["operator_a"], nama="lama")
    klien = KlienApi(rahasia)
    assert klien.get(url_tk("tahun_detail", data)).status_code == 200
    services.token_cabut(token=token)
    for nama, args in BACA_TAHUN:
        r = klien.get(url_tk(nama, data, *args))
        assert r.status_code == 401 and "dicabut" in r.json()["galat"], nama
    for metode, alamat, isi, _ in _tulis(data):
        sebelum = _snapshot(data)
        assert getattr(klien, metode)(alamat, isi).status_code == 401
        assert _snapshot(data) == sebelum


def test_data_kantor_lain_lewat_alamat_sendiri_404(api, orang, data, tk_b):
    """Office B's rows are not reachable by A's operator, whatever the address."""
    klien = api(orang["operator_a"])
    assert klien.get(url_tk("realisasi_detail", tk_b, "IKU-1", 2023)).status_code == 404
    assert klien.put(url_tk("realisasi_detail", tk_b, "IKU-1", 2023), {"versi": 1, "nilai": "1:9"}).status_code == 404
    assert klien.get(url("instansi_detail", 999_999)).status_code == 404
    assert klien.get(url_tk("tahun_detail", data).replace("2023", "2022")).status_code == 404
