"""The one spreadsheet reader: locations users can find, every problem at once."""

from __future__ import annotations

import pytest

from sakip.io.tabel import BerkasTidakSah, baca_tabel, huruf_kolom


def test_lokasi_baris_sesuai_spreadsheet_dan_baris_kosong_dilewati(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("Target;Realisasi\n1;2\n;\n3;4\n", encoding="utf-8")
    t = baca_tabel(p, kolom_wajib=("target",))
    assert [b.nomor for b in t.baris] == [2, 4]
    assert t.baris[1].teks("realisasi") == "4"


def test_semua_masalah_sekaligus(tmp_path):
    p = tmp_path / "b.csv"
    p.write_text("target,target,\n1,2,3\n", encoding="utf-8")
    with pytest.raises(BerkasTidakSah) as e:
        baca_tabel(p, kolom_wajib=("target", "realisasi"))
    pesan = [str(k) for k in e.value.kesalahan]
    assert any("muncul lebih dari sekali" in m for m in pesan)
    assert any("kolom wajib 'realisasi'" in m for m in pesan)
    assert any("kolom 'C'" in m and "tanpa judul" in m for m in pesan)


def test_berkas_rusak_atau_asing_diberi_pesan(tmp_path):
    rusak = tmp_path / "rusak.xlsx"
    rusak.write_bytes(b"PK\x03\x04 bukan xlsx")
    with pytest.raises(BerkasTidakSah, match="tidak dapat dibaca"):
        baca_tabel(rusak)
    pdf = tmp_path / "laporan.pdf"
    pdf.write_text("x", encoding="utf-8")
    with pytest.raises(BerkasTidakSah, match="tidak didukung"):
        baca_tabel(pdf)
    kosong = tmp_path / "kosong.csv"
    kosong.write_text("", encoding="utf-8")
    with pytest.raises(BerkasTidakSah, match="kosong"):
        baca_tabel(kosong)


def test_huruf_kolom():
    assert [huruf_kolom(i) for i in (0, 25, 26, 27, 701)] == ["A", "Z", "AA", "AB", "ZZ"]
