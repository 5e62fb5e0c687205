"""``sakip templat`` and ``sakip konversi`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from sakip.berkas import baca
from sakip.cli import app

runner = CliRunner()
KAYA = Path(__file__).parents[1] / "berkas" / "data" / "kaya.yaml"


def test_konversi_yaml_ke_xlsx_dan_kembali(tmp_path):
    xlsx, yaml = tmp_path / "kaya.xlsx", tmp_path / "kaya.yaml"
    hasil = runner.invoke(app, ["konversi", str(KAYA), "--keluaran", str(xlsx)])
    assert hasil.exit_code == 0, hasil.output
    hasil = runner.invoke(app, ["konversi", str(xlsx), "-o", str(yaml)])
    assert hasil.exit_code == 0, hasil.output
    assert baca(yaml) == baca(KAYA)


def test_konversi_tidak_menimpa_tanpa_timpa(tmp_path):
    keluaran = tmp_path / "ada.xlsx"
    keluaran.write_bytes(b"isi lama")
    hasil = runner.invoke(app, ["konversi", str(KAYA), "-o", str(keluaran)])
    assert hasil.exit_code == 2
    assert "sudah ada; tambahkan --timpa" in hasil.output
    assert keluaran.read_bytes() == b"isi lama"
    hasil = runner.invoke(app, ["konversi", str(KAYA), "-o", str(keluaran), "--timpa"])
    assert hasil.exit_code == 0
    assert baca(keluaran) == baca(KAYA)


def test_konversi_akhiran_tidak_dikenal(tmp_path):
    hasil = runner.invoke(app, ["konversi", str(KAYA), "-o", str(tmp_path / "x.ods")])
    assert hasil.exit_code == 2 and "Akhiran berkas keluaran .ods tidak dikenal" in hasil.output


def test_konversi_buku_kerja_salah_tanpa_keluaran(tmp_path):
    xlsx, keluaran = tmp_path / "kaya.xlsx", tmp_path / "hasil.yaml"
    runner.invoke(app, ["konversi", str(KAYA), "-o", str(xlsx)])
    buku = openpyxl.load_workbook(xlsx)
    buku["Anggaran"]["B3"] = "133.825.00,00"
    buku["Realisasi"]["A3"] = "IKU-9"
    buku.save(xlsx)
    hasil = runner.invoke(app, ["konversi", str(xlsx), "-o", str(keluaran), "--format", "json"])
    assert hasil.exit_code == 2
    assert not keluaran.exists()
    kesalahan = json.loads(hasil.output[hasil.output.index("{"):])["kesalahan"]
    assert {(k["lembar"], k["baris"], k["kolom"]) for k in kesalahan} == {("Anggaran", 3, "'Pagu Murni' (B)")}
    assert kesalahan[0]["berkas"] == "kaya.xlsx" and kesalahan[0]["nilai"] == "133.825.00,00"


def test_templat_kosong(tmp_path):
    keluaran = tmp_path / "templat.xlsx"
    hasil = runner.invoke(app, ["templat", "-o", str(keluaran), "--periode", "2019-2023"])
    assert hasil.exit_code == 0, hasil.output
    buku = openpyxl.load_workbook(keluaran)
    assert buku.sheetnames[0] == "Petunjuk"
    assert "Target 2019" in [c.value for c in buku["Indikator"][1]]
    hasil = runner.invoke(app, ["templat", "-o", str(keluaran)])
    assert hasil.exit_code == 2


def test_templat_periode_salah(tmp_path):
    hasil = runner.invoke(app, ["templat", "-o", str(tmp_path / "t.xlsx"), "--periode", "2023"])
    assert hasil.exit_code == 2
    assert "TTTT-TTTT" in hasil.output


def test_templat_contoh(tmp_path, monkeypatch):
    from sakip.cli.perintah import templat

    monkeypatch.setattr(templat, "berkas_contoh", lambda: KAYA)
    keluaran = tmp_path / "contoh.xlsx"
    hasil = runner.invoke(app, ["templat", "--contoh", "-o", str(keluaran)])
    assert hasil.exit_code == 0, hasil.output
    assert baca(keluaran) == baca(KAYA)


def test_periksa_buku_kerja_menunjuk_sel_peringatan(tmp_path):
    xlsx = tmp_path / "kaya.xlsx"
    runner.invoke(app, ["konversi", str(KAYA), "-o", str(xlsx)])
    hasil = runner.invoke(app, ["periksa", str(xlsx), "--format", "json"])
    assert hasil.exit_code == 0, hasil.output
    peringatan = {(p["lembar"], p["baris"], p["kolom"]): p["pesan"] for p in json.loads(hasil.output)["peringatan"]}
    assert peringatan[("PK Target", 5, "'Target' (D)")] == "target PK berbeda dengan target Renstra tahun 2023 (2:9)"
    assert ("PK Anggaran", 2, "'Anggaran' (C)") in peringatan


def test_periksa_buku_kerja_salah(tmp_path):
    xlsx = tmp_path / "kaya.xlsx"
    runner.invoke(app, ["konversi", str(KAYA), "-o", str(xlsx)])
    buku = openpyxl.load_workbook(xlsx)
    buku["Realisasi"]["A3"] = "IKU-9"
    buku.save(xlsx)
    hasil = runner.invoke(app, ["periksa", str(xlsx)])
    assert hasil.exit_code == 2
    hasil = runner.invoke(app, ["periksa", str(xlsx), "--format", "json"])
    (m,) = json.loads(hasil.output)["masalah"]
    assert (m["lembar"], m["baris"], m["kolom"], m["nilai"]) == ("Realisasi", 3, "'Indikator' (A)", "IKU-9")
