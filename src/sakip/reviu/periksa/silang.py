"""The same program / sub kegiatan with different amounts in different tables
or sentences (RV-SLG-01)."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sakip.core.angka import parse_angka
from sakip.core.exceptions import AngkaTidakSah
from sakip.reviu.aturan import temuan
from sakip.reviu.model import Tabel
from sakip.reviu.periksa.anggaran import _uang, baris_judul_program, baris_total, kode_baris, label_program
from sakip.reviu.periksa.kalimat import pernyataan_anggaran
from sakip.reviu.periksa.konteks import Konteks, banding, persen, rp
from sakip.reviu.periksa.sel import (
    ANGGARAN,
    CAPAIAN,
    EFISIENSI,
    REALISASI,
    TARGET,
    baca_angka,
    baca_nilai,
    daftar_kolom,
    desimal,
    kelompok_peran,
    kolom_uang,
    label_kolom,
    lokasi_baris,
    mirip_angka,
    nilai_kolom,
    nilai_peran,
    normal,
)


@dataclass
class Sebutan:
    """One place that states an amount for a named program / sub kegiatan."""

    jenis: str  # "Program" | "Sub kegiatan"
    nama: str
    peran: str
    nilai: Decimal
    tempat: str
    rincian: dict[str, Decimal] | None = None  # row name -> amount (for sums)
    kunci: str | None = None  # what identifies it across places; default: the normalised name

    @property
    def identitas(self) -> str:
        return self.kunci or normal(self.nama)


def _kolom_sub(tabel: Tabel) -> int | None:
    for i, l in enumerate(label_kolom(tabel)):
        if re.sub(r"\s+", " ", l.strip().lower()) == "sub kegiatan":
            return i
    return None


def _dari_tabel_berkode(tabel: Tabel) -> list[Sebutan] | None:
    """Amounts of program and sub kegiatan rows in a table with nomenclature codes
    (None when the table has no codes). A program with its name in its own cell is
    matched by name (to tables without codes); a sub kegiatan, or a name glued to its
    code in a narrow PDF cell (maybe cut at a line wrap), only by its code."""
    kode = [kode_baris(b) for b in tabel.isi]
    if sum(1 for x in kode if x) < 2:
        return None
    hasil = []
    for b, kd in zip(tabel.isi, kode):
        if not kd or kd.count(".") not in (2, 5):
            continue
        i = next(n for n, x in enumerate(b.sel) if x.strip().startswith(kd))
        nama = b.sel[i].strip()[len(kd):].strip(" .")
        menempel = bool(nama)
        if not nama and i + 1 < len(b.sel) and not mirip_angka(b.sel[i + 1]):
            nama = b.sel[i + 1].strip()
        program = kd.count(".") == 2
        kunci = None if program and not menempel else kd
        u = _uang(tabel, b)
        for peran in (ANGGARAN, REALISASI):
            v = u.angka(peran)
            if v is not None:
                hasil.append(Sebutan("Program" if program else "Sub kegiatan", f"{kd} {nama}".strip() if kunci else nama,
                                     peran, v, f"{tabel.nama} ({b.lokasi})", kunci=kunci))
    return hasil


def _dari_tabel(tabel: Tabel) -> list[Sebutan]:
    if not kolom_uang(tabel):
        return []
    berkode = _dari_tabel_berkode(tabel)
    if berkode is not None:
        return berkode
    hasil: list[Sebutan] = []
    sub = _kolom_sub(tabel) if tabel.susunan == "tab" else None
    program: str | None = None
    jumlah: dict[str, dict[str, Decimal]] = {}
    rincian: dict[str, dict[str, dict[str, Decimal]]] = {}
    tercetak: set[str] = set()
    for b in tabel.isi:
        if baris_total(tabel, b):
            continue
        u = _uang(tabel, b)
        prog = label_program(tabel, b)
        if prog:
            nomor_baru = bool(re.match(r"^\d+\.?$", b.sel[0].strip())) if tabel.susunan == "tab" else True
            if prog.lower().startswith("program") or program is None or nomor_baru:
                program = prog
                jumlah.setdefault(program, {})
            else:  # a wrapped program name continued after a page break
                baru = f"{program} {prog}"
                jumlah[baru] = jumlah.pop(program, {})
                rincian[baru] = rincian.pop(program, {})
                program = baru
        if baris_judul_program(tabel, b) and program:
            tercetak.add(program)
            for peran in (ANGGARAN, REALISASI):
                if u.angka(peran) is not None:
                    jumlah[program][peran] = u.angka(peran)
            continue
        nama_sub = b.sel[sub].strip() if sub is not None and sub < len(b.sel) else ""
        for peran in (ANGGARAN, REALISASI):
            v = u.angka(peran)
            if v is None:
                continue
            if nama_sub:
                hasil.append(Sebutan("Sub kegiatan", nama_sub, peran, v, f"{tabel.nama} ({b.lokasi})"))
            if program and program not in tercetak:
                jumlah[program][peran] = jumlah[program].get(peran, Decimal(0)) + v
                rincian.setdefault(program, {}).setdefault(peran, {})[nama_sub or str(b.lokasi)] = v
    for program, nilai in jumlah.items():
        for peran, v in nilai.items():
            r = rincian.get(program, {}).get(peran)
            tempat = tabel.nama if (r is None or len(r) == 1) else f"{tabel.nama} (jumlah {len(r)} baris)"
            hasil.append(Sebutan("Program", program, peran, v, tempat, r if r and len(r) > 1 else None))
    return hasil


def _dari_kalimat(k: Konteks) -> list[Sebutan]:
    hasil = []
    for p in pernyataan_anggaran(k):
        if not p.program:
            continue
        for peran, teks in ((ANGGARAN, p.anggaran), (REALISASI, p.realisasi)):
            try:
                hasil.append(Sebutan("Program", p.program, peran, parse_angka(teks), f"kalimat {p.lokasi}"))
            except AngkaTidakSah:
                continue
    return hasil


def _penjelasan(a: Sebutan, b: Sebutan) -> str:
    """' Selisihnya sama dengan ... ' when the difference is exactly one row of the sum."""
    for s, lain in ((a, b), (b, a)):
        if lain.rincian:
            for nama, v in lain.rincian.items():
                if v == s.nilai:
                    return f" {rp(s.nilai)} hanya sama dengan {nama} ({lain.tempat}), satu baris dari program itu."
    for s in (a, b):
        if s.rincian:
            selisih = abs(a.nilai - b.nilai)
            for nama, v in s.rincian.items():
                if v == selisih:
                    return f" Selisih {rp(selisih)} sama dengan {nama} ({s.tempat})."
    return ""


def _target_sub_kegiatan(tabel: Tabel) -> list[tuple[str, str, str]]:
    """(sub kegiatan, target as written, place) from tables with a Sub Kegiatan column."""
    sub = _kolom_sub(tabel) if tabel.susunan == "tab" else None
    if sub is None:
        return []
    target = [k for k in daftar_kolom(tabel) if k.peran == TARGET]
    hasil = []
    for b in tabel.isi:
        nama = b.sel[sub].strip() if sub < len(b.sel) else ""
        if not nama or baris_total(tabel, b):
            continue
        for kol in reversed(target):  # the figure column, not the indicator-name column
            teks = nilai_kolom(tabel, b, kol)
            n = baca_nilai(teks) if teks else None
            if n is not None and n.jenis in ("angka", "rasio"):
                hasil.append((nama, teks, f"{tabel.nama} ({b.lokasi})"))
                break
    return hasil


def _kunci_nilai(teks: str) -> tuple:
    n = baca_nilai(teks)
    if n.jenis == "rasio":
        return ("rasio", n.pembilang, n.penyebut)
    satuan = (n.satuan or "").lower().strip(". ")
    return ("angka", n.angka, "%" if satuan in ("%", "persen") else satuan)


def _kolom_bernama(tabel: Tabel, nama: str) -> int | None:
    for i, l in enumerate(label_kolom(tabel)):
        if re.sub(r"\s+", " ", l.strip().lower()) == nama:
            return i
    return None


def _kegiatan_sub(tabel: Tabel) -> list[tuple[str, str, str]]:
    """(sub kegiatan, the kegiatan it sits under, table) from tab tables with both columns."""
    sub, keg = _kolom_sub(tabel), _kolom_bernama(tabel, "kegiatan")
    if tabel.susunan != "tab" or sub is None or keg is None:
        return []
    hasil, kini = [], ""
    lebar = len(label_kolom(tabel))
    uang = [k.indeks for k in kolom_uang(tabel)]
    for b in tabel.isi:
        geser = any(i < len(b.sel) and b.sel[i].strip() and not mirip_angka(b.sel[i]) for i in uang)
        if len(b.sel) != lebar or geser:
            kini = ""  # a row out of line with its header (text in a money column): do not guess
            continue
        if b.sel[keg].strip():
            kini = b.sel[keg].strip()
        if b.sel[sub].strip() and kini and not baris_total(tabel, b):
            hasil.append((b.sel[sub].strip(), kini, tabel.nama))
    return hasil


def _periksa_kegiatan(k: Konteks) -> None:
    per_sub: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for t in k.dok.tabel:
        for sub, keg, tempat in _kegiatan_sub(t):
            per_sub[normal(sub)].append((sub, keg, tempat))
    dilaporkan: set[tuple[str, str]] = set()
    for daftar in per_sub.values():
        sub, a, tempat_a = daftar[0]
        for _, b, tempat_b in daftar[1:]:
            pasangan = (normal(a), normal(b))
            if pasangan in dilaporkan or difflib.SequenceMatcher(None, *pasangan).ratio() >= 0.95:
                continue  # the same name, or a spelling variant ("Ketentraman"/"Ketenteraman")
            dilaporkan.add(pasangan)
            k.tambah(temuan("RV-SLG-02", f"{tempat_a}; {tempat_b}", tertulis=b, seharusnya=f"{a} (atau sebaliknya), sesuai nomenklatur",
                            sub=sub, a=a, b=b, tempat_a=tempat_a, tempat_b=tempat_b))


_KATA_UMUM = {"dan", "di", "yang", "dalam", "atau", "ke", "dari", "untuk", "serta", "oleh", "pada"}


@lru_cache(maxsize=4096)
def _kata_penting(teks: str) -> tuple[str, ...]:
    return tuple(w for w in normal(teks).split() if w not in _KATA_UMUM)


@lru_cache(maxsize=65536)
def _kata_mirip(a: str, b: str) -> bool:
    """Two words equal up to an affix or a typo ('fasilitasi' ~ 'difasilitasi')."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > max(len(a), len(b)) / 3:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _liputan(sub: str, indikator: str) -> float:
    """Share of the sub kegiatan's words found (allowing affixes) in the indicator name."""
    ks, ki = _kata_penting(sub), _kata_penting(indikator)
    if not ks:
        return 0.0
    persis = set(ki)
    kurang = [w for w in ks if w not in persis]
    cocok = len(ks) - len(kurang) + sum(1 for w in kurang if any(_kata_mirip(w, v) for v in ki))
    return cocok / len(ks)


