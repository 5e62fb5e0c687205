"""In Chromium: the API docs page (Swagger UI from this site) renders every endpoint under the
Content-Security-Policy with no request to another host; the token screen shows the new secret."""

from __future__ import annotations

import os

from ..tangguh.test_csp_peramban import halaman, pytestmark  # noqa: F401 - Chromium page recording CSP violations


def test_dokumentasi_api_tanpa_pelanggaran_csp(halaman, live_server, orang, sandi, transactional_db):
    page, dari_luar = halaman, []
    page.on("request", lambda r: not r.url.startswith(live_server.url) and not r.url.startswith("data:") and dari_luar.append(r.url))
    page.goto(f"{live_server.url}/masuk/")
    page.get_by_label("Nama pengguna").fill("operator.a")
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{live_server.url}/")
    page.get_by_role("link", name="Token API").click()
    page.get_by_label("Nama token").fill("Uji peramban")
    page.get_by_role("button", name="Buat token").click()
    rahasia = page.input_value("#token-rahasia")
    assert rahasia.startswith("sakip_")
    os.makedirs("artefak/screenshots", exist_ok=True)
    page.screenshot(path="artefak/screenshots/api-token.png", full_page=True)
    page.goto(f"{live_server.url}/api/v1/dok/")
    page.wait_for_selector(".opblock-summary", timeout=20000)
    judul = page.locator(".opblock-summary-description").all_inner_texts()
    assert any("Simpan realisasi" in t for t in judul), judul
    page.screenshot(path="artefak/screenshots/api-dok.png")
    assert page.pelanggaran == [] and dari_luar == []
