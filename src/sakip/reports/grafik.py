"""Small, deterministic charts (bar and line) as SVG and PNG bytes.

Readable in black-and-white print: bars are told apart by hatching, lines by
markers and dash styles, targets by a black marker and dashed line. Numbers use
the Indonesian format (decimal comma, thousands dot). matplotlib is imported
lazily, inside the functions, so importing :mod:`sakip.reports` stays cheap.

The output is stable (fixed ``svg.hashsalt``, no dates or software version in
the metadata) so tests can compare bytes.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Mapping, Sequence

FONT_DIR = Path(__file__).with_name("fonts")
ARSIR = ("", "///", "...", "xxx", "\\\\\\", "ooo")
ABU = ("#4d4d4d", "#a6a6a6", "#ffffff", "#d9d9d9", "#7f7f7f", "#f2f2f2")
PENANDA = ("o", "s", "^", "D", "v", "P")
GARIS = ("-", "--", "-.", ":", "-", "--")

Angka = Decimal | int | float | None


@dataclass(frozen=True)
class Grafik:
    svg: bytes
    png: bytes | None


def format_angka(nilai: Angka, desimal: int = 2, satuan: str = "") -> str:
    """A chart label: :func:`sakip.core.format.angka` plus a unit; None gives "-".

    >>> format_angka(Decimal("105.625"), satuan=" %")
    '105,63 %'
    """
    from sakip.core.format import angka

    if nilai is None:
        return "-"
    if isinstance(nilai, float):
        nilai = Decimal(str(float(nilai)))
    return angka(nilai, desimal) + satuan


def _siapkan():
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import font_manager

    terdaftar = {f.fname for f in font_manager.fontManager.ttflist}
    for ttf in sorted(FONT_DIR.glob("LiberationSans-*.ttf")):
        if str(ttf) not in terdaftar:
            font_manager.fontManager.addfont(str(ttf))
    return {
        "font.family": "Liberation Sans",
        "font.size": 10,
        "svg.hashsalt": "sakip",
        "svg.fonttype": "path",
        "hatch.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }


_FORMAT: ContextVar[tuple[str, ...]] = ContextVar("format_grafik", default=("svg", "png"))


@contextmanager
def hanya_svg():
    """Within this context charts are drawn as SVG only (``Grafik.png`` is None).

    The matplotlib PNG costs more than the SVG, and the DOCX renderer rasterises
    an SVG itself (with Typst, faster), so a builder of many charts can skip it.
    """
    token = _FORMAT.set(("svg",))
    try:
        yield
    finally:
        _FORMAT.reset(token)


def _simpan(fig) -> Grafik:
    """SVG (and PNG unless :func:`hanya_svg`), cropped to the drawn content.

    Cropping (``bbox_inches="tight"``) replaces matplotlib's constrained layout: the
    same result for these one-axes charts at about two thirds of the drawing time.
    """
    rapat = {"bbox_inches": "tight", "pad_inches": 0.04}
    svg, png = io.BytesIO(), io.BytesIO()
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None}, **rapat)
    if "png" not in _FORMAT.get():
        return Grafik(svg.getvalue(), None)
    fig.savefig(png, format="png", dpi=200, metadata={"Software": None}, **rapat)
    return Grafik(svg.getvalue(), png.getvalue())


def _sumbu_y(ax, desimal: int, satuan: str) -> None:
    from matplotlib.ticker import FuncFormatter

    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_angka(v, desimal, satuan)))
    ax.grid(axis="y", color="#cccccc", linewidth=0.5)
    ax.set_axisbelow(True)


def _float(nilai: Angka) -> float:
    return float("nan") if nilai is None else float(nilai)


def grafik_batang(kategori: Sequence[str], seri: Mapping[str, Sequence[Angka]], *,
                  target: Sequence[Angka] | None = None, judul: str | None = None,
                  label_y: str = "", satuan: str = "", desimal: int = 2,
                  ukuran: tuple[float, float] = (5.6, 3.1)) -> Grafik:
    """Grouped bar chart, one group per ``kategori``, one bar per series, with
    value labels and an optional target marker per category."""
    from matplotlib.figure import Figure
    import matplotlib

    with matplotlib.rc_context(_siapkan()):
        fig = Figure(figsize=ukuran)
        ax = fig.add_subplot()
        n = max(len(seri), 1)
        lebar = 0.8 / n
        xs = range(len(kategori))
        for i, (nama, nilai) in enumerate(seri.items()):
            if len(nilai) != len(kategori):
                raise ValueError(f"Seri {nama!r}: {len(nilai)} nilai untuk {len(kategori)} kategori")
            posisi = [x - 0.4 + lebar * (i + 0.5) for x in xs]
            batang = ax.bar(posisi, [_float(v) for v in nilai], lebar, label=nama,
                            color=ABU[i % len(ABU)], edgecolor="black", linewidth=0.6,
                            hatch=ARSIR[i % len(ARSIR)])
            for label in ax.bar_label(batang, labels=[format_angka(v, desimal) for v in nilai],
                                      padding=2, fontsize=8, zorder=5):
                label.set_bbox({"boxstyle": "square,pad=0.05", "facecolor": "white",
                                "edgecolor": "none"})
        if target is not None:
            if len(target) != len(kategori):
                raise ValueError(f"Target: {len(target)} nilai untuk {len(kategori)} kategori")
            ax.hlines([_float(v) for v in target], [x - 0.45 for x in xs],
                      [x + 0.45 for x in xs], colors="black", linestyles=(0, (4, 2)),
                      linewidth=1.6, label="Target")
        ax.set_xticks(list(xs), list(kategori))
        ax.set_xlim(-0.6, len(kategori) - 0.4)
        _sumbu_y(ax, desimal if desimal <= 1 else 0, satuan)
        ax.margins(y=0.15)
        if label_y:
            ax.set_ylabel(label_y)
        if judul:
            ax.set_title(judul, fontweight="bold")
        if len(seri) > 1 or target is not None:
            ax.legend(frameon=False, fontsize=9, loc="upper center",
                      bbox_to_anchor=(0.5, -0.12), ncols=len(seri) + (target is not None))
        return _simpan(fig)


def grafik_garis(kategori: Sequence[str], seri: Mapping[str, Sequence[Angka]], *,
                 target: Sequence[Angka] | None = None, judul: str | None = None,
                 label_y: str = "", satuan: str = "", desimal: int = 2,
                 ukuran: tuple[float, float] = (5.6, 3.1)) -> Grafik:
    """Line chart (e.g. capaian per tahun), markers and dash styles per series,
    the target as a dashed black line."""
    from matplotlib.figure import Figure
    import matplotlib

    with matplotlib.rc_context(_siapkan()):
        fig = Figure(figsize=ukuran)
        ax = fig.add_subplot()
        xs = list(range(len(kategori)))
        for i, (nama, nilai) in enumerate(seri.items()):
            if len(nilai) != len(kategori):
                raise ValueError(f"Seri {nama!r}: {len(nilai)} nilai untuk {len(kategori)} kategori")
            ys = [_float(v) for v in nilai]
            ax.plot(xs, ys, color="black", linestyle=GARIS[i % len(GARIS)],
                    marker=PENANDA[i % len(PENANDA)], markerfacecolor="white", label=nama)
            for x, y, v in zip(xs, ys, nilai):
                if v is not None:
                    ax.annotate(format_angka(v, desimal), (x, y), textcoords="offset points",
                                xytext=(0, 6), ha="center", fontsize=8)
        if target is not None:
            ax.plot(xs, [_float(v) for v in target], color="black", linestyle=(0, (4, 3)),
                    linewidth=1, label="Target")
        ax.set_xticks(xs, list(kategori))
        _sumbu_y(ax, desimal if desimal <= 1 else 0, satuan)
        ax.margins(y=0.15)
        if label_y:
            ax.set_ylabel(label_y)
        if judul:
            ax.set_title(judul, fontweight="bold")
        ax.legend(frameon=False, fontsize=9, loc="upper center", bbox_to_anchor=(0.5, -0.12),
                  ncols=len(seri) + (target is not None))
        return _simpan(fig)
