"""Reviu results of the two real documents, computed once per session."""

from __future__ import annotations

import pytest

from sakip.reviu import reviu_berkas


@pytest.fixture(scope="session")
def kalumpang(referensi):
    return reviu_berkas(referensi / "lkj-kalumpang-2023.txt")


@pytest.fixture(scope="session")
def cianjur(data_nyata):
    import shutil

    if shutil.which("pdftotext") is None:  # scripts/siapkan installs poppler-utils
        pytest.skip("pdftotext (poppler-utils) tidak terpasang")
    return reviu_berkas(data_nyata / "cianjur-dkp-2015" / "lakip-2015.pdf")


def cari(hasil, kode: str, *, tertulis: str | None = None, teks: str | None = None):
    """Findings of ``kode`` whose tertulis/pesan contains the given text."""
    return [
        t
        for t in hasil.temuan
        if t.kode == kode
        and (tertulis is None or tertulis in t.tertulis)
        and (teks is None or teks in t.pesan or teks in t.lokasi)
    ]
