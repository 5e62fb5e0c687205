"""The JSON API, mounted at ``/api/v1/`` (namespace ``api``)."""

from django.urls import path, re_path, register_converter
from django.views.decorators.cache import cache_page
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from sakip.web.api import views


class Angka:
    """An id: 1–9 digits (longer numbers match no route, so never reach the database)."""

    regex = "[0-9]{1,9}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


class Tahun(Angka):
    regex = "[0-9]{4}"


register_converter(Angka, "angka")
register_converter(Tahun, "tahun")

app_name = "api"

D = "instansi/<angka:pk>/tahun/<tahun:tahun>/"

urlpatterns = [
    # The description changes only with the code: built once per process and format, then cached.
    path("skema/", cache_page(60 * 60)(SpectacularAPIView.as_view()), name="skema"),
    path("dok/", SpectacularSwaggerSplitView.as_view(url_name="api:skema", template_name="api/swagger_ui.html"), name="dok"),
    path("saya/", views.Saya.as_view(), name="saya"),
    path("instansi/", views.InstansiList.as_view(), name="instansi_list"),
    path("instansi/<angka:pk>/", views.InstansiDetail.as_view(), name="instansi_detail"),
    path("instansi/<angka:pk>/tahun/", views.TahunList.as_view(), name="tahun_list"),
    path(D, views.TahunDetail.as_view(), name="tahun_detail"),
    path(D + "indikator/", views.IndikatorList.as_view(), name="indikator_list"),
    path(D + "indikator/<str:kode>/", views.IndikatorDetail.as_view(), name="indikator_detail"),
    path(D + "target/", views.TargetList.as_view(), name="target_list"),
    path(D + "realisasi/", views.RealisasiList.as_view(), name="realisasi_list"),
    path(D + "realisasi/<str:kode>/<tahun:th>/", views.RealisasiDetail.as_view(), name="realisasi_detail"),
    path(D + "capaian/", views.CapaianList.as_view(), name="capaian_list"),
    path(D + "anggaran/", views.AnggaranList.as_view(), name="anggaran_list"),
    path(D + "anggaran/<str:kode>/", views.AnggaranDetail.as_view(), name="anggaran_detail"),
    path(D + "pk/", views.PKList.as_view(), name="pk_list"),
    path(D + "pk/<angka:nomor_urut>/target/", views.TargetPKList.as_view(), name="target_pk_list"),
    path(D + "pk/<angka:nomor_urut>/target/<str:kode>/", views.TargetPKDetail.as_view(), name="target_pk_detail"),
    path(D + "dokumen/", views.DokumenList.as_view(), name="dokumen_list"),
    path(D + "dokumen/<angka:dokumen>/<str:format>/", views.DokumenUnduh.as_view(), name="dokumen_unduh"),
    re_path(r"^[\s\S]*$", views.TidakAda.as_view(), name="tidak_ada"),  # any character, newline included
]
