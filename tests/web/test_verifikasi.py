"""``sakip verifikasi``: the signed LKj file matches; a changed copy or an unsigned draft does not."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sakip.cli import app
from sakip.web.dokumen.services import dokumen_susun, folder_dokumen
from sakip.web.kinerja.services_alur import status_ubah

pytestmark = [pytest.mark.django_db, pytest.mark.lambat]


@pytest.fixture
def disahkan(orang, instansi_a):
    from web.entri.conftest import CONTOH

    from sakip.berkas import baca
    from sakip.web.kinerja.models import TahunKinerja
    from sakip.web.kinerja.services import berkas_simpan

    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=baca(CONTOH))
    tk = TahunKinerja.objects.get(instansi=instansi_a, tahun=2023)
    for siapa, t in (("operator_a", "ajukan"), ("reviewer", "reviu"), ("pimpinan_a", "sahkan")):
        status_ubah(objek=tk, transisi=t, oleh=orang[siapa])
    return tk


def _jalankan(*args):
    return CliRunner().invoke(app, ["verifikasi", *map(str, args)])


def test_verifikasi_lkj_yang_disahkan(disahkan, tmp_path):
    sah = disahkan.dokumen.get(disahkan_pada__isnull=False)
    asli = tmp_path / "LKj.pdf"
    asli.write_bytes((folder_dokumen() / sah.berkas["pdf"]["path"]).read_bytes())
    hasil = _jalankan(asli)
    assert hasil.exit_code == 0, hasil.output
    assert "COCOK:" in hasil.output and "TIDAK COCOK" not in hasil.output
    teks = " ".join(hasil.output.split())  # rich wraps long lines
    assert "disahkan oleh Pimpinan.A" in teks and "Laporan Kinerja (LKj) Kecamatan Kalumpang tahun 2023 (PDF)" in teks
    assert "Rantai sidik riwayat perubahan tahun ini utuh" in teks

    ubah = tmp_path / "LKj-diubah.pdf"
    ubah.write_bytes(asli.read_bytes() + b"\n% satu bita berubah")
    hasil = _jalankan(ubah)
    assert hasil.exit_code == 1 and "TIDAK COCOK" in hasil.output


def test_verifikasi_draf_bukan_yang_disahkan(disahkan, tmp_path):
    draf = dokumen_susun(tahun_kinerja=disahkan, jenis="pk-murni")
    salinan = tmp_path / "PK.docx"
    salinan.write_bytes((folder_dokumen() / draf.berkas["docx"]["path"]).read_bytes())
    hasil = _jalankan(salinan)
    assert hasil.exit_code == 1 and "BUKAN DOKUMEN YANG DISAHKAN" in hasil.output


def test_verifikasi_berkas_tidak_ada(tmp_path):
    hasil = _jalankan(tmp_path / "tidak-ada.pdf")
    assert hasil.exit_code == 2 and "tidak ditemukan" in hasil.output
