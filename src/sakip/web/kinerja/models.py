"""One office's performance data for one year (``TahunKinerja``) and its rows.

The shape mirrors :class:`sakip.berkas.BerkasData`, the one model of an
office-year: :func:`sakip.web.kinerja.selectors.berkas_dari_db` reads these rows
into it and :func:`sakip.web.kinerja.services.berkas_simpan` writes it back, so
every value is validated by the berkas model and computed by ``sakip.core``.

* The parts people edit and query are rows: Renstra (misi, tujuan, sasaran),
  indikator with their yearly targets, program/kegiatan/sub kegiatan codes,
  Perjanjian Kinerja versions, realisasi (with evidence files) and anggaran.
* The long-tail sections (profil, narasi, dasar hukum, tugas fungsi, struktur
  organisasi, pembanding, prestasi, dokumentasi, rekomendasi reviu, catatan
  koreksi) are JSON on :class:`TahunKinerja`, stored as the berkas model dumps
  them and validated by it on every read and write.
* Targets and realisasi are text **as written** (``"2:9"``, ``"88,72"``,
  ``"12 Bulan"``); money is ``Decimal`` (18 digits, 2 decimals).
* Every row carries ``versi`` (optimistic locking), ``diubah_pada`` and
  ``diubah_oleh``; list order is kept in ``urutan``.
"""

from __future__ import annotations

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone

from sakip.web.organisasi.models import Instansi

UANG = {"max_digits": 18, "decimal_places": 2}
TAHUN = [MinValueValidator(2000), MaxValueValidator(2100)]
KODE = 60
NILAI = 200


def _teks(**kw) -> models.TextField:
    """An optional text: NULL means "not filled" (as ``None`` in the berkas model), distinct from ""."""
    return models.TextField(null=True, blank=True, **kw)


class Level(models.TextChoices):
    TUJUAN = "tujuan", "Tujuan"
    SASARAN = "sasaran", "Sasaran"
    PROGRAM = "program", "Program"
    KEGIATAN = "kegiatan", "Kegiatan"
    SUB_KEGIATAN = "sub_kegiatan", "Sub kegiatan"


class StatusAlur(models.TextChoices):
    """Approval state of an office-year and of each PK version (:mod:`.services_alur`); only draf is editable."""

    DRAF = "draf", "Draf"
    DIAJUKAN = "diajukan", "Diajukan"
    DIREVIU = "direviu", "Direviu"
    DISAHKAN = "disahkan", "Disahkan"


