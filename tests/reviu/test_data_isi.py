"""Reviu of a data file: the content an LKj must hold (RV-DAT-18 to 23) and the IKM survey (RV-DAT-17)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.reviu.data_berkas import baru, indikator, kode, realisasi, ubah

from sakip.reviu.data.ikm import hitung_survei


def test_tanpa_realisasi_tahun_lalu():
    temuan = baru(ubah(lambda d: d["realisasi"].remove(realisasi(d, "IKU-3", 2022))))
    assert kode(temuan) == {"RV-DAT-18": 1}
    assert "IKU-3" in temuan[0].pesan and "2022" in temuan[0].pesan


def test_target_akhir_dari_target_tahun_akhir_renstra_cukup():
    assert not baru(ubah(lambda d: indikator(d, "IKU-3").pop("target_akhir")))


def test_tanpa_target_akhir_renstra():
    def hapus(d):
        ind = indikator(d, "IKU-3")
        ind.pop("target_akhir")
        ind["target"].pop(2023)

    temuan = baru(ubah(hapus))
    assert kode(temuan) == {"RV-DAT-19": 1}
    assert "2023" in temuan[0].pesan


def test_tanpa_pembanding_maupun_catatan():
    def hapus(d):
        d["pembanding"]["standar_nasional"] = [s for s in d["pembanding"]["standar_nasional"] if s["indikator"] != "IKU-2"]

    temuan = baru(ubah(hapus))
    assert kode(temuan) == {"RV-DAT-20": 1}
    assert "IKU-2" in temuan[0].pesan and temuan[0].lokasi == "pembanding"


def test_penyebab_keberhasilan_kosong():
    temuan = baru(ubah(lambda d: d["narasi"].pop("penyebab_keberhasilan")))
    assert kode(temuan) == {"RV-DAT-21": 1}
    assert temuan[0].pesan.startswith("IKU-1, IKU-3, IKU-2 mencapai target")


def test_penyebab_kegagalan_hanya_bila_ada_yang_gagal():
    assert not baru(ubah(lambda d: d["narasi"].pop("penyebab_kegagalan")))

    def gagal(d):
        realisasi(d, "IKU-3")["nilai"] = "80"
        d["narasi"].pop("penyebab_kegagalan")

    temuan = baru(ubah(gagal))
    assert kode(temuan) == {"RV-DAT-21": 1}
    assert temuan[0].pesan.startswith("IKU-3 belum mencapai target")


def test_solusi_kosong():
    temuan = baru(ubah(lambda d: d["narasi"].pop("solusi")))
    assert kode(temuan) == {"RV-DAT-22": 1}
    assert temuan[0].lokasi == "narasi.solusi"


def test_efisiensi_tanpa_dukungan_anggaran():
    def hapus(d):
        for program in d["program"]:
            program.pop("mendukung", None)
            for kegiatan in program.get("kegiatan", []):
                kegiatan.pop("mendukung", None)
                for sub in kegiatan.get("sub_kegiatan", []):
                    sub.pop("mendukung", None)

    temuan = baru(ubah(hapus))
    assert kode(temuan) == {"RV-DAT-23": 3}


# --- IKM from the survey answers ------------------------------------------------------------


def _survei(path: Path, baris: list[list[int]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        tulis = csv.writer(f)
        tulis.writerow([f"U{i}" for i in range(1, 10)])
        tulis.writerows(baris)
    return path


@pytest.fixture
def survei(tmp_path):
    berkas = _survei(tmp_path / "skm.csv", [[4, 3, 4, 3, 4, 4, 3, 4, 4]] * 3 + [[3, 3, 4, 4, 3, 4, 4, 3, 4]])
    return hitung_survei(berkas, tahun=2023)


def test_ikm_sama_dengan_survei(survei):
    from sakip.core import format as fmt

    berkas = ubah(lambda d: realisasi(d, "IKU-3").update(nilai=fmt.angka(survei.ikm)))
    assert not [t for t in baru(berkas, survei=survei) if t.kode == "RV-DAT-17"]


def test_ikm_berbeda_dengan_survei(survei):
    from sakip.core import format as fmt

    temuan = baru(ubah(lambda d: None), survei=survei, nama_survei="skm.csv")
    assert kode(temuan) == {"RV-DAT-17": 1}
    t = temuan[0]
    assert (t.tingkat, t.tertulis, t.seharusnya) == ("kesalahan", "88,72", fmt.angka(survei.ikm))
    assert "skm.csv, 4 responden" in t.pesan and t.lokasi == "realisasi[5].nilai"


def test_ikm_tanpa_indikator_ikm(survei):
    def ganti_nama(d):
        indikator(d, "IKU-3")["nama"] = "Nilai Pelayanan"

    temuan = [t for t in baru(ubah(ganti_nama), survei=survei) if t.kode == "RV-DAT-17"]
    assert [t.tingkat for t in temuan] == ["catatan"]
