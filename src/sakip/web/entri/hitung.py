"""Figures shown while entering data, all computed by :mod:`sakip.core`.

The web computes nothing itself: it picks the inputs from the berkas model
(the target of the PK in force, else the Renstra target of that year; the
indicator's polarity and aggregation method) and calls
:func:`sakip.core.capaian.hitung_capaian_periode` / :func:`sakip.core.anggaran.serapan`
/ :func:`sakip.core.anggaran.rekap`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sakip.berkas import BerkasData
from sakip.berkas.realisasi import AnggaranSubKegiatan
from sakip.core import format as fmt
from sakip.core.anggaran import HasilSerapan, Rekap, rekap, serapan
from sakip.core.angka import coba_nilai
from sakip.core.capaian import HasilCapaian, hitung_capaian_periode
from sakip.core.exceptions import AngkaTidakSah, MasukanTidakSah

TW = ("tw1", "tw2", "tw3", "tw4")
LABEL = {"nilai": "Realisasi tahunan", "tw1": "TW I", "tw2": "TW II", "tw3": "TW III", "tw4": "TW IV"}


@dataclass(frozen=True)
class Target:
    nilai: str | None
    sumber: str
    triwulan: list[str | None] | None = None


def target_berlaku(berkas: BerkasData, kode: str, tahun: int) -> Target:
    """The target a realisasi of *tahun* is measured against: PK in force (reporting year), else Renstra."""
    if tahun == berkas.profil.tahun:
        pk = berkas.pk_berlaku()
        baris = next((b for b in pk.sasaran if b.indikator == kode), None) if pk else None
        if baris is not None:
            tw = [getattr(baris.target_triwulan, k) for k in TW] if baris.target_triwulan else None
            nama = "PK murni" if pk.nomor_urut == 0 else f"PK perubahan ke-{pk.nomor_urut}"
            return Target(baris.target, nama, tw)
    nilai = berkas.indikator(kode).indikator.target.get(tahun)
    return Target(nilai, f"Renstra {tahun}")


@dataclass(frozen=True)
class Capaian:
    """What the realisasi screen shows for one indicator: the core result, or why there is none."""

    target: Target
    hasil: HasilCapaian | None
    status: str
    alasan: str | None = None
    medan: str | None = None
    """The form field holding an unreadable value."""

    def ke_json(self) -> dict[str, Any]:
        h = self.hasil
        return {
            "status": self.status,
            "target": self.target.nilai,
            "sumber_target": self.target.sumber,
            "capaian": fmt.persen(h.capaian) if h and h.capaian is not None else None,
            "kategori": h.kategori if h else None,
            "warna": h.warna if h else None,
            "kode_warna": h.kode_warna if h else None,
            "rumus": h.rumus if h else "",
            "alasan": self.alasan,
            "medan": self.medan,
        }


def capaian_realisasi(*, berkas: BerkasData, kode: str, tahun: int, isian: dict[str, str | None]) -> Capaian:
    """Capaian of indicator *kode* for *tahun* with the realisasi values typed (``nilai``, ``tw1``..``tw4``).

    An annual value wins over the quarters (as in the berkas model); the quarters
    are combined by the indicator's ``metode_agregasi``. An unreadable value gives
    status ``tidak_sah`` with the parser's reason (the import's message).
    """
    ind = berkas.indikator(kode).indikator
    target = target_berlaku(berkas, kode, tahun)
    isian = {k: (v.strip() if isinstance(v, str) and v.strip() else None) for k, v in isian.items()}
    for medan in ("nilai", *TW):
        try:
            coba_nilai(isian.get(medan))
        except AngkaTidakSah as e:
            return Capaian(target, None, "tidak_sah", f"{LABEL[medan]}: {e.alasan}", medan)
    nilai_target = None if target.nilai is None or target.nilai.strip() == "-" else target.nilai
    if isian.get("nilai") is not None:
        periode, metode, target_periode = [isian["nilai"]], "nilai_akhir", None
    else:
        periode, metode, target_periode = [isian.get(k) for k in TW], ind.metode_agregasi, target.triwulan
    try:
        h = hitung_capaian_periode(
            target=nilai_target, realisasi_periode=periode, metode=metode, target_periode=target_periode,
            polaritas=ind.polaritas, rumus_negatif=ind.rumus_negatif, tahun=berkas.profil.tahun,
        )
    except MasukanTidakSah as e:
        return Capaian(target, None, "tidak_dapat_dihitung", str(e))
    return Capaian(target, h, str(h.status), h.alasan)


def realisasi_isian(berkas: BerkasData, kode: str, tahun: int) -> dict[str, str | None]:
    r = berkas.realisasi_indikator(kode, tahun)
    isian = {"nilai": r.nilai if r else None}
    for k in TW:
        isian[k] = getattr(r.triwulan, k) if r and r.triwulan else None
    return isian


@dataclass(frozen=True)
class BarisAnggaran:
    program: str
    kegiatan: str
    kode: str
    nama: str
    anggaran: AnggaranSubKegiatan | None
    serapan: HasilSerapan | None


def anggaran_baris(berkas: BerkasData) -> tuple[list[BarisAnggaran], list[Rekap[str]], HasilSerapan | None]:
    """Per sub kegiatan: its budget and serapan; per program: Σ realisasi / Σ pagu; and the office total."""
    baris = []
    for program, kegiatan, sub in berkas.semua_sub_kegiatan():
        a = berkas.anggaran_sub_kegiatan(sub.kode)
        s = serapan(pagu=a.pagu, realisasi=a.realisasi_total) if a else None
        baris.append(BarisAnggaran(program.kode, kegiatan.kode, sub.kode, sub.nama, a, s))
    terisi = [b for b in baris if b.anggaran is not None]
    per_program = rekap(terisi, kunci=lambda b: b.program, pagu=lambda b: b.anggaran.pagu,
                        realisasi=lambda b: b.anggaran.realisasi_total)
    total = rekap(terisi, kunci=lambda b: "total", pagu=lambda b: b.anggaran.pagu,
                  realisasi=lambda b: b.anggaran.realisasi_total)
    return baris, per_program, (total[0].hasil if total else None)


def rupiah(x: Decimal | None) -> str:
    return fmt.rupiah(x, sen=x != x.to_integral_value()) if x is not None else ""