class TahunKinerja(models.Model):
    """An office's data for one year: the unit that is imported, approved and reported."""

    Status = StatusAlur

    instansi = models.ForeignKey(Instansi, on_delete=models.PROTECT, related_name="tahun_kinerja", verbose_name="instansi")
    tahun = models.PositiveSmallIntegerField("tahun", validators=TAHUN)
    status = models.CharField("status", max_length=20, choices=Status.choices, default=Status.DRAF)
    versi = models.PositiveIntegerField("versi", default=1, help_text="Naik setiap kali data tahun ini berubah")
    dibuat_pada = models.DateTimeField("dibuat pada", default=timezone.now)
    diubah_pada = models.DateTimeField("diubah pada", default=timezone.now)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="diubah oleh"
    )
    # Renstra header (tujuan, sasaran, misi are rows)
    renstra_tahun_awal = models.PositiveSmallIntegerField("awal periode Renstra", validators=TAHUN)
    renstra_tahun_akhir = models.PositiveSmallIntegerField("akhir periode Renstra", validators=TAHUN)
    renstra_dokumen = _teks(verbose_name="dasar penetapan Renstra")
    visi = models.TextField("visi")
    # Long-tail sections, as the berkas model dumps them (mode="json")
    profil = models.JSONField("profil")
    narasi = models.JSONField("narasi", default=dict, blank=True)
    dasar_hukum = models.JSONField("dasar hukum", default=list, blank=True)
    tugas_fungsi = models.JSONField("tugas dan fungsi", default=list, blank=True)
    struktur_organisasi = models.JSONField("struktur organisasi", default=list, blank=True)
    pembanding = models.JSONField("pembanding", default=dict, blank=True)
    prestasi = models.JSONField("prestasi", default=list, blank=True)
    dokumentasi = models.JSONField("dokumentasi", default=list, blank=True)
    rekomendasi_reviu = models.JSONField("rekomendasi reviu", default=list, blank=True)
    catatan_koreksi = models.JSONField("catatan koreksi", default=list, blank=True)

    BAGIAN_JSON = (
        "profil", "narasi", "dasar_hukum", "tugas_fungsi", "struktur_organisasi", "pembanding",
        "prestasi", "dokumentasi", "rekomendasi_reviu", "catatan_koreksi",
    )

    class Meta:
        verbose_name = "data kinerja tahunan"
        verbose_name_plural = "data kinerja tahunan"
        ordering = ["instansi__nama", "-tahun"]
        constraints = [
            models.UniqueConstraint(
                fields=["instansi", "tahun"], name="tahun_kinerja_unik",
                violation_error_message="Data tahun ini untuk instansi ini sudah ada.",
            ),
            models.CheckConstraint(condition=Q(versi__gte=1), name="tahun_kinerja_versi_positif"),
            models.CheckConstraint(
                condition=Q(renstra_tahun_akhir__gte=models.F("renstra_tahun_awal")), name="tahun_kinerja_periode_urut"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.instansi} {self.tahun}"


class Baris(models.Model):
    """Common columns of every row: its office-year, position, version and last change."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="+", verbose_name="data kinerja tahunan")
    urutan = models.PositiveIntegerField("urutan", default=0)
    versi = models.PositiveIntegerField("versi", default=1)
    diubah_pada = models.DateTimeField("diubah pada", default=timezone.now)
    diubah_oleh = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name="diubah oleh"
    )

    class Meta:
        abstract = True
        ordering = ["urutan", "pk"]


class Misi(Baris):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="misi")
    nomor = _teks(verbose_name="nomor misi")
    uraian = models.TextField("uraian")

    class Meta(Baris.Meta):
        verbose_name = "misi"
        verbose_name_plural = "misi"


class Tujuan(Baris):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="tujuan")
    kode = models.CharField("kode", max_length=KODE)
    uraian = models.TextField("uraian")
    misi = _teks(verbose_name="nomor misi yang didukung")

    class Meta(Baris.Meta):
        verbose_name = "tujuan"
        verbose_name_plural = "tujuan"
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="tujuan_kode_unik")]


class Sasaran(Baris):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="sasaran")
    tujuan = models.ForeignKey(Tujuan, on_delete=models.CASCADE, related_name="sasaran")
    kode = models.CharField("kode", max_length=KODE)
    uraian = models.TextField("uraian")
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "sasaran"
        verbose_name_plural = "sasaran"
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="sasaran_kode_unik")]


class KodeAnggaran(Baris):
    """A program, kegiatan or sub kegiatan of the office-year (Permendagri 90/2019 codes)."""

    LEVEL = [(Level.PROGRAM, Level.PROGRAM.label), (Level.KEGIATAN, Level.KEGIATAN.label), (Level.SUB_KEGIATAN, Level.SUB_KEGIATAN.label)]

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="kode_anggaran")
    level = models.CharField("tingkat", max_length=20, choices=LEVEL)
    kode = models.CharField("kode", max_length=KODE)
    nama = models.TextField("nomenklatur")
    induk = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="anak", verbose_name="induk")
    sasaran_program = _teks(verbose_name="sasaran program")
    mendukung = models.JSONField("kode yang didukung", default=list, blank=True)
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "program/kegiatan/sub kegiatan"
        verbose_name_plural = "program/kegiatan/sub kegiatan"
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="kode_anggaran_unik"),
            models.CheckConstraint(
                condition=Q(level="program", induk__isnull=True) | (~Q(level="program") & Q(induk__isnull=False)),
                name="kode_anggaran_induk_sesuai_tingkat",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class Indikator(Baris):
    """A performance indicator at any level; ``induk_kode`` is the kode of its tujuan/sasaran/program/…"""

    class Polaritas(models.TextChoices):
        POSITIF = "positif", "Positif (makin tinggi makin baik)"
        NEGATIF = "negatif", "Negatif (makin rendah makin baik)"

    class MetodeAgregasi(models.TextChoices):
        KUMULATIF = "kumulatif", "Kumulatif"
        NILAI_AKHIR = "nilai_akhir", "Nilai akhir"
        RATA_RATA = "rata_rata", "Rata-rata"
        RASIO = "rasio", "Rasio"

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="indikator")
    kode = models.CharField("kode", max_length=KODE)
    level = models.CharField("tingkat", max_length=20, choices=Level.choices)
    level_ditulis = models.BooleanField("tingkat ditulis di berkas", default=False)
    induk_kode = models.CharField("kode induk", max_length=KODE)
    nama = models.TextField("nama")
    satuan = _teks(verbose_name="satuan")
    polaritas = models.CharField("polaritas", max_length=10, choices=Polaritas.choices, default=Polaritas.POSITIF)
    rumus_negatif = models.CharField("rumus indikator negatif", max_length=10, null=True, blank=True)
    metode_agregasi = models.CharField(
        "metode agregasi triwulan", max_length=20, choices=MetodeAgregasi.choices, default=MetodeAgregasi.NILAI_AKHIR
    )
    formulasi = _teks(verbose_name="formulasi")
    sumber_data = _teks(verbose_name="sumber data")
    iku = models.BooleanField("IKU", default=False)
    alasan_pemilihan = _teks(verbose_name="alasan pemilihan")
    baseline = models.CharField("baseline", max_length=NILAI, null=True, blank=True)
    tahun_baseline = models.PositiveSmallIntegerField("tahun baseline", null=True, blank=True)
    target_akhir = models.CharField("target akhir periode", max_length=NILAI, null=True, blank=True)
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "indikator"
        verbose_name_plural = "indikator"
        constraints = [models.UniqueConstraint(fields=["tahun_kinerja", "kode"], name="indikator_kode_unik")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class TargetIndikator(Baris):
    """Target of an indicator for one year, as written (``"-"`` when there is none)."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="target_indikator")
    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveSmallIntegerField("tahun", validators=TAHUN)
    nilai = models.CharField("target", max_length=NILAI)

    class Meta:
        verbose_name = "target indikator"
        verbose_name_plural = "target indikator"
        ordering = ["tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_indikator_unik")]


