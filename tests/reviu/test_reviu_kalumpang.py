"""Golden findings on the reference LKj (Kecamatan Kalumpang 2023)."""

from __future__ import annotations

from tests.reviu.conftest import cari


def test_total_realisasi_tabel_3_7_salah_jumlah(kalumpang):
    (t,) = cari(kalumpang, "RV-JML-01", tertulis="2.635.415.421")
    assert t.tingkat == "kesalahan"
    assert t.seharusnya == "2.635.415.921"
    assert "Tabel 3.7 Realisasi Anggaran" in t.lokasi and "selisih 500" in t.pesan


def test_persen_99_85_seharusnya_98_85(kalumpang):
    (t,) = cari(kalumpang, "RV-PRS-01", tertulis="99,85")
    assert t.seharusnya == "98,85 %"
    assert "7.969.650 / 8.062.300" in t.pesan


def test_persen_lain_di_tabel_3_7_tidak_dilaporkan(kalumpang):
    # every other percentage in Tabel 3.7 is right: no noise
    assert len(cari(kalumpang, "RV-PRS-01")) == 1
    assert not cari(kalumpang, "RV-PRS-02")


def test_capaian_ikm_2022_102_seharusnya_103_08(kalumpang):
    (t,) = cari(kalumpang, "RV-CAP-01", tertulis="102")
    assert "85,56 / 83" in t.pesan and "103,08 %" in t.seharusnya
    # 2023: 106 and 105,62 % are right
    assert not cari(kalumpang, "RV-CAP-01", tertulis="106")


def test_350_persen_bertentangan_dengan_aturan_batas(kalumpang):
    temuan = cari(kalumpang, "RV-CAP-05", tertulis="350%")
    assert temuan and all(t.tingkat == "peringatan" for t in temuan)
    assert any("Tabel 3.2" in t.lokasi for t in temuan)
    assert all("baris 375" in t.pesan for t in temuan)  # where the rule is stated


def test_efisiensi_1_05_persen_adalah_rasio(kalumpang):
    temuan = cari(kalumpang, "RV-SAT-01")
    assert {t.tertulis for t in temuan} >= {"1,05%"}
    assert all("1,05 (tanpa %)" == t.seharusnya for t in temuan)


def test_nomor_tabel_ganda(kalumpang):
    ganda = {t.tertulis.split(" (")[0] for t in cari(kalumpang, "RV-NOM-01")}
    assert ganda == {"Tabel 3.1", "Tabel 3.4", "Tabel 3.5", "Tabel 3.6", "Tabel 3.7"}


def test_nomor_terlompati_dan_daftar_tabel(kalumpang):
    assert cari(kalumpang, "RV-NOM-02", teks="3.8, 3.9")
    assert cari(kalumpang, "RV-NOM-03", tertulis="Tabel 2.4")
    assert cari(kalumpang, "RV-NOM-03", tertulis="Gambar 3.4")
    assert {t.tertulis for t in cari(kalumpang, "RV-NOM-04")} == {"Gambar 3.4", "Gambar 3.6", "Gambar 3.8"}


def test_sub_kegiatan_17_562_400_lawan_17_562_450(kalumpang):
    (t,) = cari(kalumpang, "RV-SLG-01", teks="Peningkatan Partisipasi Masyarakat")
    assert {t.tertulis, t.seharusnya.split(" ")[0]} == {"17.562.450", "17.562.400"}


def test_anggaran_program_di_kalimat_lawan_tabel(kalumpang):
    temuan = cari(kalumpang, "RV-SLG-01", tertulis="25.262.300")
    (t,) = temuan
    assert t.seharusnya.startswith("28.462.300")
    assert "Selisih 3.200.000 sama dengan Koordinasi Pendampingan Desa" in t.pesan
    assert "kalimat baris 459" in t.lokasi


def test_total_tabel_2_3_tidak_sama_dengan_barisnya(kalumpang):
    (t,) = cari(kalumpang, "RV-JML-01", tertulis="3.397.085.593")
    assert "Tabel 2.3" in t.lokasi and t.seharusnya == "3.329.180.543"


def test_tanpa_derau(kalumpang):
    kode = {t.kode for t in kalumpang.temuan}
    # nothing malformed, no duplicate rows, no reading trouble in this document
    assert not kode & {"RV-ANG-01", "RV-JML-03", "RV-BAC-01", "RV-PRS-03", "RV-KLM-01"}
    # performance figures (100 %, 12 Bulan) are never compared with Rupiah
    uang = [t for t in cari(kalumpang, "RV-SLG-01") if ": target " not in t.pesan]
    assert not [t for t in uang if t.tertulis in {"100", "12"} or t.seharusnya.startswith(("100 ", "12 "))]
    r = kalumpang.ringkasan()
    assert r["jumlah"] == len(kalumpang.temuan) < 60


def test_target_sub_kegiatan_berbeda_antar_tabel(kalumpang):
    target = {(t.tertulis, t.seharusnya.split(" (")[0]) for t in cari(kalumpang, "RV-SLG-01", teks="target")}
    assert ("11 Dok", "15 Dok") in target  # Penyusunan Dokumen Perencanaan: Tabel 3.7 vs Tabel 3.6
    assert ("3 Dok", "12 Dok") in target  # laporan keuangan bulanan/triwulanan/semesteran
    assert ("0", "12 Bulan") in target  # jasa surat menyurat
    # "12 Bulan" against "12 Bulan", "100%" against "100 %": the same target, no finding
    assert all(a != b for a, b in target)


def test_nama_kegiatan_berbeda(kalumpang):
    (t,) = cari(kalumpang, "RV-SLG-02")
    assert {t.tertulis, t.seharusnya.split(" (")[0]} == {"Koordinasi Kegiatan Masyarakat Desa", "Koordinasi Kegiatan Pemberdayaan Desa"}
    assert t.tingkat == "catatan"


def test_realisasi_anggaran_di_tabel_efisiensi_lawan_tabel_3_7(kalumpang):
    temuan = {t.tertulis: t.seharusnya for t in cari(kalumpang, "RV-SLG-01", teks="realisasi anggaran (%)")}
    assert temuan["83,61%"].startswith("99,98 %")  # Sinergitas dengan Kepolisian ...
    assert temuan["77,11%"].startswith("92,62 %")  # Peningkatan Efektifitas Kegiatan Pemberdayaan ...
    # an indicator that cannot be tied to one sub kegiatan is left alone
    assert not cari(kalumpang, "RV-SLG-01", teks="Jumlah penyediaan jasa pelayanan umum kantor")


def test_rincian_sub_kegiatan_berbeda_antar_tabel_anggaran(kalumpang):
    tertulis = {t.tertulis for t in cari(kalumpang, "RV-SLG-03")}
    assert tertulis == {"Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya",
                        "Pengadaan Kendaraan Dinas Operasional atau Lapangan"}
