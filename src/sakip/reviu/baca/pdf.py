"""PDF: text per page with line numbers, tables by layout.

``pdftotext -layout`` (poppler) gives every page as positioned text in well
under a second for a 60-page LKj; pypdf's layout mode is the fallback when
poppler is not installed (a few seconds, same shape, slightly different spacing).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from sakip.reviu.baca.keterangan import PengumpulKeterangan, bersihkan
from sakip.reviu.baca.tabel import kunci_kepala
from sakip.reviu.baca.tata_letak import tabel_halaman, tempel
from sakip.reviu.model import Dokumen, Lokasi, Paragraf, Tabel

_NOMOR_HALAMAN = re.compile(r"^\s*([ivxlc]+|\d{1,3})\s*$", re.IGNORECASE)


def _teks_halaman(path: Path) -> list[str]:
    if shutil.which("pdftotext"):
        hasil = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            timeout=120,
        )
        if hasil.returncode != 0:
            from sakip.reviu.baca import BerkasTidakTerbaca

            pesan = hasil.stderr.decode("utf-8", "replace").strip().splitlines()
            raise BerkasTidakTerbaca(
                f"Berkas {path.name!r} tidak dapat dibaca sebagai PDF ({pesan[-1] if pesan else 'rusak'})."
            )
        halaman = hasil.stdout.decode("utf-8", "replace").split("\f")
        if halaman and not halaman[-1].strip():
            halaman.pop()
        return halaman
    from pypdf import PdfReader

    return [p.extract_text(extraction_mode="layout") or "" for p in PdfReader(str(path)).pages]


def _baris_berulang(halaman: list[list[str]]) -> set[str]:
    """Running headers/footers: the same line on many pages."""
    hitung: Counter[str] = Counter()
    for baris in halaman:
        hitung.update({bersihkan(b) for b in baris if bersihkan(b)})
    batas = max(3, len(halaman) // 3)
    return {t for t, n in hitung.items() if n >= batas and len(t) > 3}


def baca_pdf(path: Path) -> Dokumen:
    halaman_teks = _teks_halaman(path)
    dok = Dokumen(berkas=str(path), jenis="pdf", jumlah_halaman=len(halaman_teks))
    halaman = [h.splitlines() for h in halaman_teks]
    berulang = _baris_berulang(halaman)
    pengumpul = PengumpulKeterangan()
    semua_tabel: list[Tabel] = []
    for nomor, baris in enumerate(halaman, start=1):
        baris = ["" if bersihkan(b) in berulang or _NOMOR_HALAMAN.match(b) else b for b in baris]
        try:
            tabel, terpakai = tabel_halaman(baris, nomor)
        except Exception as exc:  # a page the layout reader cannot split: say so, go on
            dok.masalah_baca.append((Lokasi(halaman=nomor), f"tabel pada halaman ini tidak terbaca ({exc})"))
            tabel, terpakai = [], set()
        blok: list[str] = []
        awal_blok = 0
        berkolom = False
        for i, b in enumerate(baris):
            lok = Lokasi(halaman=nomor, baris=i + 1)
            teks = bersihkan(b)
            if i in terpakai or not teks:
                if blok:
                    berkolom = berkolom or (len(blok) > 1 and sum(map(len, blok)) / len(blok) < 25)
                    dok.paragraf.append(Paragraf(" ".join(blok), Lokasi(halaman=nomor, baris=awal_blok + 1), berkolom))
                    blok = []
                continue
            k = pengumpul.baris(b, lok)
            if k is not None:
                continue
            if not blok:
                awal_blok = i
                berkolom = False
            blok.append(teks)
            berkolom = berkolom or bool(re.search(r"\S {3,}\S", b.strip()) and len(b.strip()) < 60)
        if blok:
            berkolom = berkolom or (len(blok) > 1 and sum(map(len, blok)) / len(blok) < 25)
            dok.paragraf.append(Paragraf(" ".join(blok), Lokasi(halaman=nomor, baris=awal_blok + 1), berkolom))
        for t in tabel:
            _beri_judul(t, baris, pengumpul)
        semua_tabel.extend(tabel)
    dok.tabel = _gabung_halaman(semua_tabel, dok.paragraf)
    for t in dok.tabel:
        _buang_nomor_halaman(t)
        for lok, teks in getattr(t, "tercecer", []):
            dok.masalah_baca.append((lok, f"angka {teks!r} di tabel ini tidak dapat dipasangkan ke barisnya (tata letak), tidak diperiksa"))
    dok.keterangan = pengumpul.keterangan
    dok.daftar = pengumpul.daftar
    return dok


def _buang_nomor_halaman(t: Tabel) -> None:
    """A page number printed at the end of a row's line: a trailing small integer
    in a row that has more figures than the table's usual row."""
    from collections import Counter

    from sakip.reviu.baca.tata_letak import sel_angka

    hitung = Counter(sum(1 for s in b.sel if sel_angka(s)) for b in t.isi)
    if not hitung:
        return
    lazim = hitung.most_common(1)[0][0]
    for b in t.isi:
        if (
            len(b.sel) > 2
            and re.fullmatch(r"\d{1,3}", b.sel[-1])
            and sel_angka(b.sel[-2])
            and sum(1 for s in b.sel if sel_angka(s)) > lazim
        ):
            b.sel.pop()
            if b.x:
                b.x.pop()


