"""Reviu of a data file: the Perjanjian Kinerja (RV-DAT-01 to RV-DAT-08)."""

from __future__ import annotations

import datetime as dt

from tests.reviu.data_berkas import baru, hilang, indikator, kode, pk, ubah


def test_target_pk_beda_renstra():
    temuan = baru(ubah(lambda d: indikator(d, "IKU-3")["target"].__setitem__(2023, "85")))
    assert kode(temuan) == {"RV-DAT-01": 2}  # murni and perubahan both promise 84
    assert {(t.tertulis, t.seharusnya) for t in temuan} == {("84", "85")}
    assert {t.lokasi for t in temuan} == {"perjanjian_kinerja[1].sasaran[3].target", "perjanjian_kinerja[2].sasaran[3].target"}


def test_iku_tidak_ada_di_pk_berlaku():
    def hapus(d):
        p = pk(d, "perubahan")
        p["sasaran"] = [s for s in p["sasaran"] if s["indikator"] != "IKU-2"]

    temuan = baru(ubah(hapus))
    assert kode(temuan) == {"RV-DAT-02": 1, "RV-DAT-03": 1}
    iku, ubahan = sorted(temuan, key=lambda t: t.kode)
    assert "IKU-2" in iku.pesan and "PK perubahan ke-1" in iku.pesan
    assert "indikator IKU-2 dihapus" in ubahan.pesan


def test_tanpa_pk_kesalahan():
    temuan = [t for t in baru(ubah(lambda d: d.pop("perjanjian_kinerja"))) if t.kode == "RV-DAT-02"]
    assert [(t.tingkat, t.lokasi) for t in temuan] == [("kesalahan", "perjanjian_kinerja")]


def test_perubahan_pk_menyebut_yang_berubah():
    def ubah_target(d):
        next(s for s in pk(d, "perubahan")["sasaran"] if s["indikator"] == "IKU-3")["target"] = "85"

    temuan = baru(ubah(ubah_target))
    assert kode(temuan) == {"RV-DAT-01": 1, "RV-DAT-03": 1}
    ubahan = next(t for t in temuan if t.kode == "RV-DAT-03")
    assert ubahan.tingkat == "catatan"
    assert "target IKU-3 84 menjadi 85" in ubahan.pesan and "dibanding PK murni" in ubahan.pesan


def test_perubahan_anggaran_program_antar_versi():
    def program_murni(d):
        pk(d, "murni")["program"] = [{**p, "anggaran": p["anggaran"]} for p in pk(d, "perubahan")["program"]]
        pk(d, "murni")["program"][1]["anggaran"] = 10_000_000

    ubahan = next(t for t in baru(ubah(program_murni)) if t.kode == "RV-DAT-03")
    assert "anggaran program 7.01.02 10.000.000 menjadi 14.584.750" in ubahan.pesan


def test_alasan_perubahan_yang_dibolehkan_menghapus_peringatan():
    berkas = ubah(lambda d: pk(d, "perubahan").update(alasan_perubahan="perubahan_strategi"))
    assert kode(hilang(berkas))["RV-DAT-04"] == 1
    assert kode(baru(berkas)) == {"RV-DAT-03": 1}  # now names the reason
    assert not [t for t in baru(berkas) if t.kode == "RV-DAT-05"]


def test_alasan_perubahan_tidak_berlaku_pada_tanggal_pk():
    berkas = ubah(lambda d: pk(d, "perubahan").update(alasan_perubahan="perubahan_strategi"))
    # a reason the model would refuse (e.g. written before a parameter change): bypass validation
    berkas.perjanjian_kinerja[1].__dict__["alasan_perubahan"] = "anggaran_kurang"
    temuan = [t for t in baru(berkas) if t.kode == "RV-DAT-05"]
    assert len(temuan) == 1 and temuan[0].tingkat == "kesalahan"
    assert temuan[0].tertulis == "anggaran_kurang"
    assert "pergantian_pejabat" in temuan[0].seharusnya and "2 Oktober 2023" in temuan[0].pesan


def test_anggaran_program_pk_beda_pagu():
    temuan = baru(ubah(lambda d: pk(d, "perubahan")["program"][1].update(anggaran=15_000_000)))
    assert kode(temuan) == {"RV-DAT-06": 1}
    assert (temuan[0].tertulis, temuan[0].seharusnya) == ("15.000.000", "14.584.750")


def test_pk_terlambat_setelah_dpa():
    temuan = baru(ubah(lambda d: pk(d, "murni").update(tanggal_dpa=dt.date(2022, 12, 20))))
    assert kode(temuan) == {"RV-DAT-07": 1}
    assert temuan[0].tertulis == "2023-01-31" and temuan[0].seharusnya == "paling lambat 2023-01-20"


def test_pk_tepat_waktu_tanpa_temuan_dan_tanggal_dpa_diisi():
    berkas = ubah(lambda d: pk(d, "murni").update(tanggal_dpa=dt.date(2023, 1, 2)))
    assert not baru(berkas)
    assert kode(hilang(berkas)) == {"RV-DAT-08": 1}


def test_satu_versi_pk_tanpa_catatan_perubahan():
    berkas = ubah(lambda d: d.__setitem__("perjanjian_kinerja", [pk(d, "murni")]))
    assert not baru(berkas)
    assert kode(hilang(berkas)) == {"RV-DAT-03": 1, "RV-DAT-04": 1}
