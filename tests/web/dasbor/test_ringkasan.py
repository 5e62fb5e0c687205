"""The summaries behind the dashboards carry the core's numbers and stay fresh by version."""

from __future__ import annotations

from decimal import Decimal

from sakip.core import format as fmt
from sakip.laporan import analisis
from sakip.web.dasbor.models import RingkasanKinerja
from sakip.web.dasbor.selectors import ringkasan_satu
from sakip.web.kinerja.contoh import kalumpang_2023
from sakip.web.kinerja.selectors import berkas_dari_db
from sakip.web.kinerja.services import berkas_simpan


def _persen(x):
    return fmt.persen(None if x is None else Decimal(x))


def test_ringkasan_kalumpang_sama_dengan_lkj(kalumpang):
    r = ringkasan_satu(tahun_kinerja=kalumpang)
    assert {i["kode"]: _persen(i["capaian"]["capaian"]) for i in r["iku"]} == {"IKU-1": "350,00 %", "IKU-2": "100,00 %", "IKU-3": "105,62 %"}
    assert _persen(r["anggaran"]["persen"]) == "77,58 %"
    assert sorted(fmt.angka(Decimal(p["persen"])) for p in r["program"]) == sorted(
        ["99,67", "97,49", "94,00", "99,98", "100,00", "75,89"])
    a = analisis(berkas_dari_db(tahun_kinerja=kalumpang))
    assert [i["capaian"]["kategori"] for i in r["iku"]] == [x.capaian.kategori for x in a.iku]
    assert r["rekap"]["iku_tercapai"] == 3 and r["rekap"]["iku_terhitung"] == 3


def test_ringkasan_dibangun_ulang_setelah_data_berubah(kalumpang, django_assert_max_num_queries):
    ringkasan_satu(tahun_kinerja=kalumpang)
    assert RingkasanKinerja.objects.get(pk=kalumpang.pk).versi_data == kalumpang.versi
    with django_assert_max_num_queries(1):  # fresh: read only
        ringkasan_satu(tahun_kinerja=kalumpang)
    b = kalumpang_2023()
    a0 = b.anggaran[0]
    b.anggaran[0] = a0.model_copy(update={"realisasi": a0.pagu})
    berkas_simpan(instansi=kalumpang.instansi, tahun=2023, berkas=b)
    kalumpang.refresh_from_db()
    r = ringkasan_satu(tahun_kinerja=kalumpang)
    assert RingkasanKinerja.objects.get(pk=kalumpang.pk).versi_data == kalumpang.versi
    assert _persen(r["anggaran"]["persen"]) != "77,58 %"
    assert _persen(r["anggaran"]["persen"]) == analisis(berkas_dari_db(tahun_kinerja=kalumpang)).anggaran.total.tampil