def _beri_judul(t: Tabel, baris: list[str], pengumpul: PengumpulKeterangan) -> None:
    """Caption: a "Tabel X.Y" caption just above, else the short title line(s) above."""
    for k in reversed(pengumpul.keterangan):
        if k.lokasi.halaman == t.lokasi.halaman and 0 < t.lokasi.baris - k.lokasi.baris <= 8:
            if k.jenis == "tabel":
                t.judul, t.nomor, t.judul_sendiri = k.teks, k.nomor, True
                return
    judul: list[str] = []
    i = t.lokasi.baris - 2
    while i >= 0 and len(judul) < 2 and t.lokasi.baris - 2 - i < 4:
        teks = bersihkan(baris[i])
        if teks:
            if len(teks) > 90 or teks.endswith((".", ":")) or ":" in teks:
                break
            judul.insert(0, teks)
        i -= 1
    t.judul = " ".join(judul)


def _posisi(lok: Lokasi) -> tuple[int, int]:
    return (lok.halaman or 0, lok.baris or 0)


def _gabung_halaman(tabel: list[Tabel], paragraf: list[Paragraf]) -> list[Tabel]:
    """A table continued on the next page repeats its header, or has none: merge the
    parts (a headerless part directly after a table, with no text between)."""
    hasil: list[Tabel] = []
    # short fragments (a label's tail above a page's first row) do not separate parts
    posisi_paragraf = sorted(_posisi(p.lokasi) for p in paragraf if len(p.teks) >= 40 and not p.berkolom)
    for t in tabel:
        if hasil and not t.kepala and not t.judul_sendiri and t.isi:
            akhir = _posisi(hasil[-1].isi[-1].lokasi)
            awal = _posisi(t.isi[0].lokasi)
            dekat = awal[0] - akhir[0] in (0, 1)
            bersih = not any(akhir < p < awal for p in posisi_paragraf)
            if dekat and bersih:
                akhir_baris = hasil[-1].isi[-1]
                for sel, x in getattr(t, "awalan", []):
                    tempel(akhir_baris.sel, akhir_baris.x, sel, x)
                hasil[-1].isi.extend(t.isi)
                continue
        if (
            hasil
            and t.kepala
            and not t.judul_sendiri
            and t.lokasi.halaman == (hasil[-1].isi[-1].lokasi.halaman or 0) + 1
            and kunci_kepala(t.kepala) == kunci_kepala(hasil[-1].kepala)
        ):
            akhir = hasil[-1].isi[-1]
            for sel, x in getattr(t, "awalan", []):
                tempel(akhir.sel, akhir.x, sel, x)
            hasil[-1].isi.extend(t.isi)
            continue
        hasil.append(t)
    return hasil
