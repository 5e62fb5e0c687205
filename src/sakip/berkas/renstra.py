"""The strategic plan: visi, misi, tujuan -> sasaran -> indikator, and the indicator itself.

The same :class:`Indikator` is used at every level (tujuan, sasaran, program,
kegiatan, sub kegiatan); its ``kode`` is the stable id every other section
(realisasi, perjanjian kinerja, pembanding) refers to.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from sakip.berkas.dasar import Kode, Level, MetodeAgregasi, Model, NilaiTertulis, Polaritas, RumusNegatif, Teks, YaTidak


class Indikator(Model):
    """A performance indicator with its yearly targets (values as written)."""

    kode: Kode = Field(description="Kode unik indikator, dipakai sebagai rujukan di seluruh berkas, mis. IKU-1")
    nama: Teks = Field(description="Nama indikator")
    level: Level | None = Field(
        None, description="Tingkat indikator; boleh dikosongkan (ditentukan dari letaknya dalam berkas)"
    )
    satuan: str | None = Field(None, description="Satuan, mis. Persen, Nilai, Desa, Bulan, Dokumen")
    polaritas: Polaritas = Field("positif", description="positif: makin tinggi makin baik; negatif: makin rendah makin baik")
    rumus_negatif: RumusNegatif | None = Field(
        None, description="Rumus capaian indikator negatif bila berbeda dari bawaan: 2T-R atau T/R"
    )
    metode_agregasi: MetodeAgregasi = Field(
        "nilai_akhir",
        description="Cara menggabungkan realisasi triwulan: kumulatif, nilai_akhir, rata_rata, rasio",
    )
    formulasi: str | None = Field(None, description="Penjelasan/rumus pengukuran indikator")
    sumber_data: str | None = Field(None, description="Sumber data, mis. Laporan Hasil Survei")
    iku: YaTidak = Field(False, description="true (atau ya) bila Indikator Kinerja Utama")
    alasan_pemilihan: str | None = Field(None, description="Alasan pemilihan indikator")
    baseline: NilaiTertulis | None = Field(None, description="Kondisi awal (baseline) sebagaimana ditulis")
    tahun_baseline: int | None = Field(None, description="Tahun kondisi awal")
    target: dict[int, NilaiTertulis] = Field(
        default_factory=dict, description="Target per tahun, mis. {2023: \"2:9\"}; \"-\" bila tidak ada target"
    )
    target_akhir: NilaiTertulis | None = Field(None, description="Target (kondisi kinerja) akhir periode Renstra")
    keterangan: str | None = Field(None, description="Catatan, mis. alasan indikator tidak lagi menjadi IKU")

    @model_validator(mode="after")
    def _rumus_hanya_negatif(self) -> Indikator:
        if self.rumus_negatif is not None and self.polaritas != "negatif":
            raise ValueError("rumus_negatif hanya boleh diisi untuk indikator berpolaritas negatif")
        return self


class Sasaran(Model):
    kode: Kode = Field(description="Kode unik sasaran, mis. S1")
    uraian: Teks = Field(description="Rumusan sasaran, mis. Meningkatnya desa dengan status maju")
    indikator: list[Indikator] = Field(default_factory=list, description="Indikator kinerja sasaran")
    keterangan: str | None = None


class Tujuan(Model):
    kode: Kode = Field(description="Kode unik tujuan, mis. T1")
    uraian: Teks = Field(description="Rumusan tujuan")
    misi: str | None = Field(None, description="Nomor misi yang didukung, mis. 5")
    indikator: list[Indikator] = Field(default_factory=list, description="Indikator kinerja tujuan")
    sasaran: list[Sasaran] = Field(default_factory=list)


class Periode(Model):
    tahun_awal: int = Field(ge=2000, le=2100)
    tahun_akhir: int = Field(ge=2000, le=2100)

    @model_validator(mode="after")
    def _urut(self) -> Periode:
        if self.tahun_akhir < self.tahun_awal:
            raise ValueError("tahun_akhir tidak boleh lebih awal dari tahun_awal")
        return self

    def memuat(self, tahun: int) -> bool:
        return self.tahun_awal <= tahun <= self.tahun_akhir


class Misi(Model):
    nomor: str | None = Field(None, description="Nomor misi dalam RPJMD, mis. 5")
    uraian: Teks


class Renstra(Model):
    """Rencana Strategis of the office (and the RPJMD visi/misi it supports)."""

    periode: Periode
    dokumen: str | None = Field(None, description="Dasar penetapan Renstra, bila ada")
    visi: Teks = Field(description="Visi (RPJMD) yang didukung")
    misi: list[Misi] = Field(default_factory=list, description="Misi yang didukung instansi")
    tujuan: list[Tujuan] = Field(default_factory=list)
