"""berkas_simpan refuses what does not belong and writes all or nothing."""

from __future__ import annotations

import pytest

from sakip.berkas import BerkasTidakSah
from sakip.web.kinerja import models as m
from sakip.web.kinerja.services import DataBerubah, berkas_simpan

pytestmark = pytest.mark.django_db


def _jumlah():
    return [mdl.objects.count() for mdl in (m.TahunKinerja, m.Indikator, m.Realisasi, m.Anggaran, m.TargetIndikator)]


def test_berkas_tahun_lain_ditolak(instansi_a, kalumpang):
    with pytest.raises(BerkasTidakSah) as e:
        berkas_simpan(instansi=instansi_a, tahun=2022, berkas=kalumpang)
    assert "untuk tahun 2023, bukan 2022" in str(e.value)
    assert _jumlah() == [0, 0, 0, 0, 0]


def test_berkas_instansi_lain_ditolak(instansi_b, kalumpang):
    with pytest.raises(BerkasTidakSah) as e:
        berkas_simpan(instansi=instansi_b, tahun=2023, berkas=kalumpang)
    assert "bukan “Dinas Pendidikan”" in str(e.value)
    assert _jumlah() == [0, 0, 0, 0, 0]


def test_rujukan_silang_diperiksa_lagi(instansi_a, kalumpang):
    """A model built without the cross-checks (e.g. by a form) is still refused whole."""
    rusak = kalumpang.model_copy(deep=True)
    rusak.realisasi[0].indikator = "TIDAK-ADA"
    with pytest.raises(BerkasTidakSah, match="TIDAK-ADA"):
        berkas_simpan(instansi=instansi_a, tahun=2023, berkas=rusak)
    assert _jumlah() == [0, 0, 0, 0, 0]


def test_versi_berbeda_ditolak_tanpa_menulis(instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang, versi=0)
    sebelum = _jumlah()
    baru = kalumpang.model_copy(deep=True)
    baru.realisasi.pop()
    with pytest.raises(DataBerubah, match="sudah diubah orang lain"):
        berkas_simpan(instansi=instansi_a, tahun=2023, berkas=baru, versi=0)
    assert _jumlah() == sebelum
