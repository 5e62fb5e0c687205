"""Sentences: 'anggaran Rp A ... realisasi Rp B ... atau P %' (RV-KLM-01), and a
percentage that is really a ratio of two percentages (RV-SAT-01)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.angka import parse_angka
from sakip.core.exceptions import AngkaTidakSah
from sakip.reviu.aturan import temuan
from sakip.reviu.model import Lokasi
from sakip.reviu.periksa.konteks import Konteks, banding, persen
from sakip.reviu.periksa.sel import desimal

_TANPA_RP = r"(?:(?!Rp\.?\s*\d).){0,90}?"
_ANGGARAN_REALISASI = re.compile(
    r"anggaran" + _TANPA_RP + r"Rp\.?\s*(?P<a>\d[\d.,]*\d)(?:,-)?"
    + _TANPA_RP + r"realisasi" + _TANPA_RP + r"Rp\.?\s*(?P<r>\d[\d.,]*\d)(?:,-)?"
    r"(?:\s*(?:atau|\()\s*(?P<p>\d[\d.,]*)\s*%)?",
    re.IGNORECASE,
)
_PROGRAM = re.compile(r"program\s+(?P<nama>[^,;:.]+?)\s+dengan\s+(?:jumlah\s+)?(?:target\s+)?anggaran", re.IGNORECASE)
_PERSEN = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s*\\?%")


@dataclass(frozen=True)
class PernyataanAnggaran:
    """A sentence stating anggaran and realisasi (for the cross-checks)."""

    program: str | None
    anggaran: str
    realisasi: str
    lokasi: Lokasi


def pernyataan_anggaran(k: Konteks) -> list[PernyataanAnggaran]:
    hasil = []
    for p in k.dok.paragraf:
        for m in _ANGGARAN_REALISASI.finditer(p.teks):
            awal = p.teks.rfind("program", 0, m.start() + 1)
            awal_kecil = p.teks.lower().rfind("program", 0, m.start() + 1)
            prog = _PROGRAM.search(p.teks, max(awal, awal_kecil)) if max(awal, awal_kecil) >= 0 else None
            nama = prog.group("nama") if prog and prog.end() <= m.start() + len("anggaran") + 1 else None
            hasil.append(PernyataanAnggaran(nama, m.group("a"), m.group("r"), p.lokasi))
    return hasil


def _kalimat_anggaran(k: Konteks) -> None:
    for p in k.dok.paragraf:
        for m in _ANGGARAN_REALISASI.finditer(p.teks):
            if not m.group("p"):
                continue
            try:
                a, r, pr = parse_angka(m.group("a")), parse_angka(m.group("r")), parse_angka(m.group("p"))
            except AngkaTidakSah:
                continue
            if a == 0:
                continue
            hitung = r / a * 100
            d = desimal(m.group("p"))
            if banding(pr, hitung, d) == "salah":
                k.tambah(temuan("RV-KLM-01", f"{p.lokasi} (kalimat)", tertulis=f"{m.group('p')}%", seharusnya=persen(hitung, d),
                                anggaran=f"Rp {m.group('a')}", realisasi=f"Rp {m.group('r')}", hitung=persen(hitung)))


def _rasio_persen(k: Konteks) -> None:
    for p in k.dok.paragraf:
        angka: list[tuple[str, Decimal]] = []
        for m in _PERSEN.finditer(p.teks):
            try:
                angka.append((m.group(0).replace("\\", ""), parse_angka(m.group(1))))
            except AngkaTidakSah:
                continue
        for i, (teks_c, c) in enumerate(angka):
            if c >= 10:
                continue
            sebelum = [x for x in angka[:i] if x[1] >= 10]
            for j in range(len(sebelum) - 1):
                (ta, a), (tb, b) = sebelum[j], sebelum[j + 1]
                if b and banding(c, a / b, desimal(teks_c.rstrip("%").strip())) != "salah":
                    k.tambah(temuan("RV-SAT-01", f"{p.lokasi} (kalimat)", tertulis=teks_c,
                                    seharusnya=f"{(a / b).quantize(Decimal('0.01'))}".replace(".", ",") + " (tanpa %)",
                                    pembilang=ta, penyebut=tb, hitung=f"{(a / b):.4f}".replace(".", ",")))
                    break


def periksa(k: Konteks) -> None:
    _kalimat_anggaran(k)
    _rasio_persen(k)