def _serapan_sub(k: Konteks) -> dict[str, tuple[str, Decimal, str]]:
    """Sub kegiatan -> (name, computed % realisasi anggaran, place) from budget tables."""
    hasil = {}
    for t in k.dok.tabel:
        sub = _kolom_sub(t) if t.susunan == "tab" else None
        if sub is None:
            continue
        for kel in kelompok_peran(t):
            if kel.jenis != ANGGARAN:
                continue
            for b in t.isi:
                v = nilai_peran(t, b, kel)
                nama = b.sel[sub].strip() if sub < len(b.sel) else ""
                if not v or not nama:
                    continue
                a, r = baca_angka(v[ANGGARAN]), baca_angka(v[REALISASI])
                if a and r is not None:
                    hasil.setdefault(normal(nama), (nama, r / a * 100, f"{t.nama} ({b.lokasi})"))
    return hasil


def _periksa_serapan_efisiensi(k: Konteks) -> None:
    """The % realisasi anggaran printed in an efficiency table against the budget table."""
    serapan = _serapan_sub(k)
    if not serapan:
        return
    cocok: list[tuple] = []
    for t in k.dok.tabel:
        if t.susunan != "tab":
            continue
        for kel in kelompok_peran(t):
            if kel.jenis != EFISIENSI:
                continue
            i_nama = kel.kolom[CAPAIAN].indeks - 1
            if i_nama < 0 or "indikator" not in label_kolom(t)[i_nama].lower():
                continue
            for b in t.isi:
                v = nilai_peran(t, b, kel)
                nama = b.sel[i_nama].strip() if i_nama < len(b.sel) else ""
                if not v or not nama:
                    continue
                calon = sorted(((_liputan(s[0], nama), s) for s in serapan.values()), key=lambda x: -x[0])
                if not calon or calon[0][0] < 0.85 or (len(calon) > 1 and calon[1][0] >= calon[0][0] - 0.05):
                    continue  # no sub kegiatan, or no single one, matches this indicator
                sub_nama, hitung, tempat = calon[0][1]
                try:
                    tertulis = parse_angka(v[REALISASI])
                except AngkaTidakSah:
                    continue
                cocok.append((t, b, v, sub_nama, hitung, tempat, tertulis))
    jumlah = defaultdict(int)
    for c in cocok:
        jumlah[c[3]] += 1
    for t, b, v, sub_nama, hitung, tempat, tertulis in cocok:
        d = desimal(v[REALISASI])
        if jumlah[sub_nama] > 1 or banding(tertulis, hitung, d) != "salah":
            continue  # two indicators on one sub kegiatan: ambiguous, not reported
        k.tambah(temuan("RV-SLG-01", lokasi_baris(t, b), tertulis=v[REALISASI],
                        seharusnya=f"{persen(hitung, d)} (dari {tempat})", jenis="Sub kegiatan", nama=sub_nama,
                        peran="realisasi anggaran (%)", lokasi_ini=t.nama, pembanding=persen(hitung),
                        lokasi_lain=tempat))


