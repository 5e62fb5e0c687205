"""Budget: serapan (absorption), roll-ups and efficiency.

A roll-up of percentages is always Σ realisasi / Σ pagu, never a mean of percentages.

>>> s = serapan(pagu=Decimal("3397085593"), realisasi=Decimal("2635415421"))
>>> s.tampil, s.rumus
('77,58 %', '2.635.415.421 / 3.397.085.593 × 100 = 77,58 %')
>>> e = efisiensi(capaian=Decimal(100), serapan=Decimal("95.52"), tahun=2023)
>>> e.tampil, e.kategori
('1,05', 'Efisien')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, TypeVar

from sakip.core import format as fmt
from sakip.core.exceptions import MasukanTidakSah
from sakip.core.hasil import Status
from sakip.core.parameter import nilai

__all__ = ["HasilSerapan", "serapan", "rekap", "HasilEfisiensi", "efisiensi", "P_EFISIENSI"]

P_EFISIENSI = "anggaran.efisiensi"
_SERATUS = Decimal(100)
K = TypeVar("K")
T = TypeVar("T")


@dataclass(frozen=True)
class HasilSerapan:
    pagu: Decimal
    realisasi: Decimal | None
    status: Status
    persen: Decimal | None = None
    alasan: str | None = None
    rumus: str = ""

    @property
    def tampil(self) -> str:
        return fmt.persen(self.persen)


def serapan(*, pagu: Decimal, realisasi: Decimal | None) -> HasilSerapan:
    """Realisasi anggaran / pagu × 100. Pagu 0 is explicit, never 0 %."""
    pagu = Decimal(pagu)
    if realisasi is None:
        return HasilSerapan(pagu, None, Status.BELUM_DIISI, alasan="realisasi anggaran belum diisi")
    realisasi = Decimal(realisasi)
    if pagu == 0:
        alasan = "pagu 0" + (f" tetapi ada realisasi {fmt.rupiah(realisasi)}" if realisasi else "")
        return HasilSerapan(pagu, realisasi, Status.TIDAK_DAPAT_DIHITUNG, alasan=alasan + ": serapan tidak dapat dihitung")
    p = realisasi / pagu * _SERATUS
    rumus = f"{fmt.rupiah(realisasi, sen=realisasi != realisasi.to_integral_value())} / {fmt.rupiah(pagu, sen=pagu != pagu.to_integral_value())} \u00d7 100 = {fmt.persen(p)}"
    return HasilSerapan(pagu, realisasi, Status.TERHITUNG, persen=p, rumus=rumus)


@dataclass(frozen=True)
class Rekap(Generic[K]):
    kunci: K
    jumlah_baris: int
    hasil: HasilSerapan


def rekap(
    baris: Iterable[T],
    *,
    kunci: Callable[[T], K],
    pagu: Callable[[T], Decimal],
    realisasi: Callable[[T], Decimal | None],
) -> list[Rekap[K]]:
    """Group rows by ``kunci`` and compute Σ realisasi / Σ pagu per group, in first-seen order.

    A group with any row whose realisasi is missing reports the sum of the filled rows
    and counts as computed only if at least one row is filled.
    """
    grup: dict[K, list[Decimal | int | None]] = {}
    for b in baris:
        k = kunci(b)
        g = grup.setdefault(k, [Decimal(0), Decimal(0), 0, 0])
        g[0] += Decimal(pagu(b))
        r = realisasi(b)
        if r is not None:
            g[1] += Decimal(r)
            g[3] += 1
        g[2] += 1
    return [
        Rekap(k, n, serapan(pagu=p, realisasi=r if terisi else None))
        for k, (p, r, n, terisi) in grup.items()
    ]


@dataclass(frozen=True)
class HasilEfisiensi:
    status: Status
    metode: str
    nilai: Decimal | None = None
    kategori: str | None = None
    alasan: str | None = None
    rumus: str = ""

    @property
    def tampil(self) -> str:
        """A ratio is shown as a plain number (1,05), a difference in percentage points."""
        if self.nilai is None:
            return "-"
        return fmt.angka(self.nilai, 2) if self.metode == "rasio" else f"{fmt.angka(self.nilai, 2)} poin"


def efisiensi(*, capaian: Decimal | None, serapan: Decimal | None, tahun: int, metode: str | None = None) -> HasilEfisiensi:
    """Efficiency of resource use from the (capped) capaian and the serapan, both in %.

    ``rasio``: capaian / serapan (E > 1 efisien); ``selisih``: capaian − serapan in
    percentage points against the threshold. The method comes from the parameter
    ``anggaran.efisiensi`` unless given.
    """
    aturan = nilai(P_EFISIENSI, tahun)
    metode = metode or aturan["metode"]
    if metode not in ("rasio", "selisih"):
        raise MasukanTidakSah(f"metode efisiensi {metode!r} tidak dikenal; pilih 'rasio' atau 'selisih'")
    if capaian is None or serapan is None:
        return HasilEfisiensi(Status.BELUM_DIISI, metode, alasan="capaian atau serapan anggaran belum tersedia")
    capaian, serapan = Decimal(capaian), Decimal(serapan)
    if metode == "rasio":
        if serapan == 0:
            return HasilEfisiensi(Status.TIDAK_DAPAT_DIHITUNG, metode, alasan="serapan anggaran 0 %: rasio efisiensi tidak dapat dihitung")
        e = capaian / serapan
        kategori = _kategori_rasio(fmt.bulatkan(e, 2), aturan["rasio"])
        rumus = f"{fmt.persen(capaian)} / {fmt.persen(serapan)} = {fmt.angka(e, 2)}"
    else:
        e = capaian - serapan
        ambang = Decimal(str(aturan["selisih_ambang"]))
        label = aturan["selisih"]
        kategori = label["efisien"] if e > ambang else label["cukup"] if abs(e) <= ambang else label["tidak"]
        rumus = f"{fmt.persen(capaian)} \u2212 {fmt.persen(serapan)} = {fmt.angka(e, 2)} poin"
    return HasilEfisiensi(Status.TERHITUNG, metode, nilai=e, kategori=kategori, rumus=rumus)


def _kategori_rasio(e: Decimal, pita: list[dict]) -> str:
    for p in pita:
        if "lebih_dari" in p and e > Decimal(str(p["lebih_dari"])):
            return p["kategori"]
        if "sama_dengan" in p and e == Decimal(str(p["sama_dengan"])):
            return p["kategori"]
        if "kurang_dari" in p and e < Decimal(str(p["kurang_dari"])):
            return p["kategori"]
    raise AssertionError("efficiency bands must cover every value")  # pragma: no cover
