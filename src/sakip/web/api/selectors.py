"""Reads of the api app: a user's own tokens, a token from its secret, and the computed views
(capaian, anggaran with serapan) of an office-year.

Which office-year a caller may see or change is decided by
:func:`sakip.web.entri.selectors.tahun_kinerja_untuk_entri` (the screens' selector), never here.
"""

from __future__ import annotations

from django.http import Http404

from sakip.web.api.models import TokenApi
from sakip.web.api.services import sidik
from sakip.web.organisasi.selectors import Pengguna


def token_list_for_user(*, user: Pengguna):
    """The tokens of *user* (their own only), newest first."""
    if not (user and user.is_authenticated):
        return TokenApi.objects.none()
    return TokenApi.objects.filter(user=user)


def token_get_for_user(*, user: Pengguna, pk: int) -> TokenApi:
    """One of *user*'s own tokens; anyone else's is 404."""
    try:
        return token_list_for_user(user=user).get(pk=pk)
    except (TokenApi.DoesNotExist, ValueError, TypeError, OverflowError):
        raise Http404("Token tidak ditemukan.") from None


def token_dari_rahasia(rahasia: str) -> TokenApi | None:
    """The token whose secret is *rahasia* (revoked or not), with its user; None when unknown."""
    return TokenApi.objects.select_related("user").filter(sidik=sidik(rahasia)).first()
