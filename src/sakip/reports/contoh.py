"""A sample LKj-shaped document (about 40 A4 pages) for tests and benchmarks.

It exercises every block type: cover, front matter with TOC and lists, four
chapters with numbered tables (merged header cells, a 60+ row table spanning
pages, a landscape table, totals rows), charts, cross-references, a boxed note,
signatures and an appendix with the two-party PK signature.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from sakip.reports.dokumen import (
    Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, Dokumen, Gambar, Judul, Kolom,
    Lampiran, Lanskap, Paragraf, Penandatangan, Rujukan, Sampul, Sel, Tabel, TandaTangan, Teks,
    bab,
)
from sakip.core.format import angka as format_angka, rupiah

KALIMAT = (
    "Laporan Kinerja ini disusun sebagai wujud pertanggungjawaban atas pelaksanaan tugas "
    "pokok dan fungsi Kecamatan Contoh selama tahun anggaran berjalan.",
    "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator "
    "kinerja utama yang telah ditetapkan dalam Perjanjian Kinerja.",
    "Capaian yang melebihi seratus persen dicatat apa adanya, sedangkan untuk penilaian "
    "peringkat kinerja dipakai batas atas sesuai ketentuan yang berlaku.",
    "Faktor pendukung keberhasilan antara lain koordinasi yang baik dengan pemerintah desa, "
    "dukungan anggaran yang memadai, serta partisipasi aktif masyarakat.",
    "Kendala yang dihadapi meliputi keterbatasan sumber daya aparatur dan sarana prasarana "
    "penunjang pelayanan publik di wilayah kecamatan.",
    "Sebagai langkah perbaikan, kecamatan akan memperkuat pembinaan, pemantauan dan evaluasi "
    "secara berkala terhadap pelaksanaan program dan kegiatan.",
    "Data realisasi ditelusuri ke dokumen sumber agar dapat diuji kebenarannya oleh "
    "Inspektorat pada saat reviu atas Laporan Kinerja.",
)
SUB_KEGIATAN = (
    "Fasilitasi Penyusunan Peraturan Desa dan Peraturan Kepala Desa",
    "Fasilitasi Administrasi Tata Pemerintahan Desa",
    "Koordinasi Pendampingan Desa di Wilayahnya",
    "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Desa",
    "Pembinaan Persatuan dan Kesatuan Bangsa",
    "Penyediaan Peralatan dan Perlengkapan Kantor",
    "Penyediaan Bahan Logistik Kantor",
    "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
    "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik",
    "Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya",
)
INDIKATOR = (
    ("Meningkatnya desa dengan status maju", "Rasio desa maju terhadap jumlah desa", "Desa"),
    ("Meningkatnya BUMDes yang beroperasi dengan baik", "Persentase BUMDes yang beroperasi "
     "dengan baik", "Persen"),
    ("Meningkatnya kualitas pelayanan publik kecamatan", "Indeks Kepuasan Masyarakat", "Nilai"),
    ("Meningkatnya ketenteraman dan ketertiban umum", "Persentase penanganan gangguan "
     "ketenteraman dan ketertiban umum", "Persen"),
)
RP = rupiah


def _paragraf(i: int, n: int = 4) -> Paragraf:
    return Paragraf(" ".join(KALIMAT[(i + k) % len(KALIMAT)] for k in range(n)))


def _paragraf_paragraf(mulai: int, jumlah: int) -> list[Paragraf]:
    return [_paragraf(mulai + k) for k in range(jumlah)]


@lru_cache(maxsize=1)
def _grafik():
    from sakip.reports.grafik import grafik_batang, grafik_garis

    batang = grafik_batang(
        ["Rasio Desa Maju", "BUMDes", "IKM", "Trantibum"],
        {"2022": [Decimal("88.5"), Decimal("100"), Decimal("82.1"), Decimal("90")],
         "2023": [Decimal("105.62"), Decimal("95"), Decimal("84.4"), None]},
        target=[Decimal(100)] * 4, label_y="Capaian (%)", satuan=" %")
    garis = grafik_garis(
        ["2019", "2020", "2021", "2022", "2023"],
        {"IKM": [80, Decimal("81.5"), 82, Decimal("83.25"), Decimal("84.4")]},
        target=[82, 82, 83, 83, 84], label_y="Nilai IKM")
    return batang, garis


def _tabel_anggaran(baris_n: int) -> Tabel:
    baris, total_pagu, total_real = [], Decimal(0), Decimal(0)
    for i in range(baris_n):
        pagu = Decimal(5_000_000 + (i * 7_919_113) % 190_000_000)
        real = (pagu * Decimal(80 + (i * 7) % 21) / 100).quantize(Decimal(1))
        total_pagu, total_real = total_pagu + pagu, total_real + real
        baris.append([str(i + 1), f"{SUB_KEGIATAN[i % len(SUB_KEGIATAN)]} ({i + 1})", RP(pagu),
                      RP(real), format_angka(real / pagu * 100)])
    return Tabel(
        "Realisasi Anggaran per Sub Kegiatan Tahun 2023",
        [Kolom(0.5, "tengah"), Kolom(5), Kolom(2, "kanan"), Kolom(2, "kanan"), Kolom(1.2, "kanan")],
        kepala=[["No", "Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan (%)"],
                ["(1)", "(2)", "(3)", "(4)", "(5)"]],
        baris=baris,
        kaki=[[Sel("Jumlah", kolom=2, perataan="tengah"), RP(total_pagu), RP(total_real),
               format_angka(total_real / total_pagu * 100)]],
        catatan="Serapan = realisasi dibagi pagu; jumlah dihitung dari total, bukan rata-rata.",
        id="anggaran-sub-kegiatan", kecil=True)


def _tabel_capaian(tahun: int) -> Tabel:
    baris = []
    for i, (sasaran, indikator, satuan) in enumerate(INDIKATOR):
        t, r = Decimal(100), Decimal("105.62") - i * 7
        baris.append([str(i + 1), sasaran, indikator, satuan, format_angka(t), format_angka(r),
                      format_angka(r / t * 100)])
    return Tabel(
        f"Capaian Kinerja Tahun {tahun}",
        [Kolom(0.5, "tengah"), Kolom(3), Kolom(3), Kolom(1, "tengah"), Kolom(1.2, "kanan"),
         Kolom(1.2, "kanan"), Kolom(1.3, "kanan")],
        kepala=[[Sel("No", baris=2), Sel("Sasaran Strategis", baris=2),
                 Sel("Indikator Kinerja", baris=2), Sel("Satuan", baris=2),
                 Sel(f"Tahun {tahun}", kolom=3)],
                ["Target", "Realisasi", "Capaian (%)"]],
        baris=baris, id="capaian")


def _tabel_renstra() -> Tabel:
    kepala = [[Sel("No", baris=2), Sel("Indikator", baris=2), Sel("Satuan", baris=2),
               Sel("Target Kinerja pada Tahun ke-", kolom=5), Sel("Realisasi", kolom=5)],
              [*(str(t) for t in range(2019, 2024))] * 2]
    baris = []
    for i, (_, indikator, satuan) in enumerate(INDIKATOR):
        nilai = [format_angka(Decimal(80 + i + k), 0) for k in range(10)]
        baris.append([str(i + 1), indikator, satuan, *nilai])
    return Tabel("Target dan Realisasi Renstra 2019-2023",
                 [Kolom(0.5, "tengah"), Kolom(4), Kolom(1.2, "tengah"), *[Kolom(1, "kanan")] * 10],
                 kepala=kepala, baris=baris, id="renstra")


def _tabel_rencana(tahun: int) -> Tabel:
    baris = []
    for p in range(3):
        subs = SUB_KEGIATAN[p * 3:p * 3 + 3]
        for k, sub in enumerate(subs):
            awal = [Sel(f"Program {p + 1}: Penyelenggaraan Urusan Pemerintahan", baris=3),
                    Sel(f"Kegiatan {p + 1}", baris=3)] if k == 0 else []
            baris.append([*awal, sub, RP(Decimal(3_200_000 + 9_000_000 * (p + k)))])
    return Tabel(f"Rencana Kerja Tahun {tahun}",
                 [Kolom(3), Kolom(2), Kolom(4), Kolom(1.6, "kanan")],
                 kepala=[["Program", "Kegiatan", "Sub Kegiatan", "Anggaran (Rp)"],
                         ["(1)", "(2)", "(3)", "(4)"]],
                 baris=baris, id="rencana-kerja")


def _tabel_skala() -> Tabel:
    return Tabel("Skala Nilai Peringkat Kinerja",
                 [Kolom(0.5, "tengah"), Kolom(2, "tengah"), Kolom(2, "tengah")],
                 kepala=[["No", "Interval Nilai Realisasi Kinerja", "Kriteria Penilaian"]],
                 baris=[["1", "≥ 91", "Sangat Tinggi"], ["2", "76 ≤ 90", "Tinggi"],
                        ["3", "66 ≤ 75", "Sedang"], ["4", "51 ≤ 65", "Rendah"],
                        ["5", "≤ 50", "Sangat Rendah"]], id="skala")


def dokumen_contoh(halaman: int = 40, tahun: int = 2023) -> Dokumen:
    """A sample Laporan Kinerja of roughly ``halaman`` pages."""
    batang, garis = _grafik()
    f = max(1, round((halaman - 18) / 2))  # paragraphs per subsection, ~2 pages each
    camat = Penandatangan("CAMAT CONTOH", "WAHYU NUGRAHA, S.STP", "Penata Tingkat I",
                          "19900107 201206 1 001", peran="PIHAK PERTAMA")
    bupati = Penandatangan("BUPATI CONTOH", "H. ACHMAD FIKRY, S.Ag., M.Ap.", peran="PIHAK KEDUA")
    d = Dokumen(judul=f"Laporan Kinerja Tahun {tahun}", instansi="Kecamatan Contoh",
                tahun=tahun, subjudul="Kabupaten Contoh",
                metadata={"penulis": "Kecamatan Contoh"})
    d.tambah(
        Sampul(["LAPORAN KINERJA", "(LKj)", f"TAHUN {tahun}"], "KECAMATAN CONTOH",
               "KABUPATEN CONTOH", tahun),
        Judul(1, "KATA PENGANTAR"),
        *_paragraf_paragraf(0, 3),
        TandaTangan([Penandatangan("CAMAT CONTOH", camat.nama, camat.pangkat, camat.nip)],
                    tempat_tanggal=f"Contoh, 31 Desember {tahun}"),
        Judul(1, "IKHTISAR EKSEKUTIF"),
        Paragraf(["Secara umum capaian kinerja ", Teks("sangat tinggi", tebal=True),
                  " sebagaimana terlihat pada ", Rujukan("capaian"), " dan ",
                  Rujukan("grafik-capaian"), ". ", Teks("Rincian", miring=True),
                  " disajikan pada ", Rujukan("bab-3"), "."]),
        *_paragraf_paragraf(3, 2),
        DaftarIsi(), DaftarTabel(), DaftarGambar(),
    )
    # BAB I
    d.tambah(bab(1, "PENDAHULUAN", id="bab-1"))
    for i, sub in enumerate(["Latar Belakang", "Tugas dan Fungsi", "Struktur Organisasi",
                             "Peran Strategis", "Isu Strategis", "Sistematika Penyajian"]):
        d.tambah(Judul(2, sub, f"{'ABCDEF'[i]}."), *_paragraf_paragraf(i, f))
        if i == 1:
            d.tambah(Daftar(["menyelenggarakan urusan pemerintahan umum;",
                             "mengoordinasikan kegiatan pemberdayaan masyarakat;",
                             Daftar(["pembinaan desa;", "pemberdayaan BUMDes."]),
                             "mengoordinasikan upaya penyelenggaraan ketenteraman dan "
                             "ketertiban umum;",
                             "membina dan mengawasi penyelenggaraan kegiatan desa."],
                            bernomor=True))
        if i == 4:
            d.tambah(Daftar(["keterbatasan aparatur;", "sarana prasarana belum memadai;",
                             "partisipasi masyarakat perlu ditingkatkan."]))
    # BAB II
    d.tambah(bab(2, "PERENCANAAN KINERJA", id="bab-2"),
             Judul(2, "Rencana Strategis", "A."), *_paragraf_paragraf(2, f),
             Lanskap([_tabel_renstra(), Paragraf(["Target pada ", Rujukan("renstra"),
                                                  " menjadi acuan penilaian capaian."])]),
             Judul(2, "Rencana Kerja dan Anggaran", "B."),
             Paragraf(["Rencana kerja tahun ini dirinci pada ", Rujukan("rencana-kerja"), "."]),
             _tabel_rencana(tahun), *_paragraf_paragraf(4, f),
             Judul(2, "Pengukuran Kinerja", "C."), *_paragraf_paragraf(5, f),
             _tabel_skala())
    # BAB III
    d.tambah(bab(3, "AKUNTABILITAS KINERJA", id="bab-3"),
             Judul(2, "Capaian Kinerja Organisasi", "A."),
             Paragraf(["Capaian tiap indikator disajikan pada ", Rujukan("capaian"),
                       ", dengan skala penilaian menurut ", Rujukan("skala"), "."]),
             _tabel_capaian(tahun),
             Gambar("Capaian Indikator Kinerja Utama 2022 dan 2023", svg=batang.svg,
                    png=batang.png, id="grafik-capaian"))
    for i, (sasaran, indikator, _) in enumerate(INDIKATOR):
        d.tambah(Judul(3, f"Sasaran {i + 1}: {sasaran}", f"{i + 1}."),
                 *_paragraf_paragraf(i + 1, f))
    d.tambah(Gambar("Perkembangan Indeks Kepuasan Masyarakat 2019-2023", svg=garis.svg,
                    png=garis.png, lebar=0.7, id="grafik-ikm"),
             Judul(2, "Realisasi Anggaran", "B."),
             Paragraf(["Realisasi anggaran per sub kegiatan tercantum pada ",
                       Rujukan("anggaran-sub-kegiatan"), "; tren IKM pada ",
                       Rujukan("grafik-ikm"), "."]),
             _tabel_anggaran(max(10, round(65 * halaman / 40))),
             *_paragraf_paragraf(6, f),
             Catatan([Paragraf("Angka realisasi pada tabel ini telah dicocokkan dengan laporan "
                               "realisasi anggaran (LRA) per 31 Desember."),
                      Daftar(["koreksi pagu sub kegiatan 12;", "koreksi realisasi sub kegiatan 30."])],
                     judul="Catatan koreksi"))
    # BAB IV
    d.tambah(bab(4, "PENUTUP", id="bab-4"),
             Judul(2, "Simpulan", "A."), *_paragraf_paragraf(1, f),
             Judul(2, "Langkah Perbaikan", "B."), *_paragraf_paragraf(3, f),
             TandaTangan([Penandatangan("CAMAT CONTOH", camat.nama, camat.pangkat, camat.nip)],
                         tempat_tanggal=f"Contoh, 31 Desember {tahun}"),
             Lampiran("PERJANJIAN KINERJA", "I"),
             Paragraf(f"PERJANJIAN KINERJA TAHUN {tahun}", perataan="tengah"),
             *_paragraf_paragraf(0, 1),
             Tabel(f"Sasaran dan Target Perjanjian Kinerja Tahun {tahun}",
                   [Kolom(0.5, "tengah"), Kolom(3), Kolom(3), Kolom(1, "kanan")],
                   kepala=[["No", "Sasaran Strategis", "Indikator Kinerja", "Target"]],
                   baris=[[str(i + 1), s, ind, "100"] for i, (s, ind, _) in enumerate(INDIKATOR)],
                   id="pk"),
             TandaTangan([bupati, camat], tempat_tanggal=f"Contoh, 2 Januari {tahun}"))
    return d
