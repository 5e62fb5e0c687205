"""The Kalumpang 2023 example reproduces the reference LKj's figures (as corrected).

Every figure is recomputed from the data file: capaian from target and realisasi,
serapan from the sub kegiatan rows. Nothing is read from a printed percentage.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sakip.berkas import baca, dari_yaml, ke_yaml, periksa
from sakip.core import format as fmt
from sakip.core.anggaran import rekap, serapan
from sakip.core.capaian import hitung_capaian

CONTOH = Path(__file__).parents[2] / "contoh" / "kalumpang-2023" / "kalumpang-2023.yaml"


@pytest.fixture(scope="module")
def berkas():
    return baca(CONTOH)


def _capaian(berkas, kode: str, tahun: int = 2023):
    i = berkas.indikator(kode).indikator
    target = berkas.target_pk(kode) if tahun == berkas.profil.tahun else i.target[tahun]
    return hitung_capaian(
        target=target,
        realisasi=berkas.realisasi_indikator(kode, tahun).nilai,
        polaritas=i.polaritas,
        rumus_negatif=i.rumus_negatif,
        tahun=tahun,
    )


def test_capaian_iku_2023(berkas):
    assert [_capaian(berkas, k).tampil for k in ("IKU-1", "IKU-2", "IKU-3")] == ["350,00 %", "100,00 %", "105,62 %"]
    # capped at 100 % for the rating, as the LKj's own rule says
    assert _capaian(berkas, "IKU-1").capaian_dibatasi == Decimal(100)


def test_capaian_iku_2022_dihitung_ulang(berkas):
    # the LKj printed 102 for IKM 2022; 85,56 / 83 = 103,08 %
    assert _capaian(berkas, "IKU-3", 2022).tampil == "103,08 %"
    assert _capaian(berkas, "IKU-1", 2022).tampil == "100,00 %"


def test_target_pk_sama_dengan_renstra_dan_tiga_iku(berkas):
    assert [i.indikator.kode for i in berkas.iku()] == ["IKU-1", "IKU-3", "IKU-2"]
    assert berkas.pk_berlaku().tanggal.isoformat() == "2023-10-02"
    assert [p.jenis for p in periksa(berkas)] == ["pk_tanpa_alasan", "pagu_nol"]


def test_total_anggaran_dan_serapan(berkas):
    pagu = sum((a.pagu for a in berkas.anggaran), Decimal(0))
    realisasi = sum((a.realisasi_total for a in berkas.anggaran), Decimal(0))
    # rows are the data: their sum is 2.635.415.921 (the LKj printed 2.635.415.421)
    assert (fmt.rupiah(pagu), fmt.rupiah(realisasi)) == ("3.397.085.593", "2.635.415.921")
    assert serapan(pagu=pagu, realisasi=realisasi).tampil == "77,58 %"


def test_serapan_per_program_sama_dengan_pk_dan_teks(berkas):
    hasil = rekap(
        berkas.anggaran,
        kunci=lambda a: a.sub_kegiatan[:7],
        pagu=lambda a: a.pagu,
        realisasi=lambda a: a.realisasi_total,
    )
    per_program = {r.kunci: r.hasil for r in hasil}
    assert {k: h.tampil for k, h in per_program.items()} == {
        "7.01.06": "99,67 %",
        "7.01.03": "97,49 %",
        "7.01.05": "94,00 %",
        "7.01.04": "99,98 %",
        "7.01.02": "100,00 %",
        "7.01.01": "75,89 %",
    }
    # the pagu per program equals the PK perubahan (Tabel 2.5)
    pk = {b.program: b.anggaran for b in berkas.pk_berlaku().program}
    assert {k: h.pagu for k, h in per_program.items()} == pk
    assert fmt.rupiah(per_program["7.01.01"].realisasi) == "2.380.181.371"


def test_anggaran_pendukung_iku_desa_maju(berkas):
    # the LKj's 25.262.300 / 25.169.650 = 99,63 %: the program's sub kegiatan that support IKU-1
    baris = [
        berkas.anggaran_sub_kegiatan(s.kode) for _, _, s in berkas.semua_sub_kegiatan() if "IKU-1" in s.mendukung
    ]
    pagu = sum((a.pagu for a in baris), Decimal(0))
    realisasi = sum((a.realisasi_total for a in baris), Decimal(0))
    assert (fmt.rupiah(pagu), fmt.rupiah(realisasi)) == ("25.262.300", "25.169.650")
    assert serapan(pagu=pagu, realisasi=realisasi).tampil == "99,63 %"


def test_serapan_sub_kegiatan_yang_salah_cetak(berkas):
    a = berkas.anggaran_sub_kegiatan("7.01.06.2.01.0001")
    assert serapan(pagu=a.pagu, realisasi=a.realisasi_total).tampil == "98,85 %"  # printed 99,85


def test_pembanding_dari_idm_2023(berkas):
    nilai = {p.instansi: p.nilai for p in berkas.pembanding.instansi_lain}
    assert len(nilai) == 10
    assert nilai["Kecamatan Loksado"] == "1:11"
    assert nilai["Kecamatan Padang Batung"] == "11:17"
    assert all(s.nilai is None for s in berkas.pembanding.standar_nasional)


def test_isi_lain_lengkap(berkas):
    assert len(berkas.prestasi) == 14
    assert len(berkas.dokumentasi) == 10
    assert berkas.rekomendasi_reviu[0].tahun_anggaran == 2022
    assert berkas.profil.kepala.plt and berkas.profil.kepala.jabatan == "Camat Kalumpang"
    tertulis = {k.tertulis for k in berkas.catatan_koreksi}
    assert {"2.635.415.421", "99,85", "102", "17.562.400", "1,05 %"} <= tertulis


def test_contoh_bolak_balik_tanpa_perubahan(berkas):
    """The example is kept in the canonical form sakip writes (stable diffs). After editing it by
    hand, rewrite it with ``tulis_yaml(baca(path), path)``."""
    teks = ke_yaml(berkas)
    assert dari_yaml(teks) == berkas
    assert teks == CONTOH.read_text(encoding="utf-8")
