"""API tokens: made on the account screen (secret shown once, only its SHA-256 kept), sent as
``Token`` or ``Bearer``, refused with 401 when unknown, revoked or owned by an inactive user."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from sakip.web.api import services
from sakip.web.api.models import TokenApi

from .conftest import KlienApi, url

pytestmark = pytest.mark.django_db


def test_layar_membuat_token_rahasia_tampil_sekali(client, orang):
    client.force_login(orang["pembaca_a"])
    r = client.post(reverse("akun:token_kelola"), {"nama": "Skrip rekap"})
    assert r.status_code == 200 and "no-store" in r["Cache-Control"]
    rahasia = r.context["rahasia"]
    html = r.content.decode()
    assert rahasia in html and "hanya ditampilkan sekali" in html
    t = TokenApi.objects.get()
    assert t.user == orang["pembaca_a"] and t.nama == "Skrip rekap"
    assert t.sidik == hashlib.sha256(rahasia.encode()).hexdigest() and rahasia.startswith(t.awalan)
    assert rahasia not in {getattr(t, f.attname) for f in TokenApi._meta.concrete_fields}  # never in clear
    halaman = client.get(reverse("akun:token_kelola")).content.decode()
    assert rahasia not in halaman and t.awalan in halaman and "Skrip rekap" in halaman
    assert KlienApi(rahasia).get(url("saya")).json()["username"] == "pembaca.a"


def test_layar_nama_wajib(client, orang):
    client.force_login(orang["pembaca_a"])
    r = client.post(reverse("akun:token_kelola"), {"nama": "  "})
    assert r.status_code == 400 and not TokenApi.objects.exists()


def test_layar_mencabut_token(client, orang):
    token, rahasia = services.token_buat(user=orang["operator_a"], nama="Aplikasi Bappeda")
    client.force_login(orang["operator_a"])
    r = client.post(reverse("akun:token_cabut", args=[token.pk]), follow=True)
    assert "dicabut" in r.content.decode()
    token.refresh_from_db()
    assert token.dicabut_pada is not None
    r = KlienApi(rahasia).get(url("saya"))
    assert r.status_code == 401 and "dicabut" in r.json()["galat"]


def test_token_orang_lain_tidak_dapat_dicabut(client, orang):
    token, rahasia = services.token_buat(user=orang["operator_a"], nama="milik A")
    client.force_login(orang["admin"])
    assert client.post(reverse("akun:token_cabut", args=[token.pk])).status_code == 404
    assert "milik A" not in client.get(reverse("akun:token_kelola")).content.decode()
    assert KlienApi(rahasia).get(url("saya")).status_code == 200


def test_layar_perlu_masuk(client):
    r = client.get(reverse("akun:token_kelola"))
    assert r.status_code == 302 and "/masuk/" in r["Location"]


@pytest.mark.parametrize("skema", ["Token", "Bearer", "token", "bearer"])
def test_skema_token_dan_bearer(orang, skema):
    _, rahasia = services.token_buat(user=orang["reviewer"], nama="x")
    r = KlienApi(rahasia, skema=skema).get(url("saya"))
    assert r.status_code == 200
    assert r.json()["token"] == rahasia[: services.PANJANG_AWALAN]


@pytest.mark.parametrize("kepala", ["Token", "Token a b", "Token sakip_tidakada", "Bearer \u00e9", "Token " + "x" * 5000])
def test_token_tidak_sah_401(db, kepala):
    r = KlienApi().get(url("saya"), HTTP_AUTHORIZATION=kepala)
    assert r.status_code == 401 and r.json()["galat"]
    assert r["WWW-Authenticate"] == 'Token realm="api"'


def test_pengguna_nonaktif_ditolak(orang):
    _, rahasia = services.token_buat(user=orang["operator_a"], nama="x")
    orang["operator_a"].is_active = False
    orang["operator_a"].save()
    r = KlienApi(rahasia).get(url("instansi_list"))
    assert r.status_code == 401 and "tidak aktif" in r.json()["galat"]


def test_terakhir_dipakai_dicatat(orang):
    token, rahasia = services.token_buat(user=orang["reviewer"], nama="x")
    assert token.terakhir_dipakai is None
    KlienApi(rahasia).get(url("saya"))
    token.refresh_from_db()
    assert token.terakhir_dipakai is not None


def test_sesi_peramban_boleh_membaca_tetapi_menulis_perlu_csrf(orang, tk_a):
    from django.test import Client

    from .conftest import url_tk

    klien = Client(enforce_csrf_checks=True)
    klien.force_login(orang["operator_a"])
    assert klien.get(url_tk("realisasi_detail", tk_a, "IKU-1", 2023)).status_code == 200
    r = klien.put(url_tk("realisasi_detail", tk_a, "IKU-1", 2023), '{"versi": 1, "nilai": "8:9"}', content_type="application/json")
    assert r.status_code == 403 and "CSRF" in r.json()["galat"]
    assert tk_a.versi == type(tk_a).objects.get(pk=tk_a.pk).versi


def test_batas_token_aktif(orang):
    from django.core.exceptions import ValidationError

    for i in range(services.BATAS_TOKEN_AKTIF):
        services.token_buat(user=orang["reviewer"], nama=f"t{i}")
    with pytest.raises(ValidationError, match="Paling banyak"):
        services.token_buat(user=orang["reviewer"], nama="satu lagi")
