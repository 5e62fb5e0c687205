"""The computed view of an office-year: every figure the LKj needs, computed once.

Each figure is a result object of :mod:`sakip.core` (capaian, serapan, efisiensi)
and so keeps its formula (``rumus``) and status. The document builder, the
narrative drafts and (later) the web app read this view; none of them computes.

>>> from sakip.berkas import baca                                   # doctest: +SKIP
>>> a = analisis(baca("contoh/kalumpang-2023/kalumpang-2023.yaml"))  # doctest: +SKIP
>>> a.anggaran.total.tampil                                         # doctest: +SKIP
'77,58 %'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

from sakip.berkas import BerkasData, Peringatan, periksa
from sakip.berkas.lampiran import NilaiPembanding, StandarNasional
from sakip.berkas.pk import PerjanjianKinerja
from sakip.berkas.program import Kegiatan, Program, SubKegiatan
from sakip.berkas.realisasi import RealisasiIndikator
from sakip.berkas.renstra import Indikator, Sasaran, Tujuan
from sakip.core.anggaran import HasilEfisiensi, HasilSerapan, efisiensi, rekap, serapan
from sakip.core.angka import coba_nilai
from sakip.core.capaian import HasilCapaian, agregasi_realisasi, hitung_capaian


@dataclass(frozen=True)
class NilaiTahun:
    """Target, realisasi and capaian of one indicator in one year."""

    tahun: int
    target: str | None
    realisasi: str | None
    capaian: HasilCapaian


@dataclass(frozen=True)
class AnalisisIndikator:
    indikator: Indikator
    level: str
    induk: str
    target: str | None
    sumber_target: str
    """Where the target comes from: "PK perubahan ke-1", "PK murni" or "Renstra"."""
    target_renstra: str | None
    realisasi: str | None
    data_realisasi: RealisasiIndikator | None
    capaian: HasilCapaian
    lalu: NilaiTahun | None
    """Last year; None when the file has no realisasi for it."""
    target_akhir: str | None
    capaian_akhir: HasilCapaian
    """This year's realisasi against the Renstra end target."""
    riwayat: tuple[NilaiTahun, ...]
    """Every Renstra year up to the reporting year (trend chart)."""
    pembanding: tuple[NilaiPembanding, ...] = ()
    standar_nasional: StandarNasional | None = None
    anggaran: HasilSerapan | None = None
    """Budget of the sub kegiatan supporting this indicator (sasaran level)."""
    efisiensi: HasilEfisiensi | None = None
    sub_pendukung: tuple[str, ...] = ()
    program_pendukung: tuple[str, ...] = ()

    @property
    def kode(self) -> str:
        return self.indikator.kode

    @property
    def tercapai(self) -> bool | None:
        c = self.capaian
        return None if c.capaian is None else c.capaian >= 100


@dataclass(frozen=True)
class BarisAnggaran:
    program: Program
    kegiatan: Kegiatan
    sub: SubKegiatan
    pagu: Decimal
    realisasi: Decimal | None
    serapan: HasilSerapan


@dataclass(frozen=True)
class AnalisisAnggaran:
    baris: tuple[BarisAnggaran, ...]
    per_kegiatan: dict[str, HasilSerapan]
    per_program: dict[str, HasilSerapan]
    total: HasilSerapan


@dataclass(frozen=True)
class BarisEfisiensi:
    tingkat: str
    """sasaran, program, kegiatan or sub_kegiatan."""
    uraian: str
    """The program/kegiatan/sub kegiatan (or sasaran) the indicator measures."""
    indikator: AnalisisIndikator
    serapan: HasilSerapan | None
    efisiensi: HasilEfisiensi


@dataclass(frozen=True)
class Analisis:
    berkas: BerkasData
    tahun: int
    pk: PerjanjianKinerja | None
    iku: tuple[AnalisisIndikator, ...]
    indikator: dict[str, AnalisisIndikator]
    """Every indicator of the file (all levels), by kode."""
    anggaran: AnalisisAnggaran
    efisiensi: tuple[BarisEfisiensi, ...]
    peringatan: tuple[Peringatan, ...] = field(default_factory=tuple)

    def sasaran_dari(self, kode_sasaran: str) -> tuple[Tujuan, Sasaran] | None:
        return next(((t, s) for t, s in self.berkas.semua_sasaran() if s.kode == kode_sasaran), None)

    def iku_per_sasaran(self) -> list[tuple[Sasaran | None, list[AnalisisIndikator]]]:
        """IKU grouped by their sasaran, in file order (tujuan-level IKU under None)."""
        grup: dict[str | None, list[AnalisisIndikator]] = {}
        for a in self.iku:
            grup.setdefault(a.induk if a.level == "sasaran" else None, []).append(a)
        hasil = []
        for kode, daftar in grup.items():
            ts = self.sasaran_dari(kode) if kode else None
            hasil.append((ts[1] if ts else None, daftar))
        return hasil


# ----------------------------------------------------------------- indicators


