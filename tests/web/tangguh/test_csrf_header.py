"""CSRF on every POST, security headers, session cookies, password rules, no inline script/style."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404

import sakip.web

CONTOH_KONVERTER = {"int": "1", "str": "x", "slug": "x", "path": "x", "uuid": str(uuid.UUID(int=1)), "angka": "1", "tahun": "2023"}


def _contoh_regex(teks: str) -> str:
    """A URL matching a regex route (Django admin's): named groups replaced by samples."""
    hasil, i = [], 0
    while i < len(teks):
        if teks.startswith("(?P<", i):
            dalam, j = 1, teks.index(">", i) + 1
            awal = j
            while dalam:
                dalam += {"(": 1, ")": -1}.get(teks[j], 0)
                j += 1
            isi = teks[awal:j - 1]
            hasil.append("1" if "\\d" in isi else isi.split("|")[0] if re.fullmatch(r"[\w|]+", isi) else "x")
            i = j
        else:
            hasil.append(teks[i])
            i += 1
    return re.sub(r"^\^|\$$|\\Z$", "", "".join(hasil)).replace("\\", "")


def _contoh_rute(teks: str) -> str:
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: CONTOH_KONVERTER[m[1] or "str"], teks)


def semua_url(pola=None, awalan="/"):
    for p in pola if pola is not None else get_resolver().url_patterns:
        teks = str(p.pattern)
        bagian = _contoh_regex(teks) if teks.startswith("^") or "(?P<" in teks else _contoh_rute(teks)
        if isinstance(p, URLResolver):
            yield from semua_url(p.url_patterns, awalan + bagian)
        elif isinstance(p, URLPattern):
            yield awalan + bagian


@pytest.fixture
def penjaga(db, django_user_model, sandi):
    c = Client(enforce_csrf_checks=True)
    c.force_login(django_user_model.objects.create_superuser("akar", "", sandi))
    return c


def test_setiap_post_tanpa_token_csrf_ditolak(penjaga):
    diperiksa = []
    for url in semua_url():
        try:
            resolve(url)
        except Resolver404:
            assert url.startswith("/admin/"), f"contoh URL {url} tidak cocok dengan rutenya"
            continue
        if url.startswith("/api/"):
            r = penjaga.post(url, '{"x": "1"}', content_type="application/json")  # a form body would be 415 first
            # JSON API (DRF): a session without the CSRF token is refused before the method is even
            # looked at; the public OpenAPI document and docs page take no session and only GET.
            nama = resolve(url).url_name
            harap = {"skema": 405, "dok": 405, "tidak_ada": 404}.get(nama, 403)
            assert r.status_code == harap, f"POST {url} tanpa token: {r.status_code}"
            assert harap != 403 or "CSRF" in r.json()["galat"], r.content
        else:
            r = penjaga.post(url, {"x": "1"})
            assert r.status_code == 403 and 'data-galat="csrf"' in r.content.decode(), f"POST {url} tanpa token: {r.status_code}"
        diperiksa.append(url)
    ours = [u for u in diperiksa if not u.startswith("/admin/")]
    assert len(ours) >= 20 and any("unggah" in u for u in ours) and "/masuk/" in ours
    assert len(diperiksa) > len(ours)  # the admin's views too


def test_header_keamanan(client, db):
    r = client.get("/masuk/")
    csp = r["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "style-src-elem 'self'" in csp and "style-src-attr 'unsafe-inline'" in csp
    assert [d for d in csp.split("; ") if "unsafe" in d] == ["style-src-attr 'unsafe-inline'"]
    assert "frame-ancestors 'none'" in csp
    assert r["X-Frame-Options"] == "DENY"
    assert r["X-Content-Type-Options"] == "nosniff"
    assert r["Referrer-Policy"] == "same-origin"
    assert "camera=()" in r["Permissions-Policy"]


def test_kuki_sesi_httponly_lax_berakhir_saat_peramban_ditutup(client, orang, sandi, settings):
    r = client.post("/masuk/", {"username": "operator.a", "password": sandi})
    kuki = r.cookies[settings.SESSION_COOKIE_NAME]
    assert kuki["httponly"] and kuki["samesite"] == "Lax"
    assert not kuki["max-age"] and not kuki["expires"]  # a browser-session cookie
    assert client.session.get_expiry_age() == 8 * 60 * 60
    assert settings.CSRF_COOKIE_SAMESITE == "Lax"


@pytest.mark.parametrize("sandi_baru", ["pendek-1", "1234567890123", "password123", "operatora2024"])
def test_aturan_kata_sandi(sandi_baru, orang):
    with pytest.raises(ValidationError):
        validate_password(sandi_baru, user=orang["operator_a"])


def test_kata_sandi_yang_baik_diterima(orang):
    assert validate_password("Rawa-Kalumpang-Hijau-7", user=orang["operator_a"]) is None  # raises when refused


_SKRIP_SEBARIS = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
_GAYA = re.compile(r"<style\b|\son[a-z]+\s*=|javascript:", re.IGNORECASE)
"""``<style>`` elements, event-handler attributes, ``javascript:`` URLs (style attributes are allowed)."""


def test_templat_tanpa_skrip_atau_gaya_sebaris():
    """The CSP allows only files from this site: templates may not rely on inline code or style sheets."""
    akar = Path(sakip.web.__file__).parent
    salah = []
    for berkas in akar.rglob("*.html"):
        for n, baris in enumerate(berkas.read_text(encoding="utf-8").splitlines(), 1):
            if _SKRIP_SEBARIS.search(baris) or _GAYA.search(baris):
                salah.append(f"{berkas.relative_to(akar)}:{n}: {baris.strip()[:100]}")
    assert not salah, "skrip/gaya sebaris diblokir CSP:\n" + "\n".join(salah)


def test_halaman_terender_tanpa_skrip_atau_gaya_sebaris(orang, django_user_model, sandi, instansi_a):
    """Every page a superuser can open (Django admin's too, with its widgets) obeys the CSP."""
    c = Client()
    c.force_login(django_user_model.objects.create_superuser("akar", "", sandi))
    dibuka, salah = 0, []
    for url in semua_url():
        url = url.replace("/1/", f"/{instansi_a.pk}/")
        try:
            resolve(url)
        except Resolver404:
            continue
        r = c.get(url)
        if r.status_code != 200 or "text/html" not in r.get("Content-Type", ""):
            continue
        dibuka += 1
        html = r.content.decode()
        for pola in (_SKRIP_SEBARIS, _GAYA):
            for m in pola.finditer(html):
                salah.append(f"{url}: {html[max(0, m.start() - 40):m.end() + 40]!r}")
    assert dibuka >= 15
    assert not salah, "\n".join(salah[:20])
