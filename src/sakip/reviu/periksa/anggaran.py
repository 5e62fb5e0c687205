"""Budget tables: percentages against amounts (RV-PRS-*), totals and program
rows against their rows (RV-JML-*), duplicated rows."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.angka import parse_nilai
from sakip.core.exceptions import AngkaTidakSah
from sakip.reviu.aturan import temuan
from sakip.reviu.model import BarisTabel, Tabel
from sakip.reviu.periksa.konteks import Konteks, banding, persen, rp
from sakip.reviu.periksa.sel import (
    ANGGARAN,
    PERSEN,
    REALISASI,
    desimal,
    kelompok_peran,
    kolom_uang,
    label_kolom,
    lokasi_baris,
    mirip_angka,
    nama_baris,
    nilai_kolom,
    nilai_peran,
    normal,
    teks_label,
)

_TOTAL = {"jumlah", "total", "jumlahtotal", "totaljumlah", "grandtotal", "jumlahseluruhnya", "jumlahkeseluruhan"}


def baris_total(tabel: Tabel, b: BarisTabel) -> bool:
    label = teks_label(tabel, b)
    return bool(label) and re.sub(r"[^a-z]", "", " ".join(label).lower()) in _TOTAL


def kolom_program(tabel: Tabel) -> int | None:
    for i, l in enumerate(label_kolom(tabel)):
        if l.strip().lower() == "program":
            return i
    return None


def label_program(tabel: Tabel, b: BarisTabel) -> str | None:
    """The program named on this row ('Program ...'), or None."""
    if tabel.susunan == "tab":
        i = kolom_program(tabel)
        if i is None or i >= len(b.sel):
            return None
        teks = b.sel[i].strip()
        return teks if teks and not mirip_angka(teks) else None
    for s in teks_label(tabel, b):
        if s.lower().startswith("program"):
            return s
    return None


def baris_judul_program(tabel: Tabel, b: BarisTabel) -> bool:
    """A program row that heads kegiatan rows: it names the program and nothing deeper."""
    if not any("kegiatan" in l.lower() for l in label_kolom(tabel)):
        return False  # a list of programs only: no program heads other rows
    prog = label_program(tabel, b)
    if not prog or not prog.lower().startswith("program"):
        return False
    lain = [s for s in teks_label(tabel, b) if s != prog and not re.fullmatch(r"\d+\.?", s.strip())]
    return not lain


@dataclass
class Uang:
    """Money figures of one row: role -> (text, value or None when malformed)."""

    baris: BarisTabel
    nilai: dict[str, tuple[str, Decimal | None]] = field(default_factory=dict)

    def angka(self, peran: str) -> Decimal | None:
        return self.nilai.get(peran, ("", None))[1]


def _uang(tabel: Tabel, b: BarisTabel) -> Uang:
    u = Uang(b)
    for kol in kolom_uang(tabel):
        teks = nilai_kolom(tabel, b, kol)
        if not teks.strip():
            continue
        try:
            n = parse_nilai(teks)
            if n.jenis == "angka":
                u.nilai[kol.peran] = (teks, n.angka)
        except AngkaTidakSah:
            if mirip_angka(teks):  # malformed figure: reported by RV-ANG-01
                u.nilai[kol.peran] = (teks, None)
    return u


def _persen(k: Konteks, tabel: Tabel) -> None:
    for kel in kelompok_peran(tabel):
        if kel.jenis != ANGGARAN:
            continue
        for b in tabel.isi:
            v = nilai_peran(tabel, b, kel)
            if v is None:
                continue
            try:
                a, r, p = (parse_nilai(v[x]).angka for x in (ANGGARAN, REALISASI, PERSEN))
            except AngkaTidakSah:
                continue  # reported by RV-ANG-01
            if a is None or r is None or p is None:
                continue
            lok = lokasi_baris(tabel, b)
            if a == 0:
                if r > 0:
                    k.tambah(temuan("RV-PRS-03", lok, tertulis=f"{v[ANGGARAN]} / {v[REALISASI]}",
                                    seharusnya="anggaran diisi, atau baris dihapus bila ganda",
                                    anggaran=v[ANGGARAN], realisasi=v[REALISASI], tambahan=_kembar(tabel, b, r)))
                continue
            hitung = r / a * 100
            d = desimal(v[PERSEN])
            hasil = banding(p, hitung, d)
            isian = dict(anggaran=v[ANGGARAN], realisasi=v[REALISASI], hitung=persen(hitung))
            if hasil == "salah":
                k.tambah(temuan("RV-PRS-01", lok, tertulis=v[PERSEN], seharusnya=persen(hitung, d), **isian))
            elif hasil == "bawah":
                k.tambah(temuan("RV-PRS-02", lok, tertulis=v[PERSEN], seharusnya=persen(hitung, d), **isian))
            if r > a:
                k.tambah(temuan("RV-PRS-04", lok, tertulis=v[REALISASI], seharusnya=f"paling banyak {v[ANGGARAN]}", **isian))


def _kembar(tabel: Tabel, b: BarisTabel, realisasi: Decimal) -> str:
    """' Realisasinya sama dengan baris ...' when another row carries the same realisasi."""
    for lain in tabel.isi:
        if lain is b:
            continue
        u = _uang(tabel, lain)
        if u.angka(REALISASI) == realisasi:
            return f" Realisasinya sama dengan baris \u201c{nama_baris(tabel, lain)}\u201d ({lain.lokasi})."
    return ""


def _jumlahkan(k: Konteks, tabel: Tabel, induk: Uang, anak: list[Uang], kode: str, **isian) -> None:
    for peran in (ANGGARAN, REALISASI):
        tertulis = induk.angka(peran)
        if tertulis is None or peran not in induk.nilai:
            continue
        nilai = [u for u in anak if peran in u.nilai]
        if not nilai:
            continue
        rusak = [u for u in nilai if u.angka(peran) is None]
        jumlah = sum((u.angka(peran) for u in nilai if u.angka(peran) is not None), Decimal(0))
        if rusak:
            if len(rusak) == 1:  # the malformed cell's value is implied by the total
                k.tersirat[(id(rusak[0].baris), rusak[0].nilai[peran][0])] = tertulis - jumlah
            continue
        if jumlah == tertulis:
            continue
        selisih = tertulis - jumlah
        tambahan = ""
        for u in nilai:
            if u.angka(peran) == -selisih and u.angka(ANGGARAN) == 0:
                tambahan = (f" Selisihnya sama dengan realisasi baris \u201c{nama_baris(tabel, u.baris)}\u201d"
                            f" ({u.baris.lokasi}) yang anggarannya 0: baris itu tampaknya ganda.")
        k.tambah(
            temuan(
                kode,
                lokasi_baris(tabel, induk.baris),
                tertulis=induk.nilai[peran][0],
                seharusnya=rp(jumlah),
                peran=peran,
                hitung=rp(jumlah),
                selisih=rp(abs(selisih)),
                jumlah_baris=len(nilai),
                tambahan=tambahan,
                **isian,
            )
        )


# one code at the start of a cell, maybe glued to the name in a narrow PDF column
# ("7.01.01.2.01.0001Penyusunan ..."); several codes run together are not one code
_KODE_AWAL = re.compile(r"^(\d{1,2}\.\d{2}\.\d{2}(?:\.\d\.\d{2}(?:\.\d{4}|\.\d{2})?)?)\.?(?=[^\d.]|$)")


def kode_baris(b: BarisTabel) -> str | None:
    """The program / kegiatan / sub kegiatan code a row starts with, if any."""
    for s in b.sel[:2]:
        m = _KODE_AWAL.match(s.strip())
        if m:
            return m.group(1)
    return None


def _jumlah_berkode(k: Konteks, tabel: Tabel, baris: list[tuple[BarisTabel, Uang]], kode: list[str | None]) -> None:
    """Rows carrying nomenclature codes: each row against the rows one level below it
    (program -> kegiatan -> sub kegiatan); a total against the top level."""
    def anak_dari(awalan: str | None, dari: int, sampai: int) -> list[Uang]:
        turunan = [(j, kode[j]) for j in range(dari, sampai)
                   if kode[j] and (awalan is None or kode[j].startswith(awalan + "."))]
        if not turunan:
            return []
        tingkat = min(c.count(".") for _, c in turunan)
        return [baris[j][1] for j, c in turunan if c.count(".") == tingkat]

    for i, (b, u) in enumerate(baris):
        if kode[i]:
            anak = anak_dari(kode[i], i + 1, len(baris))
            if anak and kode[i].count(".") == 2:
                _jumlahkan(k, tabel, u, anak, "RV-JML-02", program=nama_baris(tabel, b))
            elif anak:
                _jumlahkan(k, tabel, u, anak, "RV-JML-01", baris=f"\u201c{nama_baris(tabel, b)}\u201d")
    awal = 0
    for i, (b, u) in enumerate(baris):
        if baris_total(tabel, b):
            _jumlahkan(k, tabel, u, anak_dari(None, awal, i), "RV-JML-01", baris=f"\u201c{nama_baris(tabel, b)}\u201d")
            awal = i + 1


def _jumlah(k: Konteks, tabel: Tabel) -> None:
    if not kolom_uang(tabel):
        return
    baris = [(b, _uang(tabel, b)) for b in tabel.isi]
    kode = [kode_baris(b) for b, _ in baris]
    if sum(1 for x in kode if x) >= 2:
        # a coded table whose amounts are not all on coded rows (a PDF row whose code sits
        # on another line than its figures): the hierarchy cannot be known, nothing is summed
        if all(kd or not u.nilai or baris_total(tabel, b) for kd, (b, u) in zip(kode, baris)):
            _jumlah_berkode(k, tabel, baris, kode)
        return
    judul = [baris_judul_program(tabel, b) for b, _ in baris]
    # program rows against their kegiatan rows
    for i, (b, u) in enumerate(baris):
        if not judul[i]:
            continue
        anak = []
        for j in range(i + 1, len(baris)):
            bj, uj = baris[j]
            if label_program(tabel, bj) and label_program(tabel, bj).lower().startswith("program"):
                break
            if baris_total(tabel, bj):
                break
            anak.append(uj)
        if anak:
            _jumlahkan(k, tabel, u, anak, "RV-JML-02", program=label_program(tabel, b))
    # total rows against the rows above them
    awal = 0
    for i, (b, u) in enumerate(baris):
        if not baris_total(tabel, b):
            continue
        bagian = [(x, judul[n]) for n, x in enumerate(baris[awal:i], start=awal) if not baris_total(tabel, x[0])]
        if any(j for _, j in bagian):
            anak = [x[1] for x, j in bagian if j]
        else:
            anak = [x[1] for x, _ in bagian]
        _jumlahkan(k, tabel, u, anak, "RV-JML-01", baris=f"\u201c{nama_baris(tabel, b)}\u201d")
        awal = i + 1


def _ganda(k: Konteks, tabel: Tabel) -> None:
    """Two rows with the same amounts and nearly the same name (beyond RV-PRS-03)."""
    dilihat: list[tuple[str, Uang]] = []
    for b in tabel.isi:
        u = _uang(tabel, b)
        r = u.angka(REALISASI)
        nama = normal(nama_baris(tabel, b))
        if r and r > 0 and not baris_total(tabel, b) and not baris_judul_program(tabel, b):
            for nama_lain, lain in dilihat:
                if lain.angka(REALISASI) == r and difflib.SequenceMatcher(None, nama, nama_lain).ratio() >= 0.85:
                    k.tambah(
                        temuan(
                            "RV-JML-03",
                            lokasi_baris(tabel, b),
                            tertulis=u.nilai[REALISASI][0],
                            seharusnya="satu baris saja",
                            baris=f"\u201c{nama_baris(tabel, b)}\u201d",
                            asal=f"\u201c{nama_baris(tabel, lain.baris)}\u201d ({lain.baris.lokasi})",
                            nilai=f"realisasi {u.nilai[REALISASI][0]}",
                        )
                    )
                    break
            dilihat.append((nama, u))


def periksa(k: Konteks) -> None:
    for t in k.dok.tabel:
        _persen(k, t)
        _jumlah(k, t)
        _ganda(k, t)
