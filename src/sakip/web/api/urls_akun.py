"""The account screens of the api app (namespace ``akun``): the user's API tokens."""

from django.urls import path

from sakip.web.api import views_akun

app_name = "akun"

urlpatterns = [
    path("akun/token/", views_akun.token_kelola, name="token_kelola"),
    path("akun/token/<int:pk>/cabut/", views_akun.token_cabut, name="token_cabut"),
]
