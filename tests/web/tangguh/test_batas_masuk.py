"""Login throttling: per username and per IP, shared by every worker (the counter is a table)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db.models import F
from django.test import Client
from django.urls import reverse

from sakip.web.keamanan.models import PercobaanMasuk

pytestmark = pytest.mark.django_db

URL = reverse("organisasi:masuk")


def _masuk(client, username, password, ip="10.0.0.1"):
    return client.post(URL, {"username": username, "password": password}, REMOTE_ADDR=ip)


def _gagal(n, username="operator.a", ip="10.0.0.1", client=None):
    for _ in range(n):
        r = _masuk(client or Client(), username, "salah-sekali-123", ip)
        assert r.status_code == 200


def _mundur(menit):
    PercobaanMasuk.objects.update(waktu=F("waktu") - dt.timedelta(minutes=menit))


def test_lima_gagal_mengunci_meski_sandi_benar_lalu_terbuka_setelah_15_menit(orang, sandi):
    _gagal(5)
    r = _masuk(Client(), "operator.a", sandi)
    html = r.content.decode()
    assert r.status_code == 200 and "Terlalu banyak percobaan masuk" in html and "Coba lagi setelah pukul" in html
    assert "menit lagi" in html
    assert "_auth_user_id" not in Client().session
    _mundur(14)
    assert "Terlalu banyak" in _masuk(Client(), "operator.a", sandi).content.decode()
    _mundur(2)
    assert _masuk(Client(), "operator.a", sandi).status_code == 302


def test_dua_pekerja_berbagi_hitungan(orang, sandi):
    """Two clients (as two gunicorn workers would be) add to one counter."""
    satu, dua = Client(), Client()
    _gagal(3, client=satu)
    _gagal(2, client=dua)
    assert "Terlalu banyak" in _masuk(satu, "operator.a", sandi).content.decode()
    assert "Terlalu banyak" in _masuk(dua, "operator.a", sandi).content.decode()


def test_pesan_sama_untuk_pengguna_yang_tidak_ada(orang):
    _gagal(5, username="operator.a")
    _gagal(5, username="tidak.ada", ip="10.0.0.2")
    ada = _masuk(Client(), "operator.a", "x", "10.0.0.3").content.decode()
    tidak = _masuk(Client(), "tidak.ada", "x", "10.0.0.4").content.decode()
    assert "Terlalu banyak" in ada and "Terlalu banyak" in tidak
    _, _, sisa_ada = ada.partition("Terlalu banyak")
    _, _, sisa_tidak = tidak.partition("Terlalu banyak")
    assert sisa_ada[:120] == sisa_tidak[:120]


def test_berhasil_mengatur_ulang_hitungan_pengguna(orang, sandi):
    _gagal(4)
    assert _masuk(Client(), "operator.a", sandi).status_code == 302
    _gagal(4)
    assert _masuk(Client(), "operator.a", sandi).status_code == 302


def test_nama_pengguna_tanpa_beda_huruf_besar(orang, sandi):
    _gagal(3, username="Operator.A")
    _gagal(2, username=" operator.a ")
    assert "Terlalu banyak" in _masuk(Client(), "operator.a", sandi).content.decode()


def test_satu_ip_menebak_banyak_pengguna_dikunci(orang, sandi, settings):
    settings.SAKIP_BATAS_MASUK = {**settings.SAKIP_BATAS_MASUK, "per_ip": 6}
    for i in range(6):
        _gagal(1, username=f"tebakan{i}", ip="10.9.9.9")
    assert "Terlalu banyak" in _masuk(Client(), "operator.a", sandi, ip="10.9.9.9").content.decode()
    assert _masuk(Client(), "operator.a", sandi, ip="10.1.1.1").status_code == 302  # other offices unaffected


def test_percobaan_saat_terkunci_tidak_memperpanjang_kunci(orang, sandi):
    _gagal(5)
    _mundur(10)
    _gagal(5)  # refused while locked: logged as "ditolak", not as failures
    assert PercobaanMasuk.objects.filter(hasil="ditolak").count() == 5
    _mundur(6)
    assert _masuk(Client(), "operator.a", sandi).status_code == 302


def test_percobaan_dicatat_di_log(orang, sandi, caplog):
    with caplog.at_level("INFO", logger="sakip.keamanan"):
        _gagal(1)
        _masuk(Client(), "operator.a", sandi)
    teks = caplog.text
    assert "gagal: pengguna='operator.a' ip=10.0.0.1" in teks and "berhasil" in teks
    assert list(PercobaanMasuk.objects.order_by("waktu", "pk").values_list("hasil", flat=True)) == ["gagal", "berhasil"]


def test_alamat_dari_proksi_lokal(orang):
    c = Client()
    c.post(URL, {"username": "operator.a", "password": "x"}, REMOTE_ADDR="127.0.0.1",
           HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7")
    c.post(URL, {"username": "operator.a", "password": "x"}, REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="9.9.9.9")
    assert list(PercobaanMasuk.objects.order_by("pk").values_list("ip", flat=True)) == ["198.51.100.7", "203.0.113.5"]


def test_admin_django_juga_dibatasi(orang, sandi, django_user_model):
    django_user_model.objects.create_superuser("akar", "", sandi)
    url = reverse("admin:login")
    for _ in range(5):
        Client().post(url, {"username": "akar", "password": "salah", "next": "/admin/"})
    r = Client().post(url, {"username": "akar", "password": sandi, "next": "/admin/"})
    assert r.status_code == 200 and "Terlalu banyak" in r.content.decode()
