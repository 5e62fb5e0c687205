"""In Chromium: the API docs page (Swagger UI from this site) renders every endpoint under the
Content-Security-Policy, and a token made on the account screen works from it."""

from __future__ import annotations

import os
import shutil

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGUMEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.lambat,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and shutil.which("chromium") is None, reason="Chromium tidak ditemukan"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")


def test_dokumentasi_api_tanpa_pelanggaran_csp(live_server, orang, sandi, transactional_db, monkeypatch, tmp_path):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN)
        page = browser.new_page()
        pelanggaran, dari_luar = [], []
        page.on("console", lambda m: "Content Security Policy" in m.text and pelanggaran.append(m.text))
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
        assert pelanggaran == [] and dari_luar == []
        browser.close()
