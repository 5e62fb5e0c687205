"""Numbering, cross-references and table grids of the document model."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from sakip.reports.dokumen import (
    Daftar, DokumenTidakSah, Dokumen, Gambar, Judul, Kolom, Lampiran, Lanskap, Paragraf, Rujukan,
    RujukanTidakDikenal, Sel, Tabel, bab,
)
from sakip.reports.penomoran import bagian, nomori, tata_letak, teks_polos

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


def tabel(judul: str, **kw) -> Tabel:
    return Tabel(judul, [Kolom(), Kolom(1, "kanan")], [["A", "B"]], [["x", "1"]], **kw)


def test_tabel_dan_gambar_bernomor_per_bab(dokumen):
    p = nomori(dokumen)
    nomor_tabel = [e.nomor for e in p.tabel]
    assert nomor_tabel == ["2.1", "2.2", "2.3", "3.1", "3.2", "L1.1"]
    assert [e.nomor for e in p.gambar] == ["3.1", "3.2"]
    assert p.label("capaian") == "Tabel 3.1"
    assert p.label("grafik-ikm") == "Gambar 3.2"
    assert p.label("bab-3") == "BAB III"


def test_nomor_tidak_ganda_dan_tidak_melompat(dokumen):
    p = nomori(dokumen)
    for entri in (p.tabel, p.gambar):
        per_bab: dict[str, list[int]] = {}
        for e in entri:
            awalan, _, urut = e.nomor.rpartition(".")
            per_bab.setdefault(awalan, []).append(int(urut))
        for urutan in per_bab.values():
            assert urutan == list(range(1, len(urutan) + 1))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 3)), min_size=1, max_size=6),
       st.integers(0, 3))
def test_penomoran_mengikuti_bab(bab_bab, tabel_depan):
    """Whatever the shape, chapter k's j-th table is "k.j", front matter tables "1", "2"..."""
    blocks = [tabel(f"depan {i}") for i in range(tabel_depan)]
    for k, (n_tabel, n_gambar) in enumerate(bab_bab, start=1):
        blocks.append(Judul(1, f"BAB {k}", nomor=f"BAB {k}"))
        blocks += [Lanskap([tabel(f"t{k}.{j}")]) if j % 2 else tabel(f"t{k}.{j}")
                   for j in range(n_tabel)]
        blocks += [Gambar(f"g{k}.{j}", svg=SVG) for j in range(n_gambar)]
    p = nomori(Dokumen("x", blocks=blocks))
    harapan = [str(i + 1) for i in range(tabel_depan)] + [
        f"{k}.{j + 1}" for k, (n, _) in enumerate(bab_bab, start=1) for j in range(n)]
    assert [e.nomor for e in p.tabel] == harapan
    assert [e.nomor for e in p.gambar] == [
        f"{k}.{j + 1}" for k, (_, n) in enumerate(bab_bab, start=1) for j in range(n)]


def test_tabel_tak_bernomor_tidak_menggeser_nomor():
    d = Dokumen("x", blocks=[Judul(1, "A", "BAB I"), tabel("a"), tabel("b", bernomor=False),
                             tabel("c", id="c"), Lampiran("PK", "I"), tabel("d")])
    p = nomori(d)
    assert [e.nomor for e in p.tabel] == ["1.1", None, "1.2", "L1.1"]
    assert p.label("c") == "Tabel 1.2"


def test_rujukan_tidak_dikenal_ditolak_dengan_pesan_jelas():
    d = Dokumen("x", blocks=[Judul(1, "A", "BAB I"), tabel("a", id="ada"),
                             Paragraf(["lihat ", Rujukan("tidak-ada")])])
    with pytest.raises(RujukanTidakDikenal) as info:
        nomori(d)
    assert "tidak-ada" in str(info.value)
    assert "ada" in str(info.value)


def test_rujukan_dalam_sel_tabel_juga_diperiksa():
    d = Dokumen("x", blocks=[tabel("a"), Tabel("b", [Kolom()], [["A"]], [[Sel(Rujukan("zz"))]])])
    with pytest.raises(RujukanTidakDikenal):
        nomori(d)


def test_id_ganda_ditolak():
    with pytest.raises(DokumenTidakSah, match="lebih dari sekali"):
        nomori(Dokumen("x", blocks=[tabel("a", id="t"), tabel("b", id="t")]))


@pytest.mark.parametrize("baris, pesan", [
    ([["a", "b", "c"]], "melebihi"),
    ([["a"]], "terisi 1 dari 2"),
    ([[Sel("a", baris=3), "b"], ["c"]], "melewati akhir"),
    ([[Sel("a", baris=2), "b"], ["c", "d"]], "melebihi"),
])
def test_kisi_tabel_yang_salah_ditolak(baris, pesan):
    with pytest.raises(DokumenTidakSah, match=pesan):
        tata_letak(baris, 2)


def test_kisi_dengan_rentang_baris_dan_kolom():
    kisi = tata_letak([[Sel("a", baris=2), Sel("b", kolom=2)], ["c", "d"]], 3)
    assert [[(p.kolom, p.lebar, p.tinggi) for p in r] for r in kisi] == [
        [(0, 1, 2), (1, 2, 1)], [(1, 1, 1), (2, 1, 1)]]


def test_bagian_halaman(dokumen):
    bag = bagian(dokumen)
    assert len(bag.sampul) == 1
    assert isinstance(bag.isi[0], Judul) and bag.isi[0].nomor == "BAB I"
    assert any(isinstance(b, Judul) and b.teks == "KATA PENGANTAR" for b in bag.depan)


def test_teks_polos_memuat_nomor_dan_rujukan(dokumen):
    teks = teks_polos(dokumen)
    assert "Tabel 3.1 Capaian Kinerja Tahun 2023" in teks
    assert "sebagaimana terlihat pada Tabel 3.1 dan Gambar 3.1" in teks
    assert "BAB III AKUNTABILITAS KINERJA" in teks
    assert "NIP. 19900107 201206 1 001" in teks
    assert re.search(r"Jumlah \| [\d.]+ \| [\d.]+ \| \d+,\d\d", teks)


def test_model_menolak_isian_yang_salah():
    with pytest.raises(DokumenTidakSah, match="Perataan 'kanan-kiri'"):
        Paragraf("x", perataan="kanan-kiri")
    with pytest.raises(DokumenTidakSah, match="tidak memiliki isi"):
        Gambar("kosong")
    with pytest.raises(DokumenTidakSah, match="Level judul"):
        Judul(4, "terlalu dalam")
    with pytest.raises(DokumenTidakSah, match="mengikuti sebuah butir"):
        Daftar([Daftar(["a"])])
    with pytest.raises(DokumenTidakSah, match="satu tingkat"):
        Daftar(["a", Daftar(["b", Daftar(["c"])])])
    with pytest.raises(DokumenTidakSah, match="minimal 1"):
        Sel("x", kolom=0)


def test_bab_bernomor_romawi():
    assert [bab(i, "X").nomor for i in (1, 4, 9, 14)] == ["BAB I", "BAB IV", "BAB IX", "BAB XIV"]
    assert bab(3, "AKUNTABILITAS KINERJA").teks_lengkap == "BAB III AKUNTABILITAS KINERJA"
