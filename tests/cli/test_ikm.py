"""``sakip ikm``: good files, bad files (exit 2 with every bad cell), JSON shape."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sakip.cli import app

JUDUL = "No,Layanan,Jenis Kelamin,u1,U2,U3,U4,U5,U6,U7,U8,U9\n"


def _jalankan(*argumen):
    return CliRunner().invoke(app, [str(a) for a in argumen])


@pytest.fixture
def survei(tmp_path):
    isi = JUDUL + "1,KTP,L,4,3,3,4,4,3,3,4,4\n2,KTP,P,3,3,,4,4,3,3,4,4\n3,KK,P,4,4,4,4,4,4,4,4, 4\n"
    berkas = tmp_path / "survei.csv"
    berkas.write_text(isi, encoding="utf-8")
    return berkas


def test_json_berisi_nrr_ikm_mutu_dan_profil(survei):
    hasil = _jalankan("ikm", survei, "--format", "json", "--tahun", "2023", "--populasi", "100")
    assert hasil.exit_code == 0, hasil.output
    data = json.loads(hasil.stdout)
    assert data["responden"] == 3
    u3 = data["unsur"][2]
    assert (u3["kode"], u3["jumlah_nilai"], u3["jumlah_terisi"], u3["nrr"]) == ("U3", 7, 2, 3.5)
    # NRR: 11/3, 10/3, 3,5, 4, 4, 10/3, 10/3, 4, 4 -> Σ 33,1667, mean 3,6852 -> 92,13
    assert data["ikm"] == 92.13 and data["mutu"] == "A" and data["kinerja"] == "Sangat Baik"
    assert data["nilai_interval"] == 3.6852
    assert data["profil"]["Layanan"] == {"KTP": 2, "KK": 1}
    assert data["profil"]["Jenis Kelamin"] == {"P": 2, "L": 1}
    assert data["sampel_minimum"] == 80 and data["sampel_cukup"] is False
    assert {"nama", "nrr_tertimbang"} <= set(u3)


def test_penimbang_0111_menurunkan_ikm_lama(survei):
    data = json.loads(_jalankan("ikm", survei, "-f", "json", "-t", "2023", "--penimbang", "0.111").stdout)
    assert data["penimbang"] == "0.111" and data["ikm"] == 92.04


def test_tabel_terbaca_di_terminal(survei):
    hasil = _jalankan("ikm", survei, "-t", "2023")
    assert hasil.exit_code == 0
    assert "92,13" in hasil.stdout and "Sangat Baik" in hasil.stdout and "Persyaratan" in hasil.stdout


def test_setiap_sel_salah_dilaporkan_tanpa_keluaran(tmp_path):
    berkas = tmp_path / "salah.csv"
    berkas.write_text(JUDUL + "1,KTP,L,4,3,3,4,4,3,3,4,4\n2,KTP,P,5,3,,4,4,3,3,4,4\n"
                      "3,KK,P,baik,3,3,4,4,3,3,4,2.5\n", encoding="utf-8")
    hasil = _jalankan("ikm", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2
    assert hasil.stdout == ""
    kesalahan = json.loads(hasil.stderr)["kesalahan"]
    assert [(k["baris"], k["kolom"], k["nilai"]) for k in kesalahan] == [(3, "u1", "5"), (4, "u1", "baik"), (4, "U9", "2.5")]
    assert all("1 sampai 4" in k["alasan"] for k in kesalahan)


def test_baris_kosong_tetap_memberi_nomor_baris_yang_benar(tmp_path):
    berkas = tmp_path / "kosong.csv"
    berkas.write_text(JUDUL + "1,KTP,L,4,3,3,4,4,3,3,4,4\n\n2,KTP,P,0,3,,4,4,3,3,4,4\n", encoding="utf-8")
    hasil = _jalankan("ikm", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2
    assert [(k["baris"], k["nilai"]) for k in json.loads(hasil.stderr)["kesalahan"]] == [(4, "0")]


def test_kolom_unsur_hilang_atau_asing(tmp_path):
    berkas = tmp_path / "kolom.csv"
    berkas.write_text("U1,U2,U3,U4,U5,U6,U7,U8,U10\n4,4,4,4,4,4,4,4,4\n", encoding="utf-8")
    hasil = _jalankan("ikm", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2
    alasan = " ".join(k["alasan"] for k in json.loads(hasil.stderr)["kesalahan"])
    assert "'U9'" in alasan and "U10" in alasan


def test_kesalahan_banyak_dibatasi_dengan_hitungan(tmp_path):
    berkas = tmp_path / "banyak.csv"
    berkas.write_text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n" + "5,4,4,4,4,4,4,4,4\n" * 250, encoding="utf-8")
    kesalahan = json.loads(_jalankan("ikm", berkas, "-f", "json", "-t", "2023").stderr)["kesalahan"]
    assert len(kesalahan) == 201
    assert "50 sel lain" in kesalahan[-1]["alasan"]


def test_unsur_tanpa_jawaban_diberi_status(tmp_path):
    berkas = tmp_path / "u9.csv"
    berkas.write_text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,\n", encoding="utf-8")
    hasil = _jalankan("ikm", berkas, "-f", "json", "-t", "2023")
    data = json.loads(hasil.stdout)
    assert data["ikm"] is None and data["status"] == "tidak_dapat_dihitung"
    assert data["unsur"][8]["status"] == "tidak_dapat_dihitung" and "U9" in data["alasan"]


def test_xlsx_dan_metode_2004(tmp_path):
    import openpyxl

    buku = openpyxl.Workbook()
    lembar = buku.active
    lembar.append(["Layanan", *[f"U{i}" for i in range(1, 15)]])
    lembar.append(["KTP", *[4] * 14])
    lembar.append(["KTP", *[3] * 13, None])
    berkas = tmp_path / "survei.xlsx"
    buku.save(berkas)
    data = json.loads(_jalankan("ikm", berkas, "-f", "json", "-t", "2010", "--versi", "2004").stdout)
    # 13 unsur at 3,5 and U14 at 4: (13 x 3,5 + 4) / 14 x 25 = 88,39
    assert data["ikm"] == 88.39 and data["mutu"] == "A" and len(data["unsur"]) == 14


def test_xlsx_sel_salah(tmp_path):
    import openpyxl

    buku = openpyxl.Workbook()
    lembar = buku.active
    lembar.append([f"U{i}" for i in range(1, 10)])
    lembar.append([4, 4, 4, 4, 4, 4, 4, 4, 2.5])
    berkas = tmp_path / "salah.xlsx"
    buku.save(berkas)
    hasil = _jalankan("ikm", berkas, "-f", "json", "-t", "2023")
    assert hasil.exit_code == 2
    [k] = json.loads(hasil.stderr)["kesalahan"]
    assert (k["baris"], k["kolom"], k["nilai"], k["lembar"]) == (2, "U9", "2.5", "Sheet")


def test_penimbang_tidak_dikenal_ditolak(survei):
    hasil = _jalankan("ikm", survei, "-t", "2023", "--penimbang", "0.2")
    assert hasil.exit_code == 2
    assert "0.2" in hasil.output and "tepat" in hasil.output


def test_format_csv(survei):
    hasil = _jalankan("ikm", survei, "-f", "csv", "-t", "2023")
    assert hasil.exit_code == 0
    baris = hasil.stdout.splitlines()
    assert baris[0] == "bagian,kode,nama,jumlah_nilai,jumlah_terisi,nilai,nilai_tertimbang"
    assert baris[1].startswith("unsur,U1,Persyaratan,11,3,")
    assert "hasil,ikm,,,,92.13," in baris


def _survei_acak(n: int) -> list[list]:
    import random

    acak = random.Random(7)
    baris = []
    for i in range(n):
        jawaban = [acak.choice([1, 2, 3, 4, 4, 3, None]) for _ in range(9)]
        baris.append([acak.choice(["KTP", "KK", "Akta"]), acak.choice(["L", "P", None]), *jawaban])
    return baris


def test_jalur_cepat_dan_pembaca_umum_memberi_hasil_sama(tmp_path):
    """The pyarrow path (CSV), the general reader (XLSX, and CSV with a blank line) agree."""
    import openpyxl

    judul = ["Layanan", "Jenis Kelamin", *[f"U{i}" for i in range(1, 10)]]
    baris = _survei_acak(300)
    teks = [",".join(judul)] + [",".join("" if v is None else str(v) for v in b) for b in baris]
    cepat = tmp_path / "cepat.csv"
    cepat.write_text("\n".join(teks) + "\n", encoding="utf-8")
    umum = tmp_path / "umum.csv"
    umum.write_text("\n".join([*teks[:50], "", *teks[50:]]) + "\n", encoding="utf-8")
    buku = openpyxl.Workbook()
    buku.active.append(judul)
    for b in baris:
        buku.active.append(b)
    xlsx = tmp_path / "survei.xlsx"
    buku.save(xlsx)
    hasil = [json.loads(_jalankan("ikm", f, "-f", "json", "-t", "2023").stdout) for f in (cepat, umum, xlsx)]
    assert hasil[0]["responden"] == 300
    assert hasil[0]["profil"]["Jenis Kelamin"].get("(kosong)", 0) > 0
    assert hasil[0] == hasil[1] == hasil[2]


def test_csv_windows_1252_dibaca_pembaca_umum(tmp_path):
    berkas = tmp_path / "lama.csv"
    berkas.write_bytes(("Layanan;" + ";".join(f"U{i}" for i in range(1, 10)) + "\n"
                        "Surat Keterangan Usaha \u2013 baru;4;4;4;4;4;4;4;4;4\n").encode("cp1252"))
    data = json.loads(_jalankan("ikm", berkas, "-f", "json", "-t", "2023").stdout)
    assert data["ikm"] == 100 and data["profil"]["Layanan"] == {"Surat Keterangan Usaha \u2013 baru": 1}
