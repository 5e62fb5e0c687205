"""The warnings of :func:`sakip.berkas.periksa` as reviu findings, each with its own
kode and tingkat (one place decides; no check is written twice)."""

from __future__ import annotations

import re

from sakip.berkas import periksa as peringatan_berkas
from sakip.berkas.pk import kode_alasan_perubahan
from sakip.reviu.data.konteks import Konteks, huruf_awal

KODE_PERINGATAN: dict[str, str] = {
    "pk_target_beda_renstra": "RV-DAT-01",
    "pk_tanpa_alasan": "RV-DAT-04",
    "pk_anggaran_beda_pagu": "RV-DAT-06",
    "pk_terlambat": "RV-DAT-07",
    "iku_tanpa_target": "RV-DAT-09",
    "iku_tanpa_realisasi": "RV-DAT-09",
    "realisasi_melebihi_pagu": "RV-DAT-12",
    "realisasi_pagu_nol": "RV-DAT-13",
    "pagu_nol": "RV-DAT-14",
    "triwulan_beda_tahunan": "RV-DAT-16",
}
"""Every kind of :data:`sakip.berkas.periksa.JENIS_PERINGATAN` -> its reviu check."""

# the warnings put the reference value last, in parentheses: "(2:9)", "(batas 2023-02-28)"
_ACUAN = re.compile(r"\s*\(([^()]*)\)$")


def periksa(k: Konteks) -> None:
    for p in peringatan_berkas(k.berkas, k.baris):
        m = _ACUAN.search(p.pesan)
        seharusnya = m.group(1) if m else ""
        if seharusnya.startswith("batas "):
            seharusnya = "paling lambat " + seharusnya[len("batas "):]
        tertulis, uraian = p.nilai or "", huruf_awal(p.pesan) + "."
        if p.jenis.startswith("iku_"):  # the value is the indicator's kode: nothing was written
            tertulis, seharusnya = "(kosong)", f"diisi untuk tahun {k.tahun}"
            uraian = uraian.replace("IKU '", f"IKU {p.nilai} '", 1)
        elif p.jenis == "pk_tanpa_alasan":
            tertulis, seharusnya = "(kosong)", " / ".join(kode_alasan_perubahan())
        k.tambah(KODE_PERINGATAN[p.jenis], p.lokasi, baris=p.baris, uraian=uraian,
                 tertulis=tertulis, seharusnya=seharusnya)
