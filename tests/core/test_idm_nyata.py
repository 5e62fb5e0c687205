"""Golden tests against the official IDM data (Kemendes PDTT) in shared/data/real."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.core import idm

DATA = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real").resolve()
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason=f"data nyata tidak ada di {DATA} (../shared di samping repo)")


def _baca(nama: str) -> list[dict]:
    with open(DATA / nama, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _masukan(baris: dict) -> idm.MasukanDesa:
    def d(k):
        return Decimal(baris[k]) if baris[k] else None

    return idm.MasukanDesa(desa=baris["desa"], kecamatan=baris["kecamatan"], iks=d("iks"), ike=d("ike"),
                           ikl=d("ikl"), idm=d("idm_published"), status_tertulis=baris["status_published"] or None)


@pytest.mark.parametrize("tahun", [2023, 2024])
def test_setiap_desa_hss_sesuai_status_resmi(tahun):
    baris = _baca(f"idm-{tahun}/hss-villages-{tahun}.csv")
    assert len(baris) == 144
    for b in baris:
        hasil = idm.nilai_desa(_masukan(b), tahun=tahun)
        assert hasil.status == idm.kenali_status(b["status_published"], tahun=tahun), b["desa"]
        assert hasil.cocok is True, b["desa"]


@pytest.mark.parametrize("tahun", [2023, 2024])
def test_ringkasan_kecamatan_sesuai_data_resmi(tahun):
    hasil = [idm.nilai_desa(_masukan(b), tahun=tahun) for b in _baca(f"idm-{tahun}/hss-villages-{tahun}.csv")]
    ringkasan = idm.ringkas(hasil, tahun=tahun)
    kolom = {"Mandiri": "n_mandiri", "Maju": "n_maju", "Berkembang": "n_berkembang",
             "Tertinggal": "n_tertinggal", "Sangat Tertinggal": "n_sangat_tertinggal"}
    resmi = _baca(f"idm-{tahun}/hss-kecamatan-summary-{tahun}.csv")
    assert len(resmi) == len(ringkasan.per_kecamatan) == 11
    for r in resmi:
        hitung = ringkasan.per_kecamatan[r["kecamatan"]]
        assert {s: hitung[s] for s in kolom} == {s: int(r[k]) for s, k in kolom.items()}, r["kecamatan"]
        assert hitung[idm.TIDAK_DAPAT_DIHITUNG] == 0
    assert sum(ringkasan.per_status.values()) == 144


def test_kalumpang_2023_dua_mandiri_tujuh_maju():
    hasil = [idm.nilai_desa(_masukan(b), tahun=2023) for b in _baca("idm-2023/hss-villages-2023.csv")]
    kalumpang = idm.ringkas(hasil, tahun=2023).per_kecamatan["KALUMPANG"]
    assert kalumpang["Mandiri"] == 2 and kalumpang["Maju"] == 7
    assert sum(kalumpang.values()) == 9


def test_kasus_batas_nasional_2024():
    baris = _baca("idm-2024/national-edge-cases-2024.csv")
    hasil = [idm.nilai_desa(_masukan(b), tahun=2024) for b in baris]
    for b, h in zip(baris, hasil):
        if b["idm_published"]:
            assert h.status == idm.kenali_status(b["status_computed_from_published_idm"], tahun=2024), b["desa"]
    tanpa_skor = [h for h in hasil if h.status == idm.TIDAK_DAPAT_DIHITUNG]
    assert sorted(h.desa for h in tanpa_skor) == ["BATU JAYA", "PERKEBUNAN ALUR JAMBU", "PULO BUNTA", "WONOREJO"]
    assert all(h.alasan for h in tanpa_skor)
    beda = [k for k in idm.ketidaksesuaian(hasil, tahun=2024) if k.jenis == "status"]
    assert [(k.desa, k.tertulis, k.hitung) for k in beda] == [("KUPANG BERSIH", "BERKEMBANG", "Maju")]


@pytest.mark.parametrize("tahun", [2023, 2024])
def test_selisih_idm_resmi_dan_hitungan_paling_banyak_satu_satuan(tahun):
    """The official IDM is (IKS+IKE+IKL)/3 of the 4-dp components, within 0,0001."""
    hasil = [idm.nilai_desa(_masukan(b), tahun=tahun) for b in _baca(f"idm-{tahun}/hss-villages-{tahun}.csv")]
    assert [h.desa for h in hasil if h.catatan] == []


def test_status_dari_idm_resmi_bukan_dari_rata_rata_komponen_yang_dibulatkan():
    """10 desa are published 0,8156 (Mandiri) while the mean of their 4-dp components is 0,8155."""
    baris = [b for b in _baca("idm-2024/national-edge-cases-2024.csv") if b["idm_published"]]
    beda = []
    for b in baris:
        h = idm.nilai_desa(_masukan(b), tahun=2024)
        if idm.status_idm(h.idm_hitung, tahun=2024) != h.status:
            beda.append(h)
    assert len(beda) == 10
    assert all(h.status == "Mandiri" and h.idm_hitung == Decimal("0.8155") and h.cocok for h in beda)
    assert all(not h.catatan for h in beda)  # a 0,0001 difference is rounding, not a note
