"""Tables from page layout text (``pdftotext -layout``): columns by position.

A table row starts at an *anchor* line (a line with at least two figures in
separate cells); the wrapped label lines below it belong to the same row. The
header is the run of word-only lines just above the first anchor. Cells are
split on runs of two or more spaces, and two figures separated by a single
space ("2.807.870.000,00 2.807.870.000.00") are two cells.
"""

from __future__ import annotations

import re

from sakip.reviu.baca.keterangan import cocokkan
from sakip.reviu.baca.tabel import baris_nomor_kolom
from sakip.reviu.model import BarisTabel, Lokasi, Tabel

_SEGMEN = re.compile(r"\S+(?: \S+)*")
_ANGKA = re.compile(r"^\(?[-+]?(?:rp\.?)?\d[\d.,]*(?:,-)?\)?%?$", re.IGNORECASE)
_SATUAN = re.compile(r"^(%|m3|m2|ha|kec\.?|tpu|unit|dok|bulan|orang|titik)$", re.IGNORECASE)
_KATA_KEPALA = re.compile(
    r"\b(no|uraian|program|kegiatan|indikator|sasaran|target|realisasi|capaian|anggaran|satuan|"
    r"kinerja|pagu|jumlah|keterangan|%)\b",
    re.IGNORECASE,
)
JARAK_JANGKAR = 25  # lines allowed between two anchors of one table (wrapped rows in narrow columns)
MAKS_KEPALA = 9


# program / kegiatan / sub kegiatan codes (Permendagri 90/2019: 7.01.01, 7.01.01.2.01,
# 7.01.01.2.01.0001), also several run together when a narrow PDF cell wraps
_KODE_NOMENKLATUR = re.compile(r"^(?:\d{1,2}\.\d{2}\.\d{2}(?:\.\d\.\d{2}(?:\.(?:\d{4}|\d{2}))?)?)+\.?$")


def kode_nomenklatur(teks: str) -> bool:
    """A nomenclature code (or codes run together, or a list "7.01.01.2.09.0011,7.01.05..."),
    never a figure."""
    bagian = [b for b in re.split(r"[,;\s]+", teks.strip()) if b]
    return bool(bagian) and all(_KODE_NOMENKLATUR.match(b) for b in bagian)


def _angka(teks: str) -> bool:
    return bool(_ANGKA.match(teks.replace("Rp. ", "Rp.").replace("Rp ", "Rp.").replace(" %", "%")))


def sel_baris(baris: str) -> tuple[list[str], list[int]]:
    """Cells of one layout line and the column where each starts."""
    sel: list[str] = []
    x: list[int] = []
    segmen = [(m.start(), m.group(0)) for m in _SEGMEN.finditer(baris)]
    gabung: list[tuple[int, str]] = []
    for posisi, teks in segmen:
        if gabung and gabung[-1][1].lower().rstrip(".") == "rp" and _angka(teks.split(" ")[0]):
            gabung[-1] = (gabung[-1][0], f"{gabung[-1][1]} {teks}")
        else:
            gabung.append((posisi, teks))
    for awal_segmen, teks_segmen in gabung:
        token = teks_segmen.split(" ")
        posisi = awal_segmen
        kini: list[str] = []
        awal = posisi
        for i, tok in enumerate(token):
            # "Rp." glues to the next figure; a unit glues to the previous one
            pecah = (
                kini
                and _angka(tok)
                and _angka(kini[-1])
            )
            if pecah:
                sel.append(" ".join(kini))
                x.append(awal)
                kini = []
                awal = posisi
            kini.append(tok)
            posisi += len(tok) + 1
        if kini:
            sel.append(" ".join(kini))
            x.append(awal)
    return sel, x


def sel_angka(sel: str) -> bool:
    """A cell that holds one figure (with 'Rp.', '%', a unit, or a trailing ',-')."""
    bagian = sel.split()
    if not bagian:
        return False
    if bagian[0].lower().rstrip(".") == "rp":
        bagian = bagian[1:]
    if len(bagian) == 2 and (_SATUAN.match(bagian[1]) or bagian[1] == "%"):
        bagian = bagian[:1]
    return len(bagian) == 1 and _angka(bagian[0])


_TAHUN = re.compile(r"^(19|20)\d\d$")


_NIP = re.compile(r"^NIP\b", re.IGNORECASE)


