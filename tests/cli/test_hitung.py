"""``sakip hitung`` and ``sakip aturan`` as a user runs them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from sakip.cli import app

runner = CliRunner()


def _csv(path: Path, baris: list[list[str]], pemisah: str = ",") -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=pemisah).writerows(baris)
    return path


def test_hitung_json_satu_objek_per_baris_berurutan(tmp_path):
    berkas = _csv(
        tmp_path / "iku.csv",
        [
            ["Indikator", "Target", "Realisasi", "Polaritas"],
            ["Rasio desa maju", "2:9", "7:9", "positif"],
            ["IKM", "84", "88,72", ""],
            ["TPST", "18", "25", "negatif"],
            ["Pemakaman", "0", "0", ""],
            ["Belum", "100", "", ""],
        ],
    )
    hasil = runner.invoke(app, ["hitung", str(berkas), "--tahun", "2023", "--format", "json"])
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    assert [d["indikator"] for d in data] == ["Rasio desa maju", "IKM", "TPST", "Pemakaman", "Belum"]
    assert [d["capaian"] for d in data] == [350.0, 105.62, 61.11, None, None]
    assert [d["status"] for d in data] == ["terhitung", "terhitung", "terhitung", "tidak_dapat_dihitung", "belum_diisi"]
    assert data[0]["capaian_dibatasi"] == 100.0 and data[0]["kategori"] == "Sangat Tinggi"
    assert data[2]["rumus"] == "(2 × 18 − 25) / 18 × 100 = 61,11 %"
    assert "pembagian dengan nol" in data[3]["alasan"]
    assert data[1]["target"] == "84" and data[1]["realisasi"] == "88,72"  # input columns kept as written


def test_hitung_berkas_rusak_exit_2_semua_sel_disebut_tanpa_keluaran(tmp_path):
    berkas = _csv(
        tmp_path / "rusak.csv",
        [["indikator", "target", "realisasi", "polaritas"], ["A", "133.825.00,00", "5", "positif"], ["B", "5", "2.807.870.000.00", "netral"]],
        pemisah=";",
    )
    keluar = tmp_path / "hasil.json"
    hasil = runner.invoke(app, ["hitung", str(berkas), "-f", "json", "-o", str(keluar)])
    assert hasil.exit_code == 2
    galat = json.loads(hasil.stderr)["kesalahan"]
    assert [(g["baris"], g["kolom"]) for g in galat] == [(2, "target"), (3, "realisasi"), (3, "polaritas")]
    assert all(g["berkas"] == "rusak.csv" and g["alasan"] for g in galat)
    assert "pemisah ribuan" in galat[0]["alasan"]
    assert not keluar.exists()


def test_hitung_xlsx_sel_persen_dan_judul_tak_peka_huruf(tmp_path):
    buku = openpyxl.Workbook()
    ws = buku.active
    ws.title = "IKU"
    ws.append(["INDIKATOR", "TARGET", "REALISASI"])
    ws.append(["BUMDes", 1, 1])
    ws["B2"].number_format = "0%"
    ws["C2"].number_format = "0%"
    ws.append(["IKM", 84, 88.72])
    berkas = tmp_path / "iku.xlsx"
    buku.save(berkas)
    hasil = runner.invoke(app, ["hitung", str(berkas), "-t", "2023", "-f", "csv"])
    assert hasil.exit_code == 0, hasil.output
    baris = list(csv.DictReader(hasil.stdout.splitlines()))
    assert baris[0]["target"] == "100" and baris[0]["capaian"] == "100.0"
    assert baris[1]["capaian"] == "105.62"


def test_hitung_kolom_wajib_hilang(tmp_path):
    berkas = _csv(tmp_path / "x.csv", [["indikator", "target"], ["A", "1"]])
    hasil = runner.invoke(app, ["hitung", str(berkas)])
    assert hasil.exit_code == 2
    assert "kolom wajib 'realisasi'" in hasil.stderr


def test_hitung_tabel_terminal(tmp_path):
    berkas = _csv(tmp_path / "a.csv", [["target", "realisasi"], ["84", "88,72"]])
    hasil = runner.invoke(app, ["hitung", str(berkas), "-t", "2023"], env={"COLUMNS": "200"})
    assert hasil.exit_code == 0
    assert "105,62 %" in hasil.stdout and "Sangat Tinggi" in hasil.stdout


def test_aturan_menampilkan_sumber(tmp_path):
    hasil = runner.invoke(app, ["aturan", "--tahun", "2023", "--format", "json"])
    assert hasil.exit_code == 0
    data = json.loads(hasil.stdout)
    peringkat = next(p for p in data["parameter"] if p["nama"] == "peringkat.permendagri_86_2017")
    assert "86 Tahun 2017" in peringkat["referensi"][0]["judul"]
    assert peringkat["nilai"]["pita"][0]["kategori"] == "Sangat Tinggi"
    tabel = runner.invoke(app, ["aturan", "--tahun", "2016", "--cari", "peringkat"], env={"COLUMNS": "200"})
    assert "Nomor 54 Tahun 2010" in " ".join(tabel.stdout.split())


def test_bantuan_berbahasa_indonesia():
    hasil = runner.invoke(app, ["hitung", "--help"], env={"COLUMNS": "120"})
    assert "Cara pakai" in hasil.stdout and "Opsi" in hasil.stdout
    for inggris in ("Usage:", "Show this message", "Options", "[default"):
        assert inggris not in hasil.stdout


def test_bantuan_argumen_tampil():
    hasil = runner.invoke(app, ["hitung", "--help"], env={"COLUMNS": "120"})
    assert "Berkas CSV atau XLSX" in hasil.stdout
