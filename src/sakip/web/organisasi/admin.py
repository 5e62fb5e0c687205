"""Django admin (Bahasa Indonesia), for superusers only (the IT staff who installed sakip).

The Bagian Organisasi (admin_pemda) manages offices and users through the
"Kelola instansi" and "Kelola pengguna" screens, whose forms limit every choice
to its own Pemda. Django's admin forms cannot do that for foreign keys without
much custom code, so staff accounts that are not superusers are kept out.
Lists still go through the selectors, like every other view.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from sakip.web.organisasi import selectors
from sakip.web.organisasi.models import Instansi, Pemda, Peran


def _hanya_superuser(request) -> bool:
    return request.user.is_active and request.user.is_superuser


admin.site.has_permission = _hanya_superuser


@admin.register(Pemda)
class PemdaAdmin(admin.ModelAdmin):
    list_display = ["nama", "jenis", "kode"]
    search_fields = ["nama", "kode"]

    def get_queryset(self, request):
        return selectors.pemda_list_for_user(user=request.user)


@admin.register(Instansi)
class InstansiAdmin(admin.ModelAdmin):
    list_display = ["nama", "singkatan", "jenis", "kode", "pemda", "aktif"]
    list_filter = ["pemda", "jenis", "aktif"]
    search_fields = ["nama", "singkatan", "kode"]

    def get_queryset(self, request):
        return selectors.instansi_list_for_user(user=request.user)


@admin.register(Peran)
class PeranAdmin(admin.ModelAdmin):
    list_display = ["user", "peran", "pemda", "instansi"]
    list_filter = ["peran", "pemda"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "instansi__nama"]
    autocomplete_fields = ["instansi"]
    list_select_related = ["user", "pemda", "instansi"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(pemda__in=selectors.pemda_dikelola_for_user(user=request.user))


class PeranInline(admin.TabularInline):
    model = Peran
    extra = 0
    autocomplete_fields = ["instansi"]


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PenggunaAdmin(UserAdmin):
    inlines = [PeranInline]

    def get_queryset(self, request):
        if request.user.is_superuser:
            return super().get_queryset(request)
        return selectors.pengguna_list_for_user(user=request.user)
