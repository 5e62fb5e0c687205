"""Indicators: IKU formulation and data source (RV-DAT-10), plausible realisasi
(RV-DAT-11), quarters against the annual value (RV-DAT-15, RV-DAT-24).

A realisasi is bounded by 100 % when the indicator is a *share*: its satuan is a
percent ("%", "Persen") and its name begins with "Persentase", "Proporsi" or
"Cakupan", without a word of change ("peningkatan", "pertumbuhan", "kenaikan",
"penurunan", "perubahan", "laju": a growth rate may exceed 100 %). A ratio
indicator named "Rasio ... terhadap jumlah ..." (part of a whole, e.g. desa maju
terhadap jumlah desa) cannot have a numerator above its denominator. A share is
never negative.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.berkas.renstra import Indikator
from sakip.core import format as fmt
from sakip.core.angka import Nilai, coba_nilai
from sakip.core.capaian import agregasi_realisasi
from sakip.core.exceptions import AngkaTidakSah, MasukanTidakSah
from sakip.reviu.data.konteks import Konteks

_AWAL_BAGIAN = ("persentase", "proporsi", "cakupan")
_KATA_PERUBAHAN = ("peningkatan", "pertumbuhan", "kenaikan", "penurunan", "perubahan", "laju")
_SATUAN_PERSEN = {"%", "persen", "persentase"}
_TW = ("tw1", "tw2", "tw3", "tw4")
_NAMA_TW = {"tw1": "TW I", "tw2": "TW II", "tw3": "TW III", "tw4": "TW IV"}
_SERATUS = Decimal(100)


def bagian_persen(ind: Indikator, satuan_nilai: str | None = None) -> bool:
    """Whether a percentage of this indicator is a share of a whole (at most 100 %).
    The percent may come from the indicator's satuan or from the value ("120 %")."""
    nama = ind.nama.casefold()
    if not nama.startswith(_AWAL_BAGIAN) or any(kata in nama for kata in _KATA_PERUBAHAN):
        return False
    return any((s or "").strip().casefold() in _SATUAN_PERSEN for s in (ind.satuan, satuan_nilai))


def bagian_rasio(ind: Indikator) -> bool:
    """Whether a ratio a:b of this indicator is a part of a whole (a <= b)."""
    nama = ind.nama.casefold()
    return nama.startswith("rasio") and "terhadap jumlah" in nama


def periksa(k: Konteks) -> None:
    _formulasi(k)
    indikator = {i.indikator.kode: i.indikator for i in k.berkas.semua_indikator()}
    for n, r in enumerate(k.berkas.realisasi):
        ind = indikator.get(r.indikator)
        if ind is None:
            continue
        nilai = [(("realisasi", n, "nilai"), r.nilai)]
        if r.triwulan is not None:
            nilai += [(("realisasi", n, "triwulan", tw), getattr(r.triwulan, tw)) for tw in _TW]
        for lokasi, teks in nilai:
            if teks is not None:
                _batas(k, ind, lokasi, teks)
        if r.nilai is not None and r.triwulan is not None and r.triwulan.terisi():
            _triwulan(k, ind, n, r.nilai, [getattr(r.triwulan, tw) for tw in _TW])


def _formulasi(k: Konteks) -> None:
    for i in k.iku():
        kurang = [nama for nama, isi in (("formulasi", i.indikator.formulasi), ("sumber_data", i.indikator.sumber_data))
                  if not (isi and isi.strip())]
        if kurang:
            k.tambah("RV-DAT-10", i.lokasi, tertulis="(kosong)", seharusnya=" dan ".join(kurang) + " diisi",
                     iku=i.indikator.kode, nama=i.indikator.nama, kurang=" dan ".join(kurang))


def _batas(k: Konteks, ind: Indikator, lokasi, teks: str) -> None:
    n = coba_nilai(teks)
    if n is None:
        return
    if n.jenis == "angka" and bagian_persen(ind, n.satuan):
        if n.angka > _SERATUS or n.angka < 0:
            k.tambah("RV-DAT-11", lokasi, tertulis=teks, seharusnya="0 sampai 100 %",
                     uraian=f"{ind.kode} '{ind.nama}' adalah bagian dari keseluruhan (persen), "
                            f"sehingga realisasi {teks} tidak mungkin; periksa pembilang dan penyebutnya.")
    elif n.jenis == "rasio" and bagian_rasio(ind) and n.pembilang > n.penyebut:
        k.tambah("RV-DAT-11", lokasi, tertulis=teks, seharusnya=f"pembilang paling besar {fmt.angka(n.penyebut, 0)}",
                 uraian=f"{ind.kode} '{ind.nama}' adalah bagian dari jumlah, sehingga pembilang "
                        f"{fmt.angka(n.pembilang, 0)} tidak mungkin melebihi penyebut {fmt.angka(n.penyebut, 0)}.")


def _triwulan(k: Konteks, ind: Indikator, n: int, tahunan: str, tw: list[str | None]) -> None:
    metode = ind.metode_agregasi
    perlu = ["tw4"] if metode == "nilai_akhir" else list(_TW)
    kosong = [_NAMA_TW[nama] for nama, v in zip(_TW, tw) if nama in perlu and v is None]
    lokasi = ("realisasi", n, "triwulan")
    if kosong:
        k.tambah("RV-DAT-24", lokasi, tertulis=tahunan, kosong=", ".join(kosong), metode=_metode(metode))
        return
    try:
        agregat = agregasi_realisasi(tw, metode)
        tulisan = coba_nilai(tahunan)
    except (MasukanTidakSah, AngkaTidakSah) as e:
        k.tambah("RV-DAT-15", lokasi, tertulis=tahunan, seharusnya="-", metode=_metode(metode), rumus=str(e))
        return
    if tulisan is None or agregat is None or _sama(tulisan, agregat):
        return
    hasil = _tampil(agregat, tulisan)
    k.tambah("RV-DAT-15", lokasi, tertulis=tahunan, seharusnya=hasil, metode=_metode(metode),
             rumus=f"{_rumus(metode, [v for v in tw if v is not None])} = {hasil}")


def _metode(metode: str) -> str:
    return metode.replace("_", " ")


def _sama(tulisan: Nilai, hitung: Nilai) -> bool:
    if tulisan.jenis == "angka" and hitung.jenis == "angka":
        desimal = max(0, -tulisan.angka.as_tuple().exponent)
        return fmt.bulatkan(hitung.angka, desimal) == tulisan.angka
    if tulisan.jenis == "rasio" and hitung.jenis == "rasio":
        return tulisan.pembilang * hitung.penyebut == hitung.pembilang * tulisan.penyebut
    return tulisan.teks.strip() == hitung.teks.strip()


def _tampil(hitung: Nilai, tulisan: Nilai) -> str:
    if hitung.jenis == "angka":
        desimal = max(2 if hitung.angka != hitung.angka.to_integral_value() else 0,
                      -tulisan.angka.as_tuple().exponent if tulisan.jenis == "angka" else 0)
        return fmt.angka(hitung.angka, desimal)
    return hitung.teks


def _rumus(metode: str, nilai: list[str]) -> str:
    if metode == "kumulatif":
        return " + ".join(nilai)
    if metode == "rata_rata":
        return f"({' + '.join(nilai)}) / {len(nilai)}"
    if metode == "rasio":
        return "jumlah pembilang : jumlah penyebut dari " + ", ".join(nilai)
    return f"{_NAMA_TW['tw4']} = {nilai[-1]}"
