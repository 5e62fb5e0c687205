"""Captions ("Tabel 3.7 ...", "Gambar 3.1") and the DAFTAR TABEL / DAFTAR GAMBAR lists."""

from __future__ import annotations

import re

from sakip.reviu.model import Keterangan, Lokasi

# A caption starts its line: "Tabel 3.7", "TABEL 2.2.", "**Tabel 3.5**Program ...",
# an appendix table "Tabel L1.2", and "2.1 Tabel Rencana Strategis" (number first, as in some PDFs).
_KETERANGAN = re.compile(
    r"^\W{0,3}(?P<jenis>tabel|gambar)\s+(?P<nomor>(?:L|Lamp\.?\s?)?\d+(?:\.\d+)*)\.?(?![\d])(?P<sisa>.*)$",
    re.IGNORECASE,
)
_KETERANGAN_TERBALIK = re.compile(
    r"^\s*(?P<nomor>\d+\.\d+)\s+(?P<jenis>tabel|gambar)\b(?P<sisa>.*)$", re.IGNORECASE
)
_JUDUL_DAFTAR = re.compile(r"^\W*daftar\s+(tabel|gambar)\W*$", re.IGNORECASE)
_AKHIR_DAFTAR = re.compile(r"^\W*(daftar\s+\w+|bab\s+[ivx\d]+|kata pengantar|ikhtisar)\b", re.IGNORECASE)


def bersihkan(teks: str) -> str:
    """Drop markdown emphasis and collapse whitespace."""
    teks = teks.replace("**", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", teks).strip()


def cocokkan(baris: str) -> tuple[str, str, str] | None:
    """``(jenis, nomor, sisa)`` when ``baris`` is a caption line, else None."""
    teks = bersihkan(baris)
    m = _KETERANGAN.match(teks) or _KETERANGAN_TERBALIK.match(teks)
    if not m:
        return None
    sisa = m.group("sisa").strip()
    # "Tabel di atas", "Tabel berikut" never reach here (no number)
    if rujukan(sisa):
        return None
    return m.group("jenis").lower(), m.group("nomor"), sisa


# after the number, a reference goes on with punctuation, another number or a
# conjunction ("Tabel 3.7, baris ...", "Tabel 3.3 dan 3.4", "Tabel 3.6: 15 Dok",
# "Tabel 3.3-3.7", "Tabel 3.6 lawan Tabel 3.7"), or with a verb in lower case
# ("Tabel 3.7 mencantumkan ..."); a title starts with a capital or a digit.
_RUJUKAN = re.compile(r"^(?:[,;:)\-\u2013/]|(?:dan|lawan|atau|s\.?d\.?|sampai|hingga|serta)\b|[a-z])")
_SINGKATAN = {"kab", "kec", "prov", "kel", "no", "nomor", "hlm", "dll", "dsb", "th", "tgl", "ds", "jl", "rp", "dr", "drs", "ir", "h"}


def rujukan(sisa: str) -> bool:
    """Whether the text after "Tabel 3.7" makes the line a reference or a sentence, not a caption."""
    if _RUJUKAN.match(sisa):
        return True
    # a caption is one title, not sentences: "Tabel 2.5 LKj. Alasan perubahan tidak disebutkan; ..."
    if "; " in sisa:
        return True
    for m in re.finditer(r"(\w+)\. (?=[A-Z][a-z])", sisa):
        if m.group(1).lower() not in _SINGKATAN:
            return True
    return False


def judul_daftar(baris: str) -> str | None:
    m = _JUDUL_DAFTAR.match(bersihkan(baris))
    return m.group(1).lower() if m else None


def akhir_daftar(baris: str) -> bool:
    return bool(_AKHIR_DAFTAR.match(bersihkan(baris)))


def buang_halaman(teks: str) -> str:
    """'Target RPJMD ..... 11' -> 'Target RPJMD' (a list entry's page number and leader)."""
    return re.sub(r"[\s.]*\b([ivxlc]+|\d+)\s*$", "", teks, flags=re.IGNORECASE).strip(" .")


class PengumpulKeterangan:
    """Feed it the non-table lines in order; it sorts captions from list entries."""

    def __init__(self) -> None:
        self.keterangan: list[Keterangan] = []
        self.daftar: list[Keterangan] = []
        self._dalam_daftar: str | None = None
        self._menunggu_judul: Keterangan | None = None

    def baris(self, teks: str, lokasi: Lokasi) -> Keterangan | None:
        bersih = bersihkan(teks)
        if not bersih:
            return None
        jenis_daftar = judul_daftar(bersih)
        if jenis_daftar:
            self._dalam_daftar = jenis_daftar
            return None
        if self._dalam_daftar and akhir_daftar(bersih) and not cocokkan(bersih):
            self._dalam_daftar = None
        hasil = cocokkan(bersih)
        menunggu = self._menunggu_judul  # an untitled caption on the line just before
        if self._menunggu_judul is not None:
            # A figure caption "Gambar 3.1" alone on its line is titled by the next line
            # unless that line is an ordinary sentence.
            k = self._menunggu_judul
            self._menunggu_judul = None
            if hasil is None and len(bersih) < 120 and not bersih.endswith((".", ":")):
                k.teks = f"{k.teks} {bersih}".strip()
                k.berjudul = True
                return None
        if hasil is None:
            return None
        jenis, nomor, sisa = hasil
        if (menunggu is not None and self.keterangan and self.keterangan[-1] is menunggu
                and (menunggu.jenis, menunggu.nomor) == (jenis, nomor) and sisa and not self._dalam_daftar):
            # "... disajikan pada / Tabel 3.3." ends a sentence on its own line; the caption follows
            self.keterangan.pop()
        if self._dalam_daftar:
            m = re.search(r"(?:^|[\s.])(\d{1,3})\s*$", sisa)
            k = Keterangan(jenis, nomor, buang_halaman(f"{jenis.title()} {nomor} {sisa}"), lokasi,
                           halaman=m.group(1) if m else None)
            self.daftar.append(k)
            return None
        k = Keterangan(jenis, nomor, f"{jenis.title()} {nomor} {sisa}".strip(), lokasi, berjudul=bool(sisa))
        self.keterangan.append(k)
        if not sisa:
            self._menunggu_judul = k
        return k
