"""Writing a data file: read -> write -> read gives the same data and the same text."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.berkas import baca, dari_yaml, ke_yaml, tulis_yaml
from sakip.berkas.realisasi import AnggaranSubKegiatan
from sakip.berkas.renstra import Indikator


def test_bolak_balik_sama_dan_stabil(tmp_path, teks_minimal):
    berkas = dari_yaml(teks_minimal)
    path = tmp_path / "keluar.yaml"
    tulis_yaml(berkas, path)
    dibaca = baca(path)
    assert dibaca == berkas
    assert ke_yaml(dibaca) == path.read_text(encoding="utf-8")


def test_urutan_kunci_mengikuti_model(teks_minimal):
    teks = ke_yaml(dari_yaml(teks_minimal))
    puncak = [b.split(":")[0] for b in teks.splitlines() if b and b[0].isalpha()]
    assert puncak == ["versi_format", "profil", "renstra", "program", "perjanjian_kinerja", "realisasi", "anggaran"]


def test_teks_panjang_ditulis_sebagai_blok(teks_minimal):
    berkas = dari_yaml(teks_minimal)
    berkas.narasi.penutup = "Paragraf satu.\n\nParagraf dua: dengan titik dua."
    teks = ke_yaml(berkas)
    assert "  penutup: |-\n    Paragraf satu.\n\n    Paragraf dua" in teks
    assert dari_yaml(teks).narasi.penutup == berkas.narasi.penutup


# Values as offices write them: numbers with comma decimals, ratios, ranges, units, text.
_angka = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
_nilai = st.one_of(
    _angka.map(lambda d: f"{d}".replace(".", ",")),
    st.tuples(st.integers(0, 99), st.integers(1, 99)).map(lambda t: f"{t[0]}:{t[1]}"),
    st.tuples(st.integers(0, 50), st.integers(50, 100)).map(lambda t: f"{t[0]} - {t[1]} %"),
    st.integers(0, 12).map(lambda n: f"{n} Bulan"),
    st.sampled_from(["-", "WTP", "true", "null", "yes", "no", "~", "1e3", "0x10", "100 %", "Nilai 84"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.dictionaries(st.integers(2019, 2023), _nilai, max_size=5), baseline=st.none() | _nilai)
def test_nilai_apa_pun_bertahan_bolak_balik(teks_minimal, target, baseline):
    berkas = dari_yaml(teks_minimal)
    tujuan = berkas.renstra.tujuan[0]
    tujuan.indikator = [Indikator(kode="X-1", nama="Uji", target=target, baseline=baseline)]
    dibaca = dari_yaml(ke_yaml(berkas))
    assert dibaca.renstra.tujuan[0].indikator[0].target == target
    assert dibaca.renstra.tujuan[0].indikator[0].baseline == baseline


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pagu=_angka, realisasi=st.none() | _angka)
def test_rupiah_bertahan_bolak_balik(teks_minimal, pagu, realisasi):
    berkas = dari_yaml(teks_minimal)
    berkas.anggaran = [
        AnggaranSubKegiatan(sub_kegiatan="7.01.06.2.01.0001", pagu_murni=pagu, realisasi=realisasi)
    ]
    dibaca = dari_yaml(ke_yaml(berkas)).anggaran[0]
    assert dibaca.pagu_murni == pagu and isinstance(dibaca.pagu_murni, Decimal)
    assert dibaca.realisasi == realisasi
