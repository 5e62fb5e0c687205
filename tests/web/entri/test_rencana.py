"""Renstra, program tree, anggaran, narasi and lampiran screens: writes go through the berkas model."""

from __future__ import annotations

import pytest

from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_get

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def operator(client, orang, tk_a):
    client.force_login(orang["operator_a"])
    return client


def _berkas(tk):
    return berkas_get(instansi_pk=tk.instansi_id, tahun=tk.tahun)


def _isian_indikator(ind: m.Indikator, **ubah) -> dict:
    d = {f: getattr(ind, f) or "" for f in ("kode", "nama", "satuan", "polaritas", "rumus_negatif", "metode_agregasi",
                                             "formulasi", "sumber_data", "alasan_pemilihan", "baseline", "target_akhir",
                                             "keterangan")}
    d.update({"versi": ind.versi, "iku": "on" if ind.iku else "", "tahun_baseline": ind.tahun_baseline or ""})
    d.update({f"target_{t.tahun}": t.nilai for t in ind.target.all()})
    d.update(ubah)
    return {k: v for k, v in d.items() if v != ""}


def test_ubah_indikator_dan_target(operator, tk_a):
    ind = m.Indikator.objects.get(tahun_kinerja=tk_a, kode="IKU-3")
    r = operator.post(url("indikator_ubah", tk_a, "IKU-3"), _isian_indikator(ind, target_2023="85", satuan="Nilai"))
    assert r.status_code == 302
    b = _berkas(tk_a).indikator("IKU-3").indikator
    assert b.target[2023] == "85" and b.satuan == "Nilai" and b.iku


def test_ganti_kode_indikator_ikut_mengganti_rujukan(operator, tk_a):
    ind = m.Indikator.objects.get(tahun_kinerja=tk_a, kode="IKU-3")
    r = operator.post(url("indikator_ubah", tk_a, "IKU-3"), _isian_indikator(ind, kode="IKM"))
    assert r.status_code == 302
    b = _berkas(tk_a)
    assert b.realisasi_indikator("IKM").nilai == "88,72" and b.target_pk("IKM") == "84"


def test_hapus_indikator_yang_dirujuk_ditolak_dengan_pesan_model(operator, tk_a):
    ind = m.Indikator.objects.get(tahun_kinerja=tk_a, kode="IKU-3")
    r = operator.post(url("indikator_ubah", tk_a, "IKU-3"), {"versi": ind.versi, "hapus": "1", "kode": "IKU-3", "nama": "x",
                                                             "polaritas": "positif", "metode_agregasi": "nilai_akhir"})
    assert r.status_code == 400
    assert "IKU-3" in " ".join(r.context["form"].non_field_errors())
    assert m.Indikator.objects.filter(pk=ind.pk).exists()


def test_indikator_baru_dengan_target_salah(operator, tk_a):
    u = url("indikator_tambah", tk_a) + "?level=sasaran&induk=S3"
    r = operator.post(u, {"versi": 0, "kode": "IKU-9", "nama": "Baru", "polaritas": "positif", "metode_agregasi": "nilai_akhir",
                          "target_2023": "1.2.3,4"})
    assert r.status_code == 400 and r.context["form"].errors["target_2023"]
    r = operator.post(u, {"versi": 0, "kode": "IKU-9", "nama": "Baru", "polaritas": "positif", "metode_agregasi": "nilai_akhir",
                          "target_2023": "90"})
    assert r.status_code == 302 and _berkas(tk_a).indikator("IKU-9").induk == "S3"


def test_rumus_negatif_hanya_untuk_negatif(operator, tk_a):
    ind = m.Indikator.objects.get(tahun_kinerja=tk_a, kode="IKU-3")
    r = operator.post(url("indikator_ubah", tk_a, "IKU-3"), _isian_indikator(ind, rumus_negatif="T/R"))
    assert r.status_code == 400
    assert "rumus_negatif hanya boleh diisi untuk indikator berpolaritas negatif" in str(r.context["form"].errors)


def test_kode_sub_kegiatan_divalidasi_seperti_impor(operator, tk_a):
    u = url("kode_anggaran_tambah", tk_a) + "?level=sub_kegiatan&induk=7.01.01.2.01"
    r = operator.post(u, {"versi": 0, "kode": "7.01.01.2.01.1", "nama": "Sub baru"})
    assert r.status_code == 400
    assert r.context["form"].errors["kode"] == [
        "kode sub kegiatan harus berbentuk U.BB.PP.K.KK.SSSS, mis. 7.01.01.2.01.0001 (atau 2 angka terakhir menurut Permendagri 90/2019)"]
    r = operator.post(u, {"versi": 0, "kode": "7.01.01.2.01.0099", "nama": "Sub baru"})
    assert r.status_code == 302
    assert any(s.kode == "7.01.01.2.01.0099" for _, _, s in _berkas(tk_a).semua_sub_kegiatan())


