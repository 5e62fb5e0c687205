"""Every upload path checks size, extension and content, and a hostile file gives a message, never a 500."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.web.kinerja import models as m

pytestmark = pytest.mark.django_db


def _bom_zip() -> bytes:
    """A zip shaped like a workbook whose one sheet inflates to 60 MB (a few dozen KB on disk)."""
    keluaran = io.BytesIO()
    with zipfile.ZipFile(keluaran, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (60 * 1024 * 1024) + b"</a>")
    return keluaran.getvalue()


@pytest.fixture
def operator(client, orang, sandi):
    assert client.login(username="operator.a", password=sandi)
    return client


def _unggah(client, instansi, nama, isi):
    url = reverse("kinerja:unggahan_tambah", kwargs={"pk": instansi.pk, "tahun": 2023})
    return client.post(url, {"berkas": SimpleUploadedFile(nama, isi)}, follow=True)


@pytest.mark.parametrize("nama, isi, pesan", [
    ("data.xlsx", b"ini bukan zip sama sekali", "bukan buku kerja Excel"),
    ("data.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "bukan buku kerja Excel"),
    ("data.yaml", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj", "bukan berkas data YAML"),
    ("data.yaml", b"profil:\x00\x00\x01", "bukan berkas data YAML"),
    ("data.yaml", "profil: x\n".encode("utf-16"), "bukan berkas data YAML"),
    ("data.exe", b"MZ\x90\x00", "bukan keduanya"),
    ("data", b"profil: x", "bukan keduanya"),
    ("data.xlsx", b"", "kosong"),
])
def test_berkas_asing_ditolak_saat_unggah(operator, instansi_a, nama, isi, pesan):
    r = _unggah(operator, instansi_a, nama, isi)
    assert r.status_code == 200 and pesan in r.content.decode()
    assert not m.Unggahan.objects.exists()


@pytest.mark.parametrize("nama, isi, pesan", [
    ("bom.xlsx", _bom_zip(), "bom zip"),
    ("terpotong.xlsx", _bom_zip()[:2000], "bukan buku kerja Excel"),
    ("data.yaml", b"profil: [tidak ditutup\n", "belum dapat diterapkan"),
    ("data.yaml", b"a: &a [*a, *a, *a]\nb: !!python/object/apply:os.system ['true']\n", "belum dapat diterapkan"),
])
def test_berkas_rusak_diberi_pesan_di_pratinjau(operator, instansi_a, nama, isi, pesan):
    r = _unggah(operator, instansi_a, nama, isi)
    html = r.content.decode()
    assert r.status_code == 200 and r.redirect_chain, html[:500]
    assert pesan.lower() in html.lower() and "Terapkan semua" not in html


def test_unggahan_terlalu_besar_ditolak_dari_panjang_permintaan(operator, instansi_a):
    url = reverse("kinerja:unggahan_tambah", kwargs={"pk": instansi_a.pk, "tahun": 2023})
    r = operator.post(url, {"berkas": SimpleUploadedFile("besar.xlsx", b"PK\x03\x04" + bytes(11 * 1024 * 1024))})
    assert r.status_code == 200 and "terlalu besar" in r.content.decode()
    assert not m.Unggahan.objects.exists()


@pytest.mark.parametrize("nama, isi, pesan", [
    ("foto.jpg", b"%PDF-1.4 bukan gambar", "tidak sesuai dengan jenis .jpg"),
    ("notulen.pdf", b"MZ\x90\x00 program", "tidak sesuai dengan jenis .pdf"),
    ("skrip.html", b"<script>alert(1)</script>", "tidak diterima"),
    ("data.xlsx", b"bukan zip", "tidak sesuai dengan jenis .xlsx"),
])
def test_bukti_realisasi_asing_ditolak(operator, instansi_a, orang, kalumpang, nama, isi, pesan):
    """Evidence uploads (app entri) check extension, size and magic bytes too: a message, never a 500."""
    from sakip.web.kinerja.services import berkas_simpan

    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang, oleh=orang["operator_a"])
    url = reverse("entri:bukti_tambah", kwargs={"pk": instansi_a.pk, "tahun": 2023, "kode": "IKU-1", "th": 2023})
    r = operator.post(url, {"berkas": SimpleUploadedFile(nama, isi)}, follow=True)
    assert r.status_code == 200 and pesan in r.content.decode()
    assert not m.BuktiRealisasi.objects.exclude(berkas="").exists()
