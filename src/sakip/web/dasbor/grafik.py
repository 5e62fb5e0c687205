"""Hand-built inline SVG charts for the dashboards: no JavaScript, no internet asset, fast.

Every chart has ``role="img"`` with a ``<title>`` and ``<desc>`` (screen readers), scales
to its container through ``viewBox`` (phones), and writes its numbers in Indonesian
format through :mod:`sakip.core.format`. Values arrive as ``Decimal`` (or ``None`` = no
value, drawn as an empty slot with "-", never as 0).
"""

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from django.utils.safestring import SafeString, mark_safe

from sakip.core import format as fmt

_ID = itertools.count(1)
ABU = "#9aa5ad"
BIRU = "#1f5f7a"
JINGGA = "#d9822b"


@dataclass(frozen=True)
class Batang:
    label: str
    nilai: Decimal | None
    teks: str
    """The value as shown (already formatted), e.g. ``"105,62 %"``."""
    warna: str = BIRU
    keterangan: str = ""


def _buka(lebar: int, tinggi: int, judul: str, uraian: str, kelas: str = "") -> tuple[str, str]:
    n = next(_ID)
    return (
        f'<svg class="grafik {kelas}" viewBox="0 0 {lebar} {tinggi}" style="max-width:{lebar}px" role="img" aria-labelledby="g{n}j g{n}u" '
        f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif" font-size="13">'
        f'<title id="g{n}j">{escape(judul)}</title><desc id="g{n}u">{escape(uraian)}</desc>'
    ), "</svg>"


def _lipat(teks: str, n: int, baris: int = 2) -> list[str]:
    """Word-wrap *teks* into at most *baris* lines of about *n* characters (the last one shortened)."""
    potongan = textwrap.wrap(teks, n) or [""]
    if len(potongan) > baris:
        potongan = potongan[: baris - 1] + [_potong(" ".join(potongan[baris - 1:]), n)]
    return potongan


def _potong(teks: str, n: int) -> str:
    return teks if len(teks) <= n else teks[: n - 1].rstrip() + "…"


def batang_mendatar(baris: list[Batang], *, judul: str, acuan: Decimal | None = Decimal(100),
                    label_acuan: str = "100 %", batas: Decimal = Decimal(150)) -> SafeString:
    """A wide drawing for screens and a narrow one for phones (CSS shows one): text stays ~13 px on both."""
    return mark_safe(
        _batang_mendatar(baris, judul=judul, acuan=acuan, label_acuan=label_acuan, batas=batas, lebar=760, kelas="grafik-lebar")
        + _batang_mendatar(baris, judul=judul, acuan=acuan, label_acuan=label_acuan, batas=batas, lebar=360, kelas="grafik-sempit")
    )


def _batang_mendatar(baris: list[Batang], *, judul: str, acuan: Decimal | None, label_acuan: str, batas: Decimal,
                     lebar: int, kelas: str) -> str:
    """One horizontal bar per row, the label above its bar (long names stay readable on a phone).

    *acuan* draws a dashed reference line (the target, 100 %); bars longer than the axis are clipped
    with their value still written.
    """
    kiri, kanan = 8, 90
    muat = int((lebar - kiri) / 7.4)
    label = [_lipat(b.label, muat) for b in baris]
    maks = max([b.nilai for b in baris if b.nilai is not None] + [acuan or Decimal(0), Decimal(1)])
    maks = min(max(maks, Decimal(1)), max(batas, acuan or Decimal(0)))
    skala = Decimal(lebar - kiri - kanan) / maks
    tinggi = sum(28 + 16 * len(x) for x in label) + 24
    uraian = "; ".join(f"{b.label}: {b.teks}{(' (' + b.keterangan + ')') if b.keterangan else ''}" for b in baris)
    buka, tutup = _buka(lebar, tinggi, judul, uraian, kelas)
    bagian = [buka]
    y = 8
    for b, baris_label in zip(baris, label):
        for k, teks in enumerate(baris_label):
            bagian.append(f'<text x="{kiri}" y="{y + 12 + 16 * k}" fill="#24323a">{escape(teks)}</text>')
        y += 16 * (len(baris_label) - 1)
        panjang = 0 if b.nilai is None else max(int(min(max(b.nilai, Decimal(0)), maks) * skala), 1)
        bagian.append(f'<rect x="{kiri}" y="{y + 18}" width="{lebar - kiri - kanan}" height="16" fill="#eef2f4" rx="3"/>')
        if panjang:
            bagian.append(f'<rect x="{kiri}" y="{y + 18}" width="{panjang}" height="16" fill={quoteattr(b.warna)} rx="3"/>')
        bagian.append(f'<text x="{lebar - kanan + 8}" y="{y + 31}" font-weight="600" fill="#24323a">{escape(b.teks)}</text>')
        y += 44
    if acuan is not None:
        x = kiri + int(acuan * skala)
        bagian.append(f'<line x1="{x}" y1="4" x2="{x}" y2="{tinggi - 16}" stroke="#24323a" stroke-dasharray="4 3"/>')
        bagian.append(f'<text x="{x}" y="{tinggi - 3}" text-anchor="middle" font-size="11" fill="#56636b">{escape(label_acuan)}</text>')
    bagian.append(tutup)
    return "".join(bagian)


