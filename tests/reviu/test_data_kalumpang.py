"""Golden reviu of the Kalumpang data file, and ``sakip reviu BERKAS.yaml`` from the command line."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from tests.reviu.data_berkas import CONTOH

from sakip.cli import app
from sakip.reviu import reviu_berkas

runner = CliRunner()


@pytest.fixture(scope="module")
def hasil():
    return reviu_berkas(CONTOH)


def test_kalumpang_tanpa_kesalahan_dan_temuannya_nyata(hasil):
    # Each is real: the LKj states no reason for the PK perubahan (RV-DAT-04) and no DPA date
    # (RV-DAT-08); the PK murni was rebuilt with the same targets and no programme budget
    # (RV-DAT-03); sub kegiatan 7.01.01.2.08.0001 has pagu 0 in Tabel 2.3 and 3.7 (RV-DAT-14).
    assert hasil.ringkasan() == {"kesalahan": 0, "peringatan": 1, "catatan": 3, "jumlah": 4}
    assert [(t.kode, t.tingkat) for t in hasil.temuan] == [
        ("RV-DAT-04", "peringatan"), ("RV-DAT-03", "catatan"), ("RV-DAT-08", "catatan"), ("RV-DAT-14", "catatan"),
    ]
    assert "anggaran program PK murni tidak dicatat" in hasil.temuan[1].pesan


def test_lokasi_menyebut_baris_yaml_yang_benar(hasil):
    baris_berkas = CONTOH.read_text(encoding="utf-8").splitlines()
    harapan = {"RV-DAT-04": "- jenis: perubahan", "RV-DAT-08": "- jenis: murni", "RV-DAT-14": "pagu_murni: '0'"}
    for t in hasil.temuan:
        if t.kode in harapan:
            nomor = int(re.search(r"\(baris (\d+)\)$", t.lokasi).group(1))
            assert baris_berkas[nomor - 1].strip() == harapan[t.kode], t


def test_json_bentuk_sama(tmp_path):
    r = runner.invoke(app, ["reviu", str(CONTOH), "--format", "json"])
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["ringkasan"]["kesalahan"] == 0
    assert all(set(t) == {"kode", "tingkat", "lokasi", "pesan", "tertulis", "seharusnya"} for t in data["temuan"])


def test_berkas_data_tidak_sah_keluar_2_dengan_semua_masalah(tmp_path):
    teks = CONTOH.read_text(encoding="utf-8").replace("  tahun: 2023\n", "  tahun: dua ribu\n", 1)
    teks = teks.replace("pagu_murni: 8.000.000", "pagu_murni: 8.000.00", 1)
    (tmp_path / "rusak.yaml").write_text(teks, encoding="utf-8")
    r = runner.invoke(app, ["reviu", str(tmp_path / "rusak.yaml")])
    assert r.exit_code == 2
    keluaran = " ".join(r.output.split())
    assert "2 masalah" in keluaran and "profil.tahun" in keluaran and "anggaran[1].pagu_murni" in keluaran


def test_survei_hanya_untuk_berkas_data(referensi, tmp_path):
    (tmp_path / "skm.csv").write_text("U1,U2\n4,4\n", encoding="utf-8")
    r = runner.invoke(app, ["reviu", str(referensi / "lkj-kalumpang-2023.txt"), "--survei", str(tmp_path / "skm.csv")])
    assert r.exit_code == 2 and "--survei" in r.output


def test_survei_dengan_sel_salah_keluar_2(tmp_path):
    (tmp_path / "skm.csv").write_text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,9,4,4,4,4\n", encoding="utf-8")
    r = runner.invoke(app, ["reviu", str(CONTOH), "--survei", str(tmp_path / "skm.csv")])
    assert r.exit_code == 2
    assert "U5" in r.output and not r.stdout.strip().startswith("Reviu")


def test_survei_dibandingkan(tmp_path):
    (tmp_path / "skm.csv").write_text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + "3,3,3,3,3,3,3,3,3\n" * 5, encoding="utf-8")
    r = runner.invoke(app, ["reviu", str(CONTOH), "--survei", str(tmp_path / "skm.csv"), "--format", "json"])
    assert r.exit_code == 0
    ikm = [t for t in json.loads(r.stdout)["temuan"] if t["kode"] == "RV-DAT-17"]
    assert [(t["tertulis"], t["seharusnya"]) for t in ikm] == [("88,72", "75,00")]


def test_terminal_sempit_satu_temuan_per_blok():
    r = runner.invoke(app, ["reviu", str(CONTOH)], env={"COLUMNS": "80"})
    assert r.exit_code == 0
    baris = r.stdout.splitlines()
    assert any(b.startswith("RV-DAT-04  perjanjian_kinerja[2].alasan_perubahan (baris 779)") for b in baris)
    assert all(len(b.rstrip()) <= 80 for b in baris)


def test_terminal_lebar_kode_tidak_terpotong():
    r = runner.invoke(app, ["reviu", str(CONTOH)], env={"COLUMNS": "140"})
    assert r.exit_code == 0
    assert "┃ Kode      ┃" in r.stdout and "│ RV-DAT-04 │" in r.stdout


def test_laporan_hasil_reviu_berkas_data(tmp_path):
    import docx

    r = runner.invoke(app, ["reviu", str(CONTOH), "--format", "json", "--keluaran", str(tmp_path)])
    assert r.exit_code == 0
    d = docx.Document(str(tmp_path / "laporan-hasil-reviu.docx"))
    teks = "\n".join(p.text for p in d.paragraphs)
    sel = "\n".join(c.text for t in d.tables for row in t.rows for c in row.cells)
    assert "Berkas data kinerja yang direviu: kalumpang-2023.yaml" in teks
    assert "RV-DAT-04" in sel and "perjanjian_kinerja[2].alasan_perubahan (baris 779)" in sel.replace("\u200b", "")
    assert (tmp_path / "laporan-hasil-reviu.pdf").read_bytes().startswith(b"%PDF")


def test_xlsx_menyebut_lembar_baris_kolom(tmp_path):
    xlsx = pytest.importorskip("sakip.berkas.xlsx")
    from sakip.berkas import baca

    berkas = baca(CONTOH)
    xlsx.tulis_xlsx(berkas, tmp_path / "kalumpang.xlsx")
    h = reviu_berkas(tmp_path / "kalumpang.xlsx")
    assert h.ringkasan()["kesalahan"] == 0
    t = next(t for t in h.temuan if t.kode == "RV-DAT-14")
    assert "anggaran[14].pagu_murni (lembar '" in t.lokasi and "baris" in t.lokasi and "kolom" in t.lokasi


def test_laporan_lokasi_boleh_patah_angka_utuh():
    from sakip.reviu.laporan import _boleh_patah

    assert _boleh_patah("perjanjian_kinerja[2].alasan_perubahan") == "perjanjian_\u200bkinerja[2].\u200balasan_\u200bperubahan"
    assert _boleh_patah("2.635.415.921") == "2.635.415.921"
