"""JSON Schema of the data file, with Indonesian descriptions (for editors and the web app)."""

from __future__ import annotations

from typing import Any

from sakip.berkas.model import VERSI_FORMAT, BerkasData

ID_SKEMA = f"urn:sakip:skema:berkas-data:v{VERSI_FORMAT}"

# What users read when hovering over a section in an editor. Class docstrings are
# developer documentation (English) and are replaced by these.
DESKRIPSI_KELAS: dict[str, str] = {
    "BerkasData": "Berkas data sakip: seluruh data kinerja satu instansi untuk satu tahun.",
    "Profil": "Profil instansi dan tahun yang dilaporkan.",
    "Instansi": "Identitas instansi (perangkat daerah).",
    "Pejabat": "Pejabat penanda tangan: kepala instansi atau kepala daerah.",
    "Narasi": "Teks bebas per bagian LKj; bagian yang kosong disusun otomatis dari data.",
    "DasarHukum": "Satu peraturan yang menjadi dasar hukum.",
    "UnitOrganisasi": "Satu unit dalam struktur organisasi beserta tugas dan unit di bawahnya.",
    "Renstra": "Rencana Strategis: periode, visi, misi, tujuan, sasaran dan indikator.",
    "Periode": "Periode Renstra (tahun awal dan tahun akhir).",
    "Misi": "Misi (RPJMD) yang didukung instansi.",
    "Tujuan": "Tujuan Renstra beserta sasarannya.",
    "Sasaran": "Sasaran strategis beserta indikatornya.",
    "Indikator": "Indikator kinerja beserta target per tahun (nilai ditulis apa adanya).",
    "Program": "Program (kode U.BB.PP) beserta indikator dan kegiatannya.",
    "Kegiatan": "Kegiatan (kode U.BB.PP.K.KK) beserta indikator dan sub kegiatannya.",
    "SubKegiatan": "Sub kegiatan (kode U.BB.PP.K.KK.SSSS) beserta indikatornya.",
    "PerjanjianKinerja": "Satu versi Perjanjian Kinerja (murni atau perubahan).",
    "BarisSasaranPK": "Satu baris PK: sasaran, indikator dan target yang diperjanjikan.",
    "BarisProgramPK": "Satu program dan anggarannya dalam PK.",
    "NilaiTriwulan": "Nilai per triwulan (TW I sampai TW IV), ditulis apa adanya.",
    "RealisasiIndikator": "Realisasi satu indikator pada satu tahun (tahunan dan/atau per triwulan).",
    "RupiahTriwulan": "Jumlah Rupiah per triwulan (bukan kumulatif).",
    "AnggaranSubKegiatan": "Pagu dan realisasi anggaran satu sub kegiatan.",
    "Pembanding": "Nilai pembanding: instansi lain dan standar nasional.",
    "NilaiPembanding": "Nilai indikator yang sama di instansi lain.",
    "StandarNasional": "Standar nasional suatu indikator (kosong bila belum tersedia).",
    "Prestasi": "Satu prestasi yang diraih; nomornya adalah urutannya.",
    "Foto": "Satu foto dokumentasi kegiatan.",
    "RekomendasiReviu": "Rekomendasi reviu LKj tahun lalu dan tindak lanjutnya.",
    "Koreksi": "Koreksi terhadap nilai yang diambil dari dokumen sumber.",
}


def skema_json() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`BerkasData`, described in Indonesian."""
    skema = BerkasData.model_json_schema()
    skema["description"] = DESKRIPSI_KELAS["BerkasData"]
    for nama, definisi in skema.get("$defs", {}).items():
        if nama in DESKRIPSI_KELAS:
            definisi["description"] = DESKRIPSI_KELAS[nama]
        else:
            definisi.pop("description", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": ID_SKEMA, **skema}
