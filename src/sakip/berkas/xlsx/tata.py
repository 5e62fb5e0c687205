"""The workbook layout: which sheet holds which part of the data file, column by column.

One description serves the writer (headers, widths, formats, dropdowns, notes),
the reader (header matching, conversion of each cell) and the ``Petunjuk``
sheet. Two kinds of sheet:

* :class:`LembarIsian` — a form: one row per field (``Isian | Nilai | Keterangan``),
  for the single-valued parts (``Profil``, ``Renstra``);
* :class:`LembarTabel` — a table: one row per item, one column per field.

Cell kinds (``jenis``): ``teks``, ``kode``, ``nilai`` (target/realisasi kept as
written, a text cell), ``rupiah`` (a number cell), ``bulat`` (whole number),
``tanggal``, ``ya_tidak``, ``pilihan`` (one of a list), ``mentah`` (a form's value, converted by its row), ``daftar_kode``
(codes separated by commas), ``daftar_baris`` (one item per line).
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field

from sakip.berkas import dasar, lampiran, pk, profil, program, realisasi, renstra
from sakip.berkas.pk import kode_alasan_perubahan

Jalur = tuple[str, ...]


def _pilihan(anotasi) -> tuple[str, ...]:
    return tuple(str(a) for a in typing.get_args(anotasi))


POLARITAS = _pilihan(dasar.Polaritas)
LEVEL = _pilihan(dasar.Level)
METODE = _pilihan(dasar.MetodeAgregasi)
RUMUS_NEGATIF = _pilihan(dasar.RumusNegatif)
JENIS_INSTANSI = _pilihan(profil.JenisInstansi)
JENIS_PK = ("murni", "perubahan")
YA_TIDAK = ("ya", "tidak")


def _uraian(model: type, nama: str) -> str:
    """The (Indonesian) description of a model field, for the header note."""
    f = model.model_fields.get(nama)
    return (f.description or "") if f else ""


@dataclass(frozen=True)
class Kolom:
    """One column of a table sheet."""

    judul: str
    kunci: str
    jenis: str = "teks"
    wajib: bool = False
    lebar: int = 16
    pilihan: tuple[str, ...] = ()
    keterangan: str = ""


@dataclass(frozen=True)
class LembarTabel:
    nama: str
    kolom: tuple[Kolom, ...]
    isi: str
    """What the sheet holds (for the Petunjuk sheet)."""
    beku: str = "B2"
    target_tahunan: bool = False
    """Has the dynamic ``Target TTTT`` columns (inserted after ``Tahun Baseline``)."""

    def cari_kolom(self, judul: str) -> Kolom | None:
        return _cari_kolom(self.kolom, judul)


@dataclass(frozen=True)
class Isian:
    """One row of a form sheet."""

    label: str
    jalur: Jalur
    jenis: str = "teks"
    wajib: bool = False
    pilihan: tuple[str, ...] = ()
    keterangan: str = ""


@dataclass(frozen=True)
class LembarIsian:
    nama: str
    isian: tuple[Isian, ...]
    isi: str
    wajib: bool = True
    kolom: tuple[Kolom, ...] = field(
        default=(
            Kolom("Isian", "isian", "teks", True, 34),
            Kolom("Nilai", "nilai", "mentah", False, 60),
            Kolom("Keterangan", "keterangan", "teks", False, 70),
        )
    )
    beku: str = "B2"

    def cari_kolom(self, judul: str) -> Kolom | None:
        return _cari_kolom(self.kolom, judul)

    def cari(self, label: str) -> Isian | None:
        kunci = normal(label)
        return next((i for i in self.isian if normal(i.label) == kunci), None)


def normal(teks: str) -> str:
    """Header/label matching: case, repeated spaces and a trailing ``*`` do not matter."""
    return re.sub(r"\s+", " ", str(teks)).strip().rstrip("*").strip().casefold()


def _cari_kolom(kolom: tuple[Kolom, ...], judul: str) -> Kolom | None:
    kunci = normal(judul)
    return next((k for k in kolom if normal(k.judul) == kunci), None)


POLA_TARGET = re.compile(r"^target\s+(\d{4})$", re.IGNORECASE)


def judul_target(tahun: int) -> str:
    return f"Target {tahun}"


# --- form sheets -----------------------------------------------------------------


def _pejabat(awal: str, label: str, wajib: bool) -> tuple[Isian, ...]:
    P = profil.Pejabat
    return (
        Isian(f"{label}: nama", (*awal, "nama"), wajib=wajib, keterangan=_uraian(P, "nama")),
        Isian(f"{label}: jabatan", (*awal, "jabatan"), wajib=wajib, keterangan=_uraian(P, "jabatan")),
        Isian(f"{label}: pangkat", (*awal, "pangkat"), keterangan=_uraian(P, "pangkat")),
        Isian(f"{label}: NIP", (*awal, "nip"), "kode", keterangan="NIP 18 angka, ditulis sebagai teks; kosong untuk pejabat politik"),
        Isian(f"{label}: Plt", (*awal, "plt"), "ya_tidak", pilihan=YA_TIDAK, keterangan="ya bila pelaksana tugas (Plt.)"),
    )


_I, _PR = profil.Instansi, profil.Profil
PROFIL = LembarIsian(
    "Profil",
    (
        Isian("Versi format", ("versi_format",), "bulat", keterangan="Versi format berkas data (saat ini 1)"),
        Isian("Nama instansi", ("profil", "instansi", "nama"), wajib=True, keterangan=_uraian(_I, "nama")),
        Isian("Jenis instansi", ("profil", "instansi", "jenis"), "pilihan", True, JENIS_INSTANSI, _uraian(_I, "jenis")),
        Isian("Kode instansi", ("profil", "instansi", "kode"), "kode", keterangan=_uraian(_I, "kode")),
        Isian("Singkatan instansi", ("profil", "instansi", "singkatan"), keterangan=_uraian(_I, "singkatan")),
        Isian("Alamat instansi", ("profil", "instansi", "alamat"), keterangan=_uraian(_I, "alamat")),
        Isian("Pemerintah daerah", ("profil", "pemda"), wajib=True, keterangan=_uraian(_PR, "pemda")),
        Isian("Provinsi", ("profil", "provinsi"), wajib=True, keterangan=_uraian(_PR, "provinsi")),
        Isian("Tahun laporan", ("profil", "tahun"), "bulat", True, keterangan=_uraian(_PR, "tahun")),
        Isian("Tempat penyusunan", ("profil", "tempat_penyusunan"), wajib=True, keterangan=_uraian(_PR, "tempat_penyusunan")),
        Isian("Tanggal penyusunan", ("profil", "tanggal_penyusunan"), "tanggal", True, keterangan="Tanggal penandatanganan laporan, mis. 31/12/2023"),
        *_pejabat(("profil", "kepala"), "Kepala instansi", True),
        *_pejabat(("profil", "kepala_daerah"), "Kepala daerah", True),
    ),
    "Identitas instansi, tahun laporan, kepala instansi dan kepala daerah. Isi kolom Nilai.",
)

_R = renstra.Renstra
RENSTRA = LembarIsian(
    "Renstra",
    (
        Isian("Tahun awal", ("renstra", "periode", "tahun_awal"), "bulat", True, keterangan="Tahun pertama periode Renstra, mis. 2019"),
        Isian("Tahun akhir", ("renstra", "periode", "tahun_akhir"), "bulat", True, keterangan="Tahun terakhir periode Renstra, mis. 2023"),
        Isian("Dokumen", ("renstra", "dokumen"), keterangan=_uraian(_R, "dokumen")),
        Isian("Visi", ("renstra", "visi"), wajib=True, keterangan=_uraian(_R, "visi")),
    ),
    "Periode Renstra dan visi (RPJMD) yang didukung. Misi di lembar Misi.",
)


# --- table sheets -----------------------------------------------------------------

_IND = renstra.Indikator
_TRIWULAN = tuple(Kolom(f"TW{n}", f"tw{n}", "nilai", lebar=10) for n in range(1, 5))

NARASI = LembarTabel(
    "Narasi",
    (
        Kolom("Bagian", "bagian", "kode", True, 26, keterangan="Kode bagian LKj (sudah terisi; jangan diubah)"),
        Kolom("Judul", "judul", "teks", False, 44, keterangan="Judul bagian (hanya petunjuk, tidak dibaca)"),
        Kolom("Teks", "teks", "teks", False, 100, keterangan="Teks bagian; kosong = disusun otomatis dari angka"),
    ),
    "Teks bebas setiap bagian LKj. Biarkan kosong agar sakip menyusunnya dari data. "
    "Teks yang sangat panjang boleh dilanjutkan pada baris berikutnya dengan Bagian yang sama.",
)
DASAR_HUKUM = LembarTabel(
    "Dasar Hukum",
    (
        Kolom("Uraian", "uraian", "teks", True, 90, keterangan=_uraian(profil.DasarHukum, "uraian")),
        Kolom("Tautan", "tautan", "teks", False, 40, keterangan=_uraian(profil.DasarHukum, "tautan")),
    ),
    "Dasar hukum kedudukan, tugas dan fungsi instansi, satu per baris.",
    beku="A2",
)
TUGAS_FUNGSI = LembarTabel(
    "Tugas Fungsi",
    (Kolom("Uraian", "uraian", "teks", True, 110, keterangan="Satu tugas atau fungsi per baris"),),
    "Daftar tugas dan fungsi instansi, satu per baris, berurutan.",
    beku="A2",
)
STRUKTUR = LembarTabel(
    "Struktur",
    (
        Kolom("Tingkat", "tingkat", "bulat", True, 9, keterangan="1 = unit teratas, 2 = di bawah unit tingkat 1 di atasnya, dst."),
        Kolom("Nama Unit", "nama", "teks", True, 40, keterangan=_uraian(profil.UnitOrganisasi, "nama")),
        Kolom("Pejabat", "pejabat", "teks", False, 30, keterangan=_uraian(profil.UnitOrganisasi, "pejabat")),
        Kolom("Tugas", "tugas", "teks", False, 80, keterangan=_uraian(profil.UnitOrganisasi, "tugas")),
    ),
    "Struktur organisasi: satu unit per baris; Tingkat menunjukkan kedudukan di bawah unit sebelumnya.",
    beku="C2",
)
MISI = LembarTabel(
    "Misi",
    (
        Kolom("Nomor", "nomor", "kode", False, 9, keterangan=_uraian(renstra.Misi, "nomor")),
        Kolom("Uraian", "uraian", "teks", True, 100, keterangan="Rumusan misi yang didukung instansi"),
    ),
    "Misi (RPJMD) yang didukung instansi, satu per baris.",
)
TUJUAN_SASARAN = LembarTabel(
    "Tujuan Sasaran",
    (
        Kolom("Jenis", "jenis", "pilihan", True, 10, ("tujuan", "sasaran"), "tujuan atau sasaran"),
        Kolom("Kode", "kode", "kode", True, 10, keterangan="Kode unik, mis. T1 atau S1"),
        Kolom("Induk Kode", "induk", "kode", False, 11, keterangan="Untuk sasaran: kode tujuannya"),
        Kolom("Uraian", "uraian", "teks", True, 70, keterangan="Rumusan tujuan atau sasaran"),
        Kolom("Misi", "misi", "kode", False, 8, keterangan="Tujuan saja: nomor misi yang didukung"),
        Kolom("Keterangan", "keterangan", "teks", False, 30, keterangan="Sasaran saja: catatan"),
    ),
    "Tujuan dan sasaran Renstra. Sasaran menyebut kode tujuannya di kolom Induk Kode.",
    beku="C2",
)
INDIKATOR = LembarTabel(
    "Indikator",
    (
        Kolom("Kode", "kode", "kode", True, 21, keterangan=_uraian(_IND, "kode")),
        Kolom("Level", "level", "pilihan", False, 13, LEVEL, "Kosongkan: ditentukan dari Induk Kode. Bila diisi harus sesuai."),
        Kolom("Induk Kode", "induk", "kode", True, 18, keterangan="Kode tujuan, sasaran, program, kegiatan atau sub kegiatan pemilik indikator"),
        Kolom("Nama", "nama", "teks", True, 50, keterangan=_uraian(_IND, "nama")),
        Kolom("Satuan", "satuan", "teks", False, 11, keterangan=_uraian(_IND, "satuan")),
        Kolom("Polaritas", "polaritas", "pilihan", False, 11, POLARITAS, _uraian(_IND, "polaritas")),
        Kolom("Rumus Negatif", "rumus_negatif", "pilihan", False, 10, RUMUS_NEGATIF, _uraian(_IND, "rumus_negatif")),
        Kolom("Metode Agregasi", "metode_agregasi", "pilihan", False, 14, METODE, _uraian(_IND, "metode_agregasi")),
        Kolom("Formulasi", "formulasi", "teks", False, 40, keterangan=_uraian(_IND, "formulasi")),
        Kolom("Sumber Data", "sumber_data", "teks", False, 25, keterangan=_uraian(_IND, "sumber_data")),
        Kolom("IKU", "iku", "ya_tidak", False, 7, YA_TIDAK, "ya bila Indikator Kinerja Utama"),
        Kolom("Alasan Pemilihan", "alasan_pemilihan", "teks", False, 30, keterangan=_uraian(_IND, "alasan_pemilihan")),
        Kolom("Baseline", "baseline", "nilai", False, 10, keterangan=_uraian(_IND, "baseline")),
        Kolom("Tahun Baseline", "tahun_baseline", "bulat", False, 9, keterangan=_uraian(_IND, "tahun_baseline")),
        Kolom("Target Akhir", "target_akhir", "nilai", False, 10, keterangan=_uraian(_IND, "target_akhir")),
        Kolom("Keterangan", "keterangan", "teks", False, 30, keterangan=_uraian(_IND, "keterangan")),
    ),
    "Semua indikator (tujuan, sasaran, program, kegiatan, sub kegiatan), satu per baris, "
    "dengan target per tahun di kolom 'Target TTTT' (tambahkan kolom bila perlu).",
    beku="D2",
    target_tahunan=True,
)
PROGRAM = LembarTabel(
    "Program",
    (
        Kolom("Kode", "kode", "kode", True, 20, keterangan="Kode program (7.01.06), kegiatan (7.01.06.2.01) atau sub kegiatan (7.01.06.2.01.0001)"),
        Kolom("Nama", "nama", "teks", True, 60, keterangan="Nomenklatur program/kegiatan/sub kegiatan"),
        Kolom("Sasaran Program", "sasaran_program", "teks", False, 40, keterangan="Program saja: " + _uraian(program.Program, "sasaran_program")),
        Kolom("Mendukung", "mendukung", "daftar_kode", False, 16, keterangan="Kode sasaran/indikator yang didukung, dipisah koma, mis. S1, IKU-1"),
        Kolom("Keterangan", "keterangan", "teks", False, 30, keterangan="Sub kegiatan saja: catatan"),
    ),
    "Program, kegiatan dan sub kegiatan; jenisnya dikenali dari bentuk kode, induknya dari awalan kode.",
    beku="C2",
)
PK = LembarTabel(
    "PK",
    (
        Kolom("Nomor Urut", "nomor_urut", "bulat", True, 8, keterangan="0 untuk PK murni; 1, 2, ... untuk perubahan ke-n"),
        Kolom("Jenis", "jenis", "pilihan", True, 11, JENIS_PK, "murni atau perubahan"),
        Kolom("Nomor Dokumen", "nomor", "teks", False, 22, keterangan=_uraian(pk.PerjanjianKinerja, "nomor")),
        Kolom("Tanggal", "tanggal", "tanggal", True, 12, keterangan=_uraian(pk.PerjanjianKinerja, "tanggal")),
        Kolom("Tempat", "tempat", "teks", False, 14, keterangan=_uraian(pk.PerjanjianKinerja, "tempat")),
        Kolom("Tanggal DPA", "tanggal_dpa", "tanggal", False, 12, keterangan=_uraian(pk.PerjanjianKinerja, "tanggal_dpa")),
        Kolom("Alasan Perubahan", "alasan_perubahan", "pilihan", False, 18, tuple(kode_alasan_perubahan()),
              "Wajib untuk PK perubahan (PermenPANRB 53/2014)"),
        Kolom("Uraian Alasan", "uraian_alasan", "teks", False, 30, keterangan=_uraian(pk.PerjanjianKinerja, "uraian_alasan")),
        Kolom("Pihak Pertama: nama", "p1_nama", "teks", True, 26, keterangan="Kepala instansi (penerima amanah)"),
        Kolom("Pihak Pertama: jabatan", "p1_jabatan", "teks", True, 22),
        Kolom("Pihak Pertama: pangkat", "p1_pangkat", "teks", False, 16),
        Kolom("Pihak Pertama: NIP", "p1_nip", "kode", False, 22, keterangan="NIP 18 angka, ditulis sebagai teks"),
        Kolom("Pihak Pertama: Plt", "p1_plt", "ya_tidak", False, 8, YA_TIDAK),
        Kolom("Pihak Kedua: nama", "p2_nama", "teks", True, 26, keterangan="Kepala daerah (pemberi amanah)"),
        Kolom("Pihak Kedua: jabatan", "p2_jabatan", "teks", True, 22),
        Kolom("Pihak Kedua: pangkat", "p2_pangkat", "teks", False, 16),
        Kolom("Pihak Kedua: NIP", "p2_nip", "kode", False, 22),
        Kolom("Pihak Kedua: Plt", "p2_plt", "ya_tidak", False, 8, YA_TIDAK),
        Kolom("Keterangan", "keterangan", "teks", False, 30),
    ),
    "Versi Perjanjian Kinerja tahun laporan, satu per baris: murni (nomor urut 0) dan perubahan.",
    beku="C2",
)
PK_TARGET = LembarTabel(
    "PK Target",
    (
        Kolom("Nomor Urut PK", "pk", "bulat", True, 9, keterangan="Nomor urut versi PK di lembar PK"),
        Kolom("Sasaran", "sasaran", "kode", False, 10, keterangan=_uraian(pk.BarisSasaranPK, "sasaran")),
        Kolom("Indikator", "indikator", "kode", True, 12, keterangan=_uraian(pk.BarisSasaranPK, "indikator")),
        Kolom("Target", "target", "nilai", True, 12, keterangan=_uraian(pk.BarisSasaranPK, "target")),
        *(Kolom(f"Target TW{n}", f"tw{n}", "nilai", lebar=10) for n in range(1, 5)),
    ),
    "Sasaran, indikator dan target setiap versi PK.",
    beku="D2",
)
PK_ANGGARAN = LembarTabel(
    "PK Anggaran",
    (
        Kolom("Nomor Urut PK", "pk", "bulat", True, 9, keterangan="Nomor urut versi PK di lembar PK"),
        Kolom("Program", "program", "kode", True, 12, keterangan="Kode program"),
        Kolom("Anggaran", "anggaran", "rupiah", True, 18, keterangan="Anggaran program dalam PK (Rupiah)"),
        Kolom("Keterangan", "keterangan", "teks", False, 30),
    ),
    "Program dan anggarannya dalam setiap versi PK.",
    beku="C2",
)
REALISASI = LembarTabel(
    "Realisasi",
    (
        Kolom("Indikator", "indikator", "kode", True, 12, keterangan="Kode indikator (lembar Indikator)"),
        Kolom("Tahun", "tahun", "bulat", True, 8, keterangan=_uraian(realisasi.RealisasiIndikator, "tahun")),
        *_TRIWULAN,
        Kolom("Tahunan", "nilai", "nilai", False, 11, keterangan=_uraian(realisasi.RealisasiIndikator, "nilai")),
        Kolom("Keterangan", "keterangan", "teks", False, 30, keterangan=_uraian(realisasi.RealisasiIndikator, "keterangan")),
        Kolom("Uraian", "uraian", "teks", False, 60, keterangan=_uraian(realisasi.RealisasiIndikator, "uraian")),
        Kolom("Bukti", "bukti", "daftar_baris", False, 30, keterangan="Nama berkas data dukung, satu per baris dalam sel"),
    ),
    "Realisasi indikator per tahun: per triwulan dan/atau tahunan, sebagaimana ditulis.",
    beku="C2",
)
_RUPIAH_TW = tuple(Kolom(f"Realisasi TW{n}", f"tw{n}", "rupiah", lebar=16) for n in range(1, 5))
ANGGARAN = LembarTabel(
    "Anggaran",
    (
        Kolom("Sub Kegiatan", "sub_kegiatan", "kode", True, 20, keterangan="Kode sub kegiatan (lembar Program)"),
        Kolom("Pagu Murni", "pagu_murni", "rupiah", True, 17, keterangan=_uraian(realisasi.AnggaranSubKegiatan, "pagu_murni")),
        Kolom("Pagu Perubahan", "pagu_perubahan", "rupiah", False, 17, keterangan=_uraian(realisasi.AnggaranSubKegiatan, "pagu_perubahan")),
        *_RUPIAH_TW,
        Kolom("Realisasi Tahunan", "realisasi", "rupiah", False, 17, keterangan=_uraian(realisasi.AnggaranSubKegiatan, "realisasi")),
        Kolom("Sumber Dana", "sumber_dana", "teks", False, 12, keterangan=_uraian(realisasi.AnggaranSubKegiatan, "sumber_dana")),
        Kolom("Keterangan", "keterangan", "teks", False, 30),
    ),
    "Pagu dan realisasi anggaran setiap sub kegiatan (Rupiah). Realisasi triwulan bukan kumulatif.",
)
PEMBANDING = LembarTabel(
    "Pembanding",
    (
        Kolom("Instansi", "instansi", "teks", True, 30, keterangan=_uraian(lampiran.NilaiPembanding, "instansi")),
        Kolom("Indikator", "indikator", "kode", True, 12, keterangan=_uraian(lampiran.NilaiPembanding, "indikator")),
        Kolom("Tahun", "tahun", "bulat", True, 8),
        Kolom("Nilai", "nilai", "nilai", True, 11, keterangan=_uraian(lampiran.NilaiPembanding, "nilai")),
        Kolom("Sumber", "sumber", "teks", False, 25, keterangan=_uraian(lampiran.NilaiPembanding, "sumber")),
        Kolom("Keterangan", "keterangan", "teks", False, 30),
    ),
    "Nilai indikator yang sama di instansi lain (untuk perbandingan).",
)
STANDAR_NASIONAL = LembarTabel(
    "Standar Nasional",
    (
        Kolom("Indikator", "indikator", "kode", True, 12, keterangan="Kode indikator"),
        Kolom("Nilai", "nilai", "nilai", False, 11, keterangan=_uraian(lampiran.StandarNasional, "nilai")),
        Kolom("Sumber", "sumber", "teks", False, 25),
        Kolom("Catatan", "catatan", "teks", False, 30, keterangan=_uraian(lampiran.StandarNasional, "catatan")),
    ),
    "Standar nasional indikator, bila ada.",
)
PRESTASI = LembarTabel(
    "Prestasi",
    (
        Kolom("Uraian", "uraian", "teks", True, 60, keterangan="Prestasi yang dicapai"),
        Kolom("Tingkat", "tingkat", "teks", True, 30, keterangan=_uraian(lampiran.Prestasi, "tingkat")),
        Kolom("Tahun", "tahun", "bulat", True, 8),
        Kolom("Dokumentasi", "dokumentasi", "teks", False, 30, keterangan=_uraian(lampiran.Prestasi, "dokumentasi")),
    ),
    "Prestasi (penghargaan) instansi, satu per baris.",
)
DOKUMENTASI = LembarTabel(
    "Dokumentasi",
    (
        Kolom("Keterangan", "keterangan", "teks", True, 60, keterangan=_uraian(lampiran.Foto, "keterangan")),
        Kolom("Berkas", "berkas", "teks", False, 30, keterangan=_uraian(lampiran.Foto, "berkas")),
        Kolom("Indikator", "indikator", "kode", False, 12, keterangan=_uraian(lampiran.Foto, "indikator")),
    ),
    "Foto kegiatan: keterangan dan nama berkas fotonya (foto tidak ditempel di buku kerja).",
)
REKOMENDASI = LembarTabel(
    "Rekomendasi Reviu",
    (
        Kolom("Tahun Anggaran", "tahun_anggaran", "bulat", True, 9, keterangan=_uraian(lampiran.RekomendasiReviu, "tahun_anggaran")),
        Kolom("Pemberi", "pemberi", "teks", False, 16, keterangan="APIP pemberi rekomendasi; kosong = Inspektorat"),
        Kolom("Uraian", "uraian", "teks", True, 60, keterangan=_uraian(lampiran.RekomendasiReviu, "uraian")),
        Kolom("Tindak Lanjut", "tindak_lanjut", "teks", False, 50, keterangan=_uraian(lampiran.RekomendasiReviu, "tindak_lanjut")),
        Kolom("Status", "status", "teks", False, 14, keterangan=_uraian(lampiran.RekomendasiReviu, "status")),
    ),
    "Rekomendasi reviu LKj tahun lalu dan tindak lanjutnya.",
)
KOREKSI = LembarTabel(
    "Catatan Koreksi",
    (
        Kolom("Lokasi", "lokasi", "teks", True, 30, keterangan=_uraian(lampiran.Koreksi, "lokasi")),
        Kolom("Tertulis", "tertulis", "teks", True, 20, keterangan=_uraian(lampiran.Koreksi, "tertulis")),
        Kolom("Koreksi", "koreksi", "teks", True, 20, keterangan=_uraian(lampiran.Koreksi, "koreksi")),
        Kolom("Alasan", "alasan", "teks", True, 50, keterangan=_uraian(lampiran.Koreksi, "alasan")),
    ),
    "Koreksi atas nilai yang diambil dari dokumen sumber.",
)

PETUNJUK = "Petunjuk"

LEMBAR: tuple[LembarIsian | LembarTabel, ...] = (
    PROFIL, NARASI, DASAR_HUKUM, TUGAS_FUNGSI, STRUKTUR, RENSTRA, MISI, TUJUAN_SASARAN, INDIKATOR,
    PROGRAM, PK, PK_TARGET, PK_ANGGARAN, REALISASI, ANGGARAN, PEMBANDING, STANDAR_NASIONAL,
    PRESTASI, DOKUMENTASI, REKOMENDASI, KOREKSI,
)
"""Data sheets in workbook order (after ``Petunjuk``)."""

