"""Reading a data file: values kept as written, YAML traps avoided, lines known."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.berkas import BerkasTidakSah, baca, dari_yaml


def test_nilai_disimpan_persis_seperti_ditulis(teks_minimal):
    berkas = dari_yaml(teks_minimal)
    ind = berkas.indikator("IKU-1").indikator
    # YAML 1.1 would read 2:9 as the sexagesimal number 129; we keep the text.
    assert ind.target == {2022: "1:9", 2023: "2:9"}
    assert berkas.realisasi_indikator("IKU-1").nilai == "7:9"
    assert berkas.realisasi_indikator("IKU-2").nilai == "88,72"
    assert berkas.indikator("IKU-2").indikator.target[2023] == "84"


def test_rupiah_dibaca_sebagai_decimal(teks_minimal):
    berkas = dari_yaml(teks_minimal)
    a = berkas.anggaran_sub_kegiatan("7.01.06.2.01.0001")
    assert a.pagu == Decimal("8062300")
    assert a.realisasi_total == Decimal("7969650")
    assert isinstance(a.pagu, Decimal)


def test_pagu_perubahan_dipakai_bila_ada(teks_minimal):
    teks = teks_minimal.replace("pagu_murni: 8.062.300", "pagu_murni: 8.062.300\n    pagu_perubahan: 9.000.000")
    assert dari_yaml(teks).anggaran[0].pagu == Decimal("9000000")


def test_tingkat_indikator_dari_letaknya(teks_minimal):
    berkas = dari_yaml(teks_minimal)
    i = berkas.indikator("IKU-2")
    assert (i.level, i.induk) == ("sasaran", "S2")
    assert [x.indikator.kode for x in berkas.iku()] == ["IKU-1", "IKU-2"]


def test_pk_berlaku_adalah_versi_terakhir(teks_minimal):
    berkas = dari_yaml(teks_minimal)
    assert berkas.pk_berlaku().jenis == "murni"
    assert berkas.target_pk("IKU-1") == "2:9"


def test_baca_berkas_dari_disk(tmp_path, teks_minimal):
    path = tmp_path / "data.yml"
    path.write_text(teks_minimal, encoding="utf-8")
    assert baca(path).profil.tahun == 2023


def test_format_tidak_dikenal_ditolak(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(BerkasTidakSah) as e:
        baca(path)
    assert "belum dapat dibaca" in e.value.masalah[0].pesan


def test_berkas_tidak_ada():
    with pytest.raises(BerkasTidakSah) as e:
        baca("/tidak/ada.yaml")
    assert e.value.masalah[0].pesan == "berkas tidak ditemukan"


def test_ya_tidak_diterima_untuk_isian_benar_salah(teks_minimal):
    berkas = dari_yaml(teks_minimal.replace("iku: true", "iku: tidak", 1).replace("nip: 19900107", "plt: Ya\n    nip: 19900107"))
    assert berkas.indikator("IKU-1").indikator.iku is False
    assert berkas.profil.kepala.plt is True


def test_realisasi_tahunan_dari_triwulan_menurut_metode_agregasi(teks_minimal):
    teks = teks_minimal.replace(
        "    nilai: 7:9\n", "    triwulan: {tw1: 5:9, tw4: 7:9}\n"
    ).replace("    nilai: 88,72\n", "    triwulan: {tw1: '80', tw2: '90'}\n").replace(
        "              satuan: Nilai\n", "              satuan: Nilai\n              metode_agregasi: rata_rata\n"
    ).replace("              metode_agregasi: rasio\n", "")
    berkas = dari_yaml(teks)
    assert berkas.nilai_realisasi("IKU-1").teks == "7:9"  # nilai_akhir: the last filled quarter
    assert berkas.nilai_realisasi("IKU-2").angka == Decimal(85)  # rata_rata
    assert berkas.nilai_realisasi("IKU-2", 2022) is None
