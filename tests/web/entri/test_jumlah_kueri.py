"""List pages cost a bounded number of queries, whatever the number of indicators or rows."""

from __future__ import annotations

import pytest

from .conftest import url

pytestmark = pytest.mark.django_db

DAFTAR = [("realisasi_list", ()), ("pk_list", ()), ("pk_ubah", (1,)), ("anggaran_list", ()), ("renstra", ()),
          ("program_list", ()), ("realisasi_ubah", ("IKU-1", 2023)), ("realisasi_capaian", ("IKU-1", 2023)),
          ("beranda", ()), ("narasi", ())]


@pytest.mark.parametrize("nama,args", DAFTAR)
def test_kueri_terbatas(client, orang, tk_a, django_assert_max_num_queries, nama, args):
    """Kalumpang 2023 has 53 indicators and 31 sub kegiatan (pages use 7-23 queries); a per-row query would blow these limits."""
    client.force_login(orang["operator_a"])
    with django_assert_max_num_queries(30):
        assert client.get(url(nama, tk_a, *args)).status_code == 200
