"""Cross-checks that make a data file invalid: unknown or duplicate codes, years outside the Renstra.

Each check yields ``(lokasi, nilai, pesan, jenis)``; :func:`periksa_silang`
turns them into :class:`~sakip.berkas.masalah.Masalah` with the file line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sakip.berkas.masalah import Lokasi, Masalah, cari_baris, teks_lokasi
from sakip.berkas.model import BerkasData

Temuan = tuple[Lokasi, Any, str, str]


def _kode_ganda(pasangan: list[tuple[str, Lokasi]], apa: str) -> Iterator[Temuan]:
    pertama: dict[str, Lokasi] = {}
    for kode, lokasi in pasangan:
        if kode in pertama:
            letak = teks_lokasi(BerkasData, pertama[kode])
            yield (*lokasi, "kode"), kode, f"kode {apa} '{kode}' sudah dipakai di {letak}", "kode_ganda"
        else:
            pertama[kode] = lokasi


def _kode_kinerja(b: BerkasData) -> list[tuple[str, Lokasi]]:
    """Codes of tujuan, sasaran and indicators: one namespace, so references are unambiguous."""
    hasil: list[tuple[str, Lokasi]] = []
    for it, tujuan in enumerate(b.renstra.tujuan):
        hasil.append((tujuan.kode, ("renstra", "tujuan", it)))
        for isas, sasaran in enumerate(tujuan.sasaran):
            hasil.append((sasaran.kode, ("renstra", "tujuan", it, "sasaran", isas)))
    hasil.extend((i.indikator.kode, i.lokasi) for i in b.semua_indikator())
    return hasil


def _kode_anggaran(b: BerkasData) -> list[tuple[str, Lokasi]]:
    hasil: list[tuple[str, Lokasi]] = []
    for ip, program in enumerate(b.program):
        hasil.append((program.kode, ("program", ip)))
        for ik, kegiatan in enumerate(program.kegiatan):
            hasil.append((kegiatan.kode, ("program", ip, "kegiatan", ik)))
            for isub, sub in enumerate(kegiatan.sub_kegiatan):
                hasil.append((sub.kode, ("program", ip, "kegiatan", ik, "sub_kegiatan", isub)))
    return hasil


def _hierarki_kode(b: BerkasData) -> Iterator[Temuan]:
    for ip, program in enumerate(b.program):
        for ik, kegiatan in enumerate(program.kegiatan):
            lk = ("program", ip, "kegiatan", ik)
            if not kegiatan.kode.startswith(program.kode + "."):
                yield (*lk, "kode"), kegiatan.kode, f"kode kegiatan harus diawali kode programnya {program.kode}", "kode_hierarki"
            for isub, sub in enumerate(kegiatan.sub_kegiatan):
                if not sub.kode.startswith(kegiatan.kode + "."):
                    yield (
                        (*lk, "sub_kegiatan", isub, "kode"),
                        sub.kode,
                        f"kode sub kegiatan harus diawali kode kegiatannya {kegiatan.kode}",
                        "kode_hierarki",
                    )


def _level_dan_tahun(b: BerkasData) -> Iterator[Temuan]:
    periode = b.renstra.periode
    for i in b.semua_indikator():
        ind = i.indikator
        if ind.level is not None and ind.level != i.level:
            yield (*i.lokasi, "level"), ind.level, f"indikator ini terletak pada tingkat {i.level}, bukan {ind.level}", "level"
        for tahun in ind.target:
            if not periode.memuat(tahun):
                yield (
                    (*i.lokasi, "target", tahun),
                    tahun,
                    f"tahun target di luar periode Renstra {periode.tahun_awal}-{periode.tahun_akhir}",
                    "tahun_di_luar_renstra",
                )


def _rujukan(b: BerkasData) -> Iterator[Temuan]:
    indikator = {i.indikator.kode: i for i in b.semua_indikator()}
    sasaran = {s.kode: s for _, s in b.semua_sasaran()}
    kinerja = set(indikator) | set(sasaran) | {t.kode for t in b.renstra.tujuan}
    program = {p.kode for p in b.program}
    sub = {s.kode for _, _, s in b.semua_sub_kegiatan()}

    def tak_dikenal(lokasi: Lokasi, kode: str, apa: str) -> Temuan:
        return lokasi, kode, f"kode {apa} '{kode}' tidak dikenal", "rujukan_tidak_dikenal"

    for n, r in enumerate(b.realisasi):
        if r.indikator not in indikator:
            yield tak_dikenal(("realisasi", n, "indikator"), r.indikator, "indikator")
    for n, a in enumerate(b.anggaran):
        if a.sub_kegiatan not in sub:
            yield tak_dikenal(("anggaran", n, "sub_kegiatan"), a.sub_kegiatan, "sub kegiatan")
    for n, pk in enumerate(b.perjanjian_kinerja):
        for m, baris in enumerate(pk.sasaran):
            lokasi = ("perjanjian_kinerja", n, "sasaran", m)
            if baris.indikator not in indikator:
                yield tak_dikenal((*lokasi, "indikator"), baris.indikator, "indikator")
            if baris.sasaran is not None:
                if baris.sasaran not in sasaran:
                    yield tak_dikenal((*lokasi, "sasaran"), baris.sasaran, "sasaran")
                elif baris.indikator in indikator and indikator[baris.indikator].induk != baris.sasaran:
                    yield (
                        (*lokasi, "indikator"),
                        baris.indikator,
                        f"indikator '{baris.indikator}' bukan indikator sasaran '{baris.sasaran}'",
                        "rujukan_tidak_cocok",
                    )
        for m, baris in enumerate(pk.program):
            if baris.program not in program:
                yield tak_dikenal(("perjanjian_kinerja", n, "program", m, "program"), baris.program, "program")
    for n, p in enumerate(b.pembanding.instansi_lain):
        if p.indikator not in indikator:
            yield tak_dikenal(("pembanding", "instansi_lain", n, "indikator"), p.indikator, "indikator")
    for n, s in enumerate(b.pembanding.standar_nasional):
        if s.indikator not in indikator:
            yield tak_dikenal(("pembanding", "standar_nasional", n, "indikator"), s.indikator, "indikator")
    for n, f in enumerate(b.dokumentasi):
        if f.indikator is not None and f.indikator not in indikator:
            yield tak_dikenal(("dokumentasi", n, "indikator"), f.indikator, "indikator")
    for kode, lokasi, didukung in _mendukung(b):
        if didukung not in kinerja:
            yield tak_dikenal((*lokasi, "mendukung"), didukung, "sasaran/indikator")


def _mendukung(b: BerkasData) -> Iterator[tuple[str, Lokasi, str]]:
    for ip, program in enumerate(b.program):
        for kode in program.mendukung:
            yield program.kode, ("program", ip), kode
        for ik, kegiatan in enumerate(program.kegiatan):
            for kode in kegiatan.mendukung:
                yield kegiatan.kode, ("program", ip, "kegiatan", ik), kode
            for isub, sub in enumerate(kegiatan.sub_kegiatan):
                for kode in sub.mendukung:
                    yield sub.kode, ("program", ip, "kegiatan", ik, "sub_kegiatan", isub), kode


def _baris_ganda(b: BerkasData) -> Iterator[Temuan]:
    dilihat: dict[Any, int] = {}
    for n, r in enumerate(b.realisasi):
        kunci = ("r", r.indikator, r.tahun)
        if kunci in dilihat:
            yield ("realisasi", n), f"{r.indikator} {r.tahun}", (
                f"realisasi indikator '{r.indikator}' tahun {r.tahun} sudah ada di realisasi[{dilihat[kunci] + 1}]"
            ), "baris_ganda"
        dilihat.setdefault(kunci, n)
    for n, a in enumerate(b.anggaran):
        kunci = ("a", a.sub_kegiatan)
        if kunci in dilihat:
            yield ("anggaran", n), a.sub_kegiatan, (
                f"anggaran sub kegiatan '{a.sub_kegiatan}' sudah ada di anggaran[{dilihat[kunci] + 1}]"
            ), "baris_ganda"
        dilihat.setdefault(kunci, n)
    for n, pk in enumerate(b.perjanjian_kinerja):
        kunci = ("pk", pk.nomor_urut)
        if kunci in dilihat:
            yield ("perjanjian_kinerja", n, "nomor_urut"), pk.nomor_urut, (
                f"PK bernomor urut {pk.nomor_urut} sudah ada di perjanjian_kinerja[{dilihat[kunci] + 1}]"
            ), "baris_ganda"
        dilihat.setdefault(kunci, n)
        for m, baris in enumerate(pk.sasaran):
            kunci = ("pks", n, baris.indikator)
            if kunci in dilihat:
                yield ("perjanjian_kinerja", n, "sasaran", m, "indikator"), baris.indikator, (
                    f"indikator '{baris.indikator}' sudah diperjanjikan di baris {dilihat[kunci] + 1}"
                ), "baris_ganda"
            dilihat.setdefault(kunci, m)


def periksa_silang(b: BerkasData, baris: Mapping[Lokasi, int] | None = None) -> list[Masalah]:
    """Every cross-reference error of a structurally valid file."""
    temuan: list[Temuan] = [
        *_kode_ganda(_kode_kinerja(b), "tujuan/sasaran/indikator"),
        *_kode_ganda(_kode_anggaran(b), "program/kegiatan/sub kegiatan"),
        *_hierarki_kode(b),
        *_level_dan_tahun(b),
        *_rujukan(b),
        *_baris_ganda(b),
    ]
    return [
        Masalah(
            lokasi=teks_lokasi(BerkasData, lokasi),
            nilai=None if nilai is None else str(nilai),
            pesan=pesan,
            baris=_baris_data(baris, lokasi),
            jenis=jenis,
        )
        for lokasi, nilai, pesan, jenis in temuan
    ]


def _baris_data(baris: Mapping[Lokasi, int] | None, lokasi: Lokasi) -> int | None:
    """Line lookup: target years are integer keys in the model but text keys in the YAML."""
    return cari_baris(baris, tuple(str(k) if isinstance(k, int) and i and lokasi[i - 1] == "target" else k
                                   for i, k in enumerate(lokasi)))
