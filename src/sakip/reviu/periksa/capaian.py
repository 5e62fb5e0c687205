"""Capaian against target and realisasi (RV-CAP-*), with the polarity that
would make a printed value right, and a stated 100 % capping rule."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal


from sakip.core import format as fmt
from sakip.core.angka import parse_angka
from sakip.core.capaian import hitung_capaian
from sakip.core.exceptions import AngkaTidakSah, MasukanTidakSah, ParameterTidakDitemukan
from sakip.reviu.aturan import temuan
from sakip.reviu.periksa.konteks import Konteks, banding, persen
from sakip.reviu.periksa.sel import CAPAIAN, EFISIENSI, REALISASI, TARGET, baca_nilai, desimal, kelompok_peran, lokasi_baris, nilai_peran

_CAPAIAN_KALIMAT = re.compile(r"(?:capaian|tercapai)[^.%]{0,60}?(?<![\d.,])(\d[\d.,]*)\s*%", re.IGNORECASE)
_ATURAN_BATAS = re.compile(r"lebih dari 100\s*%.{0,120}?(?:sebesar|menjadi|dianggap|ditetapkan|termasuk).{0,60}?100\s*%", re.IGNORECASE)


def _hitung(target, realisasi, polaritas: str, rumus: str | None, tahun: int):
    try:
        return hitung_capaian(target=target, realisasi=realisasi, polaritas=polaritas, rumus_negatif=rumus, tahun=tahun)
    except ParameterTidakDitemukan:
        # rules not yet in force for an old report: recompute with today's rules
        return hitung_capaian(target=target, realisasi=realisasi, polaritas=polaritas, rumus_negatif=rumus,
                              tahun=dt.date.today().year)


def aturan_batas(k: Konteks) -> str | None:
    """Where the document states 'capaian above 100 % counts as 100 %'."""
    for p in k.dok.paragraf:
        if _ATURAN_BATAS.search(p.teks):
            return str(p.lokasi)
    return None


def periksa(k: Konteks) -> None:
    periksa_kalimat(k)
    periksa_efisiensi(k)
    batas = aturan_batas(k)
    for t in k.dok.tabel:
        lebih: list[tuple[str, str]] = []
        for kel in kelompok_peran(t):
            if kel.jenis != "capaian":
                continue
            for b in t.isi:
                v = nilai_peran(t, b, kel)
                if v is None:
                    continue
                try:
                    tertulis = parse_angka(v[CAPAIAN])
                except AngkaTidakSah:
                    continue
                tn, rn = baca_nilai(v[TARGET]), baca_nilai(v[REALISASI])
                if tn is None or rn is None or tn.jenis == "kualitatif" or rn.jenis == "kualitatif":
                    continue
                lok = lokasi_baris(t, b)
                if batas and tertulis > 100:
                    lebih.append((v[CAPAIAN], str(b.lokasi)))
                try:
                    pos = _hitung(tn, rn, "positif", None, k.tahun)
                except MasukanTidakSah:
                    continue
                if pos.capaian is None:
                    if tn.jenis == "angka" and tn.angka == 0:
                        k.tambah(temuan("RV-CAP-04", lok, tertulis=v[CAPAIAN], seharusnya="tidak dapat dihitung (N/A)",
                                        target=v[TARGET]))
                    continue
                d = desimal(v[CAPAIAN])
                hasil = banding(tertulis, pos.capaian, d)
                if hasil == "cocok":
                    continue
                if hasil == "bawah":
                    k.tambah(temuan("RV-CAP-02", lok, tertulis=v[CAPAIAN], seharusnya=persen(pos.capaian, d), rumus=pos.rumus))
                    continue
                cocok_negatif = None
                for rumus, nama in (("2T-R", "(2T \u2212 R) / T"), ("T/R", "T / R")):
                    try:
                        neg = _hitung(tn, rn, "negatif", rumus, k.tahun)
                    except MasukanTidakSah:
                        continue
                    if neg.capaian is not None and banding(tertulis, neg.capaian, d) != "salah":
                        cocok_negatif = (neg, nama)
                        break
                if cocok_negatif:
                    neg, nama = cocok_negatif
                    k.tambah(temuan("RV-CAP-03", lok, tertulis=v[CAPAIAN], seharusnya=f"{persen(neg.capaian, d)} bila polaritas negatif; {persen(pos.capaian, d)} bila positif",
                                    rumus=neg.rumus, rumus_positif=pos.rumus, nama_rumus=nama))
                else:
                    seharusnya = persen(pos.capaian, d) + (f" ({persen(pos.capaian)})" if d < 2 else "")
                    k.tambah(temuan("RV-CAP-01", lok, tertulis=v[CAPAIAN], seharusnya=seharusnya, rumus=pos.rumus))
        if lebih:
            tertulis = ", ".join(dict.fromkeys(x for x, _ in lebih))
            k.tambah(temuan("RV-CAP-05", f"{t.nama}, {'; '.join(dict.fromkeys(l for _, l in lebih))}", tertulis=tertulis,
                            seharusnya="100 % (sesuai aturan yang dinyatakan) atau aturan itu dihapus", aturan_lokasi=batas))




def periksa_kalimat(k: Konteks) -> None:
    """Sentences that state a capaian above 100 % after the document capped it at 100 %."""
    batas = aturan_batas(k)
    if not batas:
        return
    for p in k.dok.paragraf:
        if _ATURAN_BATAS.search(p.teks):
            continue
        lebih = []
        for m in _CAPAIAN_KALIMAT.finditer(p.teks):
            try:
                if parse_angka(m.group(1)) > 100:
                    lebih.append(f"{m.group(1)}%")
            except AngkaTidakSah:
                continue
        if lebih:
            k.tambah(temuan("RV-CAP-05", f"{p.lokasi} (kalimat)", tertulis=", ".join(lebih),
                            seharusnya="100 % (sesuai aturan yang dinyatakan) atau aturan itu dihapus", aturan_lokasi=batas))


def periksa_efisiensi(k: Konteks) -> None:
    """Efficiency columns: % capaian / % realisasi anggaran at the printed precision
    (the capaian may be capped at 100 % first, as the Kalumpang LKj does)."""
    for t in k.dok.tabel:
        for kel in kelompok_peran(t):
            if kel.jenis != EFISIENSI:
                continue
            for b in t.isi:
                v = nilai_peran(t, b, kel)
                if v is None:
                    continue
                try:
                    c, r, e = (parse_angka(v[x]) for x in (CAPAIAN, REALISASI, EFISIENSI))
                except AngkaTidakSah:
                    continue
                if r == 0:
                    continue
                d = desimal(v[EFISIENSI])
                calon = [c / r, min(c, Decimal(100)) / r]
                if any(banding(e, x, d) != "salah" for x in calon):
                    continue
                k.tambah(temuan("RV-EFI-01", lokasi_baris(t, b), tertulis=v[EFISIENSI],
                                seharusnya=fmt.angka(calon[0], d), capaian=v[CAPAIAN], realisasi=v[REALISASI],
                                hitung=fmt.angka(calon[0], 4)))