def kolom(kategori: list[str], nilai: list[Decimal | None], teks: list[str], *, judul: str,
          warna: list[str] | None = None) -> SafeString:
    """Vertical bars (counts per kategori, quarterly progress), value written on top of each bar;
    a wide and a narrow drawing like :func:`batang_mendatar`."""
    return mark_safe(
        _kolom(kategori, nilai, teks, judul=judul, warna=warna, lebar=560, kelas="grafik-lebar")
        + _kolom(kategori, nilai, teks, judul=judul, warna=warna, lebar=360, kelas="grafik-sempit")
    )


def _kolom(kategori, nilai, teks, *, judul: str, warna, lebar: int, kelas: str, tinggi: int = 220) -> str:
    n = max(len(kategori), 1)
    atas, bawah, tepi = 24, 40, 12
    maks = max([v for v in nilai if v is not None] + [Decimal(1)])
    lebar_kolom = (lebar - 2 * tepi) / n
    bar = min(lebar_kolom * 0.6, 90)
    tinggi_area = tinggi - atas - bawah
    uraian = "; ".join(f"{k}: {t}" for k, t in zip(kategori, teks))
    buka, tutup = _buka(lebar, tinggi, judul, uraian, kelas)
    muat = max(int(lebar_kolom // 7), 4)
    bagian = [buka, f'<line x1="{tepi}" y1="{tinggi - bawah}" x2="{lebar - tepi}" y2="{tinggi - bawah}" stroke="#c5cfd5"/>']
    for i, (k, v, t) in enumerate(zip(kategori, nilai, teks)):
        cx = tepi + lebar_kolom * (i + 0.5)
        h = 0 if v is None else float(Decimal(max(v, Decimal(0))) / maks) * tinggi_area
        w = (warna[i] if warna else BIRU)
        if h:
            bagian.append(f'<rect x="{cx - bar / 2:.1f}" y="{tinggi - bawah - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill={quoteattr(w)} rx="3"/>')
        bagian.append(f'<text x="{cx:.1f}" y="{tinggi - bawah - h - 6:.1f}" text-anchor="middle" font-weight="600" fill="#24323a">{escape(t)}</text>')
        for n, teks_label in enumerate(_lipat(k, muat)):
            bagian.append(f'<text x="{cx:.1f}" y="{tinggi - bawah + 18 + 15 * n}" text-anchor="middle" fill="#24323a">{escape(teks_label)}</text>')
    bagian.append(tutup)
    return "".join(bagian)


def garis(tahun: list[int], seri: dict[str, list[Decimal | None]], *, judul: str, satuan: str = "",
          lebar: int = 320, tinggi: int = 170) -> SafeString:
    """Target vs realisasi across the Renstra years: one line per series, a dot per known value."""
    warna = {0: ABU, 1: BIRU}
    kiri, kanan, atas, bawah = 22, 22, 30, 34
    semua = [v for vs in seri.values() for v in vs if v is not None]
    lo, hi = (min(semua), max(semua)) if semua else (Decimal(0), Decimal(1))
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    lo = min(lo, Decimal(0)) if lo >= 0 and lo < hi / 2 else lo
    n = max(len(tahun) - 1, 1)

    def xy(i: int, v: Decimal) -> tuple[float, float]:
        x = kiri + (lebar - kiri - kanan) * i / n
        y = atas + (tinggi - atas - bawah) * float((hi - v) / (hi - lo))
        return x, y

    uraian = "; ".join(
        f"{nama} " + ", ".join(f"{t}: {fmt.nilai_teks(v) if v is not None else '-'}" for t, v in zip(tahun, vs))
        for nama, vs in seri.items()
    )
    buka, tutup = _buka(lebar, tinggi, judul, uraian + (f" ({satuan})" if satuan else ""))
    bagian = [buka, f'<line x1="{kiri}" y1="{tinggi - bawah}" x2="{lebar - kanan}" y2="{tinggi - bawah}" stroke="#c5cfd5"/>']
    for i, t in enumerate(tahun):
        x = kiri + (lebar - kiri - kanan) * i / n
        bagian.append(f'<text x="{x:.1f}" y="{tinggi - bawah + 16}" text-anchor="middle" font-size="11" fill="#56636b">{t}</text>')
    for j, (nama, vs) in enumerate(seri.items()):
        w = warna.get(j, JINGGA)
        titik = [(i, v) for i, v in enumerate(vs) if v is not None]
        if len(titik) > 1:
            d = " ".join(f"{'M' if k == 0 else 'L'}{xy(i, v)[0]:.1f},{xy(i, v)[1]:.1f}" for k, (i, v) in enumerate(titik))
            tebal = 2 if j else 1.5
            garis_putus = ' stroke-dasharray="5 4"' if j == 0 else ""
            bagian.append(f'<path d="{d}" fill="none" stroke="{w}" stroke-width="{tebal}"{garis_putus}/>')
        for i, v in titik:
            x, y = xy(i, v)
            bagian.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{w}"/>')
            if j == 1:
                bagian.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle" font-size="11" fill="#24323a">{escape(fmt.nilai_teks(v))}</text>')
    # legend
    for j, nama in enumerate(seri):
        x = kiri + j * 110
        bagian.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{warna.get(j, JINGGA)}" rx="2"/>')
        bagian.append(f'<text x="{x + 16}" y="14" font-size="12" fill="#24323a">{escape(nama)}</text>')
    bagian.append(tutup)
    return mark_safe("".join(bagian))
