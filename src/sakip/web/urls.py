"""Root URL configuration."""

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Administrasi sakip"
admin.site.site_title = "Administrasi sakip"
admin.site.index_title = "Data induk"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("sakip.web.organisasi.urls")),
    path("", include("sakip.web.kinerja.urls")),
    path("", include("sakip.web.entri.urls")),
    path("", include("sakip.web.dasbor.urls")),
    path("", include("sakip.web.dokumen.urls")),
    path("", include("sakip.web.publik.urls")),
    path("", include("sakip.web.riwayat.urls")),
    path("", include("sakip.web.api.urls_akun")),
    path("api/v1/", include("sakip.web.api.urls")),
]
