"""The per-office-year summary behind both dashboards, built once from :func:`sakip.laporan.analisis`.

Nothing here computes a capaian or a serapan: every figure is read from the
analysis (which calls ``sakip.core``) and stored as text (``Decimal`` as str) in
a JSON document, so a dashboard request only reads one row. Roll-up inputs
(Σ pagu, Σ realisasi, counts per kategori) are kept as *parts*, so the Pemda
view divides sums and never averages percentages.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.core.anggaran import rekap, serapan
from sakip.core.capaian import HasilCapaian, hitung_capaian
from sakip.laporan.analisis import Analisis, AnalisisIndikator, nilai_angka

SKEMA = 1
"""Bump when the shape or the content of the summary changes: every stored summary is rebuilt."""

TW = ("tw1", "tw2", "tw3", "tw4")


def _s(x: Decimal | None) -> str | None:
    return None if x is None else str(x)


def capaian_data(c: HasilCapaian) -> dict:
    """A capaian result as JSON (the dashboards' and the API's shape)."""
    return {
        "status": str(c.status), "capaian": _s(c.capaian), "dibatasi": _s(c.capaian_dibatasi),
        "kategori": c.kategori, "warna": c.kode_warna, "alasan": c.alasan, "rumus": c.rumus,
    }


def _triwulan(a: AnalisisIndikator, pk, tahun: int) -> list[dict] | None:
    """Target and realisasi per quarter and their capaian (``None`` when the file has no quarterly data)."""
    baris_pk = next((x for x in pk.sasaran if x.indikator == a.kode), None) if pk else None
    target = baris_pk.target_triwulan.model_dump() if baris_pk and baris_pk.target_triwulan else {}
    r = a.data_realisasi.triwulan.model_dump() if a.data_realisasi and a.data_realisasi.triwulan else {}
    if not any(target.values()) and not any(r.values()):
        return None
    hasil = []
    for tw in TW:
        t, n = target.get(tw), r.get(tw)
        c = hitung_capaian(target=t, realisasi=n, polaritas=a.indikator.polaritas,
                           rumus_negatif=a.indikator.rumus_negatif, tahun=tahun)
        hasil.append({"target": t, "realisasi": n, "capaian": capaian_data(c)})
    return hasil


def _iku(a: AnalisisIndikator, pk, tahun: int) -> dict:
    return {
        "kode": a.kode, "nama": a.indikator.nama, "satuan": a.indikator.satuan,
        "target": a.target, "sumber_target": a.sumber_target, "realisasi": a.realisasi,
        "capaian": capaian_data(a.capaian),
        "riwayat": [
            {"tahun": n.tahun, "target": n.target, "realisasi": n.realisasi,
             "target_angka": _s(nilai_angka(n.target)), "realisasi_angka": _s(nilai_angka(n.realisasi))}
            for n in a.riwayat
        ],
        "triwulan": _triwulan(a, pk, tahun),
    }


def _triwulan_anggaran(a: Analisis) -> list[dict]:
    """Cumulative budget absorption at the end of each quarter (Σ realisasi TW1..n / Σ pagu)."""
    pagu = sum((b.pagu for b in a.anggaran.baris), Decimal(0))
    hasil, kumulatif, ada = [], Decimal(0), False
    for i, tw in enumerate(TW):
        for b in a.anggaran.baris:
            ang = a.berkas.anggaran_sub_kegiatan(b.sub.kode)
            nilai = getattr(ang.realisasi_triwulan, tw) if ang and ang.realisasi_triwulan else None
            if nilai is not None:
                kumulatif += nilai
                ada = True
        s = serapan(pagu=pagu, realisasi=kumulatif if ada else None)
        hasil.append({"tw": i + 1, "realisasi": _s(s.realisasi), "persen": _s(s.persen)})
    return hasil


def _kelengkapan(a: Analisis) -> list[str]:
    """What is still missing for a complete office-year, in words (empty = complete)."""
    kurang = []
    belum = [x.kode for x in a.iku if x.capaian.status != "terhitung"]
    if not a.iku:
        kurang.append("belum ada IKU")
    elif belum:
        kurang.append(f"{len(belum)} IKU belum dapat dihitung capaiannya")
    if a.pk is None:
        kurang.append("belum ada Perjanjian Kinerja")
    if not a.anggaran.baris:
        kurang.append("belum ada anggaran")
    elif any(b.realisasi is None for b in a.anggaran.baris):
        kurang.append("realisasi anggaran belum lengkap")
    return kurang


def buat_ringkasan(a: Analisis) -> dict:
    """The JSON summary of one office-year from its analysis."""
    tahun = a.tahun
    nama_program = {p.kode: p.nama for p in a.berkas.program}
    iku = [_iku(x, a.pk, tahun) for x in a.iku]
    kategori: dict[str, int] = {}
    for x in a.iku:
        if x.capaian.kategori:
            kategori[x.capaian.kategori] = kategori.get(x.capaian.kategori, 0) + 1
    terhitung = [x for x in a.iku if x.capaian.capaian_dibatasi is not None]
    total = a.anggaran.total
    return {
        "skema": SKEMA,
        "tahun": tahun,
        "periode": [a.berkas.renstra.periode.tahun_awal, a.berkas.renstra.periode.tahun_akhir],
        "iku": iku,
        "program": [
            {"kode": k, "nama": nama_program.get(k, k), "pagu": _s(h.pagu), "realisasi": _s(h.realisasi),
             "persen": _s(h.persen), "status": str(h.status)}
            for k, h in a.anggaran.per_program.items()
        ],
        "anggaran": {"pagu": _s(total.pagu), "realisasi": _s(total.realisasi), "persen": _s(total.persen),
                     "status": str(total.status)},
        "anggaran_triwulan": _triwulan_anggaran(a),
        "rekap": {
            "iku": len(a.iku),
            "iku_terhitung": len(terhitung),
            "iku_tercapai": sum(1 for x in terhitung if x.capaian.capaian >= 100),
            "jumlah_capaian_dibatasi": _s(sum((x.capaian.capaian_dibatasi for x in terhitung), Decimal(0))),
            "kategori": kategori,
            "kurang": _kelengkapan(a),
        },
    }


def rekap_anggaran(baris: list[dict]):
    """Σ realisasi / Σ pagu over summaries' ``anggaran`` parts (the Pemda roll-up), via ``sakip.core``."""
    hasil = rekap(
        [b for b in baris if b.get("pagu") is not None], kunci=lambda b: 0,
        pagu=lambda b: Decimal(b["pagu"]), realisasi=lambda b: None if b["realisasi"] is None else Decimal(b["realisasi"]),
    )
    return hasil[0].hasil if hasil else serapan(pagu=Decimal(0), realisasi=None)
