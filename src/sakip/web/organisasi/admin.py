"""Django admin (Bahasa Indonesia) for IT staff.

Lists go through the same selectors as the screens, so a staff account that is
an admin_pemda sees only its own Pemda here too. Day-to-day management by the
Bagian Organisasi uses the "Kelola instansi" and "Kelola pengguna" screens.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from sakip.web.organisasi import selectors
from sakip.web.organisasi.models import Instansi, Pemda, Peran


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
