"""The Perjanjian Kinerja against the IKU and its own history (RV-DAT-02, 03, 05, 08).

Targets against the Renstra, the programme budget, a missing reason and a late
signature are warnings of :mod:`sakip.berkas.periksa` (see :mod:`.bungkus`).
"""

from __future__ import annotations

import datetime as dt

from sakip.berkas import nilai_sama
from sakip.berkas.dasar import tulis_rupiah
from sakip.berkas.pk import PARAMETER_PK, PerjanjianKinerja
from sakip.core import format as fmt
from sakip.core import parameter
from sakip.reviu.data.konteks import Konteks


def _ketentuan(tanggal: dt.date) -> dict:
    """The PK rules in force on ``tanggal`` (the oldest version for an earlier date)."""
    p = parameter.parameter(PARAMETER_PK)
    return (p.riwayat[0] if tanggal < p.riwayat[0].berlaku_sejak else p.pada(tanggal)).nilai


def periksa(k: Konteks) -> None:
    pk_semua = k.berkas.perjanjian_kinerja
    if not pk_semua:
        k.tambah("RV-DAT-02", ("perjanjian_kinerja",), tingkat="kesalahan", tertulis="(kosong)",
                 seharusnya="PK murni dan/atau perubahan",
                 uraian="Berkas tidak memuat Perjanjian Kinerja; capaian tidak dapat diukur terhadap target yang diperjanjikan.")
        return
    _iku_di_pk(k)
    urut = sorted(enumerate(pk_semua), key=lambda x: x[1].nomor_urut)
    for (_, lama), (n, baru) in zip(urut, urut[1:]):
        _perubahan(k, n, lama, baru)
    for n, pk in enumerate(pk_semua):
        _alasan(k, n, pk)
        if pk.jenis == "murni" and pk.tanggal_dpa is None:
            batas = _ketentuan(pk.tanggal)["batas_bulan_setelah_dpa"]
            k.tambah("RV-DAT-08", ("perjanjian_kinerja", n), tertulis="(kosong)",
                     seharusnya="tanggal pengesahan DPA", batas=batas)


def _iku_di_pk(k: Konteks) -> None:
    pk = k.berkas.pk_berlaku()
    n = next(i for i, x in enumerate(k.berkas.perjanjian_kinerja) if x is pk)
    ada = {b.indikator for b in pk.sasaran}
    for i in k.iku():
        if i.indikator.kode not in ada:
            k.tambah("RV-DAT-02", ("perjanjian_kinerja", n, "sasaran"), tertulis="(tidak ada)",
                     seharusnya=f"{i.indikator.kode} dengan targetnya",
                     uraian=f"IKU {i.indikator.kode} '{i.indikator.nama}' tidak tercantum dalam {_nama(pk)} yang berlaku.")


def _nama(pk: PerjanjianKinerja) -> str:
    return "PK murni" if pk.jenis == "murni" else f"PK perubahan ke-{pk.nomor_urut}"


def _perubahan(k: Konteks, n: int, lama: PerjanjianKinerja, baru: PerjanjianKinerja) -> None:
    """What a PK version changed against the version before it."""
    target_lama = {b.indikator: b.target for b in lama.sasaran}
    target_baru = {b.indikator: b.target for b in baru.sasaran}
    ubah = [f"target {kode} {target_lama[kode]} menjadi {t}" for kode, t in target_baru.items()
            if kode in target_lama and not nilai_sama(target_lama[kode], t)]
    ubah += [f"indikator {kode} ditambahkan" for kode in target_baru if kode not in target_lama]
    ubah += [f"indikator {kode} dihapus" for kode in target_lama if kode not in target_baru]
    catatan = []
    if lama.program and baru.program:
        ang_lama = {p.program: p.anggaran for p in lama.program}
        ubah += [f"anggaran program {p.program} {tulis_rupiah(ang_lama[p.program])} menjadi {tulis_rupiah(p.anggaran)}"
                 for p in baru.program if p.program in ang_lama and ang_lama[p.program] != p.anggaran]
    elif baru.program:
        catatan.append(f"anggaran program {_nama(lama)} tidak dicatat, sehingga perubahan anggaran tidak dapat dibandingkan")
    if lama.pihak_pertama.nama != baru.pihak_pertama.nama:
        ubah.append(f"pihak pertama {lama.pihak_pertama.nama} menjadi {baru.pihak_pertama.nama}")
    uraian = "; ".join(ubah) if ubah else "tidak ada target atau indikator yang berubah"
    if catatan:
        uraian += "; " + "; ".join(catatan)
    alasan = f"alasan: {baru.alasan_perubahan}" if baru.alasan_perubahan else "alasan perubahan tidak diisi"
    k.tambah("RV-DAT-03", ("perjanjian_kinerja", n), versi=f"{_nama(baru)} ({fmt.tanggal(baru.tanggal)})",
             pembanding=_nama(lama), uraian=f"{uraian} ({alasan}).")


def _alasan(k: Konteks, n: int, pk: PerjanjianKinerja) -> None:
    """The reason must be one allowed on the day the PK was signed (dated parameter)."""
    if pk.alasan_perubahan is None:
        return
    berlaku = _ketentuan(pk.tanggal)["alasan_perubahan"]
    pilihan = [a["kode"] for a in berlaku]
    if pk.alasan_perubahan not in pilihan:
        k.tambah("RV-DAT-05", ("perjanjian_kinerja", n, "alasan_perubahan"), tertulis=pk.alasan_perubahan,
                 seharusnya=" / ".join(pilihan), tanggal=fmt.tanggal(pk.tanggal),
                 pilihan="; ".join(f"{a['kode']} ({a['uraian']})" for a in berlaku))
