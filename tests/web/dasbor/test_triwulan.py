"""Quarterly progress in the summary: target and realisasi per TW with the core's capaian."""

from __future__ import annotations

from sakip.berkas.pk import NilaiTriwulan
from sakip.core.capaian import hitung_capaian
from sakip.laporan import analisis
from sakip.web.dasbor.ringkasan import buat_ringkasan
from sakip.web.kinerja.contoh import kalumpang_2023


def test_triwulan_iku_dan_anggaran():
    b = kalumpang_2023()
    pk = b.pk_berlaku()
    baris = pk.sasaran[0]
    tw_target = NilaiTriwulan(tw1="20", tw2="40", tw3="60", tw4="84")
    pk_baru = pk.model_copy(update={"sasaran": [baris.model_copy(update={"target_triwulan": tw_target}), *pk.sasaran[1:]]})
    b = b.model_copy(update={"perjanjian_kinerja": [pk_baru if p is pk else p for p in b.perjanjian_kinerja]})
    realisasi = [r for r in b.realisasi if r.indikator == baris.indikator and r.tahun == 2023][0]
    r_baru = realisasi.model_copy(update={"triwulan": NilaiTriwulan(tw1="25", tw2="38", tw3=None, tw4=None)})
    b = b.model_copy(update={"realisasi": [r_baru if r is realisasi else r for r in b.realisasi]})
    r = buat_ringkasan(analisis(b))
    iku = next(i for i in r["iku"] if i["kode"] == baris.indikator)
    assert [t["target"] for t in iku["triwulan"]] == ["20", "40", "60", "84"]
    assert [t["realisasi"] for t in iku["triwulan"]] == ["25", "38", None, None]
    tw1 = hitung_capaian(target="20", realisasi="25", polaritas="positif", tahun=2023)
    assert iku["triwulan"][0]["capaian"]["capaian"] == str(tw1.capaian)
    assert iku["triwulan"][2]["capaian"]["status"] == "belum_diisi"
    # Kalumpang has no quarterly budget: four empty quarters, never 0 %
    assert [q["persen"] for q in r["anggaran_triwulan"]] == [None] * 4
