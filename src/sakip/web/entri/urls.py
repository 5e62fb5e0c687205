from django.urls import path

from sakip.web.entri import views, views_lampiran, views_pk, views_rencana

app_name = "entri"

D = "instansi/<int:pk>/kinerja/<int:tahun>/entri/"

urlpatterns = [
    path(D, views.entri_beranda, name="beranda"),
    # realisasi + live capaian + evidence
    path(D + "realisasi/", views.realisasi_list, name="realisasi_list"),
    path(D + "realisasi/<str:kode>/<int:th>/", views.realisasi_ubah, name="realisasi_ubah"),
    path(D + "realisasi/<str:kode>/<int:th>/capaian/", views.realisasi_capaian, name="realisasi_capaian"),
    path(D + "realisasi/<str:kode>/<int:th>/bukti/", views.bukti_tambah, name="bukti_tambah"),
    path(D + "bukti/<int:bukti_pk>/", views.bukti_unduh, name="bukti_unduh"),
    path(D + "bukti/<int:bukti_pk>/hapus/", views.bukti_hapus, name="bukti_hapus"),
    # Perjanjian Kinerja
    path(D + "pk/", views_pk.pk_list, name="pk_list"),
    path(D + "pk/perubahan/", views_pk.pk_perubahan_buat, name="pk_perubahan_buat"),
    path(D + "pk/<int:nomor_urut>/", views_pk.pk_ubah, name="pk_ubah"),
    path(D + "pk/<int:nomor_urut>/target/", views_pk.target_pk_ubah, name="target_pk_tambah"),
    path(D + "pk/<int:nomor_urut>/target/<str:kode>/", views_pk.target_pk_ubah, name="target_pk_ubah"),
    path(D + "pk/<int:nomor_urut>/program/", views_pk.program_pk_ubah, name="program_pk_tambah"),
    path(D + "pk/<int:nomor_urut>/program/<str:kode>/", views_pk.program_pk_ubah, name="program_pk_ubah"),
    # anggaran, narasi, lampiran
    path(D + "anggaran/", views_pk.anggaran_list, name="anggaran_list"),
    path(D + "anggaran/<str:kode>/", views_pk.anggaran_ubah, name="anggaran_ubah"),
    path(D + "narasi/", views_pk.narasi_ubah, name="narasi"),
    path(D + "lampiran/", views_lampiran.lampiran_ubah, name="lampiran"),
    # Renstra and program tree
    path(D + "renstra/", views_rencana.renstra, name="renstra"),
    path(D + "program/", views_rencana.program_list, name="program_list"),
]

urlpatterns += [
    path(D + "renstra/tujuan/", views_rencana.tujuan_ubah, name="tujuan_tambah"),
    path(D + "renstra/tujuan/<str:kode>/", views_rencana.tujuan_ubah, name="tujuan_ubah"),
    path(D + "renstra/sasaran/", views_rencana.sasaran_ubah, name="sasaran_tambah"),
    path(D + "renstra/sasaran/<str:kode>/", views_rencana.sasaran_ubah, name="sasaran_ubah"),
    path(D + "indikator/", views_rencana.indikator_ubah, name="indikator_tambah"),
    path(D + "indikator/<str:kode>/", views_rencana.indikator_ubah, name="indikator_ubah"),
    path(D + "program/kode/", views_rencana.kode_anggaran_ubah, name="kode_anggaran_tambah"),
    path(D + "program/kode/<str:kode>/", views_rencana.kode_anggaran_ubah, name="kode_anggaran_ubah"),
]
