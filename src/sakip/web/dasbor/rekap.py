"""Pemda-wide roll-ups over office-year summaries: always ratios of sums, never means of percentages.

>>> pangsa(3, 4)
Decimal('75')
>>> pangsa(0, 0) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.anggaran import HasilSerapan
from sakip.web.dasbor.ringkasan import rekap_anggaran


def pangsa(bagian: int, jumlah: int) -> Decimal | None:
    """bagian / jumlah × 100; no value (None) when jumlah is 0."""
    return None if not jumlah else Decimal(bagian) * 100 / Decimal(jumlah)


@dataclass
class BarisKantor:
    instansi: object
    tahun_kinerja: object | None
    ringkasan: dict | None
    lkj: dict | None = None

    @property
    def rekap(self) -> dict:
        return self.ringkasan["rekap"] if self.ringkasan else {}

    @property
    def tercapai(self) -> Decimal | None:
        """Share of IKU at or above target (IKU whose capaian could be computed)."""
        r = self.rekap
        return pangsa(r.get("iku_tercapai", 0), r.get("iku_terhitung", 0))

    @property
    def rata_capaian(self) -> Decimal | None:
        """Mean of the capped capaian of the computed IKU (a mean of capaian, said so on screen)."""
        r = self.rekap
        n = r.get("iku_terhitung", 0)
        return Decimal(r["jumlah_capaian_dibatasi"]) / n if n else None

    @property
    def serapan(self) -> Decimal | None:
        a = self.ringkasan["anggaran"] if self.ringkasan else None
        return Decimal(a["persen"]) if a and a["persen"] is not None else None

    @property
    def lengkap(self) -> bool:
        return bool(self.ringkasan) and not self.rekap.get("kurang")


@dataclass
class RekapPemda:
    kantor: list[BarisKantor]
    kategori: dict[str, int] = field(default_factory=dict)
    serapan: HasilSerapan | None = None
    iku_tercapai: int = 0
    iku_terhitung: int = 0
    iku: int = 0

    @property
    def tercapai(self) -> Decimal | None:
        return pangsa(self.iku_tercapai, self.iku_terhitung)


def rekap_pemda(kantor: list[BarisKantor]) -> RekapPemda:
    """Σ over offices of the summaries' parts; serapan = Σ realisasi / Σ pagu (``sakip.core.anggaran.rekap``)."""
    h = RekapPemda(kantor=kantor)
    for k in kantor:
        if not k.ringkasan:
            continue
        r = k.rekap
        h.iku += r["iku"]
        h.iku_terhitung += r["iku_terhitung"]
        h.iku_tercapai += r["iku_tercapai"]
        for nama, n in r["kategori"].items():
            h.kategori[nama] = h.kategori.get(nama, 0) + n
    h.serapan = rekap_anggaran([k.ringkasan["anggaran"] for k in kantor if k.ringkasan])
    return h


def peringkat(kantor: list[BarisKantor]) -> list[BarisKantor]:
    """Offices with data, best first: share of IKU at target, then mean capped capaian, then name."""
    ada = [k for k in kantor if k.ringkasan and k.rekap.get("iku_terhitung")]
    return sorted(ada, key=lambda k: (-(k.tercapai or 0), -(k.rata_capaian or 0), k.instansi.nama))
