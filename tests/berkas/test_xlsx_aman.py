"""Hostile or broken workbooks give one clear Indonesian message, never a crash or a half-read file."""

from __future__ import annotations

import time
import zipfile

import openpyxl
import pytest

from sakip.berkas import BerkasTidakSah, baca
from sakip.berkas.xlsx import aman, baca_xlsx


def _pesan(path) -> str:
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(path)
    (m,) = e.value.masalah
    return m.pesan


def _ganti_isi(path, ubah) -> None:
    """Rewrite the zip with ``ubah(name, bytes) -> bytes | None`` (None drops the part)."""
    with zipfile.ZipFile(path) as z:
        bagian = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for nama, isi in bagian:
            baru = ubah(nama, isi)
            if baru is not None:
                z.writestr(nama, baru)


def _lembar_xml(path, judul: str) -> str:
    """The zip part of sheet ``judul`` (sheets are written in workbook order after Petunjuk)."""
    nama = openpyxl.load_workbook(path, read_only=True).sheetnames
    return f"xl/worksheets/sheet{nama.index(judul) + 1}.xml"


def test_bukan_zip(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_text("Nama,Target\nIKU-1,2:9\n")
    assert _pesan(path).startswith("berkas ini bukan buku kerja Excel (.xlsx)")


def test_xls_lama_atau_berkata_sandi(tmp_path):
    path = tmp_path / "lama.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000)
    assert "(.xls) atau dilindungi kata sandi" in _pesan(path)


def test_zip_terpotong(tmp_path, buku_kaya):
    path = tmp_path / "potong.xlsx"
    path.write_bytes(buku_kaya.read_bytes()[:5000])
    pesan = _pesan(path)
    assert "bukan buku kerja Excel" in pesan or "rusak" in pesan


def test_bom_zip(tmp_path):
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    awal = time.perf_counter()
    assert "bom zip" in _pesan(path)
    assert time.perf_counter() - awal < 2


def test_isi_terlalu_besar(tmp_path, buku_kaya, monkeypatch):
    monkeypatch.setattr(aman, "BATAS_UKURAN", 50_000)
    assert _pesan(buku_kaya).startswith("isi buku kerja terlalu besar setelah diekstrak")


@pytest.mark.parametrize(
    ("bagian", "potongan"),
    [
        ("xl/vbaProject.bin", "berisi makro (VBA)"),
        ("xl/externalLinks/externalLink1.xml", "tautan ke berkas lain (external link)"),
        ("xl/media/image1.png", "berisi gambar"),
    ],
)
def test_makro_tautan_luar_dan_gambar_ditolak(buku_kaya, bagian, potongan):
    with zipfile.ZipFile(buku_kaya, "a") as z:
        z.writestr(bagian, b"x")
    assert potongan in _pesan(buku_kaya)


def test_xlsm_dengan_makro_lewat_baca(tmp_path, buku_kaya):
    path = tmp_path / "makro.xlsm"
    path.write_bytes(buku_kaya.read_bytes())
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("xl/vbaProject.bin", b"x")
    with pytest.raises(BerkasTidakSah) as e:
        baca(path)
    assert "makro" in e.value.masalah[0].pesan


def test_dtd_ditolak(buku_kaya):
    bom = b'<!DOCTYPE lol [<!ENTITY lol "lol">]>'
    _ganti_isi(buku_kaya, lambda n, isi: bom + isi if n == "xl/workbook.xml" else isi)
    assert "DTD/ENTITY" in _pesan(buku_kaya)


def test_xml_rusak(buku_kaya):
    target = _lembar_xml(buku_kaya, "Realisasi")
    _ganti_isi(buku_kaya, lambda n, isi: isi[: len(isi) // 2] if n == target else isi)
    assert _pesan(buku_kaya).startswith("buku kerja rusak dan tidak dapat dibaca")


def test_rumus_tanpa_nilai_tersimpan(buku_kaya):
    buku = openpyxl.load_workbook(buku_kaya)
    buku["Realisasi"]["G3"] = "=80+8.72"
    buku.save(buku_kaya)
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(buku_kaya)
    (m,) = e.value.masalah
    assert (m.lembar, m.baris, m.kolom, m.nilai) == ("Realisasi", 3, "G", "=80+8.72")
    assert m.pesan.startswith("sel berisi rumus tanpa nilai tersimpan")


def test_rumus_dengan_nilai_tersimpan_dipakai(buku_kaya):
    buku = openpyxl.load_workbook(buku_kaya)
    buku["Anggaran"]["B3"] = "=3000000000+397085593"
    buku.save(buku_kaya)
    target = _lembar_xml(buku_kaya, "Anggaran")
    _ganti_isi(buku_kaya, lambda n, isi: isi.replace(b"<v></v>", b"<v>3397085593</v>").replace(b"<v/>", b"<v>3397085593</v>")
               if n == target else isi)
    assert str(baca_xlsx(buku_kaya).anggaran[1].pagu_murni) == "3397085593"


def test_dimensi_raksasa_tidak_dipercaya(buku_kaya):
    target = _lembar_xml(buku_kaya, "Realisasi")
    _ganti_isi(buku_kaya, lambda n, isi: isi.replace(b'<dimension ref="A1:J5"/>', b'<dimension ref="A1:XFD1048576"/>')
               if n == target else isi)
    awal = time.perf_counter()
    assert len(baca_xlsx(buku_kaya).realisasi) == 4
    assert time.perf_counter() - awal < 2


def test_baris_terlalu_banyak(buku_kaya, monkeypatch):
    monkeypatch.setattr(aman, "BATAS_BARIS", 4)
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(buku_kaya)
    pesan = {(m.lembar, m.pesan) for m in e.value.masalah if "melebihi batas" in m.pesan}
    assert ("Realisasi", "lembar melebihi batas 4 baris; isian di baris ini tidak dapat dibaca") in pesan


def test_baris_jauh_di_bawah_dibaca_cepat(buku_kaya):
    buku = openpyxl.load_workbook(buku_kaya)
    buku["Prestasi"]["A1000000"] = "terselip jauh di bawah"
    buku.save(buku_kaya)
    awal = time.perf_counter()
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(buku_kaya)
    assert time.perf_counter() - awal < 5
    assert any(m.lembar == "Prestasi" and "melebihi batas" in m.pesan for m in e.value.masalah)


# --- whatever is typed or broken: a full model or every problem, never a crash --------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_isi_sel = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(-10**6, 10**16),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates().map(lambda d: __import__("datetime").datetime(d.year, d.month, d.day)),
    st.sampled_from(["=1/0", "=A1", "IKU-1", "7.01.06", "2:9", "88,72", "Target 2024", "ya", "#N/A"]),
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ubahan=st.lists(st.tuples(st.integers(1, 21), st.integers(1, 12), st.integers(1, 22), _isi_sel), min_size=1, max_size=4))
def test_isian_acak_tidak_pernah_membuat_galat_program(tmp_path_factory, buku_kaya, ubahan):
    buku = openpyxl.load_workbook(buku_kaya)
    for lembar, baris, kolom, nilai in ubahan:
        buku.worksheets[lembar].cell(row=baris, column=kolom, value=nilai)
    path = tmp_path_factory.mktemp("acak") / "acak.xlsx"
    buku.save(path)
    try:
        baca_xlsx(path)
    except BerkasTidakSah as e:
        assert e.masalah and all(m.pesan for m in e.masalah)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(potong=st.integers(0, 60_000), bait=st.binary(max_size=64), letak=st.integers(0, 60_000))
def test_berkas_rusak_acak_hanya_memberi_pesan(tmp_path_factory, buku_kaya, potong, bait, letak):
    isi = bytearray(buku_kaya.read_bytes())
    isi[letak : letak + len(bait)] = bait
    path = tmp_path_factory.mktemp("rusak") / "rusak.xlsx"
    path.write_bytes(bytes(isi[: max(potong, len(isi) // 2)]))
    try:
        baca_xlsx(path)
    except BerkasTidakSah as e:
        assert e.masalah and all(m.pesan for m in e.masalah)


def test_xlsm_tanpa_makro_dibaca(tmp_path, buku_kaya, berkas_kaya):
    path = tmp_path / "tanpa-makro.xlsm"
    path.write_bytes(buku_kaya.read_bytes())
    assert baca(path) == berkas_kaya


def test_berkas_tidak_ada(tmp_path):
    with pytest.raises(BerkasTidakSah) as e:
        baca_xlsx(tmp_path / "tidak-ada.xlsx")
    assert e.value.masalah[0].pesan == "berkas tidak ditemukan"
