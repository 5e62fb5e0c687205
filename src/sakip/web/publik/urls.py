from django.urls import path

from sakip.web.publik import views

app_name = "publik"

urlpatterns = [
    path("publik/", views.publik_indeks, name="indeks"),
    path("publik/<int:pk>/<int:tahun>/", views.publik_detail, name="detail"),
    path("publik/<int:pk>/<int:tahun>/lkj.<str:format>", views.publik_unduh, name="unduh"),
]