def _realisasi(b: BerkasData, ind: Indikator, tahun: int) -> tuple[str | None, RealisasiIndikator | None]:
    r = b.realisasi_indikator(ind.kode, tahun)
    if r is None:
        return None, None
    if r.nilai is not None:
        return r.nilai, r
    if r.triwulan and r.triwulan.terisi():
        nilai = agregasi_realisasi(list(r.triwulan.model_dump().values()), ind.metode_agregasi)
        return (nilai.teks if nilai else None), r
    return None, r


def _capaian(ind: Indikator, target: str | None, realisasi: str | None, tahun: int) -> HasilCapaian:
    if target is not None and target.strip() == "-":
        target = None
    return hitung_capaian(target=target, realisasi=realisasi, polaritas=ind.polaritas,
                          rumus_negatif=ind.rumus_negatif, tahun=tahun)


class PKTidakAda(LookupError):
    """The file has no Perjanjian Kinerja of the version asked for."""


def pilih_pk(berkas: BerkasData, versi: str | int | None = None) -> PerjanjianKinerja:
    """The PK to use: ``None`` the version in force at year end; ``"murni"``; ``"perubahan"``
    (the latest); or a ``nomor_urut``. Raises :class:`PKTidakAda` with what the file has."""
    daftar = berkas.perjanjian_kinerja
    if not daftar:
        raise PKTidakAda("berkas data belum memuat perjanjian_kinerja")
    if versi is None:
        return berkas.pk_berlaku()
    if isinstance(versi, int) or versi.isdigit():
        pk = next((p for p in daftar if p.nomor_urut == int(versi)), None)
    elif versi == "murni":
        pk = next((p for p in daftar if p.jenis == "murni"), None)
    elif versi == "perubahan":
        pk = max((p for p in daftar if p.jenis == "perubahan"), key=lambda p: p.nomor_urut, default=None)
    else:
        raise PKTidakAda(f"versi PK {versi!r} tidak dikenal; pilih murni, perubahan atau nomor urut")
    if pk is None:
        ada = ", ".join(f"{p.jenis} (nomor urut {p.nomor_urut})" for p in daftar)
        raise PKTidakAda(f"PK versi {versi} tidak ada dalam berkas data; yang ada: {ada}")
    return pk


def nama_versi_pk(pk: PerjanjianKinerja) -> str:
    if pk.jenis == "murni":
        return "PK murni"
    return "PK perubahan" if pk.nomor_urut == 1 else f"PK perubahan ke-{pk.nomor_urut}"


def _indikator(b: BerkasData, pk: PerjanjianKinerja | None, d, tahun: int) -> AnalisisIndikator:
    ind: Indikator = d.indikator
    baris_pk = next((x for x in pk.sasaran if x.indikator == ind.kode), None) if pk else None
    target_renstra = ind.target.get(tahun)
    if baris_pk is not None:
        target, sumber = baris_pk.target, nama_versi_pk(pk)
    else:
        target, sumber = target_renstra, "Renstra"
    realisasi, data = _realisasi(b, ind, tahun)
    capaian = _capaian(ind, target, realisasi, tahun)
    lalu = None
    r_lalu, _ = _realisasi(b, ind, tahun - 1)
    if r_lalu is not None:
        t_lalu = ind.target.get(tahun - 1)
        lalu = NilaiTahun(tahun - 1, t_lalu, r_lalu, _capaian(ind, t_lalu, r_lalu, tahun - 1))
    periode = b.renstra.periode
    target_akhir = ind.target_akhir or ind.target.get(periode.tahun_akhir)
    riwayat = []
    for th in range(periode.tahun_awal, min(tahun, periode.tahun_akhir) + 1):
        t_th = target if th == tahun else ind.target.get(th)
        r_th = realisasi if th == tahun else _realisasi(b, ind, th)[0]
        riwayat.append(NilaiTahun(th, t_th, r_th, _capaian(ind, t_th, r_th, th)))
    return AnalisisIndikator(
        indikator=ind, level=d.level, induk=d.induk, target=target, sumber_target=sumber,
        target_renstra=target_renstra, realisasi=realisasi, data_realisasi=data, capaian=capaian,
        lalu=lalu, target_akhir=target_akhir,
        capaian_akhir=_capaian(ind, target_akhir, realisasi, tahun),
        riwayat=tuple(riwayat),
        pembanding=tuple(p for p in b.pembanding.instansi_lain if p.indikator == ind.kode and p.tahun == tahun),
        standar_nasional=next((s for s in b.pembanding.standar_nasional if s.indikator == ind.kode), None),
    )


# ----------------------------------------------------------------- budget


def _anggaran(b: BerkasData) -> AnalisisAnggaran:
    baris = []
    for program, kegiatan, sub in b.semua_sub_kegiatan():
        a = b.anggaran_sub_kegiatan(sub.kode)
        pagu = a.pagu if a else Decimal(0)
        realisasi = a.realisasi_total if a else None
        baris.append(BarisAnggaran(program, kegiatan, sub, pagu, realisasi, serapan(pagu=pagu, realisasi=realisasi)))
    pagu, real = (lambda x: x.pagu), (lambda x: x.realisasi)
    per_kegiatan = {r.kunci: r.hasil for r in rekap(baris, kunci=lambda x: x.kegiatan.kode, pagu=pagu, realisasi=real)}
    per_program = {r.kunci: r.hasil for r in rekap(baris, kunci=lambda x: x.program.kode, pagu=pagu, realisasi=real)}
    total = rekap(baris, kunci=lambda x: "total", pagu=pagu, realisasi=real)
    return AnalisisAnggaran(
        tuple(baris), per_kegiatan, per_program,
        total[0].hasil if total else serapan(pagu=Decimal(0), realisasi=None),
    )


