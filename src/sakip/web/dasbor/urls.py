from django.urls import path

from sakip.web.dasbor import views

app_name = "dasbor"

urlpatterns = [
    path("dasbor/", views.dasbor_indeks, name="dasbor_indeks"),
    path("dasbor/pemda/<int:pk>/", views.dasbor_pemda, name="dasbor_pemda"),
    path("instansi/<int:pk>/kinerja/<int:tahun>/dasbor/", views.dasbor_kantor, name="dasbor_kantor"),
]
