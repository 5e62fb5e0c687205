"""``sakip reviu`` from the command line."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sakip.cli import app

runner = CliRunner()


def test_daftar_json():
    r = runner.invoke(app, ["reviu", "--daftar", "--format", "json"])
    assert r.exit_code == 0
    aturan = json.loads(r.stdout)["aturan"]
    assert {"RV-ANG-01", "RV-PRS-01", "RV-JML-01", "RV-CAP-01", "RV-SLG-01", "RV-NOM-01"} <= {a["kode"] for a in aturan}
    assert all(a["tingkat"] in {"kesalahan", "peringatan", "catatan"} and a["sumber"] and a["nama"] for a in aturan)


def test_reviu_json(referensi):
    r = runner.invoke(app, ["reviu", str(referensi / "lkj-kalumpang-2023.txt"), "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["ringkasan"]["jumlah"] == len(data["temuan"]) > 0
    assert set(data["temuan"][0]) == {"kode", "tingkat", "lokasi", "pesan", "tertulis", "seharusnya"}


def test_reviu_tabel_ringkasan(referensi):
    r = runner.invoke(app, ["reviu", str(referensi / "lkj-kalumpang-2023.txt")], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    assert "Kesalahan" in r.stdout and "Ringkasan:" in r.stdout


def test_berkas_tidak_ada_keluar_2(tmp_path):
    r = runner.invoke(app, ["reviu", str(tmp_path / "tidak-ada.pdf")])
    assert r.exit_code == 2
    assert "tidak ditemukan" in r.output


def test_pdf_rusak_keluar_2(tmp_path):
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4 rusak")
    r = runner.invoke(app, ["reviu", str(tmp_path / "rusak.pdf")])
    assert r.exit_code == 2
    assert "tidak dapat" in r.output


def test_keluaran_laporan_hasil_reviu(referensi, tmp_path):
    import docx

    r = runner.invoke(app, ["reviu", str(referensi / "lkj-kalumpang-2023.txt"), "--format", "json", "--keluaran", str(tmp_path)])
    assert r.exit_code == 0
    berkas = docx.Document(str(tmp_path / "laporan-hasil-reviu.docx"))
    teks = "\n".join(p.text for p in berkas.paragraphs)
    sel = "\n".join(c.text for t in berkas.tables for row in t.rows for c in row.cells)
    semua = (teks + "\n" + sel).lower()
    assert "pernyataan telah direviu" in semua and "inspektur" in semua
    assert "2.635.415.421" in sel and "98,85 %" in sel
    assert (tmp_path / "laporan-hasil-reviu.pdf").read_bytes().startswith(b"%PDF")
