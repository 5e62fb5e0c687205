"""The content PermenPANRB 53/2014 asks of BAB III A for each IKU (RV-DAT-18..23):
last year's realisasi, the Renstra end target, a comparison with other offices or
the national standard (or a note that none exists), causes, solutions, and the
budget that makes an efficiency analysis possible."""

from __future__ import annotations

from decimal import Decimal

from sakip.berkas.model import BerkasData, IndikatorDiBerkas
from sakip.core.angka import coba_nilai
from sakip.core.capaian import hitung_capaian
from sakip.core.exceptions import SakipError
from sakip.reviu.data.konteks import Konteks


def periksa(k: Konteks) -> None:
    b = k.berkas
    akhir = b.renstra.periode.tahun_akhir
    pembanding = {p.indikator for p in b.pembanding.instansi_lain}
    pembanding |= {s.indikator for s in b.pembanding.standar_nasional if s.nilai or (s.catatan and s.catatan.strip())}
    mendukung = _mendukung(b)
    for i in k.iku():
        ind = i.indikator
        isian = dict(iku=ind.kode, nama=ind.nama)
        if b.nilai_realisasi(ind.kode, k.tahun - 1) is None:
            k.tambah("RV-DAT-18", i.lokasi, tertulis="(kosong)", seharusnya=f"realisasi tahun {k.tahun - 1}",
                     tahun=k.tahun - 1, **isian)
        if coba_nilai(ind.target_akhir) is None and coba_nilai(ind.target.get(akhir)) is None:
            k.tambah("RV-DAT-19", i.lokasi, tertulis="(kosong)", seharusnya="target_akhir diisi", tahun_akhir=akhir, **isian)
        if ind.kode not in pembanding:
            k.tambah("RV-DAT-20", ("pembanding",), tertulis="(tidak ada)",
                     seharusnya="nilai instansi lain, standar nasional, atau catatan 'belum tersedia'", **isian)
        uraian = _efisiensi(b, i, mendukung)
        if uraian:
            k.tambah("RV-DAT-23", i.lokasi, tertulis="-", seharusnya="sub kegiatan pendukung dengan pagu dan realisasi",
                     uraian=uraian, **isian)
    _penyebab(k)
    if not (b.narasi.solusi and b.narasi.solusi.strip()):
        k.tambah("RV-DAT-22", ("narasi", "solusi"), tertulis="(kosong)", seharusnya="narasi solusi diisi")


def _capaian(b: BerkasData, i: IndikatorDiBerkas, tahun: int) -> Decimal | None:
    ind = i.indikator
    target = b.target_pk(ind.kode) or ind.target.get(tahun)
    try:
        h = hitung_capaian(target=coba_nilai(target), realisasi=b.nilai_realisasi(ind.kode, tahun),
                           polaritas=ind.polaritas, rumus_negatif=ind.rumus_negatif, tahun=tahun)
    except SakipError:
        return None
    return h.capaian


def _penyebab(k: Konteks) -> None:
    """Success needs its causes written, and so does a shortfall."""
    capaian = {i.indikator.kode: _capaian(k.berkas, i, k.tahun) for i in k.iku()}
    berhasil = [kode for kode, c in capaian.items() if c is not None and c >= 100]
    gagal = [kode for kode, c in capaian.items() if c is not None and c < 100]
    narasi = k.berkas.narasi
    for kode_iku, bagian, kata in ((berhasil, "penyebab_keberhasilan", "mencapai"), (gagal, "penyebab_kegagalan", "belum mencapai")):
        teks = getattr(narasi, bagian)
        if kode_iku and not (teks and teks.strip()):
            k.tambah("RV-DAT-21", ("narasi", bagian), tertulis="(kosong)", seharusnya=f"narasi {bagian} diisi",
                     uraian=f"{', '.join(kode_iku)} {kata} target, tetapi narasi {bagian} kosong: "
                            "LKj tidak menjelaskan penyebabnya.")


def _mendukung(b: BerkasData) -> dict[str, set[str]]:
    """Sub kegiatan -> the codes it supports: its own ``mendukung``, else its
    kegiatan's, else its program's (the rule the LKj generator uses)."""
    return {sub.kode: set(sub.mendukung or kegiatan.mendukung or program.mendukung)
            for program, kegiatan, sub in b.semua_sub_kegiatan()}


def _efisiensi(b: BerkasData, i: IndikatorDiBerkas, mendukung: dict[str, set[str]]) -> str | None:
    kode = {i.indikator.kode, i.induk}
    sub = [s for s, dukung in mendukung.items() if dukung & kode]
    if not sub:
        return "tidak ada program, kegiatan atau sub kegiatan yang mendukungnya (isian mendukung)"
    ada = [a for s in sub if (a := b.anggaran_sub_kegiatan(s)) is not None and a.pagu > 0 and a.realisasi_total is not None]
    if not ada:
        return f"sub kegiatan pendukungnya ({', '.join(sub)}) tidak memiliki pagu dan realisasi anggaran"
    return None
