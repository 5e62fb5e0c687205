"""In Chromium: our pages and the Django admin work under the Content-Security-Policy
(no violation reported, styles applied, the confirm-before-submit script runs)."""

from __future__ import annotations

import os
import shutil

import pytest
from django.urls import reverse

CHROMIUM = "/usr/bin/chromium"
ARGUMEN = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.lambat,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK) and shutil.which("chromium") is None, reason="Chromium tidak ditemukan"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="paket playwright belum terpasang")


@pytest.fixture
def halaman(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGUMEN)
        page = browser.new_page()
        page.pelanggaran = []
        page.on("console", lambda m: "Content Security Policy" in m.text and page.pelanggaran.append(m.text))
        yield page
        browser.close()


def test_halaman_dan_admin_tanpa_pelanggaran_csp(halaman, live_server, orang, sandi, django_user_model, transactional_db):
    page = halaman
    page.goto(f"{live_server.url}/masuk/")
    assert page.evaluate("getComputedStyle(document.querySelector('.kepala')).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.get_by_label("Nama pengguna").fill("admin")
    page.get_by_label("Kata sandi").fill(sandi)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(f"{live_server.url}/")
    page.goto(live_server.url + reverse("organisasi:pengguna_ubah", args=[orang["operator_a"].pk]))
    pesan = []
    page.on("dialog", lambda d: (pesan.append(d.message), d.dismiss()))
    page.get_by_role("button", name="Cabut").first.click()
    assert pesan == ["Cabut peran ini?"]
    assert orang["operator_a"].daftar_peran.count() == 1  # dismissed: nothing sent
    django_user_model.objects.create_superuser("akar", "", sandi)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "akar")
    page.fill("#id_password", sandi)
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/auth/user/add/")
    page.goto(f"{live_server.url}/admin/organisasi/instansi/")
    assert page.pelanggaran == []
    with pytest.raises(sync_api.Error):  # and the policy is really enforced: inline code is refused
        page.add_script_tag(content="document.title = 'disuntik'")
    assert page.title() != "disuntik" and page.pelanggaran
