"""The IKM indicator's realisasi against the survey answers (RV-DAT-17).

The data file has no place for survey answers; ``sakip reviu BERKAS --survei
jawaban.csv`` gives them. The IKM is computed by :mod:`sakip.core.ikm` from the
counts :mod:`sakip.io.survei` reads (PermenPANRB 14/2017 method), for the
reporting year of the file.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from sakip.core import format as fmt
from sakip.core import ikm
from sakip.core.ikm import HasilIKM
from sakip.reviu.data.konteks import Konteks

_IKM = re.compile(r"indeks kepuasan masyarakat|\bikm\b", re.IGNORECASE)


def hitung_survei(path: Path, *, tahun: int, versi: str = "2017") -> HasilIKM:
    """IKM of a survey file (one row per respondent, columns U1..U9).

    Raises :class:`sakip.io.tabel.BerkasTidakSah` listing every bad cell."""
    from sakip.io.survei import rekap_survei

    unsur = ikm.daftar_unsur(versi=versi, tahun=tahun)
    rekap = rekap_survei(path, kode_unsur=[u.kode for u in unsur], skala=ikm.skala_jawaban(versi=versi, tahun=tahun))
    jumlah = {kode: ikm.JumlahUnsur(jumlah_nilai=s, jumlah_terisi=n) for kode, (s, n) in rekap.jumlah.items()}
    return ikm.hitung_ikm(jumlah, responden=rekap.responden, tahun=tahun, versi=versi)


def periksa(k: Konteks, survei: HasilIKM, nama_berkas: str) -> None:
    indikator = [i for i in k.berkas.semua_indikator() if _IKM.search(i.indikator.nama)]
    asal = f"survei {nama_berkas}, {survei.responden} responden"
    if not indikator:
        k.tambah("RV-DAT-17", ("renstra",), tingkat="catatan", tertulis="(tidak ada)", seharusnya="indikator IKM",
                 uraian=f"Hasil survei diberikan ({asal}), tetapi berkas tidak memiliki indikator Indeks Kepuasan Masyarakat.")
        return
    for i in indikator:
        ind = i.indikator
        r = k.berkas.realisasi_indikator(ind.kode)
        lokasi = (("realisasi", next(n for n, x in enumerate(k.berkas.realisasi) if x is r), "nilai")
                  if r is not None else i.lokasi)
        if survei.ikm is None:
            k.tambah("RV-DAT-17", lokasi, tingkat="peringatan", tertulis=r.nilai if r and r.nilai else "(kosong)",
                     seharusnya="-", uraian=f"IKM dari {asal} tidak dapat dihitung: {survei.alasan}")
            continue
        nilai = k.berkas.nilai_realisasi(ind.kode)
        if nilai is None or nilai.jenis != "angka":
            k.tambah("RV-DAT-17", lokasi, tertulis=nilai.teks if nilai else "(kosong)", seharusnya=fmt.angka(survei.ikm),
                     uraian=f"Realisasi {ind.kode} '{ind.nama}' tahun {k.tahun} belum berupa angka, "
                            f"sedangkan {asal} memberi IKM {fmt.angka(survei.ikm)}.")
            continue
        desimal = max(0, -nilai.angka.as_tuple().exponent)
        tepat = Decimal(survei.ikm_tepat.numerator) / Decimal(survei.ikm_tepat.denominator)
        hitung = survei.ikm if desimal >= 2 else fmt.bulatkan(tepat, desimal)
        if hitung != nilai.angka:
            k.tambah("RV-DAT-17", lokasi, tertulis=nilai.teks, seharusnya=fmt.angka(hitung, min(desimal, 2)),
                     uraian=f"Realisasi {ind.kode} '{ind.nama}' tahun {k.tahun} tertulis {nilai.teks}, "
                            f"sedangkan {asal} memberi IKM {fmt.angka(survei.ikm)} ({survei.rumus}).")
