"""Who reports: the office, its head, the regional head, and the organisation."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from sakip.berkas.dasar import NIP, Model, Teks, YaTidak

JenisInstansi = Literal[
    "kecamatan", "kelurahan", "dinas", "badan", "sekretariat", "inspektorat", "kantor", "satuan", "rumah_sakit", "lainnya"
]


class Pejabat(Model):
    """An official who signs: the head of the office (pihak pertama) or the regional head."""

    nama: Teks = Field(description="Nama lengkap beserta gelar, mis. WAHYUDI NOOR, S.STP")
    jabatan: Teks = Field(description="Jabatan, mis. Camat Kalumpang atau Bupati Hulu Sungai Selatan")
    pangkat: str | None = Field(None, description="Pangkat/golongan, mis. Penata")
    nip: NIP | None = Field(None, description="NIP 18 angka; kosong untuk pejabat politik")
    plt: YaTidak = Field(False, description="true (atau ya) bila pelaksana tugas (Plt.)")


class Instansi(Model):
    nama: Teks = Field(description="Nama instansi, mis. Kecamatan Kalumpang")
    jenis: JenisInstansi = Field(description="Jenis perangkat daerah")
    kode: str | None = Field(None, description="Kode unit organisasi (SIPD), bila ada")
    singkatan: str | None = Field(None, description="Singkatan nama, bila ada")
    alamat: str | None = Field(None, description="Alamat kantor")


class Profil(Model):
    """The office-year the file is about."""

    instansi: Instansi
    pemda: Teks = Field(description="Pemerintah daerah, mis. Kabupaten Hulu Sungai Selatan")
    provinsi: Teks = Field(description="Provinsi, mis. Kalimantan Selatan")
    tahun: int = Field(ge=2000, le=2100, description="Tahun anggaran yang dilaporkan")
    tempat_penyusunan: Teks = Field(description="Tempat penandatanganan laporan, mis. Kalumpang")
    tanggal_penyusunan: dt.date = Field(description="Tanggal penandatanganan laporan (TTTT-BB-HH)")
    kepala: Pejabat = Field(description="Kepala instansi yang menandatangani laporan")
    kepala_daerah: Pejabat = Field(description="Bupati/Wali Kota/Gubernur (pemberi amanah)")


class UnitOrganisasi(Model):
    """One unit of the organisation chart, with its tasks and sub-units."""

    nama: Teks = Field(description="Nama unit atau jabatan, mis. Sekretaris Kecamatan")
    tugas: str | None = Field(None, description="Uraian tugas unit")
    pejabat: str | None = Field(None, description="Nama pejabat yang menjabat, bila ingin dicantumkan")
    sub_unit: list[UnitOrganisasi] = Field(default_factory=list, description="Unit di bawahnya")


class DasarHukum(Model):
    uraian: Teks = Field(description="Judul peraturan, mis. Peraturan Bupati HSS Nomor 78 Tahun 2016 tentang ...")
    tautan: str | None = Field(None, description="Tautan ke naskah, bila ada")
