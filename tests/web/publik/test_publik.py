"""The public pages show published LKj and the IKU results frozen at publication, never drafts."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from sakip.web.dokumen import services
from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.kinerja.contoh import kalumpang_2023
from sakip.web.kinerja.services import berkas_simpan


def _dokumen(tk, nama="a", sah=True):
    """A generated (and by default signed) LKj (small stand-in files: publication does not depend on their content)."""
    from django.utils import timezone

    berkas = {}
    for f, isi in (("pdf", b"%PDF-1.7 " + nama.encode()), ("html", b"<!DOCTYPE html>" + nama.encode())):
        jalur = services.folder_dokumen() / "uji-publik" / nama / f"LKj.{f}"
        jalur.parent.mkdir(parents=True, exist_ok=True)
        jalur.write_bytes(isi)
        berkas[f] = {"nama": f"LKj.{f}", "path": str(jalur.relative_to(services.folder_dokumen())),
                     "sha256": hashlib.sha256(isi).hexdigest(), "ukuran": len(isi)}
    return DokumenTerbit.objects.create(tahun_kinerja=tk, jenis="lkj", versi_data=tk.versi, berkas=berkas,
                                        disahkan_pada=timezone.now() if sah else None)


@pytest.fixture
def terbit(orang, kalumpang):
    return services.dokumen_terbitkan(dokumen=_dokumen(kalumpang), oleh=orang["admin"])


def test_lkj_yang_belum_disahkan_tidak_dapat_diterbitkan(orang, kalumpang):
    from django.core.exceptions import ValidationError

    d = _dokumen(kalumpang, "draf", sah=False)
    with pytest.raises(ValidationError, match="Hanya LKj yang telah disahkan"):
        services.dokumen_terbitkan(dokumen=d, oleh=orang["admin"])
    assert not DokumenTerbit.objects.get(pk=d.pk).terbit


def test_publik_hanya_yang_diterbitkan(client, terbit, disdik):
    _dokumen(disdik, "b")  # generated and signed, not published
    html = client.get(reverse("publik:indeks")).content.decode()
    assert "Kecamatan Kalumpang" in html and "3 dari 3" in html and "77,58 %" in html
    assert "Dinas Pendidikan" not in html
    url_b = reverse("publik:detail", kwargs={"pk": disdik.instansi_id, "tahun": 2023})
    assert client.get(url_b).status_code == 404
    assert client.get(reverse("publik:unduh", kwargs={"pk": disdik.instansi_id, "tahun": 2023, "format": "pdf"})).status_code == 404


def test_halaman_terbitan_dan_unduhan(client, terbit, kalumpang):
    html = client.get(reverse("publik:detail", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023})).content.decode()
    for teks in ("350,00 %", "100,00 %", "105,62 %", "Sangat Tinggi", "77,58 %"):
        assert teks in html
    assert terbit.berkas["pdf"]["sha256"] in html  # readers can check the file they download
    resp = client.get(reverse("publik:unduh", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023, "format": "pdf"}))
    assert resp.status_code == 200 and b"".join(resp.streaming_content).startswith(b"%PDF")
    assert client.get(reverse("publik:unduh", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023, "format": "docx"})).status_code == 404


def test_publik_tetap_angka_saat_terbit_walau_data_berubah(client, terbit, kalumpang):
    """Draft changes after publication never reach the public page."""
    b = kalumpang_2023()
    b.anggaran[0] = b.anggaran[0].model_copy(update={"realisasi": b.anggaran[0].pagu})
    berkas_simpan(instansi=kalumpang.instansi, tahun=2023, berkas=b)
    html = client.get(reverse("publik:detail", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023})).content.decode()
    assert "77,58 %" in html


def test_instansi_nonaktif_tidak_di_publik(client, terbit, kalumpang):
    from sakip.web.organisasi import services as org

    i = kalumpang.instansi
    org.instansi_update(instansi=i, nama=i.nama, jenis=i.jenis, kode=i.kode, singkatan="", aktif=False)
    assert "Kecamatan Kalumpang" not in client.get(reverse("publik:indeks")).content.decode()


def test_kueri_publik_tidak_tumbuh(client, terbit, disdik, django_assert_max_num_queries):
    services.dokumen_terbitkan(dokumen=_dokumen(disdik, "b"))
    with django_assert_max_num_queries(3):
        assert client.get(reverse("publik:indeks")).status_code == 200


def test_tarik_dari_publik_dengan_alasan_lalu_terbit_lagi(client, orang, terbit, kalumpang):
    from django.core.exceptions import ValidationError

    from sakip.web.riwayat.models import Riwayat

    alamat = reverse("dokumen:dokumen_tarik", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023, "dokumen": terbit.pk})
    client.force_login(orang["operator_a"])
    assert client.post(alamat, {"alasan": "Salah unggah dokumen."}).status_code == 403  # operators do not publish
    with pytest.raises(ValidationError, match="alasan penarikan"):
        services.dokumen_tarik(dokumen=terbit, oleh=orang["admin"], alasan="salah")
    client.force_login(orang["admin"])
    client.post(alamat, {"alasan": "Lampiran foto memuat data pribadi warga."})
    client.logout()
    assert "Kecamatan Kalumpang" not in client.get(reverse("publik:indeks")).content.decode()
    assert client.get(reverse("publik:detail", kwargs={"pk": kalumpang.instansi_id, "tahun": 2023})).status_code == 404
    d = DokumenTerbit.objects.get(pk=terbit.pk)
    assert d.sah and not d.terbit  # still signed and stored

    jejak = list(Riwayat.objects.filter(instansi_id=kalumpang.instansi_id, entitas="Dokumen").order_by("id"))
    assert [(r.sesudah["terbit"], r.alasan) for r in jejak] == [
        (True, ""), (False, "Lampiran foto memuat data pribadi warga.")]
    assert jejak[1].pengguna == orang["admin"] and jejak[0].sesudah["sha256_pdf"] == terbit.berkas["pdf"]["sha256"]

    services.dokumen_terbitkan(dokumen=d, oleh=orang["admin"])
    assert "Kecamatan Kalumpang" in client.get(reverse("publik:indeks")).content.decode()
