"""Numbering of tables and figures: repeats, gaps, DAFTAR TABEL/GAMBAR (RV-NOM-*)."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict

from sakip.reviu.aturan import temuan
from sakip.reviu.periksa.konteks import Konteks


def _kunci(nomor: str) -> tuple[int, ...]:
    """'3.7' -> (3, 7); an appendix number ('L1.2') has no place in the chapter sequence: ()."""
    if not re.fullmatch(r"[\d.]+", nomor):
        return ()
    return tuple(int(x) for x in nomor.split(".") if x)


def _kata(teks: str) -> set[str]:
    teks = re.sub(r"^(tabel|gambar)\s+[\d.]+", "", teks.lower())
    return set(re.findall(r"[a-z0-9]+", teks))


def _mirip(daftar: str, judul: str) -> bool:
    """Most words of the list entry appear (allowing typos) in the caption."""
    ka, kb = _kata(daftar), _kata(judul)
    if not ka or not kb:
        return True
    cocok = sum(1 for a in ka if any(a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8 for b in kb))
    return cocok / len(ka) >= 0.5


def periksa(k: Konteks) -> None:
    periksa_urutan(k)
    dok = k.dok
    per_nomor = defaultdict(list)
    for ket in dok.keterangan:
        per_nomor[(ket.jenis, ket.nomor)].append(ket)
    for (jenis, nomor), daftar in per_nomor.items():
        if len(daftar) > 1:
            lokasi = "; ".join(str(x.lokasi) for x in daftar)
            k.tambah(temuan("RV-NOM-01", lokasi, tertulis=f"{jenis.title()} {nomor} ({len(daftar)} kali)",
                            seharusnya="nomor urut yang berbeda untuk tiap " + jenis,
                            jenis=jenis.title(), nomor=nomor, kali=len(daftar), lokasi_semua=lokasi))
    # gaps within a chapter
    for jenis in ("tabel", "gambar"):
        per_bab = defaultdict(set)
        for ket in dok.keterangan:
            if ket.jenis == jenis and len(_kunci(ket.nomor)) == 2:
                bab, urut = _kunci(ket.nomor)
                per_bab[bab].add(urut)
        for bab, urut in sorted(per_bab.items()):
            urut = sorted(urut)
            for a, b in zip(urut, urut[1:]):
                if b - a > 1:
                    hilang = ", ".join(f"{bab}.{x}" for x in range(a + 1, b))
                    k.tambah(temuan("RV-NOM-02", f"{jenis.title()} {bab}.{a} \u2192 {bab}.{b}",
                                    tertulis=f"{jenis.title()} {bab}.{a}, {jenis.title()} {bab}.{b}",
                                    seharusnya=f"{jenis.title()} {bab}.{a + 1}", jenis=jenis, dari=f"{bab}.{a}",
                                    ke=f"{bab}.{b}", hilang=hilang))
    # DAFTAR TABEL / DAFTAR GAMBAR against the captions
    for jenis in ("tabel", "gambar"):
        daftar = [d for d in dok.daftar if d.jenis == jenis]
        if not daftar:
            continue
        nama = "Daftar Tabel" if jenis == "tabel" else "Daftar Gambar"
        judul_tabel = defaultdict(list)
        for t in dok.tabel:
            if t.nomor:
                judul_tabel[t.nomor].append(t.judul)
        isi = defaultdict(list)
        for ket in dok.keterangan:
            if ket.jenis == jenis:
                isi[ket.nomor].append(ket)
        for d in daftar:
            if d.nomor not in isi:
                k.tambah(temuan("RV-NOM-03", str(d.lokasi), tertulis=d.teks, seharusnya=f"{jenis} itu ada di isi, atau dihapus dari {nama}",
                                uraian=f"{d.teks} tercantum di {nama} tetapi tidak ada di isi laporan."))
            elif jenis == "tabel" and not any(_mirip(d.teks, x) for x in judul_tabel.get(d.nomor, []) + [x.teks for x in isi[d.nomor]]):
                x = isi[d.nomor][0]
                k.tambah(temuan("RV-NOM-03", f"{d.lokasi}; {x.lokasi}", tertulis=d.teks, seharusnya=x.teks,
                                uraian=f"Judul di {nama} ({d.teks!r}) berbeda dengan judul di isi ({x.teks!r})."))
        tercantum = {d.nomor for d in daftar}
        tidak = [n for n in sorted(isi, key=lambda n: (_kunci(n), n)) if n not in tercantum]
        if tidak:
            teks = ", ".join(f"{jenis.title()} {n}" for n in tidak)
            k.tambah(temuan("RV-NOM-03", "; ".join(str(isi[n][0].lokasi) for n in tidak), tertulis=teks,
                            seharusnya=f"tercantum di {nama}", uraian=f"{teks} ada di isi laporan tetapi tidak tercantum di {nama}."))
    for ket in dok.keterangan:
        if ket.jenis == "gambar" and not ket.berjudul:
            k.tambah(temuan("RV-NOM-04", str(ket.lokasi), tertulis=ket.teks, seharusnya=f"{ket.teks} dengan judul",
                            jenis="Gambar", nomor=ket.nomor))


def periksa_urutan(k: Konteks) -> None:
    """Row numbers repeated inside a table, and list page numbers going backwards."""
    for t in k.dok.tabel:
        if t.susunan != "tab":
            continue
        nomor = [(b, b.sel[0].strip().rstrip(".")) for b in t.isi if b.sel and re.fullmatch(r"\d{1,3}\.?", b.sel[0].strip())]
        if len(nomor) < 3:
            continue
        dilihat: dict[str, object] = {}
        for b, n in nomor:
            if n in dilihat:
                k.tambah(temuan("RV-NOM-05", f"{t.nama}, {dilihat[n]}; {b.lokasi}", tertulis=b.sel[0].strip(),
                                seharusnya=str(int(n) + 1) if n.isdigit() else "", nomor=n))
            dilihat[n] = b.lokasi
    for jenis, nama in (("tabel", "Daftar Tabel"), ("gambar", "Daftar Gambar")):
        daftar = [d for d in k.dok.daftar if d.jenis == jenis and d.halaman]
        for sebelum, ini in zip(daftar, daftar[1:]):
            if int(ini.halaman) < int(sebelum.halaman):
                k.tambah(temuan("RV-NOM-06", str(ini.lokasi), tertulis=f"{ini.teks} hlm. {ini.halaman}",
                                seharusnya=f"hlm. {sebelum.halaman} atau sesudahnya", nama=nama,
                                ini=f"{jenis.title()} {ini.nomor}", hlm_ini=ini.halaman,
                                sebelum=f"{jenis.title()} {sebelum.nomor}", hlm_sebelum=sebelum.halaman))