class PerjanjianKinerja(Baris):
    """One PK version: murni (``nomor_urut`` 0) or perubahan n. A perubahan is a new row."""

    class Jenis(models.TextChoices):
        MURNI = "murni", "Murni"
        PERUBAHAN = "perubahan", "Perubahan"

    Status = StatusAlur

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="perjanjian_kinerja")
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    status = models.CharField("status", max_length=20, choices=StatusAlur.choices, default=StatusAlur.DRAF)
    nomor_urut = models.PositiveSmallIntegerField("nomor urut", default=0)
    nomor = _teks(verbose_name="nomor dokumen")
    tanggal = models.DateField("tanggal")
    tempat = _teks(verbose_name="tempat")
    tanggal_dpa = models.DateField("tanggal DPA", null=True, blank=True)
    alasan_perubahan = models.CharField("alasan perubahan", max_length=60, null=True, blank=True)
    uraian_alasan = _teks(verbose_name="uraian alasan")
    pihak_pertama = models.JSONField("pihak pertama")
    pihak_kedua = models.JSONField("pihak kedua")
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["nomor_urut"]
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "nomor_urut"], name="pk_nomor_urut_unik"),
            models.CheckConstraint(
                condition=Q(jenis="murni", nomor_urut=0) | Q(jenis="perubahan", nomor_urut__gte=1), name="pk_jenis_nomor_urut"
            ),
        ]

    def __str__(self) -> str:
        return "PK murni" if self.nomor_urut == 0 else f"PK perubahan ke-{self.nomor_urut}"


