"""``sakip lke``: criterion-level and score-level sheets, JSON shape, bad cells."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sakip.cli import app


def _jalankan(*argumen):
    return CliRunner().invoke(app, [str(a) for a in argumen])


def test_tingkat_kriteria(tmp_path):
    baris = ["Komponen,Subkomponen,Kriteria,Jawaban"]
    for k in ("Perencanaan Kinerja", "pengukuran", "PELAPORAN", "evaluasi internal"):
        for s in ("Keberadaan", "kualitas", "Pemanfaatan"):
            baris += [f"{k},{s},1,AA", f"{k},{s},2,BB"]
    berkas = tmp_path / "lke.csv"
    berkas.write_text("\n".join(baris) + "\n", encoding="utf-8")
    hasil = _jalankan("lke", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    assert data["nilai_akhir"] == 90 and data["predikat"] == "A" and data["interpretasi"] == "Memuaskan"
    perencanaan = data["komponen"][0]
    assert perencanaan["nama"] == "Perencanaan Kinerja" and perencanaan["bobot"] == 30 and perencanaan["nilai"] == 27
    assert [s["nilai"] for s in perencanaan["subkomponen"]] == [5.4, 8.1, 13.5]
    assert sum(k["nilai"] for k in data["komponen"]) == data["nilai_akhir"]
    tabel = _jalankan("lke", berkas, "-t", "2023")
    assert "90,00" in tabel.stdout and "Memuaskan" in tabel.stdout


def test_tingkat_komponen_dengan_angka_indonesia(tmp_path):
    berkas = tmp_path / "komponen.csv"
    berkas.write_text('komponen;nilai\nPerencanaan;"25,5"\nPengukuran;24\nPelaporan;12\nEvaluasi;"18,51"\n',
                      encoding="utf-8")
    data = json.loads(_jalankan("lke", berkas, "-f", "json", "-t", "2023").stdout)
    assert data["nilai_akhir"] == 80.01 and data["predikat"] == "A"


def test_komponen_belum_lengkap_tidak_diberi_predikat(tmp_path):
    berkas = tmp_path / "kurang.csv"
    berkas.write_text("komponen,nilai\nPerencanaan,25\n", encoding="utf-8")
    data = json.loads(_jalankan("lke", berkas, "-f", "json", "-t", "2023").stdout)
    assert data["predikat"] is None and data["status"] == "tidak_dapat_dihitung"
    assert "Pengukuran Kinerja" in data["alasan"]


def test_setiap_sel_salah_dilaporkan(tmp_path):
    berkas = tmp_path / "salah.csv"
    berkas.write_text("komponen,subkomponen,jawaban,nilai\n"
                      "Perencanaan Strategis,,,10\n"
                      "Pengukuran,Keberadaan,F,\n"
                      "Pelaporan,,,16\n"
                      "Evaluasi,Kualiti,A,\n"
                      "Evaluasi,,,abc\n", encoding="utf-8")
    hasil = _jalankan("lke", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2 and hasil.stdout == ""
    kesalahan = json.loads(hasil.stderr)["kesalahan"]
    assert [(k["baris"], k["kolom"], k["nilai"]) for k in kesalahan] == [
        (2, "komponen", "Perencanaan Strategis"), (3, "jawaban", "F"), (4, "nilai", "16"),
        (5, "subkomponen", "Kualiti"), (6, "nilai", "abc")]
    assert "Perencanaan Kinerja" in kesalahan[0]["alasan"]
