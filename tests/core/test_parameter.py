"""Every regulation number is dated, cited data."""

from __future__ import annotations

import datetime as dt

import pytest

from sakip.core.exceptions import ParameterTidakDitemukan
from sakip.core.parameter import KEYAKINAN, berlaku_pada_tahun, parameter, semua_parameter


def test_setiap_parameter_punya_sumber_dan_keyakinan():
    assert semua_parameter(), "no parameters were loaded"
    for nama, p in semua_parameter().items():
        assert p.deskripsi, nama
        for n in p.riwayat:
            assert n.referensi and all(r.judul for r in n.referensi), nama
            assert n.keyakinan in KEYAKINAN, nama


def test_nilai_lama_tetap_dapat_dihitung_ulang():
    p = parameter("peringkat.permendagri_86_2017")
    assert "54 Tahun 2010" in p.pada(dt.date(2016, 12, 31)).referensi[0].judul
    assert "86 Tahun 2017" in p.pada(dt.date(2023, 12, 31)).referensi[0].judul
    with pytest.raises(ParameterTidakDitemukan, match="belum berlaku"):
        p.pada(dt.date(2009, 12, 31))


def test_aturan_tahun_2023_lengkap():
    nama = {n.nama for n in berlaku_pada_tahun(2023)}
    assert {"peringkat.permendagri_86_2017", "capaian.rumus_negatif", "ikm.mutu_2017", "lke.predikat_88_2021", "idm.status_permendesa_2_2016"} <= nama
    assert "lke.predikat_88_2021" not in {n.nama for n in berlaku_pada_tahun(2020)}


def test_alasan_perubahan_pk_utuh():
    from sakip.core.parameter import nilai

    alasan = {a["kode"]: a["uraian"] for a in nilai("pk.ketentuan_53_2014", 2023)["alasan_perubahan"]}
    assert set(alasan) == {"pergantian_pejabat", "perubahan_strategi", "perubahan_prioritas"}
    assert alasan["perubahan_strategi"].endswith("(program, kegiatan, alokasi anggaran)")
