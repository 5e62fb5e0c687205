"""Django admin for IT staff: office-years are shown read-only.

Their rows are written only through :func:`services.berkas_simpan` (import or
the entry screens) so that the database always equals a valid berkas model.
"""

from django.contrib import admin

from sakip.web.admin_baca import HanyaBacaAdmin
from sakip.web.kinerja import selectors
from sakip.web.kinerja.models import TahunKinerja, Unggahan


@admin.register(TahunKinerja)
class TahunKinerjaAdmin(HanyaBacaAdmin):
    list_display = ["instansi", "tahun", "status", "versi", "diubah_pada", "diubah_oleh"]
    list_filter = ["tahun", "status", "instansi__pemda"]
    search_fields = ["instansi__nama"]

    def get_queryset(self, request):
        return selectors.tahun_kinerja_list_for_user(user=request.user)


@admin.register(Unggahan)
class UnggahanAdmin(HanyaBacaAdmin):
    list_display = ["nama_asli", "instansi", "tahun", "user", "ukuran", "dibuat_pada"]
