"""No false alarms on the kind of LKj sakip writes, before the generator lands: a document
built with :mod:`sakip.reports` from the Kalumpang example (consistent numbers), in DOCX
and PDF, reviewed as a document. It carries what the generated LKj carries: a budget
table with program / kegiatan / sub kegiatan codes and sums at every level, a "Serapan
Anggaran" percentage column, an appendix table "Tabel L1.2" above a signature block with
a NIP, and a note starting with "Tabel 2.5 ..." that is a sentence, not a caption. A
changed copy (one sub kegiatan pagu off by 1.000) shows the checks do run on it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.reviu.data_berkas import CONTOH

from sakip.berkas import baca
from sakip.core import format as fmt
from sakip.core.anggaran import serapan
from sakip.reports import tulis
from sakip.reports.dokumen import (
    Dokumen,
    Judul,
    Kolom,
    Lampiran,
    Paragraf,
    Penandatangan,
    Tabel,
    TandaTangan,
    bab,
)
from sakip.reviu import reviu_berkas


def _persen(pagu: Decimal, realisasi: Decimal) -> str:
    return fmt.persen(serapan(pagu=pagu, realisasi=realisasi).persen)


def _baris_rka(berkas, ubah_pagu: dict[str, Decimal]) -> tuple[list[list[str]], Decimal, Decimal]:
    """Program, kegiatan and sub kegiatan rows; every sum computed from the sub kegiatan."""
    pagu = {a.sub_kegiatan: a.pagu + ubah_pagu.get(a.sub_kegiatan, Decimal(0)) for a in berkas.anggaran}
    real = {a.sub_kegiatan: a.realisasi_total or Decimal(0) for a in berkas.anggaran}
    # sums from the unchanged data, so that a changed sub kegiatan no longer adds up
    asli = {a.sub_kegiatan: a.pagu for a in berkas.anggaran}
    baris = []
    for program in berkas.program:
        subs = [s.kode for k in program.kegiatan for s in k.sub_kegiatan]
        p, r = sum(asli[s] for s in subs), sum(real[s] for s in subs)
        baris.append([program.kode, program.nama, fmt.rupiah(p), fmt.rupiah(r), _persen(p, r)])
        for kegiatan in program.kegiatan:
            subs = [s.kode for s in kegiatan.sub_kegiatan]
            p, r = sum(asli[s] for s in subs), sum(real[s] for s in subs)
            baris.append([kegiatan.kode, kegiatan.nama, fmt.rupiah(p), fmt.rupiah(r), _persen(p, r)])
            for sub in kegiatan.sub_kegiatan:
                baris.append([sub.kode, sub.nama, fmt.rupiah(pagu[sub.kode]), fmt.rupiah(real[sub.kode]),
                              _persen(pagu[sub.kode], real[sub.kode])])
    return baris, sum(asli.values()), sum(real.values())


def _dokumen(ubah_pagu: dict[str, Decimal] | None = None, anggaran_pk: dict[str, Decimal] | None = None) -> Dokumen:
    berkas = baca(CONTOH)
    pk = berkas.pk_berlaku()
    for b in pk.program:
        b.anggaran = (anggaran_pk or {}).get(b.program, b.anggaran)
    rka, pagu, real = _baris_rka(berkas, ubah_pagu or {})
    program = [[str(i), next(p.nama for p in berkas.program if p.kode == b.program), fmt.rupiah(b.anggaran)]
               for i, b in enumerate(pk.program, start=1)]
    jumlah_pk = fmt.rupiah(sum(b.anggaran for b in pk.program))
    menunjang = []
    for i, p in enumerate(berkas.program, start=1):
        s = serapan(pagu=berkas.pagu_program(p.kode), realisasi=berkas.realisasi_program(p.kode))
        menunjang.append([f"{i}.", p.nama, p.indikator[0].nama, "100%", "100%", "100,00 %", fmt.persen(s.persen)])
    tabel_program = Tabel("Program dan Anggaran Perjanjian Kinerja Perubahan Tahun 2023",
                          [Kolom(0.4), Kolom(4), Kolom(1.5, "kanan")], [["No.", "Program", "Anggaran (Rp)"]],
                          program, kaki=[["", "Jumlah", jumlah_pk]])
    ttd = TandaTangan([Penandatangan(jabatan="Plt. Camat Kalumpang", nama=berkas.profil.kepala.nama,
                                     pangkat="Penata", nip=berkas.profil.kepala.nip, peran="PIHAK PERTAMA")],
                      tempat_tanggal="Kalumpang, 2 Oktober 2023")
    d = Dokumen("LAPORAN KINERJA KECAMATAN KALUMPANG TAHUN 2023")
    d.tambah(
        bab(2, "PERENCANAAN KINERJA"),
        Paragraf("Rencana kerja dan anggaran Kecamatan Kalumpang Tahun 2023 disajikan dalam tabel berikut."),
        Tabel("Rencana Kerja dan Anggaran Kecamatan Kalumpang Tahun 2023",
              [Kolom(1.4), Kolom(3.5), Kolom(1.4, "kanan"), Kolom(1.4, "kanan"), Kolom(0.8, "kanan")],
              [["Kode", "Program / Kegiatan / Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]],
              rka, kaki=[["", "Jumlah", fmt.rupiah(pagu), fmt.rupiah(real), _persen(pagu, real)]], kecil=True),
        tabel_program,
        bab(3, "AKUNTABILITAS KINERJA"),
        Tabel("Program yang Menunjang Keberhasilan/Kegagalan Pencapaian Kinerja Tahun 2023",
              [Kolom(0.4), Kolom(2.5), Kolom(3), Kolom(0.8), Kolom(0.8), Kolom(0.9), Kolom(1)],
              [["No", "Program", "Indikator Program", "Target", "Realisasi", "Capaian", "Serapan Anggaran"]],
              menunjang, kecil=True),
        Lampiran("PERJANJIAN KINERJA", nomor="I"),
        Tabel("Program dan Anggaran Perjanjian Kinerja Perubahan Tahun 2023", tabel_program.kolom,
              tabel_program.kepala, program, kaki=[["", "Jumlah", jumlah_pk]]),
        Paragraf(pk.keterangan or "Tanpa keterangan."),
        ttd,
    )
    return d


@pytest.fixture(scope="module")
def dokumen_bersih(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lkj-sakip")
    return tulis(_dokumen(), folder, "lkj", formats=("docx", "pdf"))


def _uraian(hasil) -> str:
    return "\n".join(f"{t.kode} {t.tingkat} {t.lokasi}: {t.pesan}" for t in hasil.temuan)


@pytest.mark.parametrize("indeks", [0, 1], ids=["docx", "pdf"])
def test_tanpa_kesalahan(dokumen_bersih, indeks):
    hasil = reviu_berkas(dokumen_bersih[indeks])
    assert hasil.ringkasan()["kesalahan"] == 0, _uraian(hasil)
    assert hasil.jumlah_tabel >= 4


@pytest.mark.parametrize("format", ["docx", "pdf"])
def test_pagu_sub_kegiatan_diubah_terdeteksi(tmp_path, format):
    (jalur,) = tulis(_dokumen({"7.01.01.2.01.0001": Decimal(1000)}), tmp_path, "lkj", formats=(format,))
    hasil = reviu_berkas(jalur)
    jumlah = [t for t in hasil.temuan if t.kode == "RV-JML-01" and t.tertulis == "9.500.000"]
    assert [t.seharusnya for t in jumlah] == ["9.501.000"], _uraian(hasil)


@pytest.mark.parametrize("format", ["docx", "pdf"])
def test_anggaran_pk_beda_dengan_tabel_anggaran_terdeteksi(tmp_path, format):
    (jalur,) = tulis(_dokumen(anggaran_pk={"7.01.02": Decimal(15_000_000)}), tmp_path, "lkj", formats=(format,))
    hasil = reviu_berkas(jalur)
    beda = [t for t in hasil.temuan if t.kode == "RV-SLG-01" and "Penyelenggaraan Pemerintahan dan Pelayanan Publik" in t.pesan]
    assert beda and {t.tingkat for t in beda} == {"kesalahan"}, _uraian(hasil)
    assert any("15.000.000" in t.tertulis or "15.000.000" in t.seharusnya for t in beda)
