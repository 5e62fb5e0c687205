"""Every check on a read document, in a fixed order."""

from __future__ import annotations

import datetime as dt

from sakip.reviu.aturan import temuan
from sakip.reviu.model import Dokumen, Temuan
from sakip.reviu.periksa import anggaran, angka, capaian, kalimat, nomor, silang
from sakip.reviu.periksa.konteks import Konteks, tahun_dokumen

# anggaran runs before angka: totals imply the value of a malformed cell
PEMERIKSA = (anggaran, angka, capaian, kalimat, silang, nomor)


def periksa_dokumen(dok: Dokumen) -> list[Temuan]:
    k = Konteks(dok=dok, tahun=tahun_dokumen(dok, dt.date.today().year))
    for lokasi, uraian in dok.masalah_baca:
        k.tambah(temuan("RV-BAC-01", str(lokasi), uraian=uraian[:1].upper() + uraian[1:] + "; periksa manual."))
    for modul in PEMERIKSA:
        try:
            modul.periksa(k)
        except Exception as exc:  # a check that trips on odd input must not stop the reviu
            k.tambah(temuan("RV-BAC-01", "-", uraian=f"Pemeriksaan {modul.__name__.rsplit('.', 1)[-1]} tidak selesai ({exc.__class__.__name__}: {exc}); periksa manual."))
    return k.temuan