def _mendukung(b: BerkasData) -> dict[str, set[str]]:
    """Sub kegiatan kode -> the sasaran/indicator codes it supports.

    A sub kegiatan's own ``mendukung`` wins; else its kegiatan's; else its program's.
    """
    hasil: dict[str, set[str]] = {}
    for program, kegiatan, sub in b.semua_sub_kegiatan():
        hasil[sub.kode] = set(sub.mendukung or kegiatan.mendukung or program.mendukung)
    return hasil


def _pendukung(b: BerkasData, ind: AnalisisIndikator, mendukung: dict[str, set[str]]) -> tuple[str, ...]:
    kode = {ind.kode, ind.induk}
    return tuple(s for s, dukung in mendukung.items() if dukung & kode)


def _dengan_anggaran(b: BerkasData, a: AnalisisIndikator, ang: AnalisisAnggaran,
                     mendukung: dict[str, set[str]], tahun: int) -> AnalisisIndikator:
    subs = _pendukung(b, a, mendukung)
    if not subs:
        return a
    baris = [x for x in ang.baris if x.sub.kode in subs]
    hasil = rekap(baris, kunci=lambda x: 0, pagu=lambda x: x.pagu, realisasi=lambda x: x.realisasi)[0].hasil
    program = tuple(dict.fromkeys(x.program.kode for x in baris))
    return _ganti(a, anggaran=hasil, sub_pendukung=subs, program_pendukung=program,
                  efisiensi=efisiensi(capaian=a.capaian.capaian_dibatasi, serapan=hasil.persen, tahun=tahun))


def _ganti(a: AnalisisIndikator, **ubah) -> AnalisisIndikator:
    return replace(a, **ubah)


# ----------------------------------------------------------------- efficiency


def _efisiensi(b: BerkasData, semua: dict[str, AnalisisIndikator], iku: tuple[AnalisisIndikator, ...],
               ang: AnalisisAnggaran, tahun: int) -> tuple[BarisEfisiensi, ...]:
    hasil: list[BarisEfisiensi] = []
    for a in iku:
        if a.efisiensi is not None:
            hasil.append(BarisEfisiensi("sasaran", a.indikator.nama, a, a.anggaran, a.efisiensi))
    serapan_sub = {x.sub.kode: x.serapan for x in ang.baris}
    nama = {p.kode: p.nama for p in b.program}
    nama.update({k.kode: k.nama for _, k in b.semua_kegiatan()})
    nama.update({s.kode: s.nama for _, _, s in b.semua_sub_kegiatan()})
    for tingkat, sumber in (("program", ang.per_program), ("kegiatan", ang.per_kegiatan), ("sub_kegiatan", serapan_sub)):
        for a in semua.values():
            if a.level != tingkat:
                continue
            s = sumber.get(a.induk)
            e = efisiensi(capaian=a.capaian.capaian_dibatasi, serapan=s.persen if s else None, tahun=tahun)
            hasil.append(BarisEfisiensi(tingkat, nama.get(a.induk, a.induk), a, s, e))
    return tuple(hasil)


# ----------------------------------------------------------------- entry point


def analisis(berkas: BerkasData, *, versi_pk: str | int | None = None) -> Analisis:
    """Compute the whole office-year once. ``versi_pk`` picks the PK whose targets are used
    (default: the version in force at year end); an absent version raises :class:`PKTidakAda`."""
    tahun = berkas.profil.tahun
    pk = pilih_pk(berkas, versi_pk) if berkas.perjanjian_kinerja or versi_pk is not None else None
    ang = _anggaran(berkas)
    mendukung = _mendukung(berkas)
    semua: dict[str, AnalisisIndikator] = {}
    for d in berkas.semua_indikator():
        a = _indikator(berkas, pk, d, tahun)
        if d.indikator.iku or d.level in ("tujuan", "sasaran"):
            a = _dengan_anggaran(berkas, a, ang, mendukung, tahun)
        semua[d.indikator.kode] = a
    iku = tuple(semua[d.indikator.kode] for d in berkas.iku())
    return Analisis(
        berkas=berkas, tahun=tahun, pk=pk, iku=iku, indikator=semua, anggaran=ang,
        efisiensi=_efisiensi(berkas, semua, iku, ang, tahun),
        peringatan=tuple(periksa(berkas)),
    )


def nilai_angka(teks: str | None) -> Decimal | None:
    """A value as one number for charts and comparisons (a ratio a:b as a/b), None if not numeric."""
    n = coba_nilai(teks) if teks else None
    if n is None:
        return None
    if n.jenis == "rasio":
        return n.pecahan if n.penyebut else None
    return n.angka if n.jenis == "angka" else None
