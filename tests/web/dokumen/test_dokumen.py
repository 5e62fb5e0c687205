"""Documents from the web: generated from the database, stored with their SHA-256, stale when data changes."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from sakip.web.dokumen import services
from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.kinerja.contoh import kalumpang_2023
from sakip.web.kinerja.services import berkas_simpan

pytestmark = pytest.mark.lambat


def _url(tk, **kw):
    return {"pk": tk.instansi_id, "tahun": tk.tahun, **kw}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) tidak ada")
def test_susun_lkj_unduh_pdf_lalu_basi_setelah_data_berubah(client, orang, kalumpang):
    client.force_login(orang["operator_a"])
    resp = client.post(reverse("dokumen:dokumen_susun", kwargs=_url(kalumpang)), {"jenis": "lkj"}, follow=True)
    assert "Laporan Kinerja (LKj) selesai disusun" in resp.content.decode()
    d = DokumenTerbit.objects.get(tahun_kinerja=kalumpang, jenis="lkj")
    assert set(d.berkas) == {"pdf", "docx", "html"} and d.versi_data == kalumpang.versi

    resp = client.get(reverse("dokumen:dokumen_unduh", kwargs=_url(kalumpang, dokumen=d.pk, format="pdf")))
    isi = b"".join(resp.streaming_content)
    assert resp.status_code == 200 and isi[:4] == b"%PDF"
    assert hashlib.sha256(isi).hexdigest() == d.berkas["pdf"]["sha256"]
    assert 'filename="LKj-Kecamatan-Kalumpang-2023.pdf"' in resp["Content-Disposition"]
    teks = subprocess.run(["pdftotext", "-layout", "-", "-"], input=isi, capture_output=True, check=True).stdout.decode()
    for angka in ("105,62", "77,58", "3.397.085.593", "75,89"):
        assert angka in teks, angka

    halaman = client.get(reverse("kinerja:tahun_kinerja_detail", kwargs=_url(kalumpang))).content.decode()
    assert "Terbitkan" not in halaman  # an operator may generate, not publish
    assert "data sudah berubah sejak dokumen disusun" not in halaman

    b = kalumpang_2023()
    b.anggaran[0] = b.anggaran[0].model_copy(update={"realisasi": b.anggaran[0].pagu})
    berkas_simpan(instansi=kalumpang.instansi, tahun=2023, berkas=b)
    halaman = client.get(reverse("kinerja:tahun_kinerja_detail", kwargs=_url(kalumpang))).content.decode()
    assert "data sudah berubah sejak dokumen disusun" in halaman
    with pytest.raises(ValidationError, match="Hanya LKj yang telah disahkan"):
        services.dokumen_terbitkan(dokumen=d)


def test_susun_pk_murni_dan_perubahan(orang, kalumpang):
    murni = services.dokumen_susun(tahun_kinerja=kalumpang, jenis="pk-murni")
    assert murni.berkas["pdf"]["nama"] == "PK-Kecamatan-Kalumpang-2023.pdf"
    assert services.jalur_berkas(dokumen=murni, format="docx").read_bytes()[:2] == b"PK"  # a zip
    ada_perubahan = any(p.jenis == "perubahan" for p in kalumpang_2023().perjanjian_kinerja)
    if ada_perubahan:
        assert services.dokumen_susun(tahun_kinerja=kalumpang, jenis="pk-perubahan").berkas["pdf"]["nama"].startswith("PK-")
    else:
        with pytest.raises(ValidationError, match="tidak dapat disusun"):
            services.dokumen_susun(tahun_kinerja=kalumpang, jenis="pk-perubahan")
    with pytest.raises(ValidationError):
        services.dokumen_terbitkan(dokumen=murni)  # only an LKj is published


def test_susun_ulang_mengganti_draf_lama_dan_berkasnya(orang, kalumpang):
    lama = services.dokumen_susun(tahun_kinerja=kalumpang, jenis="pk-murni")
    jalur = services.jalur_berkas(dokumen=lama, format="pdf")
    baru = services.dokumen_susun(tahun_kinerja=kalumpang, jenis="pk-murni")
    assert list(DokumenTerbit.objects.filter(tahun_kinerja=kalumpang)) == [baru]
    assert not jalur.exists()


def test_setiap_versi_pk_dapat_disusun_dari_halaman(client, orang, kalumpang):
    """Murni and every perubahan stay printable: one button per version."""
    client.force_login(orang["operator_a"])
    halaman = client.get(reverse("kinerja:tahun_kinerja_detail", kwargs=_url(kalumpang))).content.decode()
    versi = list(kalumpang.perjanjian_kinerja.values_list("nomor_urut", flat=True))
    for n in versi:
        assert f'value="pk:{n}"' in halaman
    n = max(versi)
    resp = client.post(reverse("dokumen:dokumen_susun", kwargs=_url(kalumpang)), {"jenis": f"pk:{n}"}, follow=True)
    assert "selesai disusun" in resp.content.decode()
    d = DokumenTerbit.objects.get(tahun_kinerja=kalumpang, nomor_urut_pk=n)
    assert d.jenis == ("pk-murni" if n == 0 else "pk-perubahan")
    assert d.berkas["pdf"]["nama"].startswith("PK-Kecamatan-Kalumpang-2023")
