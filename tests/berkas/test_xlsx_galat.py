"""A workbook with mistakes: every problem at once, each on its sheet, row and column, in Indonesian."""

from __future__ import annotations

import openpyxl
import pytest

from sakip.berkas import BerkasTidakSah
from sakip.berkas.xlsx import baca_xlsx


def _ubah(path, ubah):
    buku = openpyxl.load_workbook(path)
    ubah(buku)
    buku.save(path)


def _masalah(path, ubah=None):
    if ubah is not None:
        _ubah(path, ubah)
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(path)
    assert e.value.sumber == str(path)
    return e.value.masalah


def _satu(path, ubah):
    (m,) = _masalah(path, ubah)
    return m


def test_pagu_salah_tulis(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Anggaran"].__setitem__("B3", "133.825.00,00"))
    assert (m.lembar, m.baris, m.kolom, m.nilai) == ("Anggaran", 3, "'Pagu Murni' (B)", "133.825.00,00")
    assert "pemisah ribuan '.' tidak beraturan" in m.pesan
    assert str(m).startswith("lembar 'Anggaran', baris 3, kolom 'Pagu Murni' (B): pemisah ribuan")


def test_kode_indikator_tidak_dikenal_di_realisasi(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Realisasi"].__setitem__("A3", "IKU-9"))
    assert (m.lembar, m.baris, m.kolom, m.nilai) == ("Realisasi", 3, "'Indikator' (A)", "IKU-9")
    assert m.pesan == "kode indikator 'IKU-9' tidak dikenal"


def test_lembar_wajib_hilang(buku_kaya):
    m = _satu(buku_kaya, lambda b: b.remove(b["Renstra"]))
    assert m.lembar == "Renstra" and m.baris is None
    assert m.pesan == "lembar wajib 'Renstra' tidak ada"


def test_kolom_tambahan_tidak_dikenal(buku_kaya):
    def ubah(b):
        b["Realisasi"]["M1"] = "Catatn"
        b["Realisasi"]["M2"] = "isi yang akan hilang"

    m = _satu(buku_kaya, ubah)
    assert (m.lembar, m.baris, m.kolom, m.nilai) == ("Realisasi", 1, "'Catatn' (M)", "Catatn")
    assert m.pesan.startswith("judul kolom tidak dikenal (yang dikenal: Indikator, Tahun, TW1")


def test_lembar_tidak_dikenal_dengan_saran(buku_kaya):
    def ubah(b):
        b["Realisasi"].title = "Realisasii"

    masalah = _masalah(buku_kaya, ubah)
    assert masalah[0].lembar == "Realisasii"
    assert masalah[0].pesan == "lembar 'Realisasii' tidak dikenal; mungkin maksudnya 'Realisasi'?"


def test_isian_tanpa_judul_kolom(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Prestasi"].__setitem__("F2", "catatan"))
    assert (m.lembar, m.baris, m.kolom, m.pesan) == ("Prestasi", 2, "F", "ada isian di kolom tanpa judul")


def test_teks_di_kolom_angka(buku_kaya):
    def ubah(b):
        b["Realisasi"]["B2"] = "duaribu"
        b["Anggaran"]["C2"] = "sembilan juta"
        b["Renstra"]["B2"] = 2019.5

    masalah = {(m.lembar, m.baris, m.kolom): m for m in _masalah(buku_kaya, ubah)}
    assert masalah[("Realisasi", 2, "'Tahun' (B)")].pesan == "harus bilangan bulat, mis. 2023"
    assert masalah[("Realisasi", 2, "'Tahun' (B)")].nilai == "duaribu"
    assert masalah[("Anggaran", 2, "'Pagu Perubahan' (C)")].nilai == "sembilan juta"
    assert masalah[("Renstra", 2, "'Nilai' (B), isian 'Tahun awal'")].pesan == "harus bilangan bulat, mis. 2023"
    assert len(masalah) == 3


def test_kode_ganda(buku_kaya):
    def ubah(b):
        b["Indikator"]["A5"] = "IKU-1"  # IKU-2 becomes a second IKU-1
        b["Anggaran"]["A3"] = "7.01.06.2.01.0001"

    masalah = _masalah(buku_kaya, ubah)
    ganda = next(m for m in masalah if m.jenis == "kode_ganda")
    assert (ganda.lembar, ganda.baris, ganda.kolom) == ("Indikator", 5, "'Kode' (A)")
    assert ganda.pesan == "kode tujuan/sasaran/indikator 'IKU-1' sudah dipakai di lembar 'Indikator' baris 3"
    anggaran = next(m for m in masalah if m.lembar == "Anggaran")
    assert anggaran.baris == 3
    assert anggaran.pesan.endswith("sudah ada di lembar 'Anggaran' baris 2")


def test_semua_masalah_sekaligus_dan_berurutan(buku_kaya):
    def ubah(b):
        b["Profil"]["B3"] = None  # Nama instansi
        b["Profil"]["B4"] = "desa"
        b["PK"]["D2"] = "kemarin"
        b["Indikator"]["F3"] = "naik"
        b["Indikator"]["K3"] = "mungkin"
        b["Program"]["A4"] = "7.01.06.2.01.1"

    masalah = _masalah(buku_kaya, ubah)
    letak = [(m.lembar, m.baris, m.kolom) for m in masalah]
    assert letak[:3] == [
        ("Profil", 3, "'Nilai' (B), isian 'Nama instansi'"),
        ("Profil", 4, "'Nilai' (B), isian 'Jenis instansi'"),
        ("Indikator", 3, "'Polaritas' (F)"),
    ]
    pesan = {(m.lembar, m.baris, m.kolom[:7]): m.pesan for m in masalah}
    assert pesan[("Profil", 3, "'Nilai'")] == "wajib diisi"
    assert pesan[("Profil", 4, "'Nilai'")].startswith("harus salah satu dari: kecamatan, kelurahan")
    assert pesan[("Indikator", 3, "'Polari")] == "harus salah satu dari: positif, negatif"
    assert pesan[("Indikator", 3, "'IKU' (")] == "harus ya atau tidak"
    assert pesan[("PK", 2, "'Tangga")] == "harus tanggal, mis. 31/12/2023 atau 2023-12-31"
    assert "U.BB.PP.K.KK.SSSS" in pesan[("Program", 4, "'Kode' ")]
    assert len(masalah) == 7  # + the indicator whose sub kegiatan is now unknown


def test_induk_tidak_dikenal(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Indikator"].__setitem__("C3", "S9"))
    assert (m.lembar, m.baris, m.kolom) == ("Indikator", 3, "'Induk Kode' (C)")
    assert m.pesan == "kode tujuan/sasaran/program/kegiatan/sub kegiatan 'S9' tidak dikenal"


def test_baris_tak_tertempatkan_tetap_diperiksa(buku_kaya):
    def ubah(b):
        b["Indikator"]["C3"] = "S9"
        b["Indikator"]["F3"] = "naik"

    letak = {(m.baris, m.kolom) for m in _masalah(buku_kaya, ubah)}
    assert letak == {(3, "'Induk Kode' (C)"), (3, "'Polaritas' (F)")}


def test_kolom_wajib_hilang(buku_kaya):
    def ubah(b):
        b["Realisasi"].delete_cols(2)  # Tahun

    masalah = _masalah(buku_kaya, ubah)
    assert [(m.lembar, m.baris, m.kolom, m.pesan) for m in masalah] == [
        ("Realisasi", 1, "'Tahun'", "kolom wajib 'Tahun' tidak ada di baris judul")
    ]


def test_nip_sebagai_angka_ditolak(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Profil"].__setitem__("B16", 199001072012061001))
    assert m.kolom == "'Nilai' (B), isian 'Kepala instansi: NIP'"
    assert "kehilangan digit" in m.pesan


def test_struktur_tingkat_meloncat(buku_kaya):
    m = _satu(buku_kaya, lambda b: b["Struktur"].__setitem__("A4", 4))
    assert (m.lembar, m.baris, m.kolom) == ("Struktur", 4, "'Tingkat' (A)")
    assert m.pesan.startswith("tingkat harus bilangan bulat 1 sampai 3")


def test_templat_kosong_menyebut_isian_wajib(tmp_path):
    from sakip.berkas.xlsx import buat_templat

    path = tmp_path / "templat.xlsx"
    buat_templat(path, tahun_awal=2019, tahun_akhir=2023)
    masalah = _masalah(path)
    assert {m.lembar for m in masalah} == {"Profil", "Renstra"}
    assert all(m.pesan == "wajib diisi" for m in masalah)
    assert "'Nilai' (B), isian 'Visi'" in {m.kolom for m in masalah}


def test_lembar_tambahan_kosong_tidak_dipersoalkan(buku_kaya, berkas_kaya):
    _ubah(buku_kaya, lambda b: b.create_sheet("Sheet1"))
    assert baca_xlsx(buku_kaya) == berkas_kaya
    _ubah(buku_kaya, lambda b: b["Sheet1"].__setitem__("A1", "catatan saya"))
    m = _satu(buku_kaya, lambda b: None)
    assert (m.lembar, m.pesan) == ("Sheet1", "lembar 'Sheet1' tidak dikenal")


def test_baris_isian_wajib_hilang_semua_disebut(buku_kaya):
    def ubah(b):
        b["Renstra"].delete_rows(5)  # Visi
        b["Renstra"].delete_rows(2)  # Tahun awal

    masalah = _masalah(buku_kaya, ubah)
    assert [(m.lembar, m.pesan) for m in masalah] == [
        ("Renstra", "baris isian wajib 'Tahun awal' tidak ada"),
        ("Renstra", "baris isian wajib 'Visi' tidak ada"),
    ]
