"""``sakip cadangkan`` / ``sakip pulihkan``: round trips comparing every row of every table and every file.

Each step runs in its own process (settings are read from the environment at start-up):
SQLite -> SQLite, SQLite -> PostgreSQL, PostgreSQL -> PostgreSQL and PostgreSQL -> SQLite.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from ruang_kerja import PostgresUji, RuangKerja


def _sakip(*args, data, db_url=None, kode=0):
    return RuangKerja(data, db_url).sakip(*args, kode=kode)


def _isi_semua(data, db_url=None) -> dict:
    return RuangKerja(data, db_url).isi()


def _berkas(data: Path) -> dict:
    """Uploaded files and generated documents, by path under the data folder."""
    return {p.relative_to(data).as_posix(): p.read_bytes() for folder in ("unggahan", "dokumen")
            for p in (data / folder).rglob("*") if p.is_file() and p.relative_to(data).parts[1] != "impor"}


@pytest.fixture(scope="module")
def sumber(tmp_path_factory):
    """A SQLite workspace holding the demo, Kalumpang 2023, and uploaded files; and its backup."""
    data = tmp_path_factory.mktemp("sumber")
    RuangKerja(data).pembantu("isi")
    dokumen = data / "dokumen" / "1" / "2023" / "abc"  # a generated document (signed ones must survive a restore)
    dokumen.mkdir(parents=True)
    (dokumen / "LKj.pdf").write_bytes(b"%PDF-1.7 disahkan\n")
    arsip = data.parent / "sumber.zip"
    _sakip("cadangkan", "--data", str(data), "--keluaran", str(arsip), data=data)
    return data, arsip, _isi_semua(data)


def _cek_sama(isi_asal: dict, isi_baru: dict) -> None:
    assert isi_baru.keys() == isi_asal.keys()
    for tabel, baris in isi_asal.items():
        assert isi_baru[tabel] == baris, f"tabel {tabel} berbeda setelah dipulihkan"


def test_isi_sumber_bermakna(sumber):
    _, arsip, isi = sumber
    assert len(isi["kinerja.indikator"]) > 10 and len(isi["auth.user"]) == 6 and isi["keamanan.percobaanmasuk"]
    with zipfile.ZipFile(arsip) as z:
        manifest = json.loads(z.read("manifest.json"))
        nama = set(z.namelist())
    assert manifest["jumlah"]["kinerja.indikator"] == len(isi["kinerja.indikator"])
    assert manifest["basis_data"] == "sqlite" and "kinerja" in manifest["migrasi"]
    assert nama == {"manifest.json", "data.json", "unggahan/bukti/2023/foto kegiatan.jpg", "unggahan/bukti/notulen.pdf",
                    "dokumen/1/2023/abc/LKj.pdf"}
    assert set(manifest["berkas"]) == nama - {"manifest.json"}


def test_sqlite_ke_sqlite(sumber, tmp_path):
    data, arsip, isi = sumber
    _sakip("pulihkan", str(arsip), "--data", str(tmp_path), data=tmp_path)
    _cek_sama(isi, _isi_semua(tmp_path))
    assert _berkas(tmp_path) == _berkas(data)


def test_tujuan_berisi_ditolak_tanpa_ya(sumber, tmp_path):
    data, arsip, isi = sumber
    _sakip("pulihkan", str(arsip), "--data", str(tmp_path), data=tmp_path)
    (tmp_path / "unggahan" / "lama.txt").write_text("akan diganti")
    r = _sakip("pulihkan", str(arsip), "--data", str(tmp_path), data=tmp_path, kode=2)
    assert "sudah berisi data" in r.teks and "--ya" in r.teks
    _sakip("pulihkan", str(arsip), "--data", str(tmp_path), "--ya", data=tmp_path)
    _cek_sama(isi, _isi_semua(tmp_path))
    assert _berkas(tmp_path) == _berkas(data)


def test_arsip_diubah_ditolak_tanpa_menyentuh_data(sumber, tmp_path):
    _, arsip, _ = sumber
    rusak = tmp_path / "rusak.zip"
    with zipfile.ZipFile(arsip) as z, zipfile.ZipFile(rusak, "w") as baru:
        for nama in z.namelist():
            isi = z.read(nama)
            baru.writestr(nama, isi.replace(b"Kalumpang", b"Kalumpung") if nama == "data.json" else isi)
    r = _sakip("pulihkan", str(rusak), "--data", str(tmp_path / "d"), data=tmp_path / "d", kode=2)
    assert "SHA-256 tidak cocok" in r.teks
    assert not (tmp_path / "d" / "sakip.sqlite3").exists()
    r = _sakip("pulihkan", str(tmp_path / "tidak-ada.zip"), data=tmp_path / "d", kode=2)
    assert "tidak ditemukan" in r.teks


@pytest.fixture
def pg_baru():
    psycopg = pytest.importorskip("psycopg")
    try:
        pg = PostgresUji()
    except psycopg.OperationalError:
        pytest.skip("PostgreSQL di 127.0.0.1:5432 tidak tersedia")
    yield pg.baru
    pg.tutup()


@pytest.mark.postgres
@pytest.mark.lambat
def test_sqlite_ke_postgres_ke_postgres_ke_sqlite(sumber, pg_baru, tmp_path):
    data, arsip, isi = sumber
    pg1, pg2 = pg_baru(), pg_baru()
    d1, d2, d3 = tmp_path / "pg1", tmp_path / "pg2", tmp_path / "lite"
    _sakip("pulihkan", str(arsip), "--data", str(d1), data=d1, db_url=pg1)  # SQLite -> PostgreSQL
    _cek_sama(isi, _isi_semua(d1, pg1))
    arsip_pg = tmp_path / "pg.zip"
    _sakip("cadangkan", "--data", str(d1), "-o", str(arsip_pg), data=d1, db_url=pg1)
    _sakip("pulihkan", str(arsip_pg), "--data", str(d2), data=d2, db_url=pg2)  # PostgreSQL -> PostgreSQL
    _cek_sama(isi, _isi_semua(d2, pg2))
    _sakip("pulihkan", str(arsip_pg), "--data", str(d3), data=d3)  # PostgreSQL -> SQLite
    _cek_sama(isi, _isi_semua(d3))
    assert _berkas(d1) == _berkas(d2) == _berkas(d3) == _berkas(data)


def test_pemulihan_gagal_di_tengah_tidak_mengubah_apa_pun(sumber, tmp_path):
    """A row count that does not match the manifest is found after loading: all of it is rolled back."""
    data, arsip, isi = sumber
    tujuan = tmp_path / "tujuan"
    _sakip("pulihkan", str(arsip), "--data", str(tujuan), data=tujuan)
    aneh = tmp_path / "aneh.zip"
    with zipfile.ZipFile(arsip) as z, zipfile.ZipFile(aneh, "w") as baru:
        for nama in z.namelist():
            bagian = z.read(nama)
            if nama == "manifest.json":
                manifest = json.loads(bagian)
                manifest["jumlah"]["organisasi.instansi"] += 1
                bagian = json.dumps(manifest).encode()
            baru.writestr(nama, bagian)
    (tujuan / "unggahan" / "tetap.txt").write_text("tidak boleh hilang")
    r = _sakip("pulihkan", str(aneh), "--data", str(tujuan), "--ya", data=tujuan, kode=2)
    assert "tidak cocok dengan manifest" in r.teks and "tidak ada yang diubah" in r.teks
    _cek_sama(isi, _isi_semua(tujuan))
    assert (tujuan / "unggahan" / "tetap.txt").read_text() == "tidak boleh hilang"
