from django.urls import path

from sakip.web.kinerja import views

app_name = "kinerja"

urlpatterns = [
    path("instansi/<int:pk>/kinerja/", views.tahun_kinerja_pilih, name="tahun_kinerja_pilih"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/", views.tahun_kinerja_detail, name="tahun_kinerja_detail"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/status/", views.status_ubah, name="status_ubah"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/unduh.<str:format>", views.tahun_kinerja_unduh, name="tahun_kinerja_unduh"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/templat.xlsx", views.templat_unduh, name="templat_unduh"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/unggah/", views.unggahan_tambah, name="unggahan_tambah"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/unggah/<uuid:token>/", views.unggahan_pratinjau, name="unggahan_pratinjau"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/unggah/<uuid:token>/terapkan/", views.unggahan_terapkan, name="unggahan_terapkan"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/unggah/<uuid:token>/batal/", views.unggahan_batal, name="unggahan_batal"),
]
