"""Berkas model -> database rows -> berkas model gives back the same data, field for field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sakip.berkas import ke_data
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_dari_db, berkas_get, tahun_kinerja_dengan_isi
from sakip.web.kinerja.services import berkas_simpan

pytestmark = pytest.mark.django_db


def _simpan(instansi, berkas, **kw):
    return berkas_simpan(instansi=instansi, tahun=berkas.profil.tahun, berkas=berkas, **kw)


def test_kalumpang_bolak_balik_sama_persis(instansi_a, kalumpang):
    _simpan(instansi_a, kalumpang)
    kembali = berkas_get(instansi_pk=instansi_a.pk, tahun=2023)
    assert ke_data(kembali) == ke_data(kalumpang)
    assert kembali == kalumpang


def test_baris_tersimpan_sebagai_tabel(instansi_a, kalumpang):
    _simpan(instansi_a, kalumpang)
    tk = m.TahunKinerja.objects.get(instansi=instansi_a, tahun=2023)
    assert tk.status == "draf" and tk.versi == 1
    assert m.Indikator.objects.filter(tahun_kinerja=tk).count() == len(list(kalumpang.semua_indikator()))
    iku1 = m.Indikator.objects.get(tahun_kinerja=tk, kode="IKU-1")
    assert iku1.iku and iku1.level == "sasaran" and iku1.induk_kode == "S2"
    assert iku1.target.get(tahun=2023).nilai == "2:9"  # as written
    assert m.Realisasi.objects.get(indikator=iku1, tahun=2023).nilai == kalumpang.realisasi_indikator("IKU-1").nilai
    pk = m.PerjanjianKinerja.objects.filter(tahun_kinerja=tk)
    assert [p.jenis for p in pk] == ["murni", "perubahan"]
    ang = m.Anggaran.objects.get(tahun_kinerja=tk, sub_kegiatan__kode="7.01.06.2.01.0001")
    assert ang.pagu_murni == Decimal("8062300") and ang.realisasi == Decimal("7969650")


def test_simpan_ulang_tanpa_perubahan_tidak_menaikkan_versi(instansi_a, kalumpang):
    pertama = _simpan(instansi_a, kalumpang)
    assert pertama.ada and not pertama.dihapus
    kedua = _simpan(instansi_a, kalumpang)
    assert not kedua.ada
    assert m.TahunKinerja.objects.get(instansi=instansi_a).versi == 1


def test_perubahan_menggabung_baris_dan_melaporkan_lama_baru(instansi_a, kalumpang, orang):
    _simpan(instansi_a, kalumpang)
    iku1_lama = m.Indikator.objects.get(kode="IKU-1")
    data = ke_data(kalumpang)
    baru = kalumpang.model_copy(deep=True)
    r = baru.realisasi_indikator("IKU-3")
    r.nilai = "90,10"
    baru.anggaran = [a for a in baru.anggaran if a.sub_kegiatan != "7.01.06.2.01.0005"]
    perubahan = _simpan(instansi_a, baru, oleh=orang["operator_a"], versi=1)
    assert data == ke_data(kalumpang)  # the original model is untouched
    diubah = {(b.entitas, b.label): b for b in perubahan.diubah}
    realisasi = diubah[("Realisasi", "IKU-3 tahun 2023")]
    assert ("nilai", "88,72", "90,10") in realisasi.rincian
    assert [b.label for b in perubahan.dihapus] == ["sub kegiatan 7.01.06.2.01.0005"]
    assert not perubahan.ditambah
    tk = m.TahunKinerja.objects.get(instansi=instansi_a)
    assert tk.versi == 2 and tk.diubah_oleh == orang["operator_a"]
    # rows are merged, not replaced: the unchanged indicator keeps its id and version
    iku1 = m.Indikator.objects.get(kode="IKU-1")
    assert iku1.pk == iku1_lama.pk and iku1.versi == 1
    r3 = m.Realisasi.objects.get(indikator__kode="IKU-3", tahun=2023)
    assert r3.versi == 2 and r3.diubah_oleh == orang["operator_a"]
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == baru


def test_jumlah_kueri_tetap(instansi_a, kalumpang, django_assert_num_queries):
    _simpan(instansi_a, kalumpang)
    tk = m.TahunKinerja.objects.get(instansi=instansi_a)
    with django_assert_num_queries(13):
        berkas_dari_db(tahun_kinerja=tk)
    with django_assert_num_queries(13):
        berkas_dari_db(tahun_kinerja=tahun_kinerja_dengan_isi().get(pk=tk.pk))


def test_bolak_balik_dengan_triwulan_pagu_perubahan_dan_bukti(instansi_a, kalumpang):
    """Fields the Kalumpang example leaves empty survive the trip too."""
    from sakip.berkas.pk import NilaiTriwulan
    from sakip.berkas.realisasi import RupiahTriwulan

    b = kalumpang.model_copy(deep=True)
    r = b.realisasi_indikator("IKU-3")
    r.triwulan = NilaiTriwulan(tw1="80", tw2="81,5", tw4="88,72")
    r.bukti = ["survei-ikm.pdf", "rekap.xlsx"]
    r.uraian = "Naik karena layanan PATEN."
    a = b.anggaran[0]
    a.pagu_perubahan, a.realisasi_triwulan = Decimal("9000000.50"), RupiahTriwulan(tw1=Decimal(1000), tw3=Decimal("2500.25"))
    a.sumber_dana = "DAU"
    b.perjanjian_kinerja[1].sasaran[0].target_triwulan = NilaiTriwulan(tw2="1:9", tw4="2:9")
    b.renstra.tujuan[0].sasaran[0].indikator[0].level = "sasaran"
    b.renstra.tujuan[0].sasaran[0].indikator[0].baseline = "60"
    _simpan(instansi_a, b)
    kembali = berkas_get(instansi_pk=instansi_a.pk, tahun=2023)
    assert ke_data(kembali) == ke_data(b)
    assert m.BuktiRealisasi.objects.filter(realisasi__indikator__kode="IKU-3").count() == 2


@pytest.mark.parametrize(("awal", "akhir"), [(30, 20), (20, 45), (53, 4)])
def test_simpan_ulang_berkas_lain_menggabung_hingga_sama(instansi_a, awal, akhir):
    """Shrinking or growing the tree (indicators, sub kegiatan, PK rows, budget) merges to exactly the new data."""
    import random

    from sakip.web.kinerja.contoh import berkas_turunan

    nama = instansi_a.nama
    b1 = berkas_turunan(nama_instansi=nama, tahun=2023, rng=random.Random(1), jumlah_desa=9, jumlah_indikator=awal)
    b2 = berkas_turunan(nama_instansi=nama, tahun=2023, rng=random.Random(2), jumlah_desa=9, jumlah_indikator=akhir)
    _simpan(instansi_a, b1)
    perubahan = _simpan(instansi_a, b2, versi=1)
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == b2
    assert m.Indikator.objects.count() == akhir
    assert m.Anggaran.objects.count() == len(b2.anggaran)
    jenis = {b.jenis for b in perubahan.butir}
    assert ("dihapus" in jenis) == (akhir < awal) and ("ditambah" in jenis) == (akhir > awal)
