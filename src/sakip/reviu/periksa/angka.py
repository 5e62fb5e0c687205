"""RV-ANG-01: figures that the one number parser refuses (``133.825.00,00``)."""

from __future__ import annotations

import re

from sakip.core import format as fmt
from sakip.core.angka import parse_angka, parse_nilai
from sakip.core.exceptions import AngkaTidakSah
from sakip.reviu.aturan import temuan
from sakip.reviu.baca.tata_letak import kode_nomenklatur
from sakip.reviu.periksa.konteks import Konteks
from sakip.reviu.periksa.sel import lokasi_baris, mirip_angka

_KODE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){2,3}\.?$")  # indicator / nomenclature codes
_RUPIAH_KALIMAT = re.compile(r"Rp\.?\s*\d[\d.,]*\d(?:,-)?", re.IGNORECASE)


def _usul(teks: str) -> str:
    """The likely intended figure: '2.807.870.000.00' -> '2.807.870.000,00'."""
    inti = re.sub(r"^rp\.?\s*", "", teks.strip(), flags=re.IGNORECASE).removesuffix(",-")
    m = re.fullmatch(r"([\d.]+)\.(\d{2})", inti)
    if m:
        calon = f"{m.group(1)},{m.group(2)}"
        try:
            return fmt.rupiah(parse_angka(calon), sen=True)
        except AngkaTidakSah:
            pass
    if re.fullmatch(r"0+,0+", inti):
        return "0,00"
    return ""


def _dari_dokumen(k: Konteks, teks: str) -> str:
    """A figure elsewhere in the document with the same digits ('10.924024.550' -> '10.924.024.550')."""
    digit = re.sub(r"\D", "", re.sub(r",-$|,00$", "", teks.strip()))
    if len(digit) < 5:
        return ""
    for t in k.dok.tabel:
        for b in t.isi:
            for s in b.sel:
                if mirip_angka(s) and re.sub(r"\D", "", re.sub(r",-$|,00$", "", s.strip())) == digit and s != teks:
                    try:
                        return fmt.rupiah(parse_angka(s))
                    except AngkaTidakSah:
                        continue
    return ""


def _akhir_kalimat(teks: str) -> bool:
    """'3.397.085.593.' in a cell of sentences: a sound figure ending the sentence."""
    inti = teks.strip()
    if not inti.endswith(".") or inti.endswith(".."):
        return False
    try:
        parse_nilai(inti[:-1])
    except AngkaTidakSah:
        return False
    return True


def periksa(k: Konteks) -> None:
    for t in k.dok.tabel:
        for b in t.isi:
            for s in b.sel:
                if not mirip_angka(s) or not re.search(r"[.,]", s) or _KODE.match(s.strip()) or kode_nomenklatur(s):
                    continue  # digits alone ('001' of a NIP) or a code ('3.10.4') are not malformed figures
                if _akhir_kalimat(s):
                    continue
                try:
                    parse_nilai(s)
                except AngkaTidakSah as e:
                    tersirat = k.tersirat.get((id(b), s))
                    if tersirat is not None:
                        usul = f"{fmt.rupiah(tersirat, sen=True)} (dari jumlah pada tabel)"
                    else:
                        usul = _usul(s)
                        usul = f"kemungkinan {usul}" if usul else "angka yang dapat dibaca"
                    k.tambah(temuan("RV-ANG-01", lokasi_baris(t, b), tertulis=s, seharusnya=usul, alasan=e.alasan))
    for p in k.dok.paragraf:
        for m in _RUPIAH_KALIMAT.finditer(p.teks):
            try:
                parse_angka(m.group(0))
            except AngkaTidakSah as e:
                usul = _usul(m.group(0)) or _dari_dokumen(k, re.sub(r"^Rp\.?\s*", "", m.group(0)))
                k.tambah(
                    temuan(
                        "RV-ANG-01",
                        f"{p.lokasi} (kalimat)",
                        tertulis=m.group(0),
                        seharusnya=f"kemungkinan {usul}" if usul else "angka yang dapat dibaca",
                        alasan=e.alasan,
                    )
                )
