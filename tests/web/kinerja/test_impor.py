"""Workbook import through the screens: upload -> preview -> apply all or nothing; download."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.berkas import dari_yaml, ke_yaml
from sakip.web.kinerja import impor
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get
from sakip.web.kinerja.services import berkas_simpan

xlsx = pytest.importorskip("sakip.berkas.xlsx", reason="pembaca/penulis buku kerja (cabang xlsx) belum ada")
openpyxl = pytest.importorskip("openpyxl")

pytestmark = pytest.mark.django_db

TABEL = (m.TahunKinerja, m.Tujuan, m.Sasaran, m.Indikator, m.TargetIndikator, m.KodeAnggaran, m.PerjanjianKinerja,
         m.TargetPK, m.ProgramPK, m.Realisasi, m.Anggaran)


def _jumlah() -> list[int]:
    return [t.objects.count() for t in TABEL]


@pytest.fixture
def buku(tmp_path, kalumpang) -> Path:
    path = tmp_path / "kalumpang-2023.xlsx"
    xlsx.tulis_xlsx(kalumpang, path)
    return path


def _ubah(path: Path, ubah) -> Path:
    b = openpyxl.load_workbook(path)
    ubah(b)
    b.save(path)
    return path


def _masuk(client, user, sandi):
    assert client.login(username=user.username, password=sandi)
    return client


def _url(nama, instansi, tahun=2023, **kw):
    return reverse(f"kinerja:{nama}", kwargs={"pk": instansi.pk, "tahun": tahun, **kw})


def _unggah(client, instansi, path: Path, tahun=2023, nama=None):
    berkas = SimpleUploadedFile(nama or path.name, path.read_bytes())
    return client.post(_url("unggahan_tambah", instansi, tahun), {"berkas": berkas})


@pytest.fixture
def operator(client, orang, sandi):
    return _masuk(client, orang["operator_a"], sandi)


def test_impor_buku_baik_lalu_terapkan(operator, instansi_a, buku, kalumpang, django_capture_on_commit_callbacks):
    r = _unggah(operator, instansi_a, buku)
    assert r.status_code == 302
    unggahan = m.Unggahan.objects.get()
    assert Path(unggahan.path).is_file()
    r = operator.get(r["Location"])
    isi = r.content.decode()
    assert r.status_code == 200 and "Perubahan bila diterapkan" in isi and "Terapkan semua" in isi
    assert _jumlah()[0] == 0  # the preview writes nothing
    with django_capture_on_commit_callbacks(execute=True):  # the file is removed once the data is committed
        r = operator.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": 0}, follow=True)
    assert "diterapkan:" in r.content.decode()
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == kalumpang
    assert not m.Unggahan.objects.exists() and not Path(unggahan.path).exists()
    tk = m.TahunKinerja.objects.get()
    assert tk.diubah_oleh.username == "operator.a"


def _rusak_pagu(b):
    b["Anggaran"]["B3"] = "133.825.00,00"


def _kode_tak_dikenal(b):
    b["Realisasi"]["A3"] = "IKU-9"


def _tanpa_renstra(b):
    b.remove(b["Renstra"])


@pytest.mark.parametrize(
    ("ubah", "harapan"),
    [
        (_rusak_pagu, ["Anggaran", "133.825.00,00", "pemisah ribuan"]),
        (_kode_tak_dikenal, ["Realisasi", "IKU-9", "kode indikator &#x27;IKU-9&#x27; tidak dikenal"]),
        (_tanpa_renstra, ["lembar wajib &#x27;Renstra&#x27; tidak ada"]),
    ],
)
def test_buku_rusak_semua_galat_tanpa_tulis(operator, instansi_a, buku, kalumpang, ubah, harapan):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    sebelum = _jumlah()
    _unggah(operator, instansi_a, _ubah(buku, ubah))
    unggahan = m.Unggahan.objects.get()
    isi = operator.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token)).content.decode()
    assert "kesalahan — buku kerja belum dapat diterapkan" in isi and "Terapkan semua" not in isi
    for teks in harapan:
        assert teks in isi
    r = operator.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": 1}, follow=True)
    assert "memuat kesalahan" in r.content.decode()
    assert _jumlah() == sebelum
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == kalumpang


def test_bukan_zip_ditolak_saat_unggah(operator, instansi_a, tmp_path):
    palsu = tmp_path / "data.xlsx"
    palsu.write_text("Indikator,Target\nIKU-1,2:9\n")
    r = _unggah(operator, instansi_a, palsu)
    assert r.status_code == 200
    assert "bukan buku kerja Excel (.xlsx) yang sah" in r.content.decode()
    assert not m.Unggahan.objects.exists()


def test_jenis_berkas_lain_ditolak(operator, instansi_a, tmp_path):
    exe = tmp_path / "virus.exe"
    exe.write_bytes(b"MZ" + b"\0" * 100)
    assert "bukan keduanya" in _unggah(operator, instansi_a, exe).content.decode()


def test_bom_zip_pesan_bukan_500(operator, instansi_a, tmp_path, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    sebelum = _jumlah()
    bom = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bom, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (8 * 1024 * 1024))
    _unggah(operator, instansi_a, bom)
    unggahan = m.Unggahan.objects.get()
    r = operator.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token))
    assert r.status_code == 200 and "bom zip" in r.content.decode()
    assert "bom.xlsx" in r.content.decode() and unggahan.path not in r.content.decode()  # our server path stays ours
    assert _jumlah() == sebelum


def test_terlalu_besar_ditolak(operator, instansi_a, buku, monkeypatch):
    monkeypatch.setattr(impor, "BATAS_UNGGAHAN", 1000)
    assert "Berkas terlalu besar" in _unggah(operator, instansi_a, buku).content.decode()
    assert not m.Unggahan.objects.exists()


def test_buku_tahun_lain_ditolak(operator, instansi_a, buku):
    _unggah(operator, instansi_a, buku, tahun=2022)
    unggahan = m.Unggahan.objects.get()
    isi = operator.get(_url("unggahan_pratinjau", instansi_a, 2022, token=unggahan.token)).content.decode()
    assert "berkas ini untuk tahun 2023, bukan 2022" in isi
    assert _jumlah()[0] == 0


def test_data_berubah_sejak_pratinjau_ditolak(operator, instansi_a, buku, kalumpang, orang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    lain = kalumpang.model_copy(deep=True)
    lain.realisasi_indikator("IKU-3").nilai = "90"
    _unggah(operator, instansi_a, buku)
    unggahan = m.Unggahan.objects.get()
    isi = operator.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token)).content.decode()
    assert "Tidak ada perubahan" in isi
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=lain, oleh=orang["admin"])  # someone else, meanwhile
    r = operator.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": 1})
    assert r.status_code == 409
    isi = r.content.decode()
    assert "telah diubah sejak pratinjau" in isi and "88,72" in isi and "90" in isi
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == lain
    assert m.Unggahan.objects.filter(pk=unggahan.pk).exists()


def test_batal_menghapus_unggahan(operator, instansi_a, buku):
    _unggah(operator, instansi_a, buku)
    unggahan = m.Unggahan.objects.get()
    operator.post(_url("unggahan_batal", instansi_a, token=unggahan.token))
    assert not m.Unggahan.objects.exists() and not Path(unggahan.path).exists()


@pytest.mark.parametrize(("siapa", "status"), [("operator_b", 404), ("admin_lain", 404), ("pimpinan_a", 403),
                                               ("reviewer", 403), ("pembaca_a", 403)])
def test_hanya_operator_dan_admin_boleh_unggah(client, orang, sandi, instansi_a, buku, siapa, status):
    _masuk(client, orang[siapa], sandi)
    assert client.get(_url("unggahan_tambah", instansi_a)).status_code == status
    assert _unggah(client, instansi_a, buku).status_code == status
    assert not m.Unggahan.objects.exists()


def test_admin_pemda_boleh_unggah(client, orang, sandi, instansi_a, buku):
    _masuk(client, orang["admin"], sandi)
    assert _unggah(client, instansi_a, buku).status_code == 302


@pytest.mark.parametrize("siapa", ["operator_b", "admin", "pimpinan_a"])
def test_unggahan_orang_lain_tidak_terlihat(client, orang, sandi, instansi_a, buku, siapa):
    """Only the uploader may preview, apply or cancel an upload, even an admin of the same Pemda."""
    _unggah(_masuk(client, orang["operator_a"], sandi), instansi_a, buku)
    unggahan = m.Unggahan.objects.get()
    client.logout()
    _masuk(client, orang[siapa], sandi)
    harapan = 403 if siapa == "pimpinan_a" else 404
    assert client.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token)).status_code == harapan
    assert client.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": 0}).status_code == harapan
    assert client.post(_url("unggahan_batal", instansi_a, token=unggahan.token)).status_code == harapan
    assert _jumlah()[0] == 0 and m.Unggahan.objects.exists()


@pytest.mark.parametrize("siapa", ["operator_a", "pimpinan_a", "reviewer"])
def test_unduh_bolak_balik(client, orang, sandi, instansi_a, kalumpang, tmp_path, siapa):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    _masuk(client, orang[siapa], sandi)
    r = client.get(_url("tahun_kinerja_unduh", instansi_a, format="yaml"))
    assert r.status_code == 200 and 'filename="kecamatan-kalumpang-2023.yaml"' in r["Content-Disposition"]
    assert dari_yaml(r.content.decode()) == kalumpang
    r = client.get(_url("tahun_kinerja_unduh", instansi_a, format="xlsx"))
    path = tmp_path / "unduh.xlsx"
    path.write_bytes(r.content)
    assert xlsx.baca_xlsx(path) == kalumpang


def test_unduh_instansi_lain_404(client, orang, sandi, instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    _masuk(client, orang["operator_b"], sandi)
    assert client.get(_url("tahun_kinerja_unduh", instansi_a, format="yaml")).status_code == 404
    assert client.get(_url("tahun_kinerja_detail", instansi_a)).status_code == 404


@pytest.mark.parametrize("rusak", ["terpotong", "sampah"])
def test_zip_rusak_pesan_bukan_500(operator, instansi_a, buku, tmp_path, rusak):
    path = tmp_path / f"{rusak}.xlsx"
    isi = buku.read_bytes()
    path.write_bytes(isi[:3000] if rusak == "terpotong" else b"PK\x03\x04" + bytes(range(256)) * 40)
    _unggah(operator, instansi_a, path)
    unggahan = m.Unggahan.objects.get()
    r = operator.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token))
    assert r.status_code == 200 and "1 kesalahan" in r.content.decode()
    assert _jumlah()[0] == 0
