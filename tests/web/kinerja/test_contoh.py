"""Demo content: Kalumpang 2023/2022, generated kecamatan, and the load-test generator."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.berkas import periksa
from sakip.berkas.silang import periksa_silang
from sakip.web.contoh import muat_contoh
from sakip.web.kinerja import models as m
from sakip.web.kinerja.contoh import berkas_turunan, buat_pemda_contoh, kalumpang_2022, kalumpang_2023
from sakip.web.kinerja.selectors import berkas_dari_db, berkas_get, tahun_kinerja_dengan_isi

AKAR = Path(__file__).resolve().parents[3]


def test_salinan_kalumpang_di_paket_sama_dengan_contoh():
    paket = AKAR / "src/sakip/web/kinerja/contoh/kalumpang-2023.yaml"
    assert paket.read_bytes() == (AKAR / "contoh/kalumpang-2023/kalumpang-2023.yaml").read_bytes()


def test_kalumpang_2022_hanya_yang_diketahui():
    b = kalumpang_2022()
    assert b.profil.tahun == 2022 and not b.program and not b.perjanjian_kinerja and not b.anggaran
    assert {(r.indikator, r.nilai) for r in b.realisasi} == {("IKU-1", "1:9"), ("IKU-2", "100"), ("IKU-3", "85,56")}


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=4, max_value=160), tahun=st.integers(min_value=2015, max_value=2030),
       desa=st.integers(min_value=3, max_value=30), seed=st.integers(0, 10_000))
def test_berkas_turunan_sah_dan_sejumlah_indikator(n, tahun, desa, seed):
    b = berkas_turunan(nama_instansi="Kecamatan Uji (data contoh)", tahun=tahun, rng=random.Random(seed),
                       jumlah_desa=desa, jumlah_indikator=n)
    assert len(list(b.semua_indikator())) == n
    assert periksa_silang(b) == []
    # consistent by construction: PK = Renstra targets, PK program budget = sum of pagu, quarters = annual
    assert {p.jenis for p in periksa(b)} <= {"pagu_nol"}
    r1 = b.realisasi_indikator("IKU-1")
    assert r1.nilai.endswith(f":{desa}")


@pytest.mark.django_db
def test_muat_contoh_mengisi_data_kinerja():
    muat_contoh()
    kal = m.TahunKinerja.objects.filter(instansi__nama="Kecamatan Kalumpang")
    assert sorted(kal.values_list("tahun", flat=True)) == [2022, 2023]
    assert berkas_get(instansi_pk=kal[0].instansi_id, tahun=2023) == kalumpang_2023()
    contoh = m.TahunKinerja.objects.exclude(instansi__nama="Kecamatan Kalumpang")
    assert contoh.count() == 2 * 5
    assert all(tk.instansi.nama.endswith("(data contoh)") for tk in contoh.select_related("instansi"))
    for tk in tahun_kinerja_dengan_isi():
        assert periksa_silang(berkas_dari_db(tahun_kinerja=tk)) == []


@pytest.mark.django_db
def test_buat_pemda_contoh_volume():
    r = buat_pemda_contoh(jumlah_instansi=6, indikator_per_instansi=30, tahun=range(2021, 2024))
    assert (r.jumlah_instansi, r.jumlah_tahun_kinerja) == (6, 18)
    assert m.Indikator.objects.count() == 18 * 30
    assert m.Realisasi.objects.filter(tahun_kinerja__tahun=2022).exists()
    tk = m.TahunKinerja.objects.filter(instansi__pemda=r.pemda).order_by("pk").last()
    b = berkas_dari_db(tahun_kinerja=tk)
    assert periksa_silang(b) == [] and len(list(b.semua_indikator())) == 30
    assert b.profil.instansi.nama.endswith("(data contoh)")
