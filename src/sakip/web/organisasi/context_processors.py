"""Template context shared by every page: what the navigation may show."""

from __future__ import annotations

from django.utils.functional import SimpleLazyObject

from sakip.web.organisasi import selectors


def navigasi(request):
    user = getattr(request, "user", None)

    def _pemda():
        return list(selectors.pemda_list_for_user(user=user)) if user is not None else []

    def _boleh_kelola():
        return user is not None and selectors.pemda_dikelola_for_user(user=user).exists()

    return {
        "nav_pemda": SimpleLazyObject(_pemda),
        "nav_boleh_kelola": SimpleLazyObject(_boleh_kelola),
    }
