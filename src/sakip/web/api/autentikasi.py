"""How an API request says who it is: ``Authorization: Token <rahasia>`` (``Bearer`` also
accepted), or the browser's session (DRF's ``SessionAuthentication``: Django's CSRF check applies to writes).

An unknown or revoked token, or the token of an inactive user, is refused with 401 and an
Indonesian message; a request with no credentials at all is anonymous (and every endpoint
then answers 401, through DRF's ``IsAuthenticated``).
"""

from __future__ import annotations

from rest_framework import authentication, exceptions

from sakip.web.api import selectors, services

SKEMA = ("token", "bearer")
PESAN_TOKEN = "Token tidak dikenal atau sudah dicabut. Buat token baru di menu Token API."
PESAN_NONAKTIF = "Akun pemilik token ini tidak aktif."
PESAN_FORMAT = "Kepala Authorization tidak sah; tulis “Authorization: Token <token>”."


class TokenApiAuthentication(authentication.BaseAuthentication):
    """``Authorization: Token <secret>`` or ``Authorization: Bearer <secret>``."""

    def authenticate(self, request):
        kepala = authentication.get_authorization_header(request).split()
        if not kepala or kepala[0].lower().decode("latin-1") not in SKEMA:
            return None
        if len(kepala) != 2:
            raise exceptions.AuthenticationFailed(PESAN_FORMAT)
        try:
            rahasia = kepala[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(PESAN_TOKEN) from None
        token = selectors.token_dari_rahasia(rahasia)
        if token is None or not token.aktif:
            raise exceptions.AuthenticationFailed(PESAN_TOKEN)
        if not token.user.is_active:
            raise exceptions.AuthenticationFailed(PESAN_NONAKTIF)
        services.token_catat_pakai(token=token)
        return token.user, token

    def authenticate_header(self, request) -> str:
        return 'Token realm="api"'