def test_tujuan_sasaran_tambah_ubah(operator, tk_a):
    assert operator.post(url("tujuan_tambah", tk_a), {"versi": 0, "kode": "T9", "uraian": "Tujuan baru"}).status_code == 302
    r = operator.post(url("sasaran_tambah", tk_a) + "?tujuan=T9", {"versi": 0, "kode": "S9", "uraian": "Sasaran baru"})
    assert r.status_code == 302
    s = m.Sasaran.objects.get(tahun_kinerja=tk_a, kode="S9")
    r = operator.post(url("sasaran_ubah", tk_a, "S9"), {"versi": s.versi, "kode": "S9", "uraian": ""})
    assert r.status_code == 400 and r.context["form"].errors["uraian"] == ["wajib diisi"]


def test_renstra_periode_terbalik(operator, tk_a):
    r = operator.post(url("renstra", tk_a), {"versi": tk_a.versi, "tahun_awal": 2023, "tahun_akhir": 2019, "visi": "V",
                                             "misi-TOTAL_FORMS": 1, "misi-INITIAL_FORMS": 0, "misi-0-nomor": "1",
                                             "misi-0-uraian": "Misi"})
    assert r.status_code == 400 and "tahun_akhir tidak boleh lebih awal dari tahun_awal" in str(r.context["form"].errors)


def test_anggaran_serapan_dan_rupiah(operator, tk_a):
    a = m.Anggaran.objects.get(tahun_kinerja=tk_a, sub_kegiatan__kode="7.01.01.2.01.0001")
    r = operator.post(url("anggaran_ubah", tk_a, "7.01.01.2.01.0001"),
                      {"versi": a.versi, "pagu_murni": "Rp. 10.000.000,00", "realisasi": "7.500.000", "sumber_dana": "DAU"})
    assert r.status_code == 302
    html = operator.get(url("anggaran_list", tk_a)).content.decode()
    assert "75,00 %" in html and "10.000.000" in html
    r = operator.post(url("anggaran_ubah", tk_a, "7.01.01.2.01.0001"),
                      {"versi": a.versi + 1, "pagu_murni": "2.807.870.000.00"})
    assert r.status_code == 400 and r.context["form"].errors["pagu_murni"]


def test_narasi_kosong_berarti_otomatis(operator, tk_a):
    r = operator.post(url("narasi", tk_a), {"versi": tk_a.versi, "penutup": "Demikian laporan ini.", "kata_pengantar": "  "})
    assert r.status_code == 302
    n = _berkas(tk_a).narasi
    assert n.penutup == "Demikian laporan ini." and n.kata_pengantar is None


def _lampiran(tk, versi, prestasi: list[dict]) -> dict:
    """POST data of the lampiran page: the stored rows of the other tables unchanged, prestasi replaced."""
    from sakip.web.entri.views_lampiran import TABEL

    d = {"versi": versi}
    for t in TABEL:
        baris = prestasi if t.kunci == "prestasi" else t.ambil({"pembanding": tk.pembanding, "rekomendasi_reviu": tk.rekomendasi_reviu})
        d[f"{t.awalan}-TOTAL_FORMS"], d[f"{t.awalan}-INITIAL_FORMS"] = len(baris), len(baris)
        for i, b in enumerate(baris):
            d.update({f"{t.awalan}-{i}-{k}": "" if v is None else v for k, v in b.items()})
    return d


def test_lampiran_divalidasi_model_pada_baris_dan_kolomnya(operator, tk_a):
    n_pembanding = len(_berkas(tk_a).pembanding.instansi_lain)
    isi = [{"uraian": "Juara 1", "tingkat": "Kabupaten", "tahun": "2023"}, {"uraian": "Juara 2", "tingkat": "", "tahun": "1990"}]
    r = operator.post(url("lampiran", tk_a), _lampiran(tk_a, tk_a.versi, isi))
    assert r.status_code == 400
    fs = next(fs for t, fs in r.context["tabel"] if t.kunci == "prestasi")
    assert fs.forms[1].errors == {"tingkat": ["wajib diisi"], "tahun": ["harus paling kecil 2000"]}
    isi[1].update(tingkat="Provinsi", tahun="2022")
    isi.append({"uraian": "", "tingkat": "", "tahun": ""})  # an empty row is dropped
    r = operator.post(url("lampiran", tk_a), _lampiran(tk_a, tk_a.versi, isi))
    assert r.status_code == 302
    b = _berkas(tk_a)
    assert [(p.uraian, p.tahun) for p in b.prestasi] == [("Juara 1", 2023), ("Juara 2", 2022)]
    assert len(b.pembanding.instansi_lain) == n_pembanding  # other tables kept as they were
