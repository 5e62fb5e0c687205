"""Fuzzing the upload screens (upload -> preview -> apply) with the Django test client.

Every example runs inside a savepoint rolled back afterwards, on top of Kalumpang 2023
already saved. The contract: never a server error (the test client re-raises any
exception a view lets through), and the database unchanged unless "Terapkan semua"
succeeded.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.berkas import ke_yaml
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get
from sakip.web.kinerja.services import berkas_simpan

from .conftest import catat
from .mutasi import contoh, mutasi_bita, mutasi_xml

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

def _jumlah() -> dict[str, int]:
    """Rows of every kinerja table (pending uploads aside)."""
    return {t._meta.label: t.objects.count() for t in apps.get_app_config("kinerja").get_models() if t is not m.Unggahan}


@st.composite
def mutasi_yaml(draw, teks: str) -> bytes:
    baris = teks.splitlines()
    jenis = draw(st.sampled_from(["ganti", "hapus", "potong", "sisip"]))
    i = draw(st.integers(0, len(baris) - 1))
    if jenis == "ganti":
        kunci = baris[i].split(":", 1)[0]
        baris[i] = f"{kunci}: {draw(st.text(max_size=30) | st.sampled_from(['1.234,5', '-', '[]', '{}', '&a', '*a', '!!python/object:os.system', 'null']))}"
    elif jenis == "hapus":
        del baris[i]
    elif jenis == "sisip":
        baris.insert(i, draw(st.text(max_size=40)))
    else:
        baris = baris[:i]
    return "\n".join(baris).encode("utf-8", "surrogatepass")


@pytest.fixture
def operator(client, orang, sandi, instansi_a, kalumpang):
    berkas_simpan(instansi=instansi_a, tahun=2023, berkas=kalumpang, oleh=orang["operator_a"])
    assert client.login(username="operator.a", password=sandi)
    return client


def _url(nama, instansi, **kw):
    return reverse(f"kinerja:{nama}", kwargs={"pk": instansi.pk, "tahun": 2023, **kw})


@settings(max_examples=contoh(6), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=st.data())
def test_unggah_pratinjau_terapkan_acak(operator, instansi_a, bita_kalumpang, kalumpang, data):
    teks_yaml = ke_yaml(kalumpang)
    jenis = data.draw(st.sampled_from(["bita", "bita", "xml", "yaml", "asli"]))
    isi = {
        "bita": lambda: data.draw(mutasi_bita(bita_kalumpang)),
        "xml": lambda: data.draw(mutasi_xml(bita_kalumpang)),
        "yaml": lambda: data.draw(mutasi_yaml(teks_yaml)),
        "asli": lambda: bytes(bita_kalumpang),
    }[jenis]()
    akhiran = ".yaml" if jenis == "yaml" else ".xlsx"
    akhiran = data.draw(st.sampled_from([akhiran] * 6 + [".xls", ".yml", ".XLSX", ".pdf", ""]))
    with transaction.atomic():
        sebelum = _jumlah()
        r = operator.post(_url("unggahan_tambah", instansi_a), {"berkas": SimpleUploadedFile(f"data{akhiran}", isi)})
        assert r.status_code in (200, 302)
        hasil = "ditolak_saat_unggah"
        if r.status_code == 302:
            unggahan = m.Unggahan.objects.latest("dibuat_pada")
            r = operator.get(r["Location"])
            assert r.status_code == 200
            versi = r.context["form"].initial["versi"]
            dipratinjau = r.context["hasil"].berkas
            r = operator.post(_url("unggahan_terapkan", instansi_a, token=unggahan.token), {"versi": versi})
            assert r.status_code in (302, 409)
            diterapkan = not m.Unggahan.objects.filter(pk=unggahan.pk).exists()
            hasil = "diterapkan" if diterapkan else "ditolak_saat_terapkan"
            if diterapkan:  # nothing lost: the database now holds exactly what was previewed
                assert r["Location"] == _url("tahun_kinerja_detail", instansi_a)
                assert berkas_get(instansi_pk=instansi_a.pk, tahun=2023) == dipratinjau
        if hasil != "diterapkan":
            assert _jumlah() == sebelum, "data berubah padahal unggahan tidak diterapkan"
        catat(f"web.{hasil}")
        transaction.set_rollback(True)
