"""Readers: TXT, DOCX and PDF into the neutral structure."""

from __future__ import annotations

import pytest

from sakip.reviu.baca import BerkasTidakTerbaca, baca_dokumen
from sakip.reviu.baca.tata_letak import sel_baris
from sakip.reviu.baca.teks import baca_teks


def test_txt_tabel_lanjutan_digabung(referensi):
    dok = baca_dokumen(referensi / "lkj-kalumpang-2023.txt")
    (t,) = [t for t in dok.tabel if t.judul.startswith("Tabel 3.7 Realisasi Anggaran")]
    assert len(t.isi) == 32  # both page parts, the repeated header dropped
    assert t.isi[-1].sel[2] == "J U M L A H"
    assert t.kepala[1][5:8] == ["anggaran", "realisasi", "%"]


def test_txt_daftar_tabel_bukan_tabel(referensi):
    dok = baca_dokumen(referensi / "lkj-kalumpang-2023.txt")
    assert [d.nomor for d in dok.daftar if d.jenis == "tabel"][:4] == ["2.1", "2.2", "2.3", "2.4"]
    assert not any(t.lokasi.baris < 200 for t in dok.tabel)


def test_txt_keterangan_berurutan(referensi):
    dok = baca_dokumen(referensi / "lkj-kalumpang-2023.txt")
    nomor = [k.nomor for k in dok.keterangan if k.jenis == "tabel"]
    assert nomor.count("3.1") == 2 and nomor[:3] == ["2.1", "2.2", "2.3"]


def test_txt_baris_markdown():
    dok = baca_teks("Tabel 1.1 Anggaran\n\nNo\tProgram\tAnggaran\n1.\tProgram A\tRp. 10\n\n| 2. | Program B | Rp. | 20 |\n")
    (t,) = dok.tabel
    assert [b.sel[-1] for b in t.isi] == ["Rp. 10", "20"]


def test_sel_tata_letak_memisah_dua_angka_berspasi_satu():
    sel, x = sel_baris("   Penyediaan Jasa      2.807.870.000,00 2.807.870.000.00 100,00")
    assert sel == ["Penyediaan Jasa", "2.807.870.000,00", "2.807.870.000.00", "100,00"]
    assert x[0] == 3


def test_pdf_tabel_anggaran_lintas_halaman(data_nyata):
    dok = baca_dokumen(data_nyata / "cianjur-dkp-2015" / "lakip-2015.pdf")
    assert dok.jumlah_halaman == 56
    (t,) = [t for t in dok.tabel if t.lokasi.halaman == 50]
    program = [b for b in t.isi if any(s.startswith("Program") for s in b.sel)]
    # anggaran.csv has 10 program rows (numbered 1-8, 10, 11; no. 9 is a kegiatan)
    assert len(program) == 10
    assert {b.lokasi.halaman for b in t.isi} == {50, 51, 52, 53, 54}
    assert any("133.825.00,00" in b.sel for b in t.isi)


