from django.contrib import admin

from sakip.web.keamanan.models import PercobaanMasuk


@admin.register(PercobaanMasuk)
class PercobaanMasukAdmin(admin.ModelAdmin):
    list_display = ("waktu", "username", "ip", "hasil")
    list_filter = ("hasil",)
    search_fields = ("username", "ip")
    readonly_fields = ("waktu", "username", "ip", "hasil")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
