"""Shared fixtures: the ~40-page sample document, rendered once per test session."""

from __future__ import annotations

import pytest

from sakip.reports import render
from sakip.reports.contoh import dokumen_contoh


@pytest.fixture(scope="session")
def dokumen():
    return dokumen_contoh(halaman=40)


@pytest.fixture(scope="session")
def pdf_bytes(dokumen) -> bytes:
    return render(dokumen, "pdf")


@pytest.fixture(scope="session")
def docx_bytes(dokumen) -> bytes:
    return render(dokumen, "docx")


@pytest.fixture(scope="session")
def html_bytes(dokumen) -> bytes:
    return render(dokumen, "html")


@pytest.fixture(scope="session")
def pdf_path(pdf_bytes, tmp_path_factory):
    jalur = tmp_path_factory.mktemp("pdf") / "contoh.pdf"
    jalur.write_bytes(pdf_bytes)
    return jalur
