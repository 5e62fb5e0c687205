"""Importing a YAML data file through the same upload -> preview -> apply screens (no workbook reader needed)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.berkas import ke_yaml
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get

pytestmark = pytest.mark.django_db


def _url(nama, instansi, tahun=2023, **kw):
    return reverse(f"kinerja:{nama}", kwargs={"pk": instansi.pk, "tahun": tahun, **kw})


def test_unggah_yaml_lalu_terapkan(client, orang, sandi, instansi_a, kalumpang):
    assert client.login(username="operator.a", password=sandi)
    berkas = SimpleUploadedFile("data.yaml", ke_yaml(kalumpang).encode())
    assert client.post(_url("unggahan_tambah", instansi_a), {"berkas": berkas}).status_code == 302
    unggahan = m.Unggahan.objects.get()
    assert "Terapkan semua" in client.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token)).content.decode()
    client.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": 0})
    assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == kalumpang


def test_yaml_rusak_galat_dengan_baris(client, orang, sandi, instansi_a, kalumpang):
    assert client.login(username="operator.a", password=sandi)
    teks = ke_yaml(kalumpang).replace("pagu_murni: 8.062.300", "pagu_murni: 8.062.30")
    client.post(_url("unggahan_tambah", instansi_a), {"berkas": SimpleUploadedFile("data.yaml", teks.encode())})
    unggahan = m.Unggahan.objects.get()
    isi = client.get(_url("unggahan_pratinjau", instansi_a, token=unggahan.token)).content.decode()
    assert "1 kesalahan" in isi and "anggaran[28].pagu_murni" in isi and "8.062.30" in isi
    assert not m.TahunKinerja.objects.exists()
