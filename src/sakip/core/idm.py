"""Status desa from the Indeks Desa Membangun (Permendesa PDTT 2/2016).

``IDM = (IKS + IKE + IKL) / 3``, rounded half-up to the decimals of the
parameter (4). The status comes from the first band whose (exclusive) lower
bound the IDM exceeds. When the published IDM is given it is what is classified: offices import the official figure; a computed mean
that differs from it by more than one unit in the last decimal is a note. A
written status that differs from the one the thresholds give is a mismatch.

>>> status_idm(Decimal("0.8156"), tahun=2023)
'Mandiri'
>>> status_idm(Decimal("0.8154"), tahun=2023)
'Maju'
>>> nilai_desa(MasukanDesa(iks=Decimal("0.8457"), ike=Decimal("0.75"), ikl=Decimal("0.8667")), tahun=2023).idm
Decimal('0.8208')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.format import angka
from sakip.core.parameter import nilai
from sakip.core.pecahan import bulatkan, pecahan, satuan_terkecil

__all__ = [
    "MasukanDesa",
    "HasilDesa",
    "Ketidaksesuaian",
    "Ringkasan",
    "daftar_status",
    "kenali_status",
    "hitung_idm",
    "status_idm",
    "nilai_desa",
    "ringkas",
    "ketidaksesuaian",
    "TIDAK_DAPAT_DIHITUNG",
]

PARAMETER = "idm.status_permendesa_2_2016"
TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"
KOMPONEN = ("iks", "ike", "ikl")


@dataclass(frozen=True)
class MasukanDesa:
    desa: str | None = None
    kecamatan: str | None = None
    iks: Decimal | None = None
    ike: Decimal | None = None
    ikl: Decimal | None = None
    idm: Decimal | None = None
    status_tertulis: str | None = None


@dataclass(frozen=True)
class HasilDesa:
    desa: str | None
    kecamatan: str | None
    idm: Decimal | None
    """The IDM that was classified (published when given, else computed)."""
    idm_tertulis: Decimal | None
    idm_hitung: Decimal | None
    status: str
    status_tertulis: str | None
    cocok: bool | None
    """Written status equals the computed one; ``None`` when there is nothing to compare."""
    rumus: str
    alasan: str | None = None
    catatan: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Ketidaksesuaian:
    indeks: int
    desa: str | None
    kecamatan: str | None
    jenis: str  # "status" or "idm"
    tertulis: str
    hitung: str
    keterangan: str


@dataclass(frozen=True)
class Ringkasan:
    per_status: dict[str, int]
    per_kecamatan: dict[str, dict[str, int]]


def _pita(tahun: int) -> list[dict]:
    return nilai(PARAMETER, tahun)["status"]


def daftar_status(*, tahun: int) -> tuple[str, ...]:
    """Status names, highest first, as the regulation names them."""
    return tuple(p["status"] for p in _pita(tahun))


def _kunci(teks: str) -> str:
    return re.sub(r"[\s_\-]+", " ", teks).strip().casefold()


def kenali_status(teks: str, *, tahun: int) -> str | None:
    """The regulation's name for a written status (``"SANGAT TERTINGGAL"``, ``"Pra-Sembada"``), else ``None``."""
    kunci = _kunci(teks)
    for p in _pita(tahun):
        if kunci in (_kunci(p["status"]), _kunci(p.get("nama_lain") or "")):
            return p["status"]
    return None


def hitung_idm(iks: Decimal, ike: Decimal, ikl: Decimal, *, tahun: int) -> Decimal:
    """(IKS + IKE + IKL) / 3, rounded half-up to the parameter's decimals."""
    rata = (pecahan(iks) + pecahan(ike) + pecahan(ikl)) / len(KOMPONEN)
    return bulatkan(rata, nilai(PARAMETER, tahun)["desimal"])


def status_idm(idm: Decimal, *, tahun: int) -> str:
    """Status for an IDM value: the first band whose exclusive lower bound it exceeds."""
    for p in _pita(tahun):
        if p["lebih_dari"] is None or pecahan(idm) > pecahan(p["lebih_dari"]):
            return p["status"]
    raise AssertionError("the last IDM band has no lower bound")  # pragma: no cover


