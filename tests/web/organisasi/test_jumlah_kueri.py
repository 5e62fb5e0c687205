"""List pages run a fixed number of SQL queries, however many rows they show."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sakip.web.organisasi import services
from sakip.web.organisasi.models import Peran

BATAS = {
    "organisasi:beranda": 8,
    "organisasi:instansi_kelola": 8,
    "organisasi:pengguna_kelola": 8,
    "publik:indeks": 6,  # + the "Dasbor Pemda" navigation check
}


def _tambah(pemda, n, mulai):
    for k in range(mulai, mulai + n):
        instansi = services.instansi_create(pemda=pemda, nama=f"Instansi {k}", jenis="dinas", kode=f"K-{k}")
        services.pengguna_create(
            username=f"operator{k}", nama_lengkap=f"Operator {k}", email="", password="sandi-uji-yang-panjang-7",
            pemda=pemda, peran=Peran.Jenis.OPERATOR_INSTANSI, instansi=instansi,
        )


def _hitung(client, url):
    with CaptureQueriesContext(connection) as ctx:
        resp = client.get(url)
    assert resp.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("nama_url", list(BATAS))
def test_jumlah_kueri_tidak_tumbuh_dengan_baris(client, orang, pemda, nama_url, django_assert_max_num_queries):
    client.force_login(orang["admin"])
    url = reverse(nama_url)
    _tambah(pemda, 2, 100)
    sedikit = _hitung(client, url)
    _tambah(pemda, 25, 200)
    with django_assert_max_num_queries(BATAS[nama_url]):
        banyak = _hitung(client, url)
    assert banyak == sedikit