def _sama(a: str, b: str) -> bool:
    a, b = normal(a), normal(b)
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9


def _periksa_rincian(k: Konteks) -> None:
    """The same kegiatan listing different sub kegiatan in two budget tables."""
    tabel = [t for t in k.dok.tabel if kolom_uang(t) and _kegiatan_sub(t)]
    for n, ta in enumerate(tabel):
        for tb in tabel[n + 1:]:
            per_a, per_b = defaultdict(list), defaultdict(list)
            for sub, keg, _ in _kegiatan_sub(ta):
                per_a[keg].append(sub)
            for sub, keg, _ in _kegiatan_sub(tb):
                per_b[keg].append(sub)
            for keg_a, sub_a in per_a.items():
                keg_b = next((kb for kb in per_b if _sama(keg_a, kb)), None)
                if keg_b is None:
                    continue
                sub_b = per_b[keg_b]
                for ada, tidak, t_ada, t_tidak in ((sub_a, sub_b, ta, tb), (sub_b, sub_a, tb, ta)):
                    lebih = [s for s in ada if not any(_sama(s, x) for x in tidak)]
                    if lebih:
                        k.tambah(temuan("RV-SLG-03", f"{t_ada.nama}; {t_tidak.nama}", tertulis="; ".join(lebih),
                                        seharusnya="rincian sub kegiatan yang sama dengan DPA di kedua tabel",
                                        kegiatan=keg_a, ada=", ".join(lebih), tempat_ada=t_ada.nama, tempat_tidak=t_tidak.nama))