def _jangkar(sel: list[str]) -> bool:
    if any(_NIP.match(s) for s in sel):  # "NIP. 19900107 201206 1 001" of a signature block
        return False
    angka = [s for s in sel if sel_angka(s) and not _TAHUN.match(s)]
    return len(sel) >= 2 and len(angka) >= 2 and not baris_nomor_kolom(sel)


def _ada_uang(sel: list[str]) -> bool:
    """An amount with thousands separators ('29.005.000'), as budget rows carry."""
    return any(sel_angka(s) and re.search(r"\d{1,3}(?:[.,]\d{3}){2,}", s) for s in sel)


def _kepala(baris: str) -> bool:
    sel, _ = sel_baris(baris)
    if baris_nomor_kolom(sel):
        return True
    if not sel or any(sel_angka(s) and not re.fullmatch(r"\(?\d{1,2}\)?", s) and not _TAHUN.match(s) for s in sel):
        return False
    if ":" in baris or cocokkan(baris):
        return False
    if len(sel) == 1 and len(sel[0]) > 60:
        return False  # a sentence
    return True


def tabel_halaman(baris: list[str], halaman: int) -> tuple[list[Tabel], set[int]]:
    """Tables found on one page, and the indexes of the lines they use."""
    sel_semua = [sel_baris(b) for b in baris]
    _sambung_angka_terlipat(sel_semua)
    _sambung_persen_terlipat(sel_semua)
    jangkar = [i for i, (s, _) in enumerate(sel_semua) if _jangkar(s)]
    judul = [i for i, b in enumerate(baris) if cocokkan(b)]
    kelompok: list[list[int]] = []
    for i in jangkar:
        antara_judul = any(kelompok and kelompok[-1][-1] < j < i for j in judul)
        if kelompok and i - kelompok[-1][-1] <= JARAK_JANGKAR and not antara_judul:
            kelompok[-1].append(i)
        else:
            kelompok.append([i])
    hasil: list[Tabel] = []
    terpakai: set[int] = set()
    for kel in kelompok:
        # header: word-only lines right above the first anchor
        awal = kel[0]
        j = awal - 1
        kepala_idx: list[int] = []
        kosong = 0
        while j >= 0 and len(kepala_idx) < MAKS_KEPALA:
            if not baris[j].strip():
                kosong += 1
                if kosong > 1 or len(_KATA_KEPALA.findall(" ".join(baris[k] for k in kepala_idx))) >= 2:
                    break
                j -= 1
                continue
            if not _kepala(baris[j]):
                break
            kepala_idx.insert(0, j)
            kosong = 0
            j -= 1
        # word lines right above the first anchor without any header word are the
        # tail of the previous page's last row ("Aparatur", "Hidup")
        awalan: list[int] = []
        while kepala_idx and not _KATA_KEPALA.search(baris[kepala_idx[-1]]) and not baris_nomor_kolom(
            sel_semua[kepala_idx[-1]][0]
        ):
            awalan.insert(0, kepala_idx.pop())
        if not kepala_idx:
            awalan = []
        teks_kepala = " ".join(baris[k] for k in kepala_idx)
        if len(kel) < 2 and not _KATA_KEPALA.search(teks_kepala) and not _ada_uang(sel_semua[kel[0]][0]):
            continue  # one line with a few figures in running text is not a table
        kolom_x, kolom = _kolom_kepala([baris[k] for k in kepala_idx])
        kanan_kepala = max((len(baris[k].rstrip()) for k in kepala_idx), default=0)
        # rows: each anchor plus the label lines under it (until the next anchor)
        akhir = kel[-1]
        k = akhir + 1
        while (
            k < len(baris)
            and k - akhir <= 6
            and baris[k].strip()
            and not _jangkar(sel_semua[k][0])
            and not (len(sel_semua[k][0]) == 1 and len(sel_semua[k][0][0]) >= 50)
            and k not in judul
        ):
            k += 1
        kel = _jangkar_sejajar(kel, k, sel_semua)
        isi: list[BarisTabel] = []
        tercecer: list[tuple[Lokasi, str]] = []
        for n, a in enumerate(kel):
            batas = kel[n + 1] if n + 1 < len(kel) else k
            sel, x = list(sel_semua[a][0]), list(sel_semua[a][1])
            for m in range(a + 1, batas):
                if baris[m].strip():
                    for teks in tempel(sel, x, *sel_semua[m]):
                        tercecer.append((Lokasi(halaman=halaman, baris=m + 1), teks))
                    terpakai.add(m)
            isi.append(BarisTabel(sel, Lokasi(halaman=halaman, baris=a + 1), x=x))
            terpakai.add(a)
        terpakai.update(kepala_idx)
        terpakai.update(awalan)
        batas_kanan = kanan_kepala + 8
        for b in isi:  # a page number printed on a row's line
            if len(b.sel) > 2 and re.fullmatch(r"\d{1,3}", b.sel[-1]) and kolom_x and b.x[-1] > batas_kanan:
                b.sel.pop()
                b.x.pop()
        lokasi = Lokasi(halaman=halaman, baris=(kepala_idx[0] if kepala_idx else awal) + 1)
        t = Tabel("", [kolom] if kolom else [], isi, lokasi, susunan="tata_letak", kolom_x=kolom_x)
        t.awalan = [(sel_semua[a][0], sel_semua[a][1]) for a in awalan]
        t.tercecer = tercecer
        hasil.append(t)
    return hasil, terpakai


