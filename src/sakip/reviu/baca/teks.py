"""Plain text with tab-separated tables (an LKj saved or converted to .txt).

A table is a run of lines holding tabs. Its caption is the nearest "Tabel X.Y"
line(s) just above it; a part that repeats the previous part's header after a
page break is merged into it (Tabel 3.7 in the Kalumpang LKj). Markdown pipe
rows ("| 5. | Program ... | Rp. | 50.150.000 |"), which some converters emit,
are read as tab rows.
"""

from __future__ import annotations

import re

from sakip.reviu.baca.keterangan import PengumpulKeterangan, bersihkan, cocokkan
from sakip.reviu.baca.tabel import daftar_isi, gabung_lanjutan, kunci_kepala, pisah_kepala, potong_kosong
from sakip.reviu.model import BarisTabel, Dokumen, Lokasi, Paragraf, Tabel

_GARIS_MD = re.compile(r"^[\s\-|:]*$")
# caption search: at most this many non-empty lines between caption and table
_JARAK_JUDUL = 5


def _sel_baris(baris: str) -> list[str] | None:
    """Cells of a table line, or None for a line of running text."""
    polos = baris.strip()
    if polos.startswith("|") or polos.startswith("- |"):
        if _GARIS_MD.match(polos):
            return []  # markdown separator row: part of the table, no cells
        return [s.strip() for s in polos.strip("-").strip().strip("|").split("|")]
    if "\t" in baris:
        return [bersihkan(s) for s in baris.rstrip("\n").split("\t")]
    return None


def baca_teks(isi: str, berkas: str = "", jenis: str = "txt") -> Dokumen:
    dok = Dokumen(berkas=berkas, jenis=jenis)
    pengumpul = PengumpulKeterangan()
    baris_teks = isi.splitlines()
    tabel: list[Tabel] = []
    judul_terakhir: tuple[int, str, str | None] | None = None  # (index, text, nomor)
    sejak_judul = 99
    ada_teks_sejak_tabel = True
    i = 0
    while i < len(baris_teks):
        sel = _sel_baris(baris_teks[i])
        if sel is None:
            teks = bersihkan(baris_teks[i])
            if teks:
                ada_teks_sejak_tabel = True
                lok = Lokasi(baris=i + 1)
                k = pengumpul.baris(baris_teks[i], lok)
                if k is not None and k.jenis == "tabel":
                    judul_terakhir = (i, teks, k.nomor)
                    sejak_judul = 0
                elif judul_terakhir is not None and sejak_judul < 3 and not cocokkan(teks) and len(teks) < 160:
                    # title lines under a bare "Tabel 2.5" caption
                    idx, jt, nomor = judul_terakhir
                    judul_terakhir = (idx, f"{jt} {teks}", nomor)
                    sejak_judul += 1
                else:
                    sejak_judul = 99 if sejak_judul >= _JARAK_JUDUL else sejak_judul + 3
                    dok.paragraf.append(Paragraf(teks, lok))
            i += 1
            continue
        # a table run
        awal = i
        baris_tabel: list[BarisTabel] = []
        while i < len(baris_teks):
            sel = _sel_baris(baris_teks[i])
            if sel is None:
                # a wrapped cell: a short line without tabs directly followed by a tab line
                if (
                    baris_teks[i].strip()
                    and i + 1 < len(baris_teks)
                    and _sel_baris(baris_teks[i + 1])
                    and baris_tabel
                    and not cocokkan(baris_teks[i])
                    and len(baris_teks[i]) < 200
                ):
                    baris_tabel[-1].sel[-1] = f"{baris_tabel[-1].sel[-1]} {bersihkan(baris_teks[i])}".strip()
                    i += 1
                    continue
                break
            if sel:
                baris_tabel.append(BarisTabel(potong_kosong(sel), Lokasi(baris=i + 1)))
            i += 1
        if daftar_isi(baris_tabel):
            for b in baris_tabel:
                pengumpul.baris("\t".join(b.sel), b.lokasi)
            ada_teks_sejak_tabel = True
            continue
        kepala, isi_tabel = pisah_kepala(baris_tabel)
        if tabel and not ada_teks_sejak_tabel and judul_terakhir is None and _lanjutan(kepala, baris_tabel, tabel[-1]):
            tabel[-1].isi.extend(isi_tabel if kepala and kunci_kepala(kepala) == kunci_kepala(tabel[-1].kepala) else baris_tabel)
            continue
        menempel = bool(tabel) and not ada_teks_sejak_tabel
        ada_teks_sejak_tabel = False
        punya_judul = judul_terakhir is not None and sejak_judul < _JARAK_JUDUL
        judul, nomor = ("", None)
        if punya_judul:
            _, judul, nomor = judul_terakhir
        elif menempel:
            judul, nomor = tabel[-1].judul, tabel[-1].nomor
        tabel.append(
            Tabel(
                judul=judul,
                kepala=kepala,
                isi=isi_tabel,
                lokasi=Lokasi(baris=awal + 1),
                nomor=nomor,
                susunan="tab",
                judul_sendiri=punya_judul,
            )
        )
        judul_terakhir = None
        sejak_judul = 99
    dok.tabel = gabung_lanjutan(tabel)
    dok.keterangan = pengumpul.keterangan
    dok.daftar = pengumpul.daftar
    return dok


def _lanjutan(kepala: list[list[str]], baris: list[BarisTabel], sebelumnya: Tabel) -> bool:
    """A part right after a table (only blank lines between) that continues it."""
    from sakip.reviu.baca.tabel import kunci_kepala

    if not kepala:
        return True
    if kunci_kepala(kepala) == kunci_kepala(sebelumnya.kepala):
        return True
    lebar = max((len(r) for r in sebelumnya.kepala), default=0)
    return bool(baris) and not baris[0].sel[0].strip() and len(baris[0].sel) <= lebar
