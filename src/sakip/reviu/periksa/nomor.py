"""Numbering of tables and figures: repeats, gaps, DAFTAR TABEL/GAMBAR (RV-NOM-*)."""

from __future__ import annotations

import re
from collections import defaultdict

from sakip.reviu.aturan import temuan
from sakip.reviu.periksa.konteks import Konteks


def _kunci(nomor: str) -> tuple[int, ...]:
    return tuple(int(x) for x in nomor.split(".") if x)


def _kata(teks: str) -> set[str]:
    teks = re.sub(r"^(tabel|gambar)\s+[\d.]+", "", teks.lower())
    return set(re.findall(r"[a-z0-9]+", teks))


def _mirip(a: str, b: str) -> bool:
    ka, kb = _kata(a), _kata(b)
    if not ka or not kb:
        return True
    return len(ka & kb) / len(ka | kb) >= 0.3


def periksa(k: Konteks) -> None:
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
        isi = defaultdict(list)
        for ket in dok.keterangan:
            if ket.jenis == jenis:
                isi[ket.nomor].append(ket)
        for d in daftar:
            if d.nomor not in isi:
                k.tambah(temuan("RV-NOM-03", str(d.lokasi), tertulis=d.teks, seharusnya=f"{jenis} itu ada di isi, atau dihapus dari {nama}",
                                uraian=f"{d.teks} tercantum di {nama} tetapi tidak ada di isi laporan."))
            elif jenis == "tabel" and not any(_mirip(d.teks, x.teks) for x in isi[d.nomor]):
                x = isi[d.nomor][0]
                k.tambah(temuan("RV-NOM-03", f"{d.lokasi}; {x.lokasi}", tertulis=d.teks, seharusnya=x.teks,
                                uraian=f"Judul di {nama} ({d.teks!r}) berbeda dengan judul di isi ({x.teks!r})."))
        tercantum = {d.nomor for d in daftar}
        tidak = [n for n in sorted(isi, key=_kunci) if n not in tercantum]
        if tidak:
            teks = ", ".join(f"{jenis.title()} {n}" for n in tidak)
            k.tambah(temuan("RV-NOM-03", "; ".join(str(isi[n][0].lokasi) for n in tidak), tertulis=teks,
                            seharusnya=f"tercantum di {nama}", uraian=f"{teks} ada di isi laporan tetapi tidak tercantum di {nama}."))
    for ket in dok.keterangan:
        if ket.jenis == "gambar" and not ket.berjudul:
            k.tambah(temuan("RV-NOM-04", str(ket.lokasi), tertulis=ket.teks, seharusnya=f"{ket.teks} dengan judul",
                            jenis="Gambar", nomor=ket.nomor))
