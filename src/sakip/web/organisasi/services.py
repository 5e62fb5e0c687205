"""Writes for Pemda, Instansi, users and their roles.

Keyword-only functions; each validates the whole object (``full_clean``) and
writes inside one transaction, so bad input is refused whole with Indonesian
messages and nothing is half-saved. Callers obtain the objects they pass in
through :mod:`sakip.web.organisasi.selectors`, which decide who may act.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.web.organisasi.models import Instansi, Pemda, Peran

User = get_user_model()


@transaction.atomic
def pemda_create(*, nama: str, jenis: str, kode: str) -> Pemda:
    pemda = Pemda(nama=nama.strip(), jenis=jenis, kode=kode.strip())
    pemda.full_clean()
    pemda.save()
    return pemda


@transaction.atomic
def instansi_create(*, pemda: Pemda, nama: str, jenis: str, kode: str, singkatan: str = "", aktif: bool = True) -> Instansi:
    instansi = Instansi(pemda=pemda, nama=nama.strip(), jenis=jenis, kode=kode.strip(), singkatan=singkatan.strip(), aktif=aktif)
    instansi.full_clean()
    instansi.save()
    return instansi


@transaction.atomic
def instansi_update(*, instansi: Instansi, nama: str, jenis: str, kode: str, singkatan: str, aktif: bool) -> Instansi:
    instansi.nama, instansi.jenis, instansi.kode = nama.strip(), jenis, kode.strip()
    instansi.singkatan, instansi.aktif = singkatan.strip(), aktif
    instansi.full_clean()
    instansi.save()
    return instansi


@transaction.atomic
def peran_create(*, pengguna, pemda: Pemda, peran: str, instansi: Instansi | None = None) -> Peran:
    baris = Peran(user=pengguna, pemda=pemda, instansi=instansi, peran=peran)
    baris.full_clean()
    baris.save()
    return baris


@transaction.atomic
def peran_delete(*, peran: Peran, oleh) -> None:
    """Remove a role; refuse to remove a user's last role in that Pemda or one's own admin role."""
    if peran.user_id == oleh.pk and peran.peran == Peran.Jenis.ADMIN_PEMDA:
        raise ValidationError("Anda tidak dapat mencabut peran admin Pemda milik Anda sendiri.")
    sisa = Peran.objects.filter(user_id=peran.user_id, pemda_id=peran.pemda_id).exclude(pk=peran.pk)
    if not sisa.exists():
        raise ValidationError(
            "Ini peran terakhir pengguna di Pemda ini. Nonaktifkan penggunanya bila ia tidak lagi bertugas."
        )
    peran.delete()


@transaction.atomic
def pengguna_create(
    *,
    username: str,
    nama_lengkap: str,
    email: str,
    password: str,
    pemda: Pemda,
    peran: str,
    instansi: Instansi | None = None,
):
    """Create a user together with their first role (both or neither)."""
    nama_depan, _, nama_belakang = nama_lengkap.strip().partition(" ")
    pengguna = User(username=username.strip(), first_name=nama_depan, last_name=nama_belakang, email=email.strip())
    pengguna.full_clean(exclude=["password"])
    validate_password(password, user=pengguna)
    pengguna.set_password(password)
    pengguna.save()
    peran_create(pengguna=pengguna, pemda=pemda, peran=peran, instansi=instansi)
    return pengguna


@transaction.atomic
def pengguna_update(*, pengguna, nama_lengkap: str, email: str, aktif: bool, oleh):
    if pengguna.pk == oleh.pk and not aktif:
        raise ValidationError("Anda tidak dapat menonaktifkan akun Anda sendiri.")
    nama_depan, _, nama_belakang = nama_lengkap.strip().partition(" ")
    pengguna.first_name, pengguna.last_name = nama_depan, nama_belakang
    pengguna.email, pengguna.is_active = email.strip(), aktif
    pengguna.full_clean(exclude=["password"])
    pengguna.save()
    return pengguna


@transaction.atomic
def pengguna_set_password(*, pengguna, password: str):
    validate_password(password, user=pengguna)
    pengguna.set_password(password)
    pengguna.save(update_fields=["password"])
    return pengguna
