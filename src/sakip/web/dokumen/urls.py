from django.urls import path

from sakip.web.dokumen import views

app_name = "dokumen"

urlpatterns = [
    path("instansi/<int:pk>/kinerja/<int:tahun>/dokumen/susun/", views.dokumen_susun, name="dokumen_susun"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/dokumen/<int:dokumen>.<str:format>", views.dokumen_unduh, name="dokumen_unduh"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/dokumen/<int:dokumen>/terbitkan/", views.dokumen_terbitkan, name="dokumen_terbitkan"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/dokumen/<int:dokumen>/tarik/", views.dokumen_tarik, name="dokumen_tarik"),
]
