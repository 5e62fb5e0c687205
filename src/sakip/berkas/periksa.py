"""Warnings about a valid data file: things a reviewer should look at.

None of these stops the LKj from being produced; each names where to look.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

from sakip.berkas.dasar import tulis_rupiah
from sakip.berkas.masalah import Lokasi, Peringatan, cari_baris, letak, teks_lokasi
from sakip.berkas.model import BerkasData
from sakip.berkas.pk import PARAMETER_PK
from sakip.core import parameter
from sakip.core.angka import Nilai, coba_nilai

Temuan = tuple[Lokasi, str | None, str, str]

JENIS_PERINGATAN: dict[str, str] = {
    "pk_target_beda_renstra": "Target PK berbeda dengan target Renstra tahun yang sama",
    "pk_tanpa_alasan": "PK perubahan tanpa alasan perubahan",
    "pk_anggaran_beda_pagu": "Anggaran program di PK berbeda dengan jumlah pagu sub kegiatannya",
    "pk_terlambat": "PK murni ditandatangani melewati batas setelah DPA disahkan",
    "realisasi_melebihi_pagu": "Realisasi anggaran melebihi pagu",
    "realisasi_pagu_nol": "Ada realisasi anggaran padahal pagu 0",
    "pagu_nol": "Pagu 0: serapan tidak dapat dihitung",
    "triwulan_beda_tahunan": "Jumlah realisasi triwulan berbeda dengan realisasi setahun",
    "iku_tanpa_realisasi": "IKU belum memiliki realisasi tahun laporan",
    "iku_tanpa_target": "IKU tidak memiliki target tahun laporan",
}
"""Every kind of warning (``Peringatan.jenis``) with its Indonesian meaning."""


def nilai_sama(a: str | None, b: str | None) -> bool:
    """Whether two values as written mean the same (``"2 : 9"`` = ``"2:9"``, ``"100 %"`` = ``"100"``)."""
    na, nb = coba_nilai(a), coba_nilai(b)
    if na is None or nb is None:
        return na is None and nb is None
    if na.jenis != nb.jenis:
        return False
    return _inti(na) == _inti(nb)


def _inti(n: Nilai) -> tuple:
    if n.jenis == "angka":
        return (n.angka,)
    if n.jenis == "rasio":
        return (n.pembilang, n.penyebut)
    if n.jenis == "rentang":
        return (n.bawah, n.atas)
    return (" ".join(n.teks.split()).casefold(),)


def _pk(b: BerkasData) -> Iterator[Temuan]:
    indikator = {i.indikator.kode: i.indikator for i in b.semua_indikator()}
    tahun = b.profil.tahun
    for n, pk in enumerate(b.perjanjian_kinerja):
        lokasi: Lokasi = ("perjanjian_kinerja", n)
        if pk.jenis == "perubahan" and pk.alasan_perubahan is None:
            yield (*lokasi, "alasan_perubahan"), None, (
                "PK perubahan tanpa alasan_perubahan; PermenPANRB 53/2014 hanya membolehkan perubahan karena "
                "pergantian pejabat, perubahan strategi, atau perubahan prioritas"
            ), "pk_tanpa_alasan"
        for m, baris in enumerate(pk.sasaran):
            ind = indikator.get(baris.indikator)
            target = ind.target.get(tahun) if ind else None
            if target is not None and not nilai_sama(target, baris.target):
                yield (*lokasi, "sasaran", m, "target"), baris.target, (
                    f"target PK berbeda dengan target Renstra tahun {tahun} ({target})"
                ), "pk_target_beda_renstra"
        for m, baris in enumerate(pk.program):
            if any(a.sub_kegiatan.startswith(baris.program + ".") for a in b.anggaran):
                pagu = b.pagu_program(baris.program)
                if pagu != baris.anggaran:
                    yield (*lokasi, "program", m, "anggaran"), tulis_rupiah(baris.anggaran), (
                        f"anggaran program di PK berbeda dengan jumlah pagu sub kegiatannya ({tulis_rupiah(pagu)})"
                    ), "pk_anggaran_beda_pagu"
        yield from _pk_terlambat(pk, lokasi)


def _tambah_bulan(tanggal: dt.date, bulan: int) -> dt.date:
    indeks = tanggal.month - 1 + bulan
    tahun, bulan_baru = tanggal.year + indeks // 12, indeks % 12 + 1
    for hari in range(tanggal.day, 0, -1):
        try:
            return dt.date(tahun, bulan_baru, hari)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _pk_terlambat(pk, lokasi: Lokasi) -> Iterator[Temuan]:
    if pk.jenis != "murni" or pk.tanggal_dpa is None:
        return
    batas_bulan = parameter.parameter_berlaku(PARAMETER_PK, pk.tanggal_dpa).nilai["batas_bulan_setelah_dpa"]
    batas = _tambah_bulan(pk.tanggal_dpa, batas_bulan)
    if pk.tanggal > batas:
        yield (*lokasi, "tanggal"), pk.tanggal.isoformat(), (
            f"PK ditandatangani lebih dari {batas_bulan} bulan setelah DPA disahkan (batas {batas.isoformat()})"
        ), "pk_terlambat"


def _anggaran(b: BerkasData) -> Iterator[Temuan]:
    for n, a in enumerate(b.anggaran):
        lokasi: Lokasi = ("anggaran", n)
        realisasi = a.realisasi_total
        if realisasi is None:
            continue
        if a.pagu == 0 and realisasi > 0:
            yield (*lokasi, "realisasi"), tulis_rupiah(realisasi), "ada realisasi padahal pagu 0", "realisasi_pagu_nol"
        elif a.pagu == 0:
            yield (*lokasi, "pagu_murni"), "0", "pagu 0: persentase serapan tidak dapat dihitung", "pagu_nol"
        elif realisasi > a.pagu:
            yield (*lokasi, "realisasi"), tulis_rupiah(realisasi), (
                f"realisasi melebihi pagu ({tulis_rupiah(a.pagu)})"
            ), "realisasi_melebihi_pagu"
        if a.realisasi is not None and a.realisasi_triwulan is not None:
            jumlah = a.realisasi_triwulan.jumlah()
            if jumlah is not None and jumlah != a.realisasi:
                yield (*lokasi, "realisasi_triwulan"), tulis_rupiah(jumlah), (
                    f"jumlah realisasi triwulan berbeda dengan realisasi setahun ({tulis_rupiah(a.realisasi)})"
                ), "triwulan_beda_tahunan"


def _iku(b: BerkasData) -> Iterator[Temuan]:
    tahun = b.profil.tahun
    for i in b.iku():
        kode = i.indikator.kode
        r = b.realisasi_indikator(kode, tahun)
        if r is None or (r.nilai is None and not (r.triwulan and r.triwulan.terisi())):
            yield i.lokasi, kode, f"IKU '{i.indikator.nama}' belum memiliki realisasi tahun {tahun}", "iku_tanpa_realisasi"
        if i.indikator.target.get(tahun) is None and b.target_pk(kode) is None:
            yield i.lokasi, kode, f"IKU '{i.indikator.nama}' tidak memiliki target tahun {tahun}", "iku_tanpa_target"


def periksa(berkas: BerkasData, baris: Mapping[Lokasi, int] | None = None) -> list[Peringatan]:
    """Every warning about a valid data file (lines from the reader when known)."""
    baris = letak(berkas) if baris is None else baris
    temuan = [*_pk(berkas), *_anggaran(berkas), *_iku(berkas)]
    assert all(t[3] in JENIS_PERINGATAN for t in temuan)
    return [
        Peringatan(
            lokasi=teks_lokasi(BerkasData, lokasi),
            nilai=nilai,
            pesan=pesan,
            baris=cari_baris(baris, lokasi),
            jenis=jenis,
        )
        for lokasi, nilai, pesan, jenis in temuan
    ]