def _periksa_target(k: Konteks) -> None:
    per_nama: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for t in k.dok.tabel:
        for nama, teks, tempat in _target_sub_kegiatan(t):
            per_nama[normal(nama)].append((nama, teks, tempat))
    for daftar in per_nama.values():
        kunci = {_kunci_nilai(teks) for _, teks, _ in daftar}
        if len(kunci) < 2:
            continue
        acuan = daftar[0]
        for nama, teks, tempat in daftar[1:]:
            if _kunci_nilai(teks) == _kunci_nilai(acuan[1]):
                continue
            k.tambah(temuan("RV-SLG-01", tempat, tertulis=teks, seharusnya=f"{acuan[1]} (seperti di {acuan[2]}), atau sebaliknya",
                            jenis="Sub kegiatan", nama=nama, peran="target", lokasi_ini=tempat, pembanding=acuan[1],
                            lokasi_lain=acuan[2]))


def periksa(k: Konteks) -> None:
    _periksa_target(k)
    _periksa_rincian(k)
    _periksa_serapan_efisiensi(k)
    _periksa_kegiatan(k)
    sebutan: list[Sebutan] = []
    for t in k.dok.tabel:
        sebutan.extend(_dari_tabel(t))
    sebutan.extend(_dari_kalimat(k))
    kelompok: dict[tuple[str, str, str], list[Sebutan]] = defaultdict(list)
    for s in sebutan:
        kelompok[(s.jenis, s.identitas, s.peran)].append(s)
    for (jenis, _, peran), daftar in kelompok.items():
        nilai = {s.nilai for s in daftar}
        if len(nilai) < 2:
            continue
        # the value most places agree on is the reference; report each place that differs
        hitung = {v: sum(1 for s in daftar if s.nilai == v) for v in nilai}
        acuan_nilai = max(nilai, key=lambda v: (hitung[v], -min(i for i, s in enumerate(daftar) if s.nilai == v)))
        acuan = next(s for s in daftar if s.nilai == acuan_nilai)
        for s in daftar:
            if s.nilai == acuan_nilai:
                continue
            if hitung[acuan_nilai] > 1:
                seharusnya = f"{rp(acuan.nilai)} (seperti di {acuan.tempat})"
            else:  # one place against one: neither is the reference
                seharusnya = f"{rp(acuan.nilai)} (seperti di {acuan.tempat}), atau sebaliknya; periksa DPA"
            k.tambah(temuan("RV-SLG-01", s.tempat, tertulis=rp(s.nilai), seharusnya=seharusnya,
                            jenis=jenis, nama=re.sub(r"(?i)^program\s+", "", s.nama), peran=peran, lokasi_ini=s.tempat, pembanding=rp(acuan.nilai),
                            lokasi_lain=acuan.tempat, tambahan=_penjelasan(s, acuan)))