class TargetPK(Baris):
    """Sasaran - indikator - target row of a PK version."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="target_pk")
    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="target")
    sasaran_kode = models.CharField("kode sasaran", max_length=KODE, null=True, blank=True)
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, related_name="target_pk")
    target = models.CharField("target", max_length=NILAI)
    tw1 = models.CharField("target TW I", max_length=NILAI, null=True, blank=True)
    tw2 = models.CharField("target TW II", max_length=NILAI, null=True, blank=True)
    tw3 = models.CharField("target TW III", max_length=NILAI, null=True, blank=True)
    tw4 = models.CharField("target TW IV", max_length=NILAI, null=True, blank=True)

    class Meta(Baris.Meta):
        verbose_name = "target PK"
        verbose_name_plural = "target PK"
        constraints = [models.UniqueConstraint(fields=["perjanjian", "indikator"], name="target_pk_unik")]


class ProgramPK(Baris):
    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="program_pk")
    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="program")
    program = models.ForeignKey(KodeAnggaran, on_delete=models.PROTECT, related_name="program_pk")
    anggaran = models.DecimalField("anggaran", **UANG)
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "program PK"
        verbose_name_plural = "program PK"
        constraints = [
            models.UniqueConstraint(fields=["perjanjian", "program"], name="program_pk_unik"),
            models.CheckConstraint(condition=Q(anggaran__gte=0), name="program_pk_anggaran_tidak_negatif"),
        ]


class Realisasi(Baris):
    """Realisasi of one indicator in one year (annual and/or per quarter), as written."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="realisasi")
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, related_name="realisasi")
    tahun = models.PositiveSmallIntegerField("tahun", validators=TAHUN)
    nilai = models.CharField("realisasi tahunan", max_length=NILAI, null=True, blank=True)
    tw1 = models.CharField("realisasi TW I", max_length=NILAI, null=True, blank=True)
    tw2 = models.CharField("realisasi TW II", max_length=NILAI, null=True, blank=True)
    tw3 = models.CharField("realisasi TW III", max_length=NILAI, null=True, blank=True)
    tw4 = models.CharField("realisasi TW IV", max_length=NILAI, null=True, blank=True)
    keterangan = _teks(verbose_name="keterangan")
    uraian = _teks(verbose_name="uraian/analisis")

    class Meta(Baris.Meta):
        verbose_name = "realisasi"
        verbose_name_plural = "realisasi"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="realisasi_unik")]


BATAS_BUKTI = 10 * 1024 * 1024
"""Largest evidence file, bytes."""
JENIS_BUKTI = {".pdf", ".jpg", ".jpeg", ".png", ".xlsx", ".docx", ".odt", ".ods"}
"""Evidence file types accepted (by extension; the upload view also checks the content)."""


def _lokasi_bukti(bukti: BuktiRealisasi, nama: str) -> str:
    akhiran = PurePath(nama).suffix.lower()
    tk = bukti.realisasi.tahun_kinerja
    return f"bukti/{tk.instansi_id}/{tk.tahun}/{uuid.uuid4().hex}{akhiran}"


def periksa_berkas_bukti(berkas) -> None:
    """Refuse evidence files that are too large or of a type we do not keep."""
    akhiran = PurePath(berkas.name or "").suffix.lower()
    if akhiran not in JENIS_BUKTI:
        raise ValidationError(f"Jenis berkas {akhiran or '(tanpa akhiran)'} tidak diterima; gunakan {', '.join(sorted(JENIS_BUKTI))}.")
    if berkas.size is not None and berkas.size > BATAS_BUKTI:
        raise ValidationError(f"Berkas bukti paling besar {BATAS_BUKTI // (1024 * 1024)} MB.")


