"""Supporting sections: comparisons, achievements, photos, reviu follow-up, corrections."""

from __future__ import annotations

from pydantic import Field

from sakip.berkas.dasar import Kode, Model, NilaiTertulis, Teks


class NilaiPembanding(Model):
    """A value of the same indicator at another office (for the comparison chart)."""

    instansi: Teks = Field(description="Nama instansi pembanding, mis. Kecamatan Loksado")
    indikator: Kode = Field(description="Kode indikator di berkas ini yang dibandingkan")
    tahun: int = Field(ge=2000, le=2100)
    nilai: NilaiTertulis = Field(description="Nilai sebagaimana ditulis, mis. \"1:11\"")
    sumber: str | None = Field(None, description="Sumber data")
    keterangan: str | None = None


class StandarNasional(Model):
    indikator: Kode
    nilai: NilaiTertulis | None = Field(None, description="Nilai standar nasional; kosong bila belum tersedia")
    sumber: str | None = None
    catatan: str | None = Field(None, description="Mis. \"belum tersedia\"")


class Pembanding(Model):
    instansi_lain: list[NilaiPembanding] = Field(default_factory=list)
    standar_nasional: list[StandarNasional] = Field(default_factory=list)


class Prestasi(Model):
    """One achievement; its number is its position in the list."""

    uraian: Teks
    tingkat: Teks = Field(description="Tingkat, mis. Kabupaten Hulu Sungai Selatan, Provinsi Kalimantan Selatan")
    tahun: int = Field(ge=2000, le=2100)
    dokumentasi: str | None = Field(None, description="Berkas foto/piagam (relatif terhadap berkas ini)")


class Foto(Model):
    keterangan: Teks = Field(description="Keterangan foto")
    berkas: str | None = Field(None, description="Berkas foto (relatif terhadap berkas ini); kosong bila belum ada")
    indikator: Kode | None = Field(None, description="Kode indikator yang didukung kegiatan dalam foto, bila ada")


class RekomendasiReviu(Model):
    tahun_anggaran: int = Field(ge=2000, le=2100, description="Tahun anggaran LKj yang direviu, mis. 2022")
    pemberi: str = Field("Inspektorat", description="APIP pemberi rekomendasi")
    uraian: Teks = Field(description="Isi rekomendasi/catatan reviu")
    tindak_lanjut: str | None = Field(None, description="Tindak lanjut yang telah dilakukan")
    status: str | None = Field(None, description="Mis. selesai, dalam proses, belum")


class Koreksi(Model):
    """A correction made to a value taken from a source document."""

    lokasi: Teks = Field(description="Letak di dokumen sumber, mis. Tabel 3.7 baris 1")
    tertulis: Teks = Field(description="Nilai sebagaimana tertulis di sumber")
    koreksi: Teks = Field(description="Nilai yang dipakai di berkas ini")
    alasan: Teks = Field(description="Alasan koreksi")
