"""What the public sees of an office-year: the IKU results frozen when its LKj was published."""

from __future__ import annotations

from decimal import Decimal

from sakip.core import format as fmt


def _persen(x: str | None) -> str:
    return fmt.persen(None if x is None else Decimal(x))


def hasil_publik(ringkasan: dict) -> dict:
    """The publishable part of a dashboard summary, formatted once (Indonesian numbers)."""
    return {
        "iku": [
            {"kode": i["kode"], "nama": i["nama"], "satuan": i["satuan"] or "",
             "target": i["target"] or "-", "realisasi": i["realisasi"] or "-",
             "capaian": _persen(i["capaian"]["capaian"]), "kategori": i["capaian"]["kategori"] or "-",
             "warna": i["capaian"]["warna"] or ""}
            for i in ringkasan["iku"]
        ],
        "serapan": _persen(ringkasan["anggaran"]["persen"]),
        "iku_tercapai": ringkasan["rekap"]["iku_tercapai"],
        "iku_terhitung": ringkasan["rekap"]["iku_terhitung"],
    }
