"""``sakip idm``: status per desa, summaries, mismatches, and bad cells."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sakip.cli import app

DATA = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real").resolve()


def _jalankan(*argumen):
    return CliRunner().invoke(app, [str(a) for a in argumen])


def test_json_desa_ringkasan_dan_ketidaksesuaian(tmp_path):
    berkas = tmp_path / "idm.csv"
    berkas.write_text(
        "Desa;Kecamatan;IKS;IKE;IKL;IDM;Status\n"
        "KALUMPANG;KALUMPANG;0,8057;0,7167;0,9333;0,8186;MANDIRI\n"
        "BAGO;KALUMPANG;0.8;0.75;0.8;;Maju\n"
        "KUPANG BERSIH;PEMATANG KARAU;;;;0,7410;BERKEMBANG\n"
        "BATU JAYA;KAWAY XVI;;;;;\n",
        encoding="utf-8",
    )
    hasil = _jalankan("idm", berkas, "-f", "json", "-t", "2024")
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    desa = {d["desa"]: d for d in data["desa"]}
    assert desa["KALUMPANG"]["status"] == "Mandiri" and desa["KALUMPANG"]["cocok"] is True
    assert desa["BAGO"]["idm"] == 0.7833 and desa["BAGO"]["status"] == "Maju"
    assert desa["KUPANG BERSIH"]["cocok"] is False and desa["KUPANG BERSIH"]["status_tertulis"] == "BERKEMBANG"
    assert desa["BATU JAYA"]["status"] == "tidak_dapat_dihitung" and desa["BATU JAYA"]["alasan"]
    assert "status_tertulis" not in desa["BATU JAYA"]
    assert data["ringkasan"]["per_kecamatan"]["KALUMPANG"]["Mandiri"] == 1
    assert data["ringkasan"]["keseluruhan"]["tidak_dapat_dihitung"] == 1
    assert [(k["baris"], k["desa"], k["jenis"]) for k in data["ketidaksesuaian"]] == [(4, "KUPANG BERSIH", "status")]


def test_sel_salah_dilaporkan_semua(tmp_path):
    berkas = tmp_path / "salah.csv"
    berkas.write_text("desa,idm,status\nA,0.9,MANDIRI\nB,1.2,Maju\nC,abc,Maju\nD,0.7,Hebat\n", encoding="utf-8")
    hasil = _jalankan("idm", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2 and hasil.stdout == ""
    kesalahan = json.loads(hasil.stderr)["kesalahan"]
    assert [(k["baris"], k["kolom"], k["nilai"]) for k in kesalahan] == [(3, "idm", "1.2"), (4, "idm", "abc"),
                                                                         (5, "status", "Hebat")]


def test_kolom_indeks_wajib(tmp_path):
    berkas = tmp_path / "tanpa.csv"
    berkas.write_text("desa,iks,ike\nA,0.8,0.8\n", encoding="utf-8")
    hasil = _jalankan("idm", berkas, "-t", "2023")
    assert hasil.exit_code == 2 and "iks, ike dan ikl" in hasil.output


@pytest.mark.skipif(not DATA.is_dir(), reason=f"data nyata tidak ada di {DATA}")
def test_data_hss_2023_kalumpang_dua_mandiri_tujuh_maju(tmp_path):
    berkas = tmp_path / "hss.csv"
    with open(DATA / "idm-2023" / "hss-villages-2023.csv", encoding="utf-8") as f, open(berkas, "w", newline="") as g:
        tulis = csv.writer(g)
        tulis.writerow(["desa", "kecamatan", "iks", "ike", "ikl", "idm", "status"])
        for b in csv.DictReader(f):
            tulis.writerow([b["desa"], b["kecamatan"], b["iks"], b["ike"], b["ikl"], b["idm_published"],
                            b["status_published"]])
    hasil = _jalankan("idm", berkas, "-t", "2023")
    assert hasil.exit_code == 0
    data = json.loads(_jalankan("idm", berkas, "-t", "2023", "-f", "json").stdout)
    assert data["ringkasan"]["per_kecamatan"]["KALUMPANG"] == {
        "Mandiri": 2, "Maju": 7, "Berkembang": 0, "Tertinggal": 0, "Sangat Tertinggal": 0, "tidak_dapat_dihitung": 0}
    assert data["ketidaksesuaian"] == []
    assert "Tidak ada ketidaksesuaian" in hasil.stdout
