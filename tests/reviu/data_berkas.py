"""Helpers for the data-file reviu tests: the Kalumpang example, changed one thing at a time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sakip.berkas import baca, ke_data, validasi
from sakip.reviu.data import periksa_berkas

CONTOH = Path(__file__).resolve().parents[2] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"

_ASLI = baca(CONTOH)


def ubah(fungsi: Callable[[dict], None]):
    """A valid copy of the example with ``fungsi`` applied to its plain data (no YAML lines)."""
    data = ke_data(_ASLI)
    fungsi(data)
    return validasi(data)


DASAR = periksa_berkas(ubah(lambda data: None))
"""Findings of the unchanged example, without lines like the changed copies."""


def baru(berkas, **opsi) -> list:
    """Findings the change added (same kode, lokasi and pesan as before = not new)."""
    lama = {(t.kode, t.lokasi, t.pesan) for t in DASAR}
    return [t for t in periksa_berkas(berkas, **opsi) if (t.kode, t.lokasi, t.pesan) not in lama]


def hilang(berkas, **opsi) -> list:
    sekarang = {(t.kode, t.lokasi, t.pesan) for t in periksa_berkas(berkas, **opsi)}
    return [t for t in DASAR if (t.kode, t.lokasi, t.pesan) not in sekarang]


def kode(temuan) -> Counter:
    return Counter(t.kode for t in temuan)


def indikator(data: dict, kode_indikator: str) -> dict:
    for tujuan in data["renstra"]["tujuan"]:
        for sasaran in tujuan.get("sasaran", []):
            for ind in sasaran.get("indikator", []):
                if ind["kode"] == kode_indikator:
                    return ind
    for program in data.get("program", []):
        for ind in program.get("indikator", []):
            if ind["kode"] == kode_indikator:
                return ind
        for kegiatan in program.get("kegiatan", []):
            for ind in kegiatan.get("indikator", []):
                if ind["kode"] == kode_indikator:
                    return ind
            for sub in kegiatan.get("sub_kegiatan", []):
                for ind in sub.get("indikator", []):
                    if ind["kode"] == kode_indikator:
                        return ind
    raise KeyError(kode_indikator)


def realisasi(data: dict, kode_indikator: str, tahun: int = 2023) -> dict:
    return next(r for r in data["realisasi"] if r["indikator"] == kode_indikator and r["tahun"] == tahun)


def pk(data: dict, jenis: str) -> dict:
    return next(p for p in data["perjanjian_kinerja"] if p["jenis"] == jenis)


def anggaran(data: dict, sub: str) -> dict:
    return next(a for a in data["anggaran"] if a["sub_kegiatan"] == sub)
