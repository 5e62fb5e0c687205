"""Which instansi each role sees, checked against the rule written plainly in Python."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.web.organisasi import selectors, services
from sakip.web.organisasi.models import Instansi, Peran

J = Peran.Jenis


@pytest.mark.parametrize(
    ("nama", "harapan"),
    [
        ("admin", {"Kecamatan Kalumpang", "Dinas Pendidikan"}),
        ("reviewer", {"Kecamatan Kalumpang", "Dinas Pendidikan"}),
        ("pembaca_pemda", {"Kecamatan Kalumpang", "Dinas Pendidikan"}),
        ("pembaca_a", {"Kecamatan Kalumpang"}),
        ("operator_a", {"Kecamatan Kalumpang"}),
        ("pimpinan_a", {"Kecamatan Kalumpang"}),
        ("operator_b", {"Dinas Pendidikan"}),
        ("admin_lain", {"Kecamatan Tapin Utara"}),
    ],
)
def test_instansi_terlihat_per_peran(orang, nama, harapan):
    assert {i.nama for i in selectors.instansi_list_for_user(user=orang[nama])} == harapan


def test_hanya_admin_boleh_mengubah_instansi(orang, instansi_a):
    boleh = {n for n, u in orang.items() if selectors.instansi_list_for_user(user=u, aksi="instansi.ubah").filter(pk=instansi_a.pk).exists()}
    assert boleh == {"admin"}


def test_pengguna_tanpa_peran_tidak_melihat_apa_pun(django_user_model, instansi_a):
    tanpa = django_user_model.objects.create_user("tanpa", password="x")
    assert not selectors.instansi_list_for_user(user=tanpa).exists()
    assert selectors.instansi_status_list_for_user(user=tanpa, tahun=2024) == []


def test_status_beranda_menyebut_peran_pengguna(orang):
    baris = selectors.instansi_status_list_for_user(user=orang["pimpinan_a"], tahun=2024)
    assert [(b.instansi.nama, b.peran, b.status) for b in baris] == [
        ("Kecamatan Kalumpang", ["Pimpinan instansi"], selectors.STATUS_BELUM_ADA_DATA)
    ]


def test_instansi_nonaktif_tidak_di_beranda_tetapi_ada_di_kelola(orang, instansi_b):
    services.instansi_update(instansi=instansi_b, nama=instansi_b.nama, jenis=instansi_b.jenis, kode=instansi_b.kode, singkatan="", aktif=False)
    admin = orang["admin"]
    assert "Dinas Pendidikan" not in {b.instansi.nama for b in selectors.instansi_status_list_for_user(user=admin, tahun=2024)}
    assert "Dinas Pendidikan" in {i.nama for i in selectors.instansi_list_for_user(user=admin, aksi="instansi.ubah")}


# Random role assignments: the selector's SQL must agree with the rule in plain Python.
_peran_acak = st.lists(
    st.tuples(st.sampled_from(list(J.values)), st.sampled_from(["pemda", "a", "b", "lain"])),
    max_size=5,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(daftar=_peran_acak)
def test_selektor_sama_dengan_aturan(django_user_model, pemda, pemda_lain, instansi_a, instansi_b, instansi_lain, daftar):
    user = django_user_model.objects.create_user(f"acak{django_user_model.objects.count()}", password="x")
    cakupan = {"pemda": (pemda, None), "a": (pemda, instansi_a), "b": (pemda, instansi_b), "lain": (pemda_lain, instansi_lain)}
    sah = []
    for peran, kunci in daftar:
        p, i = cakupan[kunci]
        if (peran in Peran.SELURUH_PEMDA and i) or (peran in Peran.PER_INSTANSI and not i):
            continue
        if any(peran == q and p == pp and i == ii for q, pp, ii in sah):
            continue
        Peran.objects.create(user=user, pemda=p, instansi=i, peran=peran)
        sah.append((peran, p, i))
    harapan = {
        ins.pk
        for ins in Instansi.objects.all()
        if any((ii is None and pp == ins.pemda) or ii == ins for _, pp, ii in sah)
    }
    assert {i.pk for i in selectors.instansi_list_for_user(user=user)} == harapan