def _fmt(x: Decimal, tahun: int) -> str:
    return angka(x, nilai(PARAMETER, tahun)["desimal"])


def nilai_desa(masukan: MasukanDesa, *, tahun: int) -> HasilDesa:
    """Classify one desa from its published IDM or from IKS/IKE/IKL."""
    m = masukan
    komponen = [getattr(m, k) for k in KOMPONEN]
    lengkap = all(k is not None for k in komponen)
    hitung = hitung_idm(*komponen, tahun=tahun) if lengkap else None
    idm = m.idm if m.idm is not None else hitung
    umum = dict(desa=m.desa, kecamatan=m.kecamatan, idm_tertulis=m.idm, idm_hitung=hitung,
                status_tertulis=m.status_tertulis)
    if idm is None:
        kurang = [k.upper() for k, v in zip(KOMPONEN, komponen) if v is None]
        return HasilDesa(**umum, idm=None, status=TIDAK_DAPAT_DIHITUNG, cocok=None, rumus="",
                         alasan=f"IDM tidak diisi dan komponen {', '.join(kurang)} tidak lengkap.")
    status = status_idm(idm, tahun=tahun)
    catatan = []
    desimal = nilai(PARAMETER, tahun)["desimal"]
    if hitung is not None and m.idm is not None:
        selisih = abs(pecahan(m.idm) - pecahan(hitung))
        if selisih > satuan_terkecil(desimal):
            catatan.append(
                f"IDM tertulis {_fmt(m.idm, tahun)} berbeda {_fmt(bulatkan(selisih, desimal), tahun)} dari "
                f"(IKS + IKE + IKL) / 3 = {_fmt(hitung, tahun)}; status ditetapkan dari IDM tertulis."
            )
    cocok = None
    if m.status_tertulis:
        dikenal = kenali_status(m.status_tertulis, tahun=tahun)
        cocok = dikenal == status
    if m.idm is not None:
        rumus = f"IDM tertulis {_fmt(idm, tahun)} → {status}"
    else:
        teks = " + ".join(_fmt(k, tahun) for k in komponen)
        rumus = f"IDM = ({teks}) / 3 = {_fmt(idm, tahun)} → {status}"
    return HasilDesa(**umum, idm=idm, status=status, cocok=cocok, rumus=rumus, catatan=tuple(catatan))


def ringkas(hasil: Iterable[HasilDesa], *, tahun: int) -> Ringkasan:
    """Counts per status (regulation order, then ``tidak_dapat_dihitung``), overall and per kecamatan."""
    hasil = list(hasil)
    urutan = [*daftar_status(tahun=tahun), TIDAK_DAPAT_DIHITUNG]

    def hitung(daftar: list[HasilDesa]) -> dict[str, int]:
        jumlah = Counter(h.status for h in daftar)
        return {s: jumlah.get(s, 0) for s in urutan}

    kecamatan: dict[str, list[HasilDesa]] = {}
    for h in hasil:
        kecamatan.setdefault(h.kecamatan or "", []).append(h)
    return Ringkasan(per_status=hitung(hasil), per_kecamatan={k: hitung(v) for k, v in sorted(kecamatan.items())})


def ketidaksesuaian(hasil: Iterable[HasilDesa], *, tahun: int) -> list[Ketidaksesuaian]:
    """Written statuses that the thresholds contradict, and published IDMs far from the components' mean."""
    daftar = []
    for i, h in enumerate(hasil):
        if h.cocok is False:
            daftar.append(Ketidaksesuaian(
                indeks=i, desa=h.desa, kecamatan=h.kecamatan, jenis="status", tertulis=h.status_tertulis or "",
                hitung=h.status,
                keterangan=f"Status tertulis {h.status_tertulis!r} tidak sesuai: IDM {_fmt(h.idm, tahun)} "
                f"termasuk {h.status}.",
            ))
        if h.catatan:
            daftar.append(Ketidaksesuaian(
                indeks=i, desa=h.desa, kecamatan=h.kecamatan, jenis="idm", tertulis=_fmt(h.idm_tertulis, tahun),
                hitung=_fmt(h.idm_hitung, tahun), keterangan=" ".join(h.catatan),
            ))
    return daftar

