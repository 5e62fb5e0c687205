"""The LKj through the document model: numbers, numbering, order and honest drafts."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from sakip.core.angka import parse_angka
from sakip.laporan import susun_lkj
from sakip.reports.dokumen import Gambar, Judul, Lampiran, Sel, Tabel, jelajahi
from sakip.reports.penomoran import nomori, teks_polos


def _tabel(dok, id_tabel) -> Tabel:
    return next(b for b in jelajahi(dok.blocks) if isinstance(b, Tabel) and b.id == id_tabel)


def _teks(sel) -> str:
    return "".join(r.teks for r in (sel.isi if isinstance(sel, Sel) else Sel(sel).isi))


def _uang(sel) -> Decimal:
    return parse_angka(_teks(sel))


def test_nomor_tabel_dan_gambar_unik_dan_rujukan_terselesaikan(dokumen):
    p = nomori(dokumen)  # raises on an unknown Rujukan or a duplicate id
    for daftar in (p.tabel, p.gambar):
        nomor = [e.nomor for e in daftar if e.nomor]
        assert not [n for n, k in Counter(nomor).items() if k > 1]
    assert [e.label for e in p.tabel][:3] == ["Tabel 2.1", "Tabel 2.2", "Tabel 2.3"]
    assert any(e.label.startswith("Gambar 3.") for e in p.gambar)


def test_urutan_bab_permenpanrb_53_2014(dokumen):
    judul = [b.teks_lengkap for b in jelajahi(dokumen.blocks) if isinstance(b, (Judul, Lampiran)) and
             (isinstance(b, Lampiran) or b.level == 1)]
    assert judul[:2] == ["KATA PENGANTAR", "IKHTISAR EKSEKUTIF"]
    bab = [j for j in judul if j.startswith(("BAB", "LAMPIRAN"))]
    assert bab == ["BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA",
                   "BAB IV PENUTUP", "LAMPIRAN I PERJANJIAN KINERJA", "LAMPIRAN II CATATAN KOREKSI DAN PERINGATAN DATA"]


def test_tabel_anggaran_jumlah_sama_dengan_baris(dokumen):
    t = _tabel(dokumen, "t-anggaran")
    sub = [b for b in t.baris if _teks(b[0]).count(".") == 5]
    program = [b for b in t.baris if _teks(b[0]).count(".") == 2]
    assert len(sub) == 31 and len(program) == 6
    kaki = t.kaki[0]
    assert _uang(kaki[1]) == sum(_uang(b[3]) for b in sub) == Decimal("3397085593")
    assert _uang(kaki[2]) == sum(_uang(b[4]) for b in sub)
    assert _teks(kaki[3]) == "77,58 %"
    for p in program:
        kode = _teks(p[0])
        assert _uang(p[3]) == sum(_uang(b[3]) for b in sub if _teks(b[0]).startswith(kode + "."))
    assert [_teks(p[5]) for p in program] == ["99,67 %", "97,49 %", "94,00 %", "99,98 %", "100,00 %", "75,89 %"]


def test_tabel_rencana_kerja_total(dokumen):
    t = _tabel(dokumen, "t-renja")
    sub = [b for b in t.baris if _teks(b[0]).count(".") == 5]
    assert _uang(t.kaki[0][1]) == sum(_uang(b[3]) for b in sub)


def test_tabel_capaian(dokumen):
    t = _tabel(dokumen, "t-capaian")
    assert [_teks(b[6]) for b in t.baris] == ["350,00 %", "100,00 %", "105,62 %"]
    assert [_teks(b[4]) for b in t.baris] == ["2 : 9", "100 %", "84"]


def test_skala_dari_parameter(dokumen):
    from sakip.core.peringkat import daftar_kategori

    t = _tabel(dokumen, "t-skala")
    assert [_teks(b[2]) for b in t.baris] == [k.kategori for k in daftar_kategori(2023)]


def test_pembanding_dan_standar_nasional(dokumen):
    teks = teks_polos(dokumen)
    assert "Kecamatan Padang Batung 11:17" in teks
    assert "standar nasional: data pembanding belum tersedia" in teks
    assert "Perbandingan dengan instansi lain: data pembanding belum tersedia." in teks  # IKU-2, IKU-3


def test_narasi_tanpa_realisasi_tahun_lalu(ubah):
    from sakip.laporan import analisis, narasi, tabel

    b = ubah(lambda d: d.__setitem__("realisasi", [r for r in d["realisasi"] if r["tahun"] != 2022]))
    a = analisis(b)
    teks = " ".join(narasi.indikator_tahun_lalu(a, i) for i in a.iku)
    assert teks.count("Realisasi tahun 2022 belum tersedia dalam berkas data") == 3
    assert "85,56" not in teks and "103,08" not in teks and "membaik" not in teks
    baris_lalu = tabel.perbandingan(a, a.iku[2], "x").baris[0]
    assert [_teks(s) for s in baris_lalu[2:]] == ["belum tersedia", "-", "realisasi tahun sebelumnya belum tersedia"]


def test_narasi_pengguna_dipakai_apa_adanya(ubah):
    from sakip.laporan import analisis, narasi

    b = ubah(lambda d: d.setdefault("narasi", {}).update(
        latar_belakang="Paragraf pertama dari camat.\n\nParagraf kedua."))
    teks = "\n".join(narasi.bagian(analisis(b), "latar_belakang", narasi.latar_belakang))
    assert "Paragraf pertama dari camat.\nParagraf kedua." == teks
    assert "Laporan ini merupakan media pertanggungjawaban kinerja" not in teks


def test_foto_hanya_bila_berkasnya_ada(tmp_path, ubah, dokumen):
    from sakip.laporan import analisis
    from sakip.laporan.lkj import foto

    assert not any(isinstance(g, Gambar) and g.judul == "Kegiatan Sunatan Massal" for g in jelajahi(dokumen.blocks))
    b = ubah(lambda d: d.__setitem__("dokumentasi", [{"keterangan": "Kegiatan Sunatan Massal", "berkas": "sunat.png"}]))
    assert foto(analisis(b), tmp_path, None) == []
    (tmp_path / "sunat.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    [g] = foto(analisis(b), tmp_path, None)
    assert g.judul == "Kegiatan Sunatan Massal" and g.png.startswith(b"\x89PNG")


def test_foto_yang_tidak_dimuat_disebutkan(tmp_path, ubah):
    from sakip.laporan.lkj import foto_tidak_dimuat

    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8")
    b = ubah(lambda d: d.__setitem__("dokumentasi", [
        {"keterangan": "Tanpa berkas"}, {"keterangan": "Hilang", "berkas": "x.png"},
        {"keterangan": "JPEG", "berkas": "a.jpg"}]))
    pesan = foto_tidak_dimuat(b, tmp_path)
    assert len(pesan) == 3
    assert "belum ada berkas foto" in pesan[0] and "tidak ditemukan" in pesan[1] and ".jpg belum didukung" in pesan[2]


def test_simpulan_dihitung(dokumen):
    teks = teks_polos(dokumen)
    assert "Indeks Kepuasan Masyarakat: realisasi 88,72 dari target 84, capaian 105,62 % (melampaui target" in teks
    assert "Realisasi anggaran Rp 2.635.415.921 dari pagu Rp 3.397.085.593 (77,58 %)." in teks


def test_pk_dokumen(berkas, ubah):
    from sakip.laporan import PKTidakAda, dokumen_pk

    teks = teks_polos(dokumen_pk(berkas))
    assert "PERJANJIAN KINERJA PERUBAHAN TAHUN 2023" in teks
    assert "PIHAK PERTAMA," in teks and "PIHAK KEDUA," in teks and "Plt. Camat Kalumpang" in teks
    assert "Jumlah | 3.397.085.593" in teks
    with pytest.raises(PKTidakAda):
        dokumen_pk(berkas, "murni")
    b = ubah(lambda d: d["perjanjian_kinerja"][0].update(jenis="murni", nomor_urut=0, alasan_perubahan=None))
    assert "PERJANJIAN KINERJA TAHUN 2023" in teks_polos(dokumen_pk(b, "murni"))


def test_berkas_hampir_kosong_tetap_menjadi_laporan_yang_jujur(ubah):
    """No program, budget, realisasi, PK or comparison: the LKj still builds and says what is missing."""

    def kosongkan(d):
        for k in ("program", "anggaran", "realisasi", "perjanjian_kinerja", "pembanding", "prestasi",
                  "dokumentasi", "rekomendasi_reviu", "catatan_koreksi", "narasi", "tugas_fungsi",
                  "struktur_organisasi"):
            d.pop(k, None)

    dok = susun_lkj(ubah(kosongkan))
    nomori(dok)
    teks = teks_polos(dok)
    assert "Realisasi tahun 2023 belum tersedia dalam berkas data." in teks
    assert "Perjanjian Kinerja tahun ini belum dimuat dalam berkas data." in teks
    assert "data pembanding belum tersedia" in teks
    assert "belum memiliki realisasi tahun 2023" in teks  # the warning reaches the last appendix
    assert not any(isinstance(b, Gambar) for b in jelajahi(dok.blocks))
