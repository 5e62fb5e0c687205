"""Writes of the api app: creating and revoking API tokens.

A secret is ``sakip_`` + 32 random bytes (URL-safe base64): guessing is hopeless,
so the SHA-256 of the secret is a sufficient lookup key (no salt or slow hash
needed, unlike a password). Only that digest and the first characters are kept.
"""

from __future__ import annotations

import hashlib
import secrets

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.web.api.models import TokenApi

AWALAN = "sakip_"
PANJANG_AWALAN = 12
"""Characters of the secret kept in clear (``sakip_`` + 6), enough for the owner to tell tokens apart."""
BATAS_TOKEN_AKTIF = 20


def sidik(rahasia: str) -> str:
    """SHA-256 hex digest of a secret."""
    return hashlib.sha256(rahasia.encode("utf-8", "surrogatepass")).hexdigest()


@transaction.atomic
def token_buat(*, user, nama: str) -> tuple[TokenApi, str]:
    """A new token for *user*; returns it and the secret (shown once, never stored)."""
    nama = " ".join((nama or "").split())
    if not nama:
        raise ValidationError({"nama": "Nama token wajib diisi, mis. “Aplikasi Bappeda”."})
    if len(nama) > 100:
        raise ValidationError({"nama": "Nama token paling panjang 100 karakter."})
    if not (user and user.is_authenticated and user.is_active):
        raise ValidationError("Hanya pengguna aktif yang dapat membuat token.")
    aktif = TokenApi.objects.select_for_update().filter(user=user, dicabut_pada__isnull=True)
    if len(aktif) >= BATAS_TOKEN_AKTIF:
        raise ValidationError(f"Paling banyak {BATAS_TOKEN_AKTIF} token aktif; cabut token yang tidak dipakai lagi.")
    rahasia = AWALAN + secrets.token_urlsafe(32)
    token = TokenApi(user=user, nama=nama, awalan=rahasia[:PANJANG_AWALAN], sidik=sidik(rahasia))
    token.full_clean()
    token.save()
    return token, rahasia


@transaction.atomic
def token_cabut(*, token: TokenApi) -> TokenApi:
    """Revoke *token* (from now on it is refused with 401). Revoking twice keeps the first time."""
    TokenApi.objects.filter(pk=token.pk, dicabut_pada__isnull=True).update(dicabut_pada=timezone.now())
    token.refresh_from_db()
    return token


CATAT_SETIAP = 60
"""Seconds between two updates of ``terakhir_dipakai`` (not a write per request)."""


def token_catat_pakai(*, token: TokenApi) -> None:
    """Record that *token* was used now (at most once a minute)."""
    sekarang = timezone.now()
    if token.terakhir_dipakai and (sekarang - token.terakhir_dipakai).total_seconds() < CATAT_SETIAP:
        return
    TokenApi.objects.filter(pk=token.pk).update(terakhir_dipakai=sekarang)
    token.terakhir_dipakai = sekarang
