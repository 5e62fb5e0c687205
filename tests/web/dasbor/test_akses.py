"""Who may open which dashboard and document URL: 404 outside one's scope, 403 inside it without the right."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.dokumen.services import folder_dokumen

PERAN = ["admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a", "operator_b", "admin_lain"]
SEMUA_A = dict.fromkeys(["admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a"], 200) | {
    "operator_b": 404, "admin_lain": 404}


def _harap(**kecuali):
    return {**SEMUA_A, **kecuali}


@pytest.fixture
def dokumen_a(kalumpang):
    """A generated LKj of office A (a small stand-in file: the access rules do not depend on its content)."""
    isi = b"%PDF-1.7 contoh"
    jalur = folder_dokumen() / "uji" / "LKj.pdf"
    jalur.parent.mkdir(parents=True, exist_ok=True)
    jalur.write_bytes(isi)
    berkas = {"pdf": {"nama": "LKj.pdf", "path": "uji/LKj.pdf", "sha256": hashlib.sha256(isi).hexdigest(), "ukuran": len(isi)}}
    return DokumenTerbit.objects.create(tahun_kinerja=kalumpang, jenis="lkj", versi_data=kalumpang.versi, berkas=berkas)


def _args(o):
    return {"pk": o.instansi_id, "tahun": o.tahun}


KASUS = [
    ("dasbor:dasbor_kantor", lambda tk, d, p: _args(tk), "get", _harap()),
    ("dasbor:dasbor_pemda", lambda tk, d, p: {"pk": p.pk}, "get",
     _harap(pembaca_a=404, operator_a=404, pimpinan_a=404)),
    ("dasbor:dasbor_indeks", lambda tk, d, p: {}, "get",
     _harap(admin=302, reviewer=302, pembaca_pemda=302, pembaca_a=404, operator_a=404, pimpinan_a=404, admin_lain=302)),
    ("dokumen:dokumen_susun", lambda tk, d, p: _args(tk), "post",
     _harap(admin=302, operator_a=302, pimpinan_a=302, reviewer=403, pembaca_pemda=403, pembaca_a=403)),
    ("dokumen:dokumen_unduh", lambda tk, d, p: {**_args(tk), "dokumen": d.pk, "format": "pdf"}, "get", _harap()),
    ("dokumen:dokumen_terbitkan", lambda tk, d, p: {**_args(tk), "dokumen": d.pk}, "post",
     _harap(admin=302, pimpinan_a=302, operator_a=403, reviewer=403, pembaca_pemda=403, pembaca_a=403)),
    ("dokumen:dokumen_tarik", lambda tk, d, p: {**_args(tk), "dokumen": d.pk}, "post",
     _harap(admin=302, pimpinan_a=302, operator_a=403, reviewer=403, pembaca_pemda=403, pembaca_a=403)),
]


@pytest.mark.parametrize(("nama_url", "kwargs", "metode", "harapan"), KASUS, ids=[k[0] for k in KASUS])
@pytest.mark.parametrize("peran", PERAN)
def test_akses(client, orang, pemda, kalumpang, dokumen_a, nama_url, kwargs, metode, harapan, peran):
    client.force_login(orang[peran])
    url = reverse(nama_url, kwargs=kwargs(kalumpang, dokumen_a, pemda))
    data = {"jenis": "tidak-dikenal"} if nama_url == "dokumen:dokumen_susun" else {}
    resp = getattr(client, metode)(url, data)
    assert resp.status_code == harapan[peran], f"{peran} {metode.upper()} {url}"


@pytest.mark.parametrize(("nama_url", "kwargs", "metode", "harapan"), KASUS, ids=[k[0] for k in KASUS])
def test_tamu_diarahkan_ke_masuk(client, pemda, kalumpang, dokumen_a, nama_url, kwargs, metode, harapan):
    resp = getattr(client, metode)(reverse(nama_url, kwargs=kwargs(kalumpang, dokumen_a, pemda)))
    assert resp.status_code == 302 and resp["Location"].startswith(reverse("organisasi:masuk"))


def test_dokumen_kantor_lain_tidak_terlihat_lewat_url_kantor_sendiri(client, orang, kalumpang, disdik, dokumen_a):
    """Office B's operator cannot reach office A's document through office B's URL either."""
    client.force_login(orang["operator_b"])
    url = reverse("dokumen:dokumen_unduh", kwargs={"pk": disdik.instansi_id, "tahun": 2023, "dokumen": dokumen_a.pk, "format": "pdf"})
    assert client.get(url).status_code == 404


def test_berkas_yang_diubah_di_disk_tidak_dikirim(client, orang, dokumen_a):
    (folder_dokumen() / "uji" / "LKj.pdf").write_bytes(b"%PDF-1.7 diubah")
    client.force_login(orang["admin"])
    url = reverse("dokumen:dokumen_unduh", kwargs={**_args(dokumen_a.tahun_kinerja), "dokumen": dokumen_a.pk, "format": "pdf"})
    assert client.get(url).status_code == 404