_PECAHAN = re.compile(r"^(?=.*[\d%])[\d.,]*%?$")


def _terbaca(teks: str) -> bool:
    from sakip.core.angka import parse_angka
    from sakip.core.exceptions import AngkaTidakSah

    try:
        parse_angka(teks)
        return True
    except AngkaTidakSah:
        return False


def _belum_selesai(teks: str) -> bool:
    """A figure cut by a line wrap: unreadable alone, or ending in a separator."""
    return teks.endswith((".", ",")) or not _terbaca(teks)


_GRUP_PENUH = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?%?$")
_GRUP_TERPOTONG = re.compile(r"^\d{1,3}(?:\.\d{3})*\.\d{1,2}$")


def _lanjutkan(atas: str, potongan: str) -> bool:
    """Whether ``potongan`` (the piece below) continues the figure ``atas``."""
    if _belum_selesai(atas) or potongan.startswith((".", ",")):
        return True
    # "195.00" / "0.000": a thousands group cut after two digits
    return bool(_GRUP_TERPOTONG.match(atas) and _GRUP_PENUH.match(atas + potongan))


def _sambung_angka_terlipat(sel_semua: list[tuple[list[str], list[int]]]) -> None:
    """A figure wrapped inside a narrow cell ("8.062.30" / "0") is one figure.

    A piece of digits right under an unfinished figure (same start or end column)
    is appended to it; the figure may continue over several lines.
    """
    # figures still open for continuation: (line, cell index, x of the last piece, its length)
    terbuka: list[tuple[int, int, int, int]] = []
    for i, (sel, x) in enumerate(sel_semua):
        atas = [(i - 1, m, xm, len(t)) for m, (t, xm) in enumerate(zip(*sel_semua[i - 1])) if sel_angka(t)] if i else []
        calon = atas + [c for c in terbuka if c[0] < i - 1]
        terbuka_baru: list[tuple[int, int, int, int]] = []
        hapus: list[int] = []
        for n, (teks, xi) in enumerate(zip(sel, x)):
            if not _PECAHAN.match(teks):
                continue
            for j, m, xm, panjang in calon:
                induk = sel_semua[j][0]
                if m >= len(induk) or not _lanjutkan(induk[m], teks):
                    continue
                if abs(xm - xi) <= 1 or abs(xm + panjang - xi - len(teks)) <= 1:
                    induk[m] = induk[m] + teks
                    hapus.append(n)
                    terbuka_baru.append((j, m, xi, len(teks)))
                    break
        sisa = [n for n, t in enumerate(sel) if n not in hapus and _PECAHAN.match(t)]
        sambungan = all(sel[n].startswith((".", ",")) for n in sisa) if sisa else False
        belum = [(j, m, xm, p) for j, m, xm, p in calon
                 if m < len(sel_semua[j][0]) and (_belum_selesai(sel_semua[j][0][m]) or sambungan)
                 and (j, m) not in {(a, b) for a, b, _, _ in terbuka_baru}]
        if sisa and len(sisa) == len(belum) and all(abs(x[n] - c[2]) <= 6 for n, c in zip(sisa, belum)):
            # pieces pushed sideways by their neighbours: pair them in order
            for n, (j, m, _, _) in zip(sisa, belum):
                sel_semua[j][0][m] += sel[n]
                hapus.append(n)
                terbuka_baru.append((j, m, x[n], len(sel[n])))
        for n in sorted(hapus, reverse=True):
            del sel[n]
            del x[n]
        terbuka = terbuka_baru


