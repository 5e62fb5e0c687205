from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from sakip.web.organisasi import views
from sakip.web.organisasi.forms import MasukForm, SandiUbahForm

app_name = "organisasi"

urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("masuk/", auth_views.LoginView.as_view(
            template_name="organisasi/pengguna_masuk.html", authentication_form=MasukForm, redirect_authenticated_user=True
        ), name="masuk"),
    path("keluar/", auth_views.LogoutView.as_view(), name="keluar"),
    path(
        "sandi/",
        auth_views.PasswordChangeView.as_view(
            template_name="organisasi/pengguna_sandi_ubah.html", form_class=SandiUbahForm, success_url=reverse_lazy("organisasi:sandi_selesai")
        ),
        name="sandi",
    ),
    path("sandi/selesai/", auth_views.PasswordChangeDoneView.as_view(template_name="organisasi/pengguna_sandi_selesai.html"), name="sandi_selesai"),
    path("instansi/<int:pk>/", views.instansi_detail, name="instansi_detail"),
    path("kelola/instansi/", views.instansi_kelola, name="instansi_kelola"),
    path("kelola/instansi/tambah/", views.instansi_tambah, name="instansi_tambah"),
    path("kelola/instansi/<int:pk>/ubah/", views.instansi_ubah, name="instansi_ubah"),
    path("kelola/pengguna/", views.pengguna_kelola, name="pengguna_kelola"),
    path("kelola/pengguna/tambah/", views.pengguna_tambah, name="pengguna_tambah"),
    path("kelola/pengguna/<int:pk>/", views.pengguna_ubah, name="pengguna_ubah"),
    path("kelola/pengguna/<int:pk>/sandi/", views.pengguna_sandi, name="pengguna_sandi"),
    path("kelola/pengguna/<int:pk>/peran/", views.peran_tambah, name="peran_tambah"),
    path("kelola/pengguna/<int:pk>/peran/<int:peran_pk>/hapus/", views.peran_hapus, name="peran_hapus"),
]
