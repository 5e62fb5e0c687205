"""What happened: realisasi of indicators and of the budget."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from sakip.berkas.dasar import Kode, KodeSubKegiatan, Model, NilaiTertulis, Rupiah
from sakip.berkas.pk import NilaiTriwulan


class RealisasiIndikator(Model):
    """Realisasi of one indicator in one year (annual and/or per quarter), as written."""

    indikator: Kode = Field(description="Kode indikator")
    tahun: int = Field(ge=2000, le=2100, description="Tahun realisasi (tahun laporan atau tahun sebelumnya)")
    nilai: NilaiTertulis | None = Field(None, description="Realisasi tahunan, mis. \"7:9\" atau \"88,72\"")
    triwulan: NilaiTriwulan | None = Field(None, description="Realisasi per triwulan, bila ada")
    keterangan: str | None = Field(None, description="Keterangan singkat (kolom tabel)")
    uraian: str | None = Field(None, description="Uraian/analisis capaian untuk narasi LKj")
    bukti: list[str] = Field(default_factory=list, description="Nama berkas data dukung (relatif terhadap berkas ini)")


class RupiahTriwulan(Model):
    """Amounts per quarter (not cumulative)."""

    tw1: Rupiah | None = None
    tw2: Rupiah | None = None
    tw3: Rupiah | None = None
    tw4: Rupiah | None = None

    def jumlah(self) -> Decimal | None:
        nilai = [v for v in (self.tw1, self.tw2, self.tw3, self.tw4) if v is not None]
        return sum(nilai, Decimal(0)) if nilai else None


class AnggaranSubKegiatan(Model):
    """Budget of one sub kegiatan in the reporting year (DPA)."""

    sub_kegiatan: KodeSubKegiatan = Field(description="Kode sub kegiatan")
    pagu_murni: Rupiah = Field(description="Pagu DPA murni")
    pagu_perubahan: Rupiah | None = Field(None, description="Pagu DPA perubahan; bila diisi, inilah pagu yang dipakai")
    realisasi: Rupiah | None = Field(None, description="Realisasi setahun")
    realisasi_triwulan: RupiahTriwulan | None = Field(None, description="Realisasi per triwulan (bukan kumulatif)")
    sumber_dana: str | None = Field(None, description="Sumber dana, mis. DAU, PAD")
    keterangan: str | None = None

    @property
    def pagu(self) -> Decimal:
        """The pagu in force: perubahan when present, else murni."""
        return self.pagu_perubahan if self.pagu_perubahan is not None else self.pagu_murni

    @property
    def realisasi_total(self) -> Decimal | None:
        """Annual realisasi; the sum of quarters when only quarters are given."""
        if self.realisasi is not None:
            return self.realisasi
        return self.realisasi_triwulan.jumlah() if self.realisasi_triwulan else None

