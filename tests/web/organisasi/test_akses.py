"""Authorization of every view: who gets 200, 403 or 404 (never a leak of another office).

A user who may not see an object gets 404, so the existence of another
office's data does not leak; a user who sees it but may not change it gets 403.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from sakip.web.organisasi.models import Peran

SEMUA = ["admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a", "operator_b", "admin_lain"]
ADMIN_SAJA = {"admin": 200, "admin_lain": 200}


def _harap(bawaan, **khusus):
    return {nama: khusus.get(nama, bawaan) for nama in SEMUA}


# (url name, kwargs builder, method, expected status per role)
KASUS = [
    ("organisasi:beranda", lambda o: {}, "get", _harap(200)),
    ("publik:indeks", lambda o: {}, "get", _harap(200)),
    ("organisasi:sandi", lambda o: {}, "get", _harap(200)),
    (
        "organisasi:instansi_detail", lambda o: {"pk": o["A"].pk}, "get",
        _harap(200, operator_b=404, admin_lain=404),
    ),
    (
        "organisasi:instansi_detail", lambda o: {"pk": o["B"].pk}, "get",
        _harap(200, pembaca_a=404, operator_a=404, pimpinan_a=404, admin_lain=404),
    ),
    (
        "organisasi:instansi_detail", lambda o: {"pk": o["L"].pk}, "get",
        _harap(404, admin_lain=200),
    ),
    ("organisasi:instansi_detail", lambda o: {"pk": 999999}, "get", _harap(404)),
    ("organisasi:instansi_kelola", lambda o: {}, "get", _harap(403, **ADMIN_SAJA)),
    ("organisasi:instansi_tambah", lambda o: {}, "get", _harap(403, **ADMIN_SAJA)),
    (
        "organisasi:instansi_ubah", lambda o: {"pk": o["A"].pk}, "get",
        _harap(403, admin=200, operator_b=404, admin_lain=404),
    ),
    (
        "organisasi:instansi_ubah", lambda o: {"pk": o["A"].pk}, "post",
        _harap(403, admin=200, operator_b=404, admin_lain=404),
    ),
    ("organisasi:instansi_ubah", lambda o: {"pk": o["L"].pk}, "get", _harap(404, admin_lain=200)),
    ("organisasi:pengguna_kelola", lambda o: {}, "get", _harap(403, **ADMIN_SAJA)),
    ("organisasi:pengguna_tambah", lambda o: {}, "get", _harap(403, **ADMIN_SAJA)),
    ("organisasi:pengguna_ubah", lambda o: {"pk": o["operator_a"].pk}, "get", _harap(404, admin=200)),
    ("organisasi:pengguna_ubah", lambda o: {"pk": o["admin_lain"].pk}, "get", _harap(404, admin_lain=200)),
    ("organisasi:pengguna_sandi", lambda o: {"pk": o["operator_a"].pk}, "get", _harap(404, admin=200)),
    ("organisasi:peran_tambah", lambda o: {"pk": o["operator_a"].pk}, "post", _harap(404, admin=302)),
    (
        "organisasi:peran_hapus",
        lambda o: {"pk": o["operator_a"].pk, "peran_pk": o["operator_a"].daftar_peran.get().pk},
        "post",
        _harap(404, admin=302),
    ),
]


@pytest.fixture
def objek(orang, instansi_a, instansi_b, instansi_lain):
    return {**orang, "A": instansi_a, "B": instansi_b, "L": instansi_lain}


@pytest.mark.parametrize("peran", SEMUA)
@pytest.mark.parametrize(("nama_url", "kwargs", "metode", "harapan"), KASUS, ids=[f"{k[0].split(':')[1]}-{i}" for i, k in enumerate(KASUS)])
def test_status_per_peran(client, objek, peran, nama_url, kwargs, metode, harapan):
    client.force_login(objek[peran])
    url = reverse(nama_url, kwargs=kwargs(objek))
    resp = getattr(client, metode)(url)
    assert resp.status_code == harapan[peran], f"{peran} {metode.upper()} {url}"


@pytest.mark.parametrize(("nama_url", "kwargs", "metode", "harapan"), KASUS)
def test_tamu_diarahkan_ke_masuk(client, objek, nama_url, kwargs, metode, harapan):
    url = reverse(nama_url, kwargs=kwargs(objek))
    resp = getattr(client, metode)(url)
    if nama_url == "publik:indeks":
        assert resp.status_code == 200
    else:
        assert resp.status_code == 302
        assert resp["Location"].startswith(reverse("organisasi:masuk"))


def test_operator_beranda_hanya_instansinya(client, orang):
    client.force_login(orang["operator_a"])
    html = client.get(reverse("organisasi:beranda")).content.decode()
    assert "Kecamatan Kalumpang" in html
    assert "Dinas Pendidikan" not in html
    assert "Tapin" not in html
    assert "Kelola instansi" not in html  # no management links for an operator


def test_admin_beranda_seluruh_pemdanya_saja(client, orang):
    client.force_login(orang["admin"])
    html = client.get(reverse("organisasi:beranda")).content.decode()
    assert "Kecamatan Kalumpang" in html and "Dinas Pendidikan" in html
    assert "Tapin" not in html
    assert "Kelola instansi" in html


def test_404_tidak_membocorkan_nama_instansi_lain(client, orang, instansi_b):
    client.force_login(orang["operator_a"])
    resp = client.get(reverse("organisasi:instansi_detail", kwargs={"pk": instansi_b.pk}))
    assert resp.status_code == 404
    assert "Dinas Pendidikan" not in resp.content.decode()
    assert "tidak ditemukan" in resp.content.decode()


def test_kelola_pengguna_tidak_menampilkan_pengguna_pemda_lain(client, orang):
    client.force_login(orang["admin"])
    html = client.get(reverse("organisasi:pengguna_kelola")).content.decode()
    assert "operator.a" in html and "operator.b" in html
    assert "admin.lain" not in html


def test_operator_tidak_dapat_mengubah_instansinya_lewat_post(client, orang, instansi_a):
    client.force_login(orang["operator_a"])
    url = reverse("organisasi:instansi_ubah", kwargs={"pk": instansi_a.pk})
    data = {"nama": "Diubah", "jenis": "kecamatan", "kode": "X", "singkatan": "", "aktif": "on"}
    assert client.post(url, data).status_code == 403
    instansi_a.refresh_from_db()
    assert instansi_a.nama == "Kecamatan Kalumpang"


def test_admin_tidak_dapat_menambah_instansi_ke_pemda_lain(client, orang, pemda):
    client.force_login(orang["admin_lain"])
    data = {"pemda": pemda.pk, "nama": "Titipan", "jenis": "dinas", "kode": "Z-1", "aktif": "on"}
    resp = client.post(reverse("organisasi:instansi_tambah"), data)
    assert resp.status_code == 200  # the form comes back with an error
    assert not pemda.instansi.filter(nama="Titipan").exists()


def test_admin_tidak_dapat_memberi_peran_di_instansi_pemda_lain(client, orang, pemda, instansi_lain):
    client.force_login(orang["admin"])
    url = reverse("organisasi:peran_tambah", kwargs={"pk": orang["operator_a"].pk})
    data = {"pemda": pemda.pk, "peran": "operator_instansi", "instansi": instansi_lain.pk}
    client.post(url, data)
    assert not Peran.objects.filter(user=orang["operator_a"], instansi=instansi_lain).exists()


def test_pengguna_nonaktif_tidak_melihat_apa_pun(client, orang):
    operator = orang["operator_a"]
    operator.is_active = False
    operator.save()
    client.force_login(operator)
    resp = client.get(reverse("organisasi:beranda"))
    assert resp.status_code == 302  # Django logs inactive users out


def test_admin_django_hanya_untuk_superuser(client, orang, django_user_model):
    admin_pemda = orang["admin"]
    admin_pemda.is_staff = True  # even a staff flag set by mistake does not open Django's admin
    admin_pemda.save()
    client.force_login(admin_pemda)
    assert client.get("/admin/organisasi/instansi/").status_code == 302
    client.force_login(django_user_model.objects.create_superuser("it", password="Sandi-IT-2024!"))
    assert client.get("/admin/organisasi/instansi/").status_code == 200


def test_tahun_tidak_sah_diberitahukan(client, orang):
    client.force_login(orang["operator_a"])
    html = client.get(reverse("organisasi:beranda"), {"tahun": "20x4"}).content.decode()
    assert "Tahun “20x4” tidak dapat dipakai" in html
    html = client.get(reverse("organisasi:beranda"), {"tahun": "2023"}).content.decode()
    assert "Status 2023" in html
