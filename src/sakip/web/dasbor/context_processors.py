"""``nav_dasbor_pemda``: whether to show the Pemda dashboard link (queried only when a template reads it)."""

from django.utils.functional import SimpleLazyObject


def navigasi(request):
    def ada() -> bool:
        from sakip.web.dasbor.selectors import pemda_dasbor_list_for_user

        return pemda_dasbor_list_for_user(user=request.user).exists()

    return {"nav_dasbor_pemda": SimpleLazyObject(ada)}
