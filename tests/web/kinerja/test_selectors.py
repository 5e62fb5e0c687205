"""Who sees and who may change an office-year's data."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from sakip.web.kinerja.selectors import tahun_kinerja_get_for_user, tahun_kinerja_list_for_user
from sakip.web.kinerja.services import berkas_simpan

pytestmark = pytest.mark.django_db

BOLEH_LIHAT_A = {"admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a"}
BOLEH_UBAH_A = {"admin", "operator_a"}


@pytest.fixture
def tk_a(instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang)
    return instansi_a.tahun_kinerja.get()


@pytest.mark.parametrize("siapa", ["admin", "reviewer", "pembaca_pemda", "pembaca_a", "operator_a", "pimpinan_a",
                                   "operator_b", "admin_lain"])
def test_lihat_dan_ubah_per_peran(orang, tk_a, siapa):
    user = orang[siapa]
    terlihat = tahun_kinerja_list_for_user(user=user).filter(pk=tk_a.pk).exists()
    assert terlihat == (siapa in BOLEH_LIHAT_A)
    if siapa not in BOLEH_LIHAT_A:
        with pytest.raises(Http404):
            tahun_kinerja_get_for_user(user=user, instansi_pk=tk_a.instansi_id, tahun=2023)
        return
    assert tahun_kinerja_get_for_user(user=user, instansi_pk=tk_a.instansi_id, tahun=2023) == tk_a
    if siapa in BOLEH_UBAH_A:
        assert tahun_kinerja_get_for_user(user=user, instansi_pk=tk_a.instansi_id, tahun=2023, untuk_ubah=True) == tk_a
    else:
        with pytest.raises(PermissionDenied):
            tahun_kinerja_get_for_user(user=user, instansi_pk=tk_a.instansi_id, tahun=2023, untuk_ubah=True)


def test_tahun_yang_belum_ada_404(orang, tk_a):
    with pytest.raises(Http404):
        tahun_kinerja_get_for_user(user=orang["admin"], instansi_pk=tk_a.instansi_id, tahun=2022)