def test_docx(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Tabel 3.7 Realisasi Anggaran")
    t = d.add_table(rows=3, cols=4)
    for r, isi in enumerate([["Sub Kegiatan", "Anggaran", "Realisasi", "%"], ["A", "100", "50", "50,00"], ["B", "200", "", ""]]):
        for c, v in enumerate(isi):
            t.cell(r, c).text = v
    t.cell(2, 1).merge(t.cell(2, 3)).text = "200"
    d.add_paragraph("Realisasi anggaran Rp. 150 dari anggaran Rp. 300.")
    d.save(tmp_path / "lkj.docx")
    dok = baca_dokumen(tmp_path / "lkj.docx")
    (tab,) = dok.tabel
    assert tab.judul == "Tabel 3.7 Realisasi Anggaran"
    assert tab.isi[1].sel == ["B", "200"]  # merged cells appear once
    assert dok.paragraf[0].teks.startswith("Realisasi anggaran")


@pytest.mark.parametrize("nama,isi", [("rusak.pdf", b"bukan pdf"), ("rusak.docx", b"bukan docx"), ("lkj.odt", b"x")])
def test_berkas_tidak_terbaca(tmp_path, nama, isi):
    (tmp_path / nama).write_bytes(isi)
    with pytest.raises(BerkasTidakTerbaca):
        baca_dokumen(tmp_path / nama)


def test_angka_terlipat_dalam_sel_sempit():
    from sakip.reviu.baca.tata_letak import tabel_halaman

    baris = [
        "No   Uraian      Anggaran   Realisasi   %",
        "1    Belanja A   8.062.30   7.969.65    98,85",
        "     pegawai     0          0",
        "2    Belanja B   195.00     163.21      83,70",
        "                 0.000      3.591",
        "3    Belanja C   12.351     12.060      97,65",
        "                 .500       .950",
    ]
    (t,), _ = tabel_halaman(baris, 1)
    angka = [[s for s in b.sel if s[0].isdigit() and "." in s] for b in t.isi]
    assert angka == [["8.062.300", "7.969.650"], ["195.000.000", "163.213.591"], ["12.351.500", "12.060.950"]]


def test_baris_sejajar_tidak_disambung():
    from sakip.reviu.baca.tata_letak import tabel_halaman

    baris = [
        "No   Uraian      Anggaran   Realisasi   %",
        "1    Belanja A   100.000    50.000      50,00",
        "2    Belanja B   300.000    150.000     50,00",
    ]
    (t,), _ = tabel_halaman(baris, 1)
    assert [b.sel[2] for b in t.isi] == ["100.000", "300.000"]


# --- captions against references (the LKj sakip writes quotes source tables) ---------------

@pytest.mark.parametrize("baris", [
    "Tabel 3.7, Fasilitasi Penyusunan Peraturan Desa",
    "Tabel 3.3 dan 3.4, IKM tahun 2023",
    "Tabel 3.6 lawan Tabel 3.7, Penyusunan Dokumen",
    "Tabel 3.6: 15 Dok; Tabel 3.7: 11 Dok",
    "Tabel 3.3-3.7 disusun ulang",
    "Tabel 3.7 mencantumkan sub kegiatan Pengadaan Kendaraan",
    "Tabel 2.5 LKj. Alasan perubahan tidak disebutkan dalam LKj; tanggal pengesahan DPA juga",
])
def test_rujukan_bukan_judul_tabel(baris):
    from sakip.reviu.baca.keterangan import cocokkan

    assert cocokkan(baris) is None


@pytest.mark.parametrize(("baris", "nomor"), [
    ("Tabel 3.7 Realisasi Anggaran Kecamatan Kalumpang Tahun 2023", "3.7"),
    ("Tabel 2.1 Target RPJMD Kab. Hulu Sungai Selatan", "2.1"),
    ("Tabel L1.2 Program dan Anggaran Perjanjian Kinerja Perubahan Tahun 2023", "L1.2"),
    ("TABEL 3.1. Capaian IKU", "3.1"),
])
def test_judul_tabel(baris, nomor):
    from sakip.reviu.baca.keterangan import cocokkan

    assert cocokkan(baris)[1] == nomor


def test_kalimat_terpotong_sebelum_judul_bukan_nomor_ganda():
    from sakip.reviu.baca.keterangan import PengumpulKeterangan
    from sakip.reviu.model import Lokasi

    p = PengumpulKeterangan()
    for i, baris in enumerate(["Rincian sub kegiatan pendukung disajikan pada", "Tabel 3.3.",
                               "Tabel 3.3 Sub Kegiatan Pendukung Rasio Desa Maju"], start=1):
        p.baris(baris, Lokasi(halaman=22, baris=i))
    assert [(k.nomor, k.teks) for k in p.keterangan] == [("3.3", "Tabel 3.3 Sub Kegiatan Pendukung Rasio Desa Maju")]


def test_persen_terlipat_di_sekitar_baris_masuk_ke_barisnya():
    from sakip.reviu.baca.tata_letak import _sambung_persen_terlipat

    baris = ["7.01.02             Program Penyelenggaraan".ljust(93) + "100,00",
             "                    Pemerintahan dan Pelayanan                14.584.750      14.584.750",
             " " * 97 + "%"]
    sel_semua = [sel_baris(b) for b in baris]
    _sambung_persen_terlipat(sel_semua)
    assert sel_semua[1][0][-3:] == ["14.584.750", "14.584.750", "100,00 %"]
    assert "100,00" not in sel_semua[0][0] and sel_semua[2][0] == []


@pytest.mark.parametrize(("teks", "kode"), [
    ("7.01.01.2.01.0001", True),
    ("7.01.01.2.01.00077.01.01.2.02", True),
    ("7.01.01.2.09.0011,7.01.05.2.01.0001", True),
    ("2.807.870.000.00", False),
    ("1.458.000.000", False),
])
def test_kode_nomenklatur_bukan_angka(teks, kode):
    from sakip.reviu.baca.tata_letak import kode_nomenklatur

    assert kode_nomenklatur(teks) is kode
