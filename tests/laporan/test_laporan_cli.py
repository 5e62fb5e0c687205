"""``sakip laporan``: one file, a folder with a broken file, and a file with errors."""

from __future__ import annotations

import shutil

from typer.testing import CliRunner

from sakip.cli import app

from pathlib import Path

DATA = Path(__file__).with_name("data") / "kalumpang-2023.yaml"


def test_satu_berkas_pk(tmp_path):
    hasil = CliRunner().invoke(app, ["laporan", str(DATA), "-o", str(tmp_path / "out"), "--jenis", "pk", "-f", "docx"])
    assert hasil.exit_code == 0, hasil.output
    assert (tmp_path / "out" / "PK-Kecamatan-Kalumpang-2023-perubahan.docx").is_file()


def test_versi_pk_yang_tidak_ada(tmp_path):
    hasil = CliRunner().invoke(app, ["laporan", str(DATA), "-o", str(tmp_path), "--jenis", "pk", "--versi", "murni",
                                     "-f", "docx"])
    assert hasil.exit_code == 2
    assert "PK versi murni tidak ada" in " ".join(hasil.output.split())
    assert not list(tmp_path.iterdir())


def test_berkas_rusak_semua_masalah_dan_tanpa_keluaran(tmp_path):
    rusak = tmp_path / "rusak.yaml"
    rusak.write_text(DATA.read_text(encoding="utf-8").replace("pagu_murni: 8.062.300", "pagu_murni: 8.062.30,0")
                     .replace("tahun: 2023\n  tempat", "tahun: duaribu\n  tempat"), encoding="utf-8")
    hasil = CliRunner().invoke(app, ["laporan", str(rusak), "-o", str(tmp_path / "out"), "-f", "docx"])
    assert hasil.exit_code == 2
    assert "profil.tahun" in " ".join(hasil.output.split()) and "8.062.30,0" in " ".join(hasil.output.split())
    assert not (tmp_path / "out").exists()


def test_folder_satu_rusak_yang_lain_tetap_jadi(tmp_path):
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    shutil.copy(DATA, masuk / "a.yaml")
    (masuk / "b.yaml").write_text("profil: 1\n", encoding="utf-8")
    (masuk / "catatan.txt").write_text("bukan berkas data", encoding="utf-8")
    hasil = CliRunner().invoke(app, ["laporan", str(masuk), "-o", str(tmp_path / "out"), "--jenis", "pk",
                                     "-f", "docx", "--proses", "1"])
    assert hasil.exit_code == 2
    assert "1 berhasil, 1 gagal" in " ".join(hasil.output.split())
    assert (tmp_path / "out" / "PK-Kecamatan-Kalumpang-2023-perubahan.docx").is_file()


def test_folder_dengan_dua_proses(tmp_path):
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    shutil.copy(DATA, masuk / "a.yaml")
    (masuk / "b.yml").write_text(DATA.read_text(encoding="utf-8").replace("Kalumpang", "Angkinang"), encoding="utf-8")
    hasil = CliRunner().invoke(app, ["laporan", str(masuk), "-o", str(tmp_path / "out"), "--jenis", "pk",
                                     "-f", "docx", "--proses", "2"])
    assert hasil.exit_code == 0, hasil.output
    assert "2 berhasil, 0 gagal" in " ".join(hasil.output.split())
    assert {p.name for p in (tmp_path / "out").iterdir()} == {
        "PK-Kecamatan-Kalumpang-2023-perubahan.docx", "PK-Kecamatan-Angkinang-2023-perubahan.docx"}


def test_folder_dua_berkas_instansi_tahun_sama_dilaporkan(tmp_path):
    """Two data files of one office and year would write one output: the batch says so and fails."""
    masuk = tmp_path / "masuk"
    masuk.mkdir()
    for nama in ("a.yaml", "salinan.yaml"):
        shutil.copy(DATA, masuk / nama)
    hasil = CliRunner().invoke(app, ["laporan", str(masuk), "-o", str(tmp_path / "out"), "--jenis", "pk",
                                     "-f", "docx", "--proses", "1"])
    teks = " ".join(hasil.output.split())
    assert hasil.exit_code == 2
    assert "a.yaml, salinan.yaml menghasilkan berkas keluaran yang sama (PK-Kecamatan-Kalumpang-2023-perubahan.docx)" in teks
