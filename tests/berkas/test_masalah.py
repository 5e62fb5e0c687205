"""Every problem of a file, at once, in Indonesian, with its place and line."""

from __future__ import annotations

import pytest

from sakip.berkas import BerkasTidakSah, dari_yaml


def _masalah(teks: str):
    with pytest.raises(BerkasTidakSah) as e:
        dari_yaml(teks)
    return e.value.masalah


def test_kunci_tidak_dikenal_adalah_galat_dengan_saran(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("satuan: Nilai", "satuaan: Nilai"))
    assert m.lokasi == "renstra.tujuan[1].sasaran[2].indikator[1].satuaan"
    assert m.pesan == "kunci 'satuaan' tidak dikenal; mungkin maksudnya 'satuan'?"
    assert m.baris == 42


def test_semua_masalah_dikumpulkan_sekaligus(teks_minimal):
    teks = (
        teks_minimal.replace("jenis: kecamatan", "jenis: desa")
        .replace("tahun: 2023\n  tempat", "tahun: duaribu\n  tempat")
        .replace("kode: 7.01.06.2.01.0001", "kode: 7.1.06.2.01.0001")
        .replace("tanggal: 2023-01-16", "tanggal: 16-01-2023")
        .replace("\n              nama: Rasio desa maju", "")
    )
    masalah = {m.lokasi: m for m in _masalah(teks)}
    assert masalah["profil.instansi.jenis"].pesan.startswith("harus salah satu dari: kecamatan, kelurahan, dinas")
    assert masalah["profil.instansi.jenis"].nilai == "desa"
    assert masalah["profil.tahun"].pesan == "harus bilangan bulat, mis. 2023"
    assert "U.BB.PP.K.KK.SSSS" in masalah["program[1].kegiatan[1].sub_kegiatan[1].kode"].pesan
    assert masalah["perjanjian_kinerja[1].tanggal"].pesan.startswith("harus tanggal berbentuk TTTT-BB-HH")
    assert masalah["renstra.tujuan[1].sasaran[1].indikator[1].nama"].pesan == "wajib diisi"
    assert len(masalah) == 5


def test_nilai_salah_tulis_ditolak_dengan_alasan(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("nilai: 88,72", "nilai: 133.825.00,00"))
    assert m.lokasi == "realisasi[2].nilai"
    assert m.nilai == "133.825.00,00"
    assert "pemisah ribuan" in m.pesan


def test_rupiah_salah_tulis_ditolak(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("realisasi: 7.969.650", "realisasi: 2.807.870.000.00"))
    assert m.lokasi == "anggaran[1].realisasi"
    assert "pemisah ribuan" in m.pesan


@pytest.mark.parametrize("jumlah", ["10000000000000000", "9" * 40])
def test_rupiah_terlalu_besar_ditolak(teks_minimal, jumlah):
    """Found by the API fuzz test: 40 digits crashed ``quantize``; 17 digits do not fit the database."""
    (m,) = _masalah(teks_minimal.replace("realisasi: 7.969.650", f"realisasi: '{jumlah}'"))
    assert m.lokasi == "anggaran[1].realisasi" and "terlalu besar" in m.pesan


def test_kunci_ganda_tidak_ditimpa_diam_diam(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("nilai: 7:9", "nilai: 7:9\n    nilai: 6:9"))
    assert m.lokasi == "realisasi[1].nilai"
    assert "ditulis dua kali" in m.pesan


def test_penulisan_yaml_rusak_menyebut_baris(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("visi: Visi", "visi: Visi: Misi"))
    assert m.baris == 21
    assert "tanda kutip" in m.pesan


def test_rujukan_tidak_dikenal_dan_kode_ganda(teks_minimal):
    teks = (
        teks_minimal.replace("- indikator: IKU-2\n    tahun: 2023", "- indikator: IKU-9\n    tahun: 2023")
        .replace("kode: S2", "kode: S1")
        .replace("sub_kegiatan: 7.01.06.2.01.0001", "sub_kegiatan: 7.01.06.2.01.0002")
    )
    masalah = {(m.lokasi, m.jenis): m for m in _masalah(teks)}
    assert ("realisasi[2].indikator", "rujukan_tidak_dikenal") in masalah
    assert ("anggaran[1].sub_kegiatan", "rujukan_tidak_dikenal") in masalah
    ganda = masalah[("renstra.tujuan[1].sasaran[2].kode", "kode_ganda")]
    assert "renstra.tujuan[1].sasaran[1]" in ganda.pesan
    assert ("perjanjian_kinerja[1].sasaran[2].sasaran", "rujukan_tidak_dikenal") in masalah


def test_indikator_pk_harus_milik_sasarannya(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("{sasaran: S2, indikator: IKU-2", "{sasaran: S1, indikator: IKU-2"))
    assert (m.lokasi, m.jenis) == ("perjanjian_kinerja[1].sasaran[2].indikator", "rujukan_tidak_cocok")


def test_tahun_target_di_luar_periode_renstra(teks_minimal):
    (m,) = _masalah(teks_minimal.replace("2022: 1:9", "2024: 1:9"))
    assert m.lokasi == "renstra.tujuan[1].sasaran[1].indikator[1].target.2024"
    assert "di luar periode Renstra 2019-2023" in m.pesan
    assert m.baris == 35


def test_kode_kegiatan_harus_di_bawah_programnya(teks_minimal):
    masalah = _masalah(teks_minimal.replace("- kode: 7.01.06.2.01\n", "- kode: 7.01.05.2.01\n"))
    assert [(m.lokasi, m.pesan) for m in masalah] == [
        ("program[1].kegiatan[1].kode", "kode kegiatan harus diawali kode programnya 7.01.06"),
        ("program[1].kegiatan[1].sub_kegiatan[1].kode", "kode sub kegiatan harus diawali kode kegiatannya 7.01.05.2.01"),
    ]


def test_sub_kegiatan_dua_angka_permendagri_90_diterima(teks_minimal):
    teks = teks_minimal.replace("7.01.06.2.01.0001", "7.01.06.2.01.01")
    assert dari_yaml(teks).anggaran[0].sub_kegiatan == "7.01.06.2.01.01"


def test_alasan_perubahan_pk_hanya_dari_parameter(teks_minimal):
    teks = teks_minimal.replace(
        "- jenis: murni\n", "- jenis: perubahan\n    nomor_urut: 1\n    alasan_perubahan: ganti_bupati\n"
    )
    (m,) = _masalah(teks)
    assert m.lokasi == "perjanjian_kinerja[1].alasan_perubahan"
    assert "pergantian_pejabat" in m.pesan


def test_angka_desimal_gaya_inggris_tanpa_kutip_ditolak():
    from sakip.berkas.renstra import Indikator
    from pydantic import ValidationError

    with pytest.raises(ValidationError) as e:
        Indikator(kode="X", nama="x", target={2023: 88.72})
    assert "koma" in str(e.value)


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("", "berkas kosong"),
        ("- 1\n", "isi berkas harus berupa kumpulan 'kunci: nilai'"),
        ("a: &x [*x]\n", "alias (*nama) merujuk ke dirinya sendiri"),
        ("x: 1\n---\ny: 2\n", "berkas hanya boleh berisi satu dokumen YAML (tanpa '---' kedua)"),
        ("a:\n\t- b\n", "karakter tab tidak boleh dipakai; gunakan spasi untuk indentasi"),
    ],
)
def test_berkas_aneh_tidak_membuat_program_gagal(teks, pesan):
    assert [m.pesan for m in _masalah(teks)] == [pesan]
