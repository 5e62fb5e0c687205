"""Writes: refused whole with Indonesian messages, never half-saved; database rules hold."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from sakip.web.organisasi import services
from sakip.web.organisasi.models import Instansi, Peran

User = get_user_model()
J = Peran.Jenis


def test_kode_instansi_ganda_ditolak_dengan_pesan_indonesia(pemda, instansi_a):
    with pytest.raises(ValidationError) as info:
        services.instansi_create(pemda=pemda, nama="Lain", jenis="dinas", kode=instansi_a.kode)
    assert "Kode ini sudah dipakai instansi lain" in str(info.value)
    assert Instansi.objects.filter(pemda=pemda).count() == 1


def test_kode_sama_boleh_di_pemda_lain(pemda_lain, instansi_a):
    lain = services.instansi_create(pemda=pemda_lain, nama="Kecamatan X", jenis="kecamatan", kode=instansi_a.kode)
    assert lain.kode == instansi_a.kode


def test_pengguna_dengan_sandi_lemah_tidak_tersimpan(pemda, instansi_a):
    with pytest.raises(ValidationError) as info:
        services.pengguna_create(
            username="baru", nama_lengkap="Baru", email="", password="12345678",
            pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=instansi_a,
        )
    assert "terlalu" in " ".join(info.value.messages)  # Django's Indonesian validator messages
    assert not User.objects.filter(username="baru").exists()


def test_pengguna_dengan_peran_salah_tidak_tersimpan_sebagian(pemda):
    with pytest.raises(ValidationError) as info:
        services.pengguna_create(
            username="baru", nama_lengkap="Baru", email="", password="sandi-uji-yang-panjang-7",
            pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=None,
        )
    assert "harus terikat pada satu instansi" in str(info.value)
    assert not User.objects.filter(username="baru").exists()


@pytest.mark.parametrize("peran", [J.ADMIN_PEMDA, J.REVIEWER])
def test_peran_seluruh_pemda_tidak_boleh_berinstansi(buat_pengguna, pemda, instansi_a, peran):
    with pytest.raises(ValidationError, match="kosongkan instansi"):
        buat_pengguna("x", pemda=pemda, peran=peran, instansi=instansi_a)


def test_instansi_harus_dari_pemda_yang_sama(buat_pengguna, pemda, instansi_lain):
    with pytest.raises(ValidationError, match="bukan bagian dari Pemda"):
        buat_pengguna("x", pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=instansi_lain)


def test_basis_data_menolak_operator_tanpa_instansi(orang, pemda):
    """The check constraint holds even when a script bypasses the services."""
    with pytest.raises(IntegrityError), transaction.atomic():
        Peran.objects.create(user=orang["reviewer"], pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=None)


def test_basis_data_menolak_peran_ganda(orang, pemda):
    with pytest.raises(IntegrityError), transaction.atomic():
        Peran.objects.create(user=orang["reviewer"], pemda=pemda, peran=J.REVIEWER, instansi=None)


def test_peran_terakhir_tidak_dapat_dicabut(orang):
    operator = orang["operator_a"]
    with pytest.raises(ValidationError, match="peran terakhir"):
        services.peran_delete(peran=operator.daftar_peran.get(), oleh=orang["admin"])
    assert operator.daftar_peran.count() == 1


def test_admin_tidak_dapat_mencabut_peran_adminnya_sendiri(orang, pemda):
    admin = orang["admin"]
    services.peran_create(pengguna=admin, pemda=pemda, peran=J.PEMBACA)
    with pytest.raises(ValidationError, match="milik Anda sendiri"):
        services.peran_delete(peran=admin.daftar_peran.get(peran=J.ADMIN_PEMDA), oleh=admin)


def test_admin_tidak_dapat_menonaktifkan_dirinya(orang):
    admin = orang["admin"]
    with pytest.raises(ValidationError, match="akun Anda sendiri"):
        services.pengguna_update(pengguna=admin, nama_lengkap="Admin", email="", aktif=False, oleh=admin)
    admin.refresh_from_db()
    assert admin.is_active
