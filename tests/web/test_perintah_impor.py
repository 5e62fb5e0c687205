"""``sakip impor``: a data file into the web database from the command line, as an operator would run it.

Every step is a separate process against a copy of the seeded workspace (fixture ``ruang_kerja``:
SQLite, or PostgreSQL with ``SAKIP_TEST_DB=postgres``); the database is compared row by row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ruang_kerja import tabel_beda
from sakip.berkas import BerkasData, ke_data, ke_yaml
from sakip.web.kinerja.contoh import kalumpang_2023

pytestmark = pytest.mark.lambat

TUJUAN = ("--instansi", "KEC-KALUMPANG", "--tahun", "2023", "--oleh", "operator.kalumpang")


def _yaml_berubah(tmp_path: Path) -> Path:
    d = ke_data(kalumpang_2023())
    d["renstra"]["tujuan"][0]["sasaran"][1]["indikator"][0]["nama"] += " (diperbarui)"
    del d["realisasi"][1]
    path = tmp_path / "kalumpang-2023.yaml"
    path.write_text(ke_yaml(BerkasData.model_validate(d)), encoding="utf-8")
    return path


def _impor(ruang, berkas, *tambahan, kode=0):
    return ruang.sakip("impor", berkas, *TUJUAN, "--data", ruang.data, *tambahan, kode=kode)


def test_coba_lalu_terapkan_dengan_ringkasan_dan_riwayat_jalur_cli(ruang_kerja, tmp_path):
    berkas = _yaml_berubah(tmp_path)
    awal = ruang_kerja.isi()

    coba = _impor(ruang_kerja, berkas, "--coba")
    assert "Uji coba (--coba): 0 ditambah, 1 diubah, 1 dihapus bila diterapkan; tidak ada yang disimpan." in coba.teks
    assert "dihapus — Realisasi: IKU-1 tahun 2022" in coba.teks
    assert tabel_beda(awal, ruang_kerja.isi()) == []

    r = _impor(ruang_kerja, berkas)
    assert "Kecamatan Kalumpang tahun 2023, dari kalumpang-2023.yaml atas nama operator.kalumpang" in r.teks
    assert "Diterapkan: 0 ditambah, 1 diubah, 1 dihapus (versi data 1 → 2)." in r.teks
    for bagian in ("Indikator", "Realisasi"):
        assert bagian in r.stdout
    akhir = ruang_kerja.isi()
    assert tabel_beda(awal, akhir) == ["kinerja.indikator", "kinerja.realisasi", "kinerja.tahunkinerja", "riwayat.riwayat"]
    baru = [x["fields"] for x in akhir["riwayat.riwayat"] if x not in awal["riwayat.riwayat"]]
    assert baru and {(x["jalur"], x["nama_pengguna"]) for x in baru} == {("cli", "Operator Kecamatan Kalumpang (operator.kalumpang)")}

    lagi = _impor(ruang_kerja, berkas)
    assert "tidak ada yang berubah" in lagi.teks
    assert tabel_beda(akhir, ruang_kerja.isi()) == []


def test_buku_kerja_salah_disebut_lembar_baris_kolom_seperti_periksa(ruang_kerja, tmp_path):
    import openpyxl

    from sakip.berkas.xlsx import tulis_xlsx

    berkas = tmp_path / "kalumpang-2023.xlsx"
    tulis_xlsx(kalumpang_2023(), berkas)
    wb = openpyxl.load_workbook(berkas)
    wb["Anggaran"]["B3"] = "satu setengah juta"
    wb.save(berkas)
    awal = ruang_kerja.isi()

    r = _impor(ruang_kerja, berkas, kode=2)
    periksa = ruang_kerja.sakip("periksa", berkas, kode=2)
    assert "Berkas kalumpang-2023.xlsx tidak sah: 1 kesalahan. Tidak ada yang disimpan." in r.teks
    (baris,) = [b for b in periksa.stdout.splitlines() if "satu setengah juta" in b]
    assert "lembar 'Anggaran', kolom 'Pagu Murni' (B)" in baris and "bukan angka" in baris and baris in r.stdout  # the same row as `sakip periksa`
    assert tabel_beda(awal, ruang_kerja.isi()) == []


def test_tahun_terkunci_ditolak_dengan_kode_keluar_1(ruang_kerja, tmp_path):
    berkas = _yaml_berubah(tmp_path)
    ruang_kerja.pembantu("ajukan")
    awal = ruang_kerja.isi()
    for opsi in ((), ("--coba",)):
        r = _impor(ruang_kerja, berkas, *opsi, kode=1)
        assert "Impor ditolak: Data kinerja Kecamatan Kalumpang tahun 2023 sudah diajukan untuk direviu dan terkunci; " \
               "tidak ada yang diubah." in r.teks
    assert tabel_beda(awal, ruang_kerja.isi()) == []


@pytest.mark.parametrize("ubah, pesan", [
    ({"--instansi": "TIDAK-ADA"}, "Impor dibatalkan: Instansi berkode “TIDAK-ADA” tidak ditemukan."),
    ({"--pemda": "63.99"}, "Impor dibatalkan: Instansi berkode “KEC-KALUMPANG” di Pemda berkode 63.99 tidak ditemukan."),
    ({"--oleh": "operator.disdik"}, "Impor dibatalkan: Pengguna “operator.disdik” tidak berwenang mengubah data kinerja Kecamatan Kalumpang."),
    ({"--oleh": "siapa"}, "Impor dibatalkan: Pengguna “siapa” tidak ditemukan atau tidak aktif."),
    ({"--tahun": "2022"}, "tidak sah: 1 kesalahan. Tidak ada yang disimpan."),
], ids=["instansi", "pemda", "tak-berwenang", "pengguna", "tahun-lain"])
def test_tujuan_salah_ditolak_tanpa_menyimpan(ruang_kerja, tmp_path, ubah, pesan):
    berkas = _yaml_berubah(tmp_path)
    opsi = dict(zip(TUJUAN[::2], TUJUAN[1::2], strict=True)) | ubah
    awal = ruang_kerja.isi()
    r = ruang_kerja.sakip("impor", berkas, *[x for k, v in opsi.items() for x in (k, v)], "--data", ruang_kerja.data, kode=2)
    assert pesan in r.teks
    if "--tahun" in ubah:
        assert "berkas ini untuk tahun 2023, bukan 2022" in r.stdout
    assert tabel_beda(awal, ruang_kerja.isi()) == []
