"""Login, logout and password change screens, in Bahasa Indonesia."""

from __future__ import annotations

from django.urls import reverse



def test_masuk_lalu_beranda(client, orang, sandi):
    resp = client.post(reverse("organisasi:masuk"), {"username": "operator.a", "password": sandi}, follow=True)
    assert resp.redirect_chain[-1][0] == reverse("organisasi:beranda")
    assert "Kecamatan Kalumpang" in resp.content.decode()


def test_sandi_salah_ditolak_dalam_bahasa_indonesia(client, orang):
    resp = client.post(reverse("organisasi:masuk"), {"username": "operator.a", "password": "salah-sekali-123"})
    html = resp.content.decode()
    assert resp.status_code == 200
    assert "benar" in html and "Please enter" not in html
    assert "_auth_user_id" not in client.session


def test_keluar_hanya_lewat_post(client, orang):
    client.force_login(orang["operator_a"])
    resp = client.post(reverse("organisasi:keluar"))
    assert resp.status_code == 302 and resp["Location"] == reverse("organisasi:masuk")
    assert client.get(reverse("organisasi:beranda")).status_code == 302


def test_ganti_sandi_memakai_validator_django(client, orang, sandi):
    client.force_login(orang["operator_a"])
    url = reverse("organisasi:sandi")
    resp = client.post(url, {"old_password": sandi, "new_password1": "12345678", "new_password2": "12345678"})
    html = resp.content.decode()
    assert resp.status_code == 200
    assert "terlalu" in html  # "Kata sandi ini terlalu pendek/umum" from Django's Indonesian catalogue
    resp = client.post(url, {"old_password": sandi, "new_password1": "Ganti-Sandi-2024!", "new_password2": "Ganti-Sandi-2024!"})
    assert resp.status_code == 302
    orang["operator_a"].refresh_from_db()
    assert orang["operator_a"].check_password("Ganti-Sandi-2024!")


def test_admin_membuat_pengguna_dengan_peran(client, orang, pemda, instansi_a):
    client.force_login(orang["admin"])
    data = {
        "username": "operator.baru", "nama_lengkap": "Siti Aminah", "email": "", "password1": "Sandi-Baru-2024!",
        "password2": "Sandi-Baru-2024!", "pemda": pemda.pk, "peran": "operator_instansi", "instansi": instansi_a.pk,
    }
    resp = client.post(reverse("organisasi:pengguna_tambah"), data)
    assert resp.status_code == 302
    baru = orang["admin"].__class__.objects.get(username="operator.baru")
    assert baru.get_full_name() == "Siti Aminah"
    assert [(p.peran, p.instansi) for p in baru.daftar_peran.all()] == [("operator_instansi", instansi_a)]


def test_admin_membuat_pengguna_dengan_peran_tidak_sah_tidak_tersimpan(client, orang, pemda):
    client.force_login(orang["admin"])
    data = {
        "username": "operator.baru", "nama_lengkap": "Siti", "email": "", "password1": "Sandi-Baru-2024!",
        "password2": "Sandi-Baru-2024!", "pemda": pemda.pk, "peran": "operator_instansi", "instansi": "",
    }
    resp = client.post(reverse("organisasi:pengguna_tambah"), data)
    assert resp.status_code == 200
    assert "harus terikat pada satu instansi" in resp.content.decode()
    assert not orang["admin"].__class__.objects.filter(username="operator.baru").exists()


def test_admin_mengubah_instansi(client, orang, instansi_b):
    client.force_login(orang["admin"])
    url = reverse("organisasi:instansi_ubah", kwargs={"pk": instansi_b.pk})
    data = {"nama": "Dinas Pendidikan dan Kebudayaan", "jenis": "dinas", "kode": "B-01", "singkatan": "Disdikbud", "aktif": "on"}
    assert client.post(url, data).status_code == 302
    instansi_b.refresh_from_db()
    assert (instansi_b.nama, instansi_b.singkatan) == ("Dinas Pendidikan dan Kebudayaan", "Disdikbud")


def test_halaman_publik_tanpa_masuk(client, instansi_a, instansi_lain):
    """Without any published LKj the public page says so (what it lists: tests/web/publik)."""
    html = client.get(reverse("publik:indeks")).content.decode()
    assert "Belum ada Laporan Kinerja yang diterbitkan" in html


def test_admin_menambah_lalu_mencabut_peran(client, orang, pemda, instansi_b):
    client.force_login(orang["admin"])
    operator = orang["operator_a"]
    url = reverse("organisasi:peran_tambah", kwargs={"pk": operator.pk})
    resp = client.post(url, {"pemda": pemda.pk, "peran": "pembaca", "instansi": instansi_b.pk}, follow=True)
    assert "Peran ditambahkan." in resp.content.decode()
    baru = operator.daftar_peran.get(peran="pembaca")
    assert baru.instansi == instansi_b
    url = reverse("organisasi:peran_hapus", kwargs={"pk": operator.pk, "peran_pk": baru.pk})
    resp = client.post(url, follow=True)
    assert "dicabut" in resp.content.decode()
    assert list(operator.daftar_peran.values_list("peran", flat=True)) == ["operator_instansi"]


def test_peran_terakhir_tidak_dicabut_lewat_layar(client, orang):
    client.force_login(orang["admin"])
    operator = orang["operator_a"]
    url = reverse("organisasi:peran_hapus", kwargs={"pk": operator.pk, "peran_pk": operator.daftar_peran.get().pk})
    resp = client.post(url, follow=True)
    assert "peran terakhir" in resp.content.decode()
    assert operator.daftar_peran.count() == 1


def test_admin_mengganti_sandi_pengguna(client, orang):
    client.force_login(orang["admin"])
    operator = orang["operator_a"]
    url = reverse("organisasi:pengguna_sandi", kwargs={"pk": operator.pk})
    resp = client.post(url, {"new_password1": "pendek", "new_password2": "pendek"})
    assert resp.status_code == 200 and "terlalu pendek" in resp.content.decode()
    resp = client.post(url, {"new_password1": "Sandi-Reset-2024!", "new_password2": "Sandi-Reset-2024!"})
    assert resp.status_code == 302
    operator.refresh_from_db()
    assert operator.check_password("Sandi-Reset-2024!")


def test_admin_menonaktifkan_pengguna(client, orang):
    client.force_login(orang["admin"])
    operator = orang["operator_a"]
    url = reverse("organisasi:pengguna_ubah", kwargs={"pk": operator.pk})
    resp = client.post(url, {"nama_lengkap": "Budi Santoso", "email": "budi@contoh.go.id"})  # "aktif" unticked
    assert resp.status_code == 302
    operator.refresh_from_db()
    assert (operator.get_full_name(), operator.is_active) == ("Budi Santoso", False)


def test_galat_nama_terlalu_panjang_tampil_di_isian_nama_lengkap(client, orang, pemda, instansi_a):
    client.force_login(orang["admin"])
    data = {
        "username": "baru", "nama_lengkap": "x" * 200, "email": "", "password1": "Sandi-Baru-2024!",
        "password2": "Sandi-Baru-2024!", "pemda": pemda.pk, "peran": "pembaca", "instansi": instansi_a.pk,
    }
    resp = client.post(reverse("organisasi:pengguna_tambah"), data)
    assert resp.status_code == 200
    assert resp.context["form"].errors["nama_lengkap"]
    assert "first_name" not in resp.content.decode()
