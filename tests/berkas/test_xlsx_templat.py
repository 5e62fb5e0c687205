"""The template users fill in: instructions, frozen bold headers, dropdowns, formats."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from sakip.berkas.xlsx import buat_templat, tata


@pytest.fixture
def templat(tmp_path):
    path = tmp_path / "templat.xlsx"
    buat_templat(path, tahun_awal=2021, tahun_akhir=2026)
    return path


def _validasi(ws) -> dict[str, str]:
    """Dropdown lists by the first cell they cover."""
    return {str(dv.sqref).split(":")[0]: dv.formula1 for dv in ws.data_validations.dataValidation}


def test_lembar_dan_urutannya(templat):
    buku = openpyxl.load_workbook(templat)
    assert buku.sheetnames == ["Petunjuk", *(s.nama for s in tata.LEMBAR)]
    petunjuk = "\n".join(str(c.value) for r in buku["Petunjuk"].iter_rows() for c in r if c.value)
    assert "Baris 1 setiap lembar adalah judul kolom" in petunjuk
    assert "Rupiah" in petunjuk and "\"2:9\"" in petunjuk
    for spek in tata.LEMBAR:
        assert spek.nama in petunjuk


def test_judul_tebal_beku_dengan_catatan(templat):
    buku = openpyxl.load_workbook(templat)
    for spek in tata.LEMBAR:
        ws = buku[spek.nama]
        assert ws.freeze_panes == spek.beku
        judul = [c for c in ws[1] if c.value]
        assert all(c.font.b for c in judul)
    kode = buku["Indikator"]["A1"]
    assert kode.value == "Kode" and "Wajib diisi" in kode.comment.text


def test_kolom_target_menurut_periode(templat):
    judul = [c.value for c in openpyxl.load_workbook(templat)["Indikator"][1]]
    assert judul[judul.index("Tahun Baseline") + 1 : judul.index("Target Akhir")] == [
        f"Target {t}" for t in range(2021, 2027)
    ]
    renstra = openpyxl.load_workbook(templat)["Renstra"]
    assert (renstra["B2"].value, renstra["B3"].value) == (2021, 2026)


def test_daftar_pilihan(templat):
    buku = openpyxl.load_workbook(templat)
    indikator = _validasi(buku["Indikator"])
    assert indikator["F2"] == '"positif,negatif"'
    assert indikator["B2"] == '"tujuan,sasaran,program,kegiatan,sub_kegiatan"'
    assert indikator["H2"] == '"kumulatif,nilai_akhir,rata_rata,rasio"'
    assert indikator["K2"] == '"ya,tidak"'
    pk = _validasi(buku["PK"])
    assert pk["B2"] == '"murni,perubahan"'
    assert pk["G2"] == '"pergantian_pejabat,perubahan_strategi,perubahan_prioritas"'
    assert _validasi(buku["Profil"])["B4"].startswith('"kecamatan,kelurahan')


def test_format_sel(templat):
    buku = openpyxl.load_workbook(templat)
    assert buku["Realisasi"].column_dimensions["C"].number_format == "@"  # TW1 typed as text
    assert buku["Narasi"]["A2"].value == "kata_pengantar"


def _calc_tersedia() -> bool:
    if not shutil.which("soffice"):
        return False
    return bool(list(__import__("pathlib").Path("/usr/lib/libreoffice/program").glob("libsc*")))


@pytest.mark.lambat
@pytest.mark.skipif(not _calc_tersedia(), reason="LibreOffice Calc tidak terpasang")
def test_libreoffice_membuka_tanpa_perbaikan(tmp_path, buku_kaya):
    profil = tmp_path / "profil"
    hasil = subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profil}",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
         "--outdir", str(tmp_path), str(buku_kaya)],
        capture_output=True, text=True, timeout=180,
    )
    assert hasil.returncode == 0, hasil.stderr
    assert "Error" not in hasil.stderr
    realisasi = (tmp_path / "kaya-Realisasi.csv").read_text(encoding="utf-8")
    assert realisasi.splitlines()[1].startswith("IKU-1,2023,1:9,3:9,5:9,7:9,7:9")
    assert "Kecamatan Kaya" in (tmp_path / "kaya-Profil.csv").read_text(encoding="utf-8")


def test_hanya_sel_isian_yang_dapat_diubah_di_lembar_isian(templat):
    buku = openpyxl.load_workbook(templat)
    profil = buku["Profil"]
    assert profil.protection.sheet and not profil.protection.password
    assert profil["A3"].protection.locked and profil["C3"].protection.locked
    assert not profil["B3"].protection.locked
    narasi = buku["Narasi"]
    assert narasi["B2"].protection.locked and not narasi["C2"].protection.locked
    assert not narasi["A30"].protection.locked  # room for continuation rows
    assert buku["Petunjuk"].protection.sheet
    assert not buku["Indikator"].protection.sheet


def test_contoh_di_petunjuk_memakai_judul_kolom_yang_dikenal():
    from sakip.berkas.xlsx.petunjuk import CONTOH

    spek = {s.nama: s for s in tata.LEMBAR}
    for lembar, daftar in CONTOH.items():
        for contoh in daftar:
            for judul in contoh:
                assert spek[lembar].cari_kolom(judul) or tata.POLA_TARGET.match(judul), (lembar, judul)


def test_contoh_di_petunjuk_tertulis(templat):
    teks = [str(c.value) for r in openpyxl.load_workbook(templat)["Petunjuk"].iter_rows() for c in r if c.value]
    assert "Contoh pengisian (hanya contoh; lembar ini tidak dibaca)" in teks
    assert any(t.startswith("Kode: IKU-1  ·  Induk Kode: S1") for t in teks)
