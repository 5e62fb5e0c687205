"""Warnings: things a reviewer should look at, which do not stop the LKj."""

from __future__ import annotations

from sakip.berkas import dari_yaml, nilai_sama, periksa


def _jenis(teks: str) -> dict[str, object]:
    return {p.jenis: p for p in periksa(dari_yaml(teks))}


def test_berkas_rapi_tanpa_peringatan(teks_minimal):
    assert periksa(dari_yaml(teks_minimal)) == []


def test_target_pk_berbeda_dengan_renstra(teks_minimal):
    p = _jenis(teks_minimal.replace('target: "84"', 'target: "85"'))["pk_target_beda_renstra"]
    assert p.lokasi == "perjanjian_kinerja[1].sasaran[2].target"
    assert p.nilai == "85" and "(84)" in p.pesan
    assert p.baris == 63


def test_penulisan_berbeda_nilai_sama_bukan_peringatan(teks_minimal):
    assert periksa(dari_yaml(teks_minimal.replace('target: "2:9"', 'target: "2 : 9"'))) == []
    assert nilai_sama("100 %", "100") and nilai_sama("2:9", "2 : 9") and not nilai_sama("2:9", "7:9")


def test_realisasi_melebihi_pagu(teks_minimal):
    p = _jenis(teks_minimal.replace("realisasi: 7.969.650", "realisasi: 9.000.000"))["realisasi_melebihi_pagu"]
    assert p.lokasi == "anggaran[1].realisasi" and "8.062.300" in p.pesan


def test_realisasi_dengan_pagu_nol(teks_minimal):
    hasil = _jenis(teks_minimal.replace("pagu_murni: 8.062.300", "pagu_murni: 0"))
    assert "realisasi_pagu_nol" in hasil
    # the PK program total no longer matches the sub kegiatan pagu either
    assert "pk_anggaran_beda_pagu" in hasil


def test_pk_perubahan_tanpa_alasan(teks_minimal):
    teks = teks_minimal.replace("- jenis: murni\n", "- jenis: perubahan\n    nomor_urut: 1\n")
    assert _jenis(teks)["pk_tanpa_alasan"].lokasi == "perjanjian_kinerja[1].alasan_perubahan"


def test_iku_tanpa_realisasi(teks_minimal):
    teks = teks_minimal.replace("  - indikator: IKU-2\n    tahun: 2023\n    nilai: 88,72\n", "")
    p = _jenis(teks)["iku_tanpa_realisasi"]
    assert p.lokasi == "renstra.tujuan[1].sasaran[2].indikator[1]" and "2023" in p.pesan


def test_pk_murni_lebih_sebulan_setelah_dpa(teks_minimal):
    teks = teks_minimal.replace("tanggal: 2023-01-16", "tanggal: 2023-03-01\n    tanggal_dpa: 2023-01-02")
    p = _jenis(teks)["pk_terlambat"]
    assert "2023-02-02" in p.pesan
