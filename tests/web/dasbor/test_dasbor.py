"""What the dashboards show: the core's numbers, roll-ups as ratios of sums, bounded queries."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.urls import reverse

from sakip.core import format as fmt
from sakip.core.peringkat import daftar_kategori
from sakip.web.kinerja.contoh import berkas_turunan
from sakip.web.kinerja.models import Anggaran
from sakip.web.kinerja.services import berkas_simpan
from sakip.web.organisasi import services as org


def _html(client, user, url):
    client.force_login(user)
    resp = client.get(url)
    assert resp.status_code == 200
    return resp.content.decode()


def test_dasbor_kantor_angka_kalumpang(client, orang, kalumpang):
    html = _html(client, orang["operator_a"], reverse("dasbor:dasbor_kantor", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023}))
    for teks in ("350,00 %", "100,00 %", "105,62 %", "77,58 %", "99,67 %", "97,49 %", "94,00 %", "99,98 %", "75,89 %",
                 "3 dari 3"):
        assert teks in html, teks
    # pictures come before tables, are inline SVG with a title and a description, no external asset
    assert html.index("<svg") < html.index("<table")
    assert html.count('role="img"') >= 4 and "<title" in html and "<desc" in html
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    # the rating colours are the parameter's bands
    for k in daftar_kategori(2023):
        assert k.kode_warna in html


def _pemda_url(pemda, tahun=2023):
    return reverse("dasbor:dasbor_pemda", kwargs={"pk": pemda.pk}) + f"?tahun={tahun}"


def test_dasbor_pemda_serapan_rasio_jumlah(client, orang, pemda, kalumpang, disdik):
    """Two offices of very different size: the Pemda figure is Σ realisasi / Σ pagu, not the mean of the two."""
    html = _html(client, orang["reviewer"], _pemda_url(pemda))
    agg = Anggaran.objects.filter(tahun_kinerja__in=[kalumpang, disdik]).aggregate(p=Sum("pagu_murni"), r=Sum("realisasi"))
    pagu_per = {tk: Anggaran.objects.filter(tahun_kinerja=tk).aggregate(p=Sum("pagu_murni"), r=Sum("realisasi")) for tk in (kalumpang, disdik)}
    assert all(a["p"] and a["r"] for a in pagu_per.values())
    # pagu_perubahan is absent in this data: the pagu is the pagu murni
    assert not Anggaran.objects.filter(tahun_kinerja__in=[kalumpang, disdik], pagu_perubahan__isnull=False).exists()
    rasio = fmt.persen(agg["r"] / agg["p"] * 100)
    rata = fmt.persen(sum(a["r"] / a["p"] * 100 for a in pagu_per.values()) / 2)
    assert rasio in html
    assert rasio != rata and f"<strong>{rata}</strong>" not in html
    assert "10,00 %" in html  # office B's own absorption
    assert abs(agg["r"] / agg["p"] * 100 - Decimal("77.5")) < 1  # dominated by the large office
    assert "77,58 %" in html  # Kalumpang's own row


def test_dasbor_pemda_status_dan_sebaran(client, orang, pemda, kalumpang, disdik):
    html = _html(client, orang["admin"], _pemda_url(pemda))
    assert "Kecamatan Kalumpang" in html and "Dinas Pendidikan" in html
    assert "Belum disusun" in html and "Draf" in html
    assert "IKU mencapai target" in html
    # distribution: Kalumpang's 3 IKU are all "Sangat Tinggi"
    assert "Sangat Tinggi" in html


def test_dasbor_pemda_tahun_tanpa_data(client, orang, pemda, kalumpang):
    html = _html(client, orang["admin"], _pemda_url(pemda, 2030))
    assert "0 dari 2" in html and "Belum ada data" in html


def _tambah_kantor(pemda, n, mulai):
    for k in range(mulai, mulai + n):
        i = org.instansi_create(pemda=pemda, nama=f"Kecamatan Uji {k}", jenis="kecamatan", kode=f"U-{k}")
        b = berkas_turunan(nama_instansi=i.nama, tahun=2023, rng=random.Random(k), jumlah_desa=5 + k, jumlah_indikator=8 + k)
        berkas_simpan(instansi=i, tahun=2023, berkas=b)


def _hitung(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.lambat
def test_kueri_dasbor_pemda_tidak_tumbuh(client, orang, pemda, kalumpang):
    """Fresh summaries: a fixed handful of queries; stale ones: one batch rebuild, also fixed."""
    client.force_login(orang["admin"])
    url = _pemda_url(pemda)
    _tambah_kantor(pemda, 1, 1)
    bangun_sedikit, segar_sedikit = _hitung(client, url), _hitung(client, url)
    _tambah_kantor(pemda, 4, 2)
    bangun_banyak, segar_banyak = _hitung(client, url), _hitung(client, url)
    assert bangun_banyak <= bangun_sedikit and segar_banyak <= segar_sedikit <= 10


def test_kueri_dasbor_kantor_tetap(client, orang, kalumpang, django_assert_max_num_queries):
    client.force_login(orang["operator_a"])
    url = reverse("dasbor:dasbor_kantor", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023})
    client.get(url)
    with django_assert_max_num_queries(7):  # session, user, instansi, office-year, 3 × navigation (body cached)
        assert client.get(url).status_code == 200


def test_ringkasan_bangun_ulang_sekali_jalan(client, orang, pemda, kalumpang, disdik, django_assert_max_num_queries):
    """Rebuilding many stale summaries costs the same number of queries as rebuilding one."""
    from sakip.web.dasbor.models import RingkasanKinerja

    client.force_login(orang["admin"])
    url = _pemda_url(pemda)
    RingkasanKinerja.objects.all().delete()
    with django_assert_max_num_queries(40):
        assert client.get(url).status_code == 200
    assert RingkasanKinerja.objects.count() == 2
    assert Decimal(RingkasanKinerja.objects.get(pk=kalumpang.pk).data["anggaran"]["persen"]).quantize(Decimal("0.01")) == Decimal("77.58")
