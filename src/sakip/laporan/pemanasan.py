"""Warm-up for batch workers: imported once by the fork server of ``sakip laporan FOLDER``.

Importing this module fills the caches every LKj needs (matplotlib fonts and text layout,
Babel locale data, the dated regulation parameters), so each forked worker starts hot
instead of paying for them again. The Typst compiler is deliberately not created here:
it owns threads, which do not survive a fork.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def panaskan() -> None:
    from sakip.core import format as fmt
    from sakip.core.anggaran import efisiensi
    from sakip.core.capaian import hitung_capaian
    from sakip.core.peringkat import daftar_kategori
    from sakip.reports.grafik import grafik_batang, grafik_garis, hanya_svg

    tahun = dt.date.today().year
    for t in range(tahun - 6, tahun + 1):
        hitung_capaian(target="2:9", realisasi="7:9", tahun=t)
        efisiensi(capaian=Decimal(100), serapan=Decimal(90), tahun=t)
        daftar_kategori(t)
    fmt.tanggal(dt.date(tahun, 12, 31))
    with hanya_svg():
        grafik_batang(["Kalumpang", "Loksado"], {"2023": [Decimal(1), Decimal(2)]}, target=[Decimal(1)] * 2,
                      label_y="Capaian (%)", satuan=" %")
        grafik_garis(["2022", "2023"], {"Realisasi": [Decimal(1), Decimal(2)]}, target=[Decimal(1)] * 2, label_y="Nilai")


panaskan()