class BuktiRealisasi(Baris):
    """Supporting evidence of a realisasi: ``nama`` as listed in the berkas, the file when uploaded."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="bukti_realisasi")
    realisasi = models.ForeignKey(Realisasi, on_delete=models.CASCADE, related_name="bukti")
    nama = models.CharField("nama berkas", max_length=255)
    berkas = models.FileField("berkas", upload_to=_lokasi_bukti, blank=True, validators=[periksa_berkas_bukti])
    ukuran = models.PositiveIntegerField("ukuran (bita)", null=True, blank=True)
    jenis_konten = models.CharField("jenis isi", max_length=100, blank=True)

    class Meta(Baris.Meta):
        verbose_name = "bukti realisasi"
        verbose_name_plural = "bukti realisasi"
        constraints = [models.UniqueConstraint(fields=["realisasi", "nama"], name="bukti_nama_unik")]


class Anggaran(Baris):
    """Budget of one sub kegiatan (DPA): pagu murni/perubahan, realisasi per quarter and annual."""

    tahun_kinerja = models.ForeignKey(TahunKinerja, on_delete=models.CASCADE, related_name="anggaran")
    sub_kegiatan = models.ForeignKey(KodeAnggaran, on_delete=models.PROTECT, related_name="anggaran")
    pagu_murni = models.DecimalField("pagu murni", **UANG)
    pagu_perubahan = models.DecimalField("pagu perubahan", null=True, blank=True, **UANG)
    realisasi = models.DecimalField("realisasi setahun", null=True, blank=True, **UANG)
    realisasi_tw1 = models.DecimalField("realisasi TW I", null=True, blank=True, **UANG)
    realisasi_tw2 = models.DecimalField("realisasi TW II", null=True, blank=True, **UANG)
    realisasi_tw3 = models.DecimalField("realisasi TW III", null=True, blank=True, **UANG)
    realisasi_tw4 = models.DecimalField("realisasi TW IV", null=True, blank=True, **UANG)
    sumber_dana = _teks(verbose_name="sumber dana")
    keterangan = _teks(verbose_name="keterangan")

    class Meta(Baris.Meta):
        verbose_name = "anggaran sub kegiatan"
        verbose_name_plural = "anggaran sub kegiatan"
        constraints = [
            models.UniqueConstraint(fields=["tahun_kinerja", "sub_kegiatan"], name="anggaran_sub_kegiatan_unik"),
            models.CheckConstraint(
                condition=Q(pagu_murni__gte=0) & (Q(pagu_perubahan__isnull=True) | Q(pagu_perubahan__gte=0))
                & (Q(realisasi__isnull=True) | Q(realisasi__gte=0)),
                name="anggaran_tidak_negatif",
            ),
        ]


class Unggahan(models.Model):
    """A workbook uploaded for import, kept server-side until it is applied or cancelled.

    Only its uploader may preview or apply it (by ``token``), and only for the
    instansi and year it was uploaded to.
    """

    token = models.UUIDField("token", default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name="pengunggah")
    instansi = models.ForeignKey(Instansi, on_delete=models.CASCADE, related_name="+", verbose_name="instansi")
    tahun = models.PositiveSmallIntegerField("tahun", validators=TAHUN)
    nama_asli = models.CharField("nama berkas asli", max_length=255)
    path = models.CharField("lokasi di server", max_length=500)
    ukuran = models.PositiveIntegerField("ukuran (bita)")
    dibuat_pada = models.DateTimeField("diunggah pada", default=timezone.now)

    class Meta:
        verbose_name = "unggahan buku kerja"
        verbose_name_plural = "unggahan buku kerja"
        ordering = ["-dibuat_pada"]

    def __str__(self) -> str:
        return f"{self.nama_asli} ({self.instansi} {self.tahun})"
