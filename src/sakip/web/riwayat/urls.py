from django.urls import path

from sakip.web.riwayat import views

app_name = "riwayat"

urlpatterns = [
    path("instansi/<int:pk>/kinerja/<int:tahun>/riwayat/", views.riwayat_list, name="riwayat_list"),
]
