"""The HTML page in a real browser: on a 390 px phone the page itself never scrolls
sideways; wide tables scroll inside their own box."""

from __future__ import annotations

import shutil

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not shutil.which(CHROMIUM):
        pytest.skip("chromium tidak terpasang")
    with playwright.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_ponsel_tanpa_gulir_samping_dan_tabel_lebar_bergulir(browser, html_bytes, tmp_path):
    jalur = tmp_path / "contoh.html"
    jalur.write_bytes(html_bytes)
    halaman = browser.new_page(viewport={"width": 390, "height": 844})
    permintaan_luar = []
    halaman.on("request", lambda r: r.url.startswith(("http", "ws")) and permintaan_luar.append(r.url))
    halaman.goto(jalur.as_uri())
    assert halaman.evaluate("document.documentElement.scrollWidth") <= 390
    lebar = halaman.evaluate("""() => [...document.querySelectorAll('.gulir')]
        .map(g => [g.scrollWidth, g.clientWidth])""")
    assert any(sw > cw for sw, cw in lebar), "tabel lebar harus bergulir di kotaknya sendiri"
    # following a TOC link lands on the heading
    halaman.click("nav.daftar-isi a[href='#h-9']")
    assert halaman.evaluate("location.hash") == "#h-9"
    assert permintaan_luar == []
    halaman.close()
