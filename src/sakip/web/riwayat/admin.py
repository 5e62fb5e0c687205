"""The audit trail in the Django admin: read-only, for every role that may see the office."""

from django.contrib import admin

from sakip.web.admin_baca import HanyaBacaAdmin
from sakip.web.riwayat.models import Riwayat


@admin.register(Riwayat)
class RiwayatAdmin(HanyaBacaAdmin):
    list_display = ["waktu", "nama_pengguna", "jalur", "instansi", "tahun", "aksi", "entitas", "label"]
    list_filter = ["jalur", "aksi", "entitas", "tahun"]
    search_fields = ["nama_pengguna", "label", "kunci", "alasan"]

    def get_queryset(self, request):
        from sakip.web.organisasi.selectors import instansi_list_for_user

        return super().get_queryset(request).filter(instansi__in=instansi_list_for_user(user=request.user))
