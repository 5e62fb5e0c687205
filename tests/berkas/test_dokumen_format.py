"""The example in docs/format-berkas.md is a valid data file (users copy it)."""

from __future__ import annotations

import re
from pathlib import Path

from sakip.berkas import dari_yaml, periksa
from sakip.berkas.narasi import KODE_NARASI
from sakip.berkas.periksa import JENIS_PERINGATAN

DOKUMEN = Path(__file__).parents[2] / "docs" / "format-berkas.md"


def test_potongan_contoh_di_dokumen_sah():
    teks = DOKUMEN.read_text(encoding="utf-8")
    contoh = next(b for b in re.findall(r"```yaml\n(.*?)```", teks, re.S) if "versi_format" in b)
    berkas = dari_yaml(contoh)
    assert berkas.target_pk("IKU-1") == "2 : 9"
    # the snippet's PK names the whole program budget, the snippet lists only one sub kegiatan
    assert [p.jenis for p in periksa(berkas)] == ["pk_anggaran_beda_pagu"]


def test_dokumen_menyebut_setiap_kode_narasi_dan_peringatan():
    teks = DOKUMEN.read_text(encoding="utf-8")
    assert all(f"`{kode}`" in teks for kode in KODE_NARASI)
    assert all(f"`{jenis}`" in teks for jenis in JENIS_PERINGATAN)