_ANGKA_POLOS = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")


def _sambung_persen_terlipat(sel_semua: list[tuple[list[str], list[int]]]) -> None:
    """A percentage folded around a vertically centred row: "100,00" on the line above the
    row's amounts and "%" on the line below, in the same column, is one cell "100,00 %"
    of the row line between them."""
    for i in range(1, len(sel_semua) - 1):
        sel, x = sel_semua[i]
        if not _jangkar(sel):
            continue
        (atas, xa), (bawah, xb) = sel_semua[i - 1], sel_semua[i + 1]
        for nb, (teks_b, x_b) in enumerate(zip(bawah, xb)):
            if teks_b != "%":
                continue
            for na, (teks_a, x_a) in enumerate(zip(atas, xa)):
                if not (_ANGKA_POLOS.match(teks_a) and x_a - 1 <= x_b <= x_a + len(teks_a) + 1):
                    continue
                if any(xi <= x_a + len(teks_a) and x_a <= xi + len(t) for t, xi in zip(sel, x)):
                    break  # the row line has something in that column already
                letak = sum(1 for xi in x if xi < x_a)
                sel.insert(letak, f"{teks_a} %")
                x.insert(letak, x_a)
                del atas[na], xa[na], bawah[nb], xb[nb]
                break
            else:
                continue
            break


def _jangkar_sejajar(kel: list[int], akhir: int, sel_semua) -> list[int]:
    """Lines with one amount right-aligned under the anchors' amount column are rows
    too (a row whose label is centred vertically: its figure sits on a middle line)."""
    ujung: set[int] = set()
    for a in kel:
        sel, x = sel_semua[a]
        for teks, xi in zip(sel, x):
            if sel_angka(teks) and len(re.sub(r"\D", "", teks)) >= 4:
                ujung.add(xi + len(teks))
    hasil = set(kel)
    for i in range(kel[0] + 1, akhir):
        if i in hasil:
            continue
        sel, x = sel_semua[i]
        angka = [(t, xi) for t, xi in zip(sel, x) if sel_angka(t) and len(re.sub(r"\D", "", t)) >= 4]
        if len(angka) == 1 and any(abs(angka[0][1] + len(angka[0][0]) - u) <= 1 for u in ujung):
            hasil.add(i)
    return sorted(hasil)


def tempel(sel: list[str], x: list[int], sel_baru: list[str], x_baru: list[int]) -> list[str]:
    """Append a wrapped label line's fragments to the row cells they sit under;
    return the figures that could not be placed (a row whose label is centred)."""
    tercecer = []
    for teks, posisi in zip(sel_baru, x_baru):
        if sel_angka(teks):
            # a row number, page number, indicator code ("3.10.5") or nomenclature code is no loss
            if not (re.fullmatch(r"\(?\d{1,3}\)?\.?|\d{1,2}(?:\.\d{1,2})+\.?|(?:19|20)\d\d", teks)
                    or kode_nomenklatur(teks)):
                tercecer.append(teks)
            continue
        terdekat = None
        for i, xi in enumerate(x):
            if sel_angka(sel[i]):
                continue
            if terdekat is None or abs(xi - posisi) < abs(x[terdekat] - posisi):
                terdekat = i
        if terdekat is not None and abs(x[terdekat] - posisi) <= 6:
            sel[terdekat] = f"{sel[terdekat]} {teks}"
        else:
            # a label in a column empty on the anchor line: insert in x order
            i = 0
            while i < len(x) and x[i] < posisi:
                i += 1
            sel.insert(i, teks)
            x.insert(i, posisi)
    return tercecer


def _kolom_kepala(baris_kepala: list[str]) -> tuple[list[int], list[str]]:
    """Column labels of a multi-line header, joined by horizontal overlap."""
    kolom: list[list] = []  # [start, end, text]
    for b in baris_kepala:
        for m in _SEGMEN.finditer(b):
            a, z, teks = m.start(), m.end(), m.group(0)
            for kol in kolom:
                if a < kol[1] + 1 and z > kol[0] - 1:
                    kol[0], kol[1] = min(kol[0], a), max(kol[1], z)
                    kol[2] = f"{kol[2]} {teks}"
                    break
            else:
                kolom.append([a, z, teks])
    kolom.sort(key=lambda k: k[0])
    return [k[0] for k in kolom], [k[2] for k in kolom]
