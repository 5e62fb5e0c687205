"""From summaries to what a dashboard page shows: charts (inline SVG) and formatted rows.

Only formatting and chart drawing here; every figure comes from a summary
(:mod:`.ringkasan`) or a roll-up of its parts (:mod:`.rekap`).
"""

from __future__ import annotations

from decimal import Decimal

from sakip.core import format as fmt
from sakip.core.peringkat import daftar_kategori
from sakip.web.dasbor import grafik
from sakip.web.dasbor.grafik import Batang


def _d(x: str | None) -> Decimal | None:
    return None if x is None else Decimal(x)


def legenda(tahun: int) -> list:
    return daftar_kategori(tahun)


def kantor(r: dict) -> dict:
    """Charts and rows of the office dashboard."""
    tahun = r["tahun"]
    iku = r["iku"]
    baris_iku = [
        Batang(f"{i['kode']} {i['nama']}", _d(i["capaian"]["capaian"]), fmt.persen(_d(i["capaian"]["capaian"])),
               i["capaian"]["warna"] or grafik.ABU, i["capaian"]["kategori"] or i["capaian"]["alasan"] or "")
        for i in iku
    ]
    tren = []
    for i in iku:
        th = [x["tahun"] for x in i["riwayat"]]
        seri = {"Target": [_d(x["target_angka"]) for x in i["riwayat"]],
                "Realisasi": [_d(x["realisasi_angka"]) for x in i["riwayat"]]}
        tren.append({"iku": i, "svg": grafik.garis(th, seri, judul=f"Tren {i['nama']}: target dan realisasi {th[0]}–{th[-1]}" if th else i["nama"],
                                                   satuan=i["satuan"] or "")})
    program = [
        Batang(p["nama"], _d(p["persen"]), fmt.persen(_d(p["persen"])),
               keterangan=f"{fmt.rupiah(_d(p['realisasi']))} dari {fmt.rupiah(_d(p['pagu']))}")
        for p in r["program"]
    ]
    tw = r["anggaran_triwulan"]
    return {
        "grafik_iku": grafik.batang_mendatar(baris_iku, judul=f"Capaian IKU tahun {tahun} terhadap target") if iku else None,
        "tren": tren,
        "grafik_program": grafik.batang_mendatar(program, judul=f"Serapan anggaran per program tahun {tahun}") if program else None,
        "grafik_triwulan": grafik.kolom(
            [f"TW {x['tw']}" for x in tw], [_d(x["persen"]) for x in tw], [fmt.persen(_d(x["persen"])) for x in tw],
            judul=f"Serapan anggaran kumulatif per triwulan tahun {tahun}",
        ) if any(x["persen"] is not None for x in tw) else None,
        "iku": [
            {**i, "capaian_tampil": fmt.persen(_d(i["capaian"]["capaian"])),
             "triwulan_tampil": [
                 {**t, "capaian_tampil": fmt.persen(_d(t["capaian"]["capaian"]))} for t in (i["triwulan"] or [])
             ]}
            for i in iku
        ],
        "program": [{**p, "pagu_tampil": fmt.rupiah(_d(p["pagu"])), "realisasi_tampil": fmt.rupiah(_d(p["realisasi"])),
                     "persen_tampil": fmt.persen(_d(p["persen"]))} for p in r["program"]],
        "anggaran": {"pagu": fmt.rupiah(_d(r["anggaran"]["pagu"])), "realisasi": fmt.rupiah(_d(r["anggaran"]["realisasi"])),
                     "persen": fmt.persen(_d(r["anggaran"]["persen"]))},
        "ada_triwulan_iku": any(i["triwulan"] for i in iku),
        "legenda": legenda(tahun),
    }


def pemda(rekap, urut: list, tahun: int) -> dict:
    """Charts of the Pemda dashboard: capaian distribution, office ranking, absorption per office."""
    kat = legenda(tahun)
    distribusi = grafik.kolom(
        [k.kategori for k in kat], [Decimal(rekap.kategori.get(k.kategori, 0)) for k in kat],
        [str(rekap.kategori.get(k.kategori, 0)) for k in kat], warna=[k.kode_warna for k in kat],
        judul=f"Sebaran capaian IKU seluruh instansi tahun {tahun} (jumlah IKU per kategori)",
    )
    ranking = grafik.batang_mendatar(
        [Batang(k.instansi.nama, k.tercapai, fmt.persen(k.tercapai),
                keterangan=f"rata-rata capaian dibatasi {fmt.persen(k.rata_capaian)}") for k in urut],
        judul=f"Peringkat instansi tahun {tahun}: persentase IKU yang mencapai target",
    ) if urut else None
    serapan = [k for k in rekap.kantor if k.serapan is not None]
    grafik_serapan = grafik.batang_mendatar(
        [Batang(k.instansi.nama, k.serapan, fmt.persen(k.serapan)) for k in sorted(serapan, key=lambda k: -k.serapan)],
        judul=f"Serapan anggaran per instansi tahun {tahun}",
    ) if serapan else None
    return {"grafik_distribusi": distribusi, "grafik_peringkat": ranking, "grafik_serapan": grafik_serapan, "legenda": kat}
