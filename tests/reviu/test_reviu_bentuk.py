"""The same LKj as TXT, DOCX and a LibreOffice PDF (wrapped cells) gives the same findings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sakip.reviu import reviu_berkas
from tests.reviu.conftest import cari

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module", params=["lkj-kalumpang-2023.docx", "lkj-kalumpang-2023-libreoffice.pdf"])
def hasil(request):
    if request.param.endswith(".pdf") and shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) tidak terpasang")
    return reviu_berkas(DATA / request.param)


def test_temuan_hitungan_sama(hasil):
    assert cari(hasil, "RV-PRS-01", tertulis="99,85")
    (t,) = cari(hasil, "RV-JML-01", tertulis="2.635.415.421")
    assert t.seharusnya == "2.635.415.921"
    assert {x.tertulis.split(" (")[0] for x in cari(hasil, "RV-NOM-01")} == {
        "Tabel 3.1", "Tabel 3.4", "Tabel 3.5", "Tabel 3.6", "Tabel 3.7"}
    assert cari(hasil, "RV-SAT-01", tertulis="1,05%")
    assert cari(hasil, "RV-CAP-05", tertulis="350%")


def test_angka_terlipat_tidak_dilaporkan_sebagai_angka_tidak_sah(hasil):
    # "8.062.30" / "0" wrapped in a narrow cell is one figure, not a malformed one
    assert not cari(hasil, "RV-ANG-01")
    assert len(cari(hasil, "RV-PRS-01")) == 1


def test_docx_setara_txt(kalumpang):
    txt = kalumpang
    docx = reviu_berkas(DATA / "lkj-kalumpang-2023.docx")
    assert {(t.kode, t.tertulis) for t in txt.temuan} == {(t.kode, t.tertulis) for t in docx.temuan}
