"""Reading numbers as Indonesian offices write them.

One parser for the whole project. It accepts what offices really type
(``88,72``, ``3.397.085.593``, ``Rp. 3.397.085.593,00``, ``100 %``, ``12 Bulan``,
``2:9``, ``80 – 90``, ``1.458.000.000,-``) and refuses to guess: a value whose
separators do not follow one convention (``133.825.00,00``,
``2.807.870.000.00``) raises :class:`AngkaTidakSah` with the reason.

Conventions (documented for users in ``docs/format-berkas.md``):

* ``.`` groups thousands and ``,`` is the decimal mark (Indonesian), so
  ``1.500`` is one thousand five hundred.
* A single ``.`` that cannot be a thousands separator (``0.82``, ``338.5``,
  ``52809142.50``) is a decimal point: there is only one way to read it.
* ``1,234,567.89`` (English grouping) is read when its grouping is regular.

>>> parse_angka("Rp. 3.397.085.593,00")
Decimal('3397085593.00')
>>> parse_angka("88,72")
Decimal('88.72')
>>> parse_nilai("7:9").jenis
'rasio'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal, InvalidOperation

from sakip.core.exceptions import AngkaTidakSah

__all__ = ["Nilai", "parse_angka", "parse_nilai", "coba_angka", "coba_nilai"]

_RUPIAH = re.compile(r"^\s*rp\.?\s*", re.IGNORECASE)
_TANPA_SEN = re.compile(r",\s*-\s*$")
_SPASI = re.compile(r"[\s\u00a0\u202f]+")
_MINUS = "-\u2212\u2013"  # hyphen, minus sign, en dash
_ANGKA_AWAL = re.compile(r"^([+\-\u2212]?[\d.,]*\d[\d.,]*)\s*(.*)$")
_RENTANG = re.compile(r"^(.+?)\s*(?:-|\u2013|\u2014|s\.?\s*d\.?|s/d|sampai|hingga)\s*(.+)$", re.IGNORECASE)
_RASIO = re.compile(r"^\s*(\d[\d.,]*)\s*:\s*(\d[\d.,]*)\s*(.*)$")
_SATUAN_DEPAN = re.compile(r"^([A-Za-z]{2,})\.?\s+([+\-\u2212]?\d[\d.,]*)$")


def _cek_grup(bagian: list[str], teks: str, pemisah: str) -> None:
    if not re.fullmatch(r"\d{1,3}", bagian[0]) or (bagian[0].startswith("0") and len(bagian) > 1):
        raise AngkaTidakSah(teks, f"kelompok pertama sebelum pemisah ribuan {pemisah!r} harus 1-3 angka tanpa nol di depan")
    for grup in bagian[1:]:
        if not re.fullmatch(r"\d{3}", grup):
            raise AngkaTidakSah(
                teks, f"pemisah ribuan {pemisah!r} tidak beraturan: kelompok {grup!r} seharusnya tepat 3 angka"
            )


def _bilangan(inti: str, teks: str) -> Decimal:
    """Parse digits and separators (no sign, no unit) into a Decimal."""
    if not inti or not re.fullmatch(r"[\d.,]+", inti) or not re.search(r"\d", inti):
        raise AngkaTidakSah(teks, "bukan angka")
    titik, koma = inti.count("."), inti.count(",")
    if titik and koma:
        if inti.rfind(",") > inti.rfind("."):  # 1.234.567,89
            bulat, _, desimal = inti.rpartition(",")
            if koma > 1:
                raise AngkaTidakSah(teks, "tanda koma desimal muncul lebih dari sekali")
            _cek_grup(bulat.split("."), teks, ".")
            bulat = bulat.replace(".", "")
        else:  # 1,234,567.89
            bulat, _, desimal = inti.rpartition(".")
            if titik > 1:
                raise AngkaTidakSah(teks, "tanda titik desimal muncul lebih dari sekali")
            _cek_grup(bulat.split(","), teks, ",")
            bulat = bulat.replace(",", "")
    elif koma:
        if koma == 1:
            bulat, _, desimal = inti.partition(",")
        else:
            _cek_grup(inti.split(","), teks, ",")
            bulat, desimal = inti.replace(",", ""), ""
    elif titik:
        bagian = inti.split(".")
        if titik > 1:
            _cek_grup(bagian, teks, ".")
            bulat, desimal = "".join(bagian), ""
        elif len(bagian[1]) == 3 and re.fullmatch(r"[1-9]\d{0,2}", bagian[0]):
            bulat, desimal = bagian[0] + bagian[1], ""  # 1.500 = seribu lima ratus
        else:
            bulat, desimal = bagian
    else:
        bulat, desimal = inti, ""
    if not bulat:
        raise AngkaTidakSah(teks, "tidak ada angka sebelum tanda desimal")
    if len(bulat) > 1 and bulat.startswith("0"):
        raise AngkaTidakSah(teks, "angka bulat diawali nol")
    if desimal and not desimal.isdigit():
        raise AngkaTidakSah(teks, "bagian desimal bukan angka")
    try:
        return Decimal(f"{bulat}.{desimal}" if desimal else bulat)
    except InvalidOperation:  # pragma: no cover - guarded by the regexes above
        raise AngkaTidakSah(teks, "bukan angka") from None


def _bersihkan(teks: str) -> tuple[str, bool]:
    """Strip Rupiah prefix, ',-' suffix and spaces; return text and whether it was Rupiah."""
    s = teks.strip()
    rupiah = bool(_RUPIAH.match(s))
    s = _RUPIAH.sub("", s)
    s = _TANPA_SEN.sub("", s)
    return s.strip(), rupiah


def _angka_bertanda(s: str, teks: str) -> Decimal:
    s = _SPASI.sub("", s)
    negatif = False
    if s and s[0] in _MINUS + "+":
        negatif = s[0] != "+"
        s = s[1:]
    elif s.startswith("(") and s.endswith(")"):
        negatif, s = True, s[1:-1]
    nilai = _bilangan(s, teks)
    return -nilai if negatif else nilai


def parse_angka(teks: str | int | Decimal) -> Decimal:
    """Read one plain number (money, percentage, index); units ``%`` and ``Rp`` allowed.

    >>> parse_angka("1.458.000.000,-")
    Decimal('1458000000')
    >>> parse_angka("100 %")
    Decimal('100')
    >>> parse_angka("133.825.00,00")
    Traceback (most recent call last):
    ...
    sakip.core.exceptions.AngkaTidakSah: '133.825.00,00' tidak dapat dibaca sebagai angka: pemisah ribuan '.' tidak beraturan: kelompok '00' seharusnya tepat 3 angka
    """
    if isinstance(teks, bool):
        raise AngkaTidakSah(str(teks), "bukan angka")
    if isinstance(teks, (int, Decimal)):
        return Decimal(teks)
    if isinstance(teks, float):
        return Decimal(repr(teks))
    s, _ = _bersihkan(str(teks))
    if s.endswith("%"):
        s = s[:-1].strip()
    if not s:
        raise AngkaTidakSah(str(teks), "kosong")
    return _angka_bertanda(s, str(teks))


def coba_angka(teks: str | None) -> Decimal | None:
    """Like :func:`parse_angka` but ``None`` for empty text (still raises on malformed)."""
    if teks is None or (isinstance(teks, str) and not teks.strip()):
        return None
    return parse_angka(teks)


@dataclass(frozen=True)
class Nilai:
    """A target or realisasi as written, read into its kind.

    ``jenis`` is ``angka`` (``angka`` + optional ``satuan``), ``rasio``
    (``pembilang:penyebut``), ``rentang`` (``bawah``–``atas``) or ``kualitatif``
    (text that is not a number, e.g. ``WTP``). ``teks`` keeps what was written.
    """

    teks: str
    jenis: str
    angka: Decimal | None = None
    satuan: str | None = None
    pembilang: Decimal | None = None
    penyebut: Decimal | None = None
    bawah: Decimal | None = None
    atas: Decimal | None = None

    @property
    def pecahan(self) -> Decimal:
        """The ratio ``a:b`` as the fraction a/b (rasio only)."""
        if self.jenis != "rasio" or not self.penyebut:
            raise AngkaTidakSah(self.teks, "bukan rasio dengan penyebut bukan nol")
        return self.pembilang / self.penyebut


def _angka_dan_satuan(s: str, teks: str) -> tuple[Decimal, str | None]:
    m = _ANGKA_AWAL.match(s)
    if not m:
        raise AngkaTidakSah(teks, "bukan angka")
    satuan = m.group(2).strip() or None
    return _angka_bertanda(m.group(1), teks), satuan


_POLOS = re.compile(r"^\s*(\d{1,15})(?:,(\d{1,15}))?\s*$")


@lru_cache(maxsize=8192)
def _parse_teks(asli: str) -> Nilai:
    m = _POLOS.match(asli)
    if m and not (len(m.group(1)) > 1 and m.group(1).startswith("0")):
        bulat, desimal = m.groups()
        return Nilai(teks=asli, jenis="angka", angka=Decimal(f"{bulat}.{desimal}" if desimal else bulat))
    return _parse_umum(asli)


def parse_nilai(teks: str | int | Decimal) -> Nilai:
    """Read a target or realisasi: number with unit, ratio, range, or qualitative text.

    >>> n = parse_nilai("12 Bulan"); (n.angka, n.satuan)
    (Decimal('12'), 'Bulan')
    >>> n = parse_nilai("80 – 90 %"); (n.jenis, n.bawah, n.atas, n.satuan)
    ('rentang', Decimal('80'), Decimal('90'), '%')
    >>> parse_nilai("2 : 9").pecahan == Decimal(2) / Decimal(9)
    True
    """
    if isinstance(teks, (int, Decimal)) and not isinstance(teks, bool):
        return Nilai(teks=str(teks), jenis="angka", angka=Decimal(teks))
    return _parse_teks(str(teks))


def _parse_umum(asli: str) -> Nilai:
    s, rupiah = _bersihkan(asli)
    if not s:
        raise AngkaTidakSah(asli, "kosong")
    m = _RASIO.match(s)
    if m and not m.group(3):
        return Nilai(teks=asli, jenis="rasio", pembilang=_bilangan(m.group(1), asli), penyebut=_bilangan(m.group(2), asli))
    m = _SATUAN_DEPAN.match(s)
    if m:  # "Nilai 84": a unit word written before the number
        return Nilai(teks=asli, jenis="angka", angka=_angka_bertanda(m.group(2), asli), satuan=m.group(1))
    if not re.match(r"^[+\-\u2212(]?\s*\d", s):
        return Nilai(teks=asli, jenis="kualitatif")
    m = _RENTANG.match(s)
    if m and re.search(r"\d", m.group(2)) and not re.match(r"^\(", s):
        bawah, satuan_bawah = _angka_dan_satuan(m.group(1), asli)
        atas, satuan_atas = _angka_dan_satuan(m.group(2), asli)
        if satuan_bawah and satuan_atas and satuan_bawah != satuan_atas:
            raise AngkaTidakSah(asli, f"satuan kedua ujung rentang berbeda ({satuan_bawah} dan {satuan_atas})")
        if bawah > atas:
            raise AngkaTidakSah(asli, "batas bawah rentang lebih besar dari batas atas")
        return Nilai(teks=asli, jenis="rentang", bawah=bawah, atas=atas, satuan=satuan_atas or satuan_bawah)
    angka, satuan = _angka_dan_satuan(s, asli)
    if rupiah:
        satuan = "Rp"
    return Nilai(teks=asli, jenis="angka", angka=angka, satuan=satuan)


KOSONG = frozenset({"", "-", "\u2013", "\u2014", "n/a", "na"})


def coba_nilai(teks: str | int | Decimal | None) -> Nilai | None:
    """:func:`parse_nilai`, with ``None`` for an empty cell or a lone dash ("belum ada")."""
    if teks is None:
        return None
    if isinstance(teks, str):
        if teks.strip().lower() in KOSONG:
            return None
        return _parse_teks(teks)
    return parse_nilai(teks)
