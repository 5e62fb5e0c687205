"""``sakip periksa`` and ``sakip skema`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sakip.cli import app

runner = CliRunner()
CONTOH = Path(__file__).parents[2] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"


def test_periksa_contoh_sah_dengan_peringatan():
    hasil = runner.invoke(app, ["periksa", str(CONTOH), "--format", "json"])
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    assert data["sah"] is True and data["masalah"] == []
    assert data["ringkasan"]["jumlah_iku"] == 3
    assert [p["jenis"] for p in data["peringatan"]] == ["pk_tanpa_alasan", "pagu_nol"]
    assert data["peringatan"][0]["lokasi"] == "perjanjian_kinerja[2].alasan_perubahan"


def test_periksa_berkas_rusak_keluar_2_dan_menyebut_setiap_masalah(tmp_path):
    teks = CONTOH.read_text(encoding="utf-8")
    teks = teks.replace("    jenis: kecamatan\n", "    jenis: kecamatann\n", 1).replace("nilai: 88,72", "nilai: 88.72.1")
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text(teks, encoding="utf-8")
    hasil = runner.invoke(app, ["periksa", str(rusak), "--format", "json"])
    assert hasil.exit_code == 2
    data = json.loads(hasil.stdout)
    assert data["sah"] is False
    lokasi = {m["lokasi"]: m for m in data["masalah"]}
    assert lokasi["profil.instansi.jenis"]["baris"] == 7
    assert lokasi["profil.instansi.jenis"]["nilai"] == "kecamatann"
    assert "pemisah ribuan" in next(m["pesan"] for m in data["masalah"] if m["nilai"] == "88.72.1")


def test_periksa_tabel_untuk_manusia(tmp_path):
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text("profil: {}\n", encoding="utf-8")
    hasil = runner.invoke(app, ["periksa", str(rusak)], env={"COLUMNS": "200"})
    assert hasil.exit_code == 2
    assert "tidak sah" in hasil.stdout and "wajib diisi" in hasil.stdout and "profil.instansi" in hasil.stdout


def test_skema_json_berbahasa_indonesia(tmp_path):
    keluar = tmp_path / "skema.json"
    hasil = runner.invoke(app, ["skema", "--keluaran", str(keluar)])
    assert hasil.exit_code == 0, hasil.output
    skema = json.loads(keluar.read_text(encoding="utf-8"))
    assert skema["$schema"].endswith("2020-12/schema")
    assert list(skema["properties"])[:3] == ["versi_format", "profil", "narasi"]
    assert skema["$defs"]["Indikator"]["description"].startswith("Indikator kinerja")
    assert "Kode unik indikator" in skema["$defs"]["Indikator"]["properties"]["kode"]["description"]
    assert skema["$defs"]["PerjanjianKinerja"]["properties"]["alasan_perubahan"]["anyOf"][0]["enum"] == [
        "pergantian_pejabat", "perubahan_strategi", "perubahan_prioritas"
    ]
    assert skema["additionalProperties"] is False
