"""One cell, both ways: what a cell holds -> a value for the model, and back.

Reading accepts what spreadsheet users type: a number typed in a target cell
becomes the text they saw (``88.72`` -> ``"88,72"``; a percent-formatted cell
``0.8872`` -> ``"88,72"``), never a float artefact (``Decimal(repr(float))``).
Money may be a number cell or Indonesian text (``"Rp 3.397.085.593,00"``); the
model's one number parser decides. Whatever cannot be converted raises
:class:`SelTidakSah` with the reason in Bahasa Indonesia.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from typing import Any



class SelTidakSah(ValueError):
    """A cell that cannot be read as the column expects; ``pesan`` is Indonesian."""

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan


FORMAT_TEKS = "@"
FORMAT_RUPIAH = "#,##0"
FORMAT_RUPIAH_SEN = "#,##0.00"
FORMAT_TANGGAL = "DD/MM/YYYY"
FORMAT_BULAT = "0"

_BENAR = {"ya", "y", "true", "benar", "1"}
_SALAH = {"tidak", "t", "false", "salah", "0"}


def desimal(v: float | int, format_angka: str | None) -> Decimal:
    """A number cell as Decimal without float artefacts; a percent cell x100."""
    d = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
    if format_angka and "%" in format_angka:
        d = d * 100
    return d


def teks_angka(d: Decimal) -> str:
    """A number as Indonesian text, exact and ungrouped: ``Decimal('88.72')`` -> ``'88,72'``.

    >>> teks_angka(Decimal("2023")), teks_angka(Decimal("0.1234567"))
    ('2023', '0,1234567')
    """
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f").replace(".", ",")


def _teks_dari_sel(v: Any, format_angka: str | None) -> str:
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, (int, float)):
        return teks_angka(desimal(v, format_angka))
    if isinstance(v, dt.datetime):
        raise SelTidakSah("sel berisi tanggal, bukan teks; ubah format sel menjadi Teks lalu ketik ulang")
    raise SelTidakSah("isi sel tidak dapat dibaca sebagai teks")


def _kosong(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def baca_sel(v: Any, jenis: str, format_angka: str | None = None, pilihan: tuple[str, ...] = ()) -> Any:
    """The model value of a cell of kind ``jenis``; ``None`` when the cell is empty."""
    if _kosong(v):
        return None
    if isinstance(v, float) and not math.isfinite(v):
        raise SelTidakSah("sel berisi angka tak terhingga atau bukan angka (INF/NaN); ketik ulang nilainya")
    return _PEMBACA[jenis](v, format_angka, pilihan)


def _teks(v, fmt, pilihan):
    return _teks_dari_sel(v, fmt)


def _kode(v, fmt, pilihan):
    if isinstance(v, float) and v != int(v):
        raise SelTidakSah("kode terbaca sebagai angka desimal; ubah format sel menjadi Teks lalu ketik ulang kodenya")
    if isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) >= 1e15:
        raise SelTidakSah("angka panjang (mis. NIP) kehilangan digit bila disimpan sebagai angka; "
                          "ubah format sel menjadi Teks lalu ketik ulang")
    return _teks_dari_sel(v, None).strip()


def _nilai(v, fmt, pilihan):
    return _teks_dari_sel(v, fmt)


def _rupiah(v, fmt, pilihan):
    if isinstance(v, bool):
        raise SelTidakSah("jumlah uang harus berupa angka")
    if isinstance(v, (int, float)):
        d = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        return d.quantize(Decimal(1)) if d == d.to_integral_value() else d
    if isinstance(v, dt.datetime):
        raise SelTidakSah("sel berisi tanggal, bukan jumlah uang")
    return str(v).strip()  # Indonesian text: the model's number parser checks it


def _bulat(v, fmt, pilihan):
    if isinstance(v, bool):
        raise SelTidakSah("harus bilangan bulat, mis. 2023")
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if v != int(v):
            raise SelTidakSah("harus bilangan bulat, mis. 2023")
        return int(v)
    if isinstance(v, dt.datetime):
        raise SelTidakSah("sel berisi tanggal, bukan bilangan bulat")
    teks = str(v).strip()
    return int(teks) if re.fullmatch(r"-?\d+", teks) else teks  # the model reports what is wrong


_TANGGAL = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$"), (3, 2, 1)),
)


def _tanggal(v, fmt, pilihan):
    if isinstance(v, dt.datetime):
        if v.time() != dt.time(0):
            raise SelTidakSah("harus tanggal tanpa jam, mis. 31/12/2023")
        return v.date()
    if isinstance(v, dt.date):
        return v
    teks = str(v).strip()
    for pola, (t, b, h) in _TANGGAL:
        m = pola.match(teks)
        if m:
            try:
                return dt.date(int(m[t]), int(m[b]), int(m[h]))
            except ValueError:
                break
    raise SelTidakSah("harus tanggal, mis. 31/12/2023 atau 2023-12-31")


def _ya_tidak(v, fmt, pilihan):
    if isinstance(v, bool):
        return v
    teks = _teks_dari_sel(v, None).strip().casefold()
    if teks in _BENAR:
        return True
    if teks in _SALAH:
        return False
    raise SelTidakSah("harus ya atau tidak")


def _pilih(v, fmt, pilihan):
    teks = _teks_dari_sel(v, None).strip()
    cocok = next((p for p in pilihan if p.casefold() == teks.casefold()), None)
    return cocok if cocok is not None else teks  # the model lists the choices


def _daftar_kode(v, fmt, pilihan):
    return [k.strip() for k in re.split(r"[,;\n]", _teks_dari_sel(v, None)) if k.strip()]


def _daftar_baris(v, fmt, pilihan):
    return [b for b in _teks_dari_sel(v, None).split("\n") if b.strip()]


_PEMBACA = {
    "teks": _teks,
    "kode": _kode,
    "nilai": _nilai,
    "rupiah": _rupiah,
    "bulat": _bulat,
    "tanggal": _tanggal,
    "ya_tidak": _ya_tidak,
    "pilihan": _pilih,
    "daftar_kode": _daftar_kode,
    "daftar_baris": _daftar_baris,
}


# --- writing ----------------------------------------------------------------------


def tulis_sel(nilai: Any, jenis: str) -> tuple[Any, str | None]:
    """``(cell value, number format)`` for a model value of kind ``jenis``."""
    if nilai is None:
        return None, None
    if jenis == "rupiah":
        d = Decimal(nilai)
        if len(d.normalize().as_tuple().digits) > 15:
            # Excel keeps 15 significant digits: such an amount is written as exact text
            from sakip.berkas.dasar import tulis_rupiah

            return tulis_rupiah(d), FORMAT_TEKS
        if d == d.to_integral_value():
            return int(d), FORMAT_RUPIAH
        return float(d), FORMAT_RUPIAH_SEN
    if jenis == "bulat":
        return int(nilai), FORMAT_BULAT
    if jenis == "tanggal":
        return nilai, FORMAT_TANGGAL
    if jenis == "ya_tidak":
        return ("ya" if nilai else "tidak"), None
    if jenis == "daftar_kode":
        return (", ".join(nilai) or None), FORMAT_TEKS
    if jenis == "daftar_baris":
        return ("\n".join(nilai) or None), FORMAT_TEKS
    return str(nilai), FORMAT_TEKS
