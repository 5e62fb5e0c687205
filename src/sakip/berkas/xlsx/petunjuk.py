"""The ``Petunjuk`` sheet: how to fill in the workbook, in Bahasa Indonesia.

Generated from the layout (:mod:`.tata`), so the list of sheets and of
required columns can never drift from what the reader accepts.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill

from sakip.berkas.xlsx import tata
from sakip.berkas.xlsx.cetak import atur_cetak, lindungi, tinggi_baris

JUDUL = "Buku Kerja Data sakip — satu instansi, satu tahun laporan"

UMUM = (
    "Buku kerja ini adalah berkas data sakip. Setiap lembar memuat satu bagian data; sakip membacanya untuk "
    "menyusun Laporan Kinerja (LKj), Perjanjian Kinerja dan reviu.",
    "Baris 1 setiap lembar adalah judul kolom: jangan diubah, dihapus atau dipindah. Kolom berjudul oranye wajib "
    "diisi; kolom biru boleh dikosongkan. Arahkan tetikus ke judul kolom untuk membaca penjelasannya.",
    "Isi data mulai baris 2, satu butir per baris. Baris kosong dilewati. Jangan menambah lembar atau kolom lain: "
    "lembar dan kolom yang tidak dikenal dilaporkan sebagai kesalahan agar tidak ada data yang terlewat.",
    "Kolom berpilihan (Polaritas, Level, Metode Agregasi, Jenis PK, IKU, Plt, Alasan Perubahan) memiliki daftar "
    "pilihan; pilih dari daftar itu.",
    "Bila ada kesalahan, sakip tidak memakai buku kerja ini dan menyebut setiap kesalahan sekaligus: lembar, baris, "
    "kolom, nilai yang tertulis dan apa yang diharapkan.",
)

ANGKA = (
    "Target, realisasi, baseline dan nilai pembanding disimpan sebagai TEKS, persis seperti ditulis: "
    "\"2:9\" (rasio), \"12 Bulan\", \"88,72\", \"80 - 90\", \"WTP\", atau \"-\" bila tidak ada target.",
    "Pecahan desimal ditulis dengan koma (88,72). Bila sel terlanjur berisi angka, sakip membacanya apa adanya "
    "(88,72 tetap 88,72; sel berformat persen 88,72% dibaca 88,72).",
    "Rupiah (pagu, realisasi anggaran, anggaran PK) ditulis sebagai angka tanpa titik desimal gaya Inggris, mis. "
    "3397085593 (tampil 3.397.085.593). Teks seperti \"Rp 3.397.085.593,00\" juga diterima; tulisan salah seperti "
    "\"133.825.00,00\" ditolak.",
    "Tanggal: sel bertanggal, atau teks 31/12/2023 atau 2023-12-31.",
    "Kode (indikator, sasaran, program, sub kegiatan) dan NIP adalah teks. NIP 18 angka harus bersel teks agar "
    "tidak kehilangan digit.",
    "Jangan memakai rumus yang merujuk berkas lain, makro, atau menempel gambar: buku kerja seperti itu ditolak. "
    "Rumus biasa boleh bila buku kerja disimpan dari Excel/LibreOffice (nilainya ikut tersimpan).",
)


CONTOH: dict[str, tuple[dict[str, str], ...]] = {
    "Struktur": ({"Tingkat": "1", "Nama Unit": "Camat"}, {"Tingkat": "2", "Nama Unit": "Sekretaris Kecamatan"}),
    "Tujuan Sasaran": (
        {"Jenis": "tujuan", "Kode": "T1", "Uraian": "Meningkatkan kualitas pelayanan publik", "Misi": "5"},
        {"Jenis": "sasaran", "Kode": "S1", "Induk Kode": "T1", "Uraian": "Meningkatnya desa dengan status maju"},
    ),
    "Indikator": (
        {"Kode": "IKU-1", "Induk Kode": "S1", "Nama": "Rasio desa maju", "Satuan": "Desa",
         "Metode Agregasi": "rasio", "IKU": "ya", "Target 2023": "2:9"},
        {"Kode": "IKU-4", "Induk Kode": "S2", "Nama": "Lama penyelesaian pengaduan", "Satuan": "Hari",
         "Polaritas": "negatif", "Target 2023": "5"},
        {"Kode": "IK-7.01.06.2.01", "Induk Kode": "7.01.06.2.01", "Nama": "Jumlah desa yang dibina", "Target 2023": "9 Desa"},
    ),
    "Program": (
        {"Kode": "7.01.06", "Nama": "Program Pembinaan dan Pengawasan Pemerintahan Desa", "Mendukung": "S1"},
        {"Kode": "7.01.06.2.01", "Nama": "Fasilitasi Pembinaan Desa"},
        {"Kode": "7.01.06.2.01.0001", "Nama": "Fasilitasi Penyusunan Peraturan Desa"},
    ),
    "PK": ({"Nomor Urut": "0", "Jenis": "murni", "Tanggal": "16/01/2023", "Pihak Pertama: nama": "WAHYUDI NOOR, S.STP",
            "Pihak Pertama: jabatan": "Camat Kalumpang", "Pihak Kedua: nama": "H. ACHMAD FIKRY, S.Ag, M.AP",
            "Pihak Kedua: jabatan": "Bupati Hulu Sungai Selatan"},),
    "PK Target": ({"Nomor Urut PK": "0", "Sasaran": "S1", "Indikator": "IKU-1", "Target": "2:9"},),
    "PK Anggaran": ({"Nomor Urut PK": "0", "Program": "7.01.06", "Anggaran": "8062300"},),
    "Realisasi": ({"Indikator": "IKU-1", "Tahun": "2023", "TW4": "7:9", "Tahunan": "7:9", "Keterangan": "Melampaui target"},),
    "Anggaran": ({"Sub Kegiatan": "7.01.06.2.01.0001", "Pagu Murni": "8062300", "Realisasi Tahunan": "7969650",
                  "Sumber Dana": "DAU"},),
}
"""Example rows shown on the Petunjuk sheet (never read): header -> value, as typed."""


def _wajib(spek) -> str:
    if isinstance(spek, tata.LembarIsian):
        return ", ".join(i.label for i in spek.isian if i.wajib)
    return ", ".join(k.judul for k in spek.kolom if k.wajib)


def tulis_petunjuk(ws, tahun: list[int]) -> None:
    ws.title = tata.PETUNJUK
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 80
    ws.column_dimensions["C"].width = 50
    tebal = Font(bold=True)
    bungkus = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = JUDUL
    ws["A1"].font = Font(bold=True, size=14)
    n = 3

    def bagian(judul: str, paragraf: tuple[str, ...]) -> None:
        nonlocal n
        ws.cell(row=n, column=1, value=judul).font = Font(bold=True, size=12)
        n += 1
        for p in paragraf:
            ws.cell(row=n, column=1, value="•").alignment = Alignment(horizontal="right", vertical="top")
            ws.merge_cells(start_row=n, start_column=2, end_row=n, end_column=3)
            sel = ws.cell(row=n, column=2, value=p)
            sel.alignment = bungkus
            tinggi_baris(ws, n, ((p, 130),))
            n += 1
        n += 1

    bagian("Cara mengisi", UMUM)
    bagian("Angka, teks dan tanggal", ANGKA)
    ws.cell(row=n, column=1, value="Daftar lembar").font = Font(bold=True, size=12)
    n += 1
    for i, judul in enumerate(("Lembar", "Isi", "Wajib diisi")):
        sel = ws.cell(row=n, column=i + 1, value=judul)
        sel.font = Font(bold=True, color="FFFFFF")
        sel.fill = PatternFill("solid", fgColor="1F4E79")
    n += 1
    for spek in tata.LEMBAR:
        isi = spek.isi
        if getattr(spek, "target_tahunan", False):
            isi += f" Kolom target buku kerja ini: {tata.judul_target(tahun[0])} sampai {tata.judul_target(tahun[-1])}."
        nama = ws.cell(row=n, column=1, value=spek.nama)
        nama.font = tebal
        nama.alignment = bungkus
        ws.cell(row=n, column=2, value=isi).alignment = bungkus
        ws.cell(row=n, column=3, value=_wajib(spek)).alignment = bungkus
        tinggi_baris(ws, n, ((isi, 80), (_wajib(spek), 50)))
        n += 1
    n += 1
    ws.cell(row=n, column=1, value="Contoh pengisian (hanya contoh; lembar ini tidak dibaca)").font = Font(bold=True, size=12)
    n += 1
    for lembar, daftar in CONTOH.items():
        for contoh in daftar:
            label = ws.cell(row=n, column=1, value=lembar)
            label.font = tebal
            label.alignment = bungkus
            teks = "  ·  ".join(f"{k}: {v}" for k, v in contoh.items())
            ws.merge_cells(start_row=n, start_column=2, end_row=n, end_column=3)
            ws.cell(row=n, column=2, value=teks).alignment = bungkus
            tinggi_baris(ws, n, ((teks, 130),))
            n += 1
    n += 1
    ws.cell(row=n, column=1, value="Lebih lanjut: docs/format-berkas.md (bagian \"Buku kerja Excel\"). "
            "Periksa buku kerja dengan: sakip periksa BERKAS.xlsx").font = Font(italic=True)
    ws.sheet_view.showGridLines = False
    atur_cetak(ws, 152, judul_berulang=False)
    lindungi(ws)  # not read: nothing typed here could be used
