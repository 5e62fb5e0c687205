"""Writing a data file as a workbook (and the empty template) people can fill in.

Bold, frozen header rows with a note on each header, column widths, dropdowns
for every closed list, Rupiah as numbers (``#,##0``), targets and realisasi as
text cells so ``2:9``, ``12 Bulan`` and ``88,72`` stay as written. Whatever is
written reads back to the same model (:func:`~sakip.berkas.xlsx.baca_xlsx`).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from sakip.berkas.model import BerkasData
from sakip.berkas.narasi import KODE_NARASI, Narasi
from sakip.berkas.xlsx import tata
from sakip.berkas.xlsx.cetak import atur_cetak, lindungi, tinggi_baris
from sakip.berkas.xlsx.petunjuk import tulis_petunjuk
from sakip.berkas.xlsx.sel import FORMAT_TEKS, tulis_sel

BATAS_SEL = 32_000
"""Longest text per cell (Excel's limit is 32,767 UTF-16 units)."""
BARIS_ISIAN = 500
"""Rows below the data that still get dropdowns and text format (room to add rows)."""

HURUF_JUDUL = Font(bold=True, color="FFFFFF")
ISI_JUDUL = PatternFill("solid", fgColor="1F4E79")
ISI_WAJIB = PatternFill("solid", fgColor="C55A11")
GARIS = Border(bottom=Side(style="thin", color="808080"))
RATA = Alignment(vertical="top", wrap_text=True)


class TidakDapatDitulis(ValueError):
    """A value a workbook cannot hold; ``pesan`` is Indonesian."""

    def __init__(self, pesan: str):
        super().__init__(pesan)
        self.pesan = pesan


def tulis_xlsx(berkas: BerkasData, path: str | os.PathLike[str]) -> None:
    """Write ``berkas`` as a workbook; the target is replaced only once complete."""
    _simpan(_buku(berkas, _tahun_target(berkas)), Path(path))


def buat_templat(path: str | os.PathLike[str], *, tahun_awal: int, tahun_akhir: int, berkas: BerkasData | None = None) -> None:
    """The template: empty (with the Renstra period filled) or holding ``berkas`` as an example."""
    if berkas is not None:
        tulis_xlsx(berkas, path)
        return
    _simpan(_buku(None, list(range(tahun_awal, tahun_akhir + 1))), Path(path))


def _simpan(buku: Workbook, path: Path) -> None:
    """Write beside the target, then replace it: never a half-written workbook (normal file mode)."""
    sementara = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.sementara")
    try:
        buku.save(sementara)
        os.replace(sementara, path)
    except BaseException:
        sementara.unlink(missing_ok=True)
        raise


def _tahun_target(b: BerkasData) -> list[int]:
    tahun = set(range(b.renstra.periode.tahun_awal, b.renstra.periode.tahun_akhir + 1))
    for i in b.semua_indikator():
        tahun.update(i.indikator.target)
    return sorted(tahun)


def _buku(b: BerkasData | None, tahun: list[int]) -> Workbook:
    buku = Workbook()
    buku.properties.creator = "sakip"
    tulis_petunjuk(buku.active, tahun)
    baris = _baris_model(b) if b is not None else _baris_templat(tahun)
    for spek in tata.LEMBAR:
        ws = buku.create_sheet(spek.nama)
        if isinstance(spek, tata.LembarIsian):
            _tulis_isian(ws, spek, b, tahun)
        else:
            kolom = _kolom(spek, tahun)
            _tulis_tabel(ws, spek, kolom, baris.get(spek.nama, []))
    return buku


def _kolom(spek: tata.LembarTabel, tahun: list[int]) -> list[tata.Kolom]:
    if not spek.target_tahunan:
        return list(spek.kolom)
    kolom = list(spek.kolom)
    i = next(n for n, k in enumerate(kolom) if k.kunci == "target_akhir")
    target = [tata.Kolom(tata.judul_target(t), f"target:{t}", "nilai", False, 10, keterangan=f"Target tahun {t}, sebagaimana ditulis")
              for t in tahun]
    return kolom[:i] + target + kolom[i:]


# --- writing cells -------------------------------------------------------------------


def _tulis(ws, baris: int, kolom: int, nilai: Any, jenis: str) -> None:
    v, fmt = tulis_sel(nilai, jenis)
    if isinstance(v, str):
        if ILLEGAL_CHARACTERS_RE.search(v):
            raise TidakDapatDitulis(f"lembar '{ws.title}' sel {get_column_letter(kolom)}{baris}: teks memuat karakter kendali "
                                    "yang tidak dapat disimpan di buku kerja")
        if sum(2 if ord(c) > 0xFFFF else 1 for c in v) > 32_767:
            raise TidakDapatDitulis(f"lembar '{ws.title}' sel {get_column_letter(kolom)}{baris}: teks lebih panjang "
                                    "dari 32.767 karakter, batas satu sel Excel")
    sel = ws.cell(row=baris, column=kolom, value=v)
    if isinstance(v, str) and v.startswith("="):
        sel.data_type = "s"  # text, never a formula
    if fmt:
        sel.number_format = fmt
    sel.alignment = RATA


def _judul(ws, kolom: list[tata.Kolom]) -> None:
    for i, k in enumerate(kolom, start=1):
        sel = ws.cell(row=1, column=i, value=k.judul)
        sel.font = HURUF_JUDUL
        sel.fill = ISI_WAJIB if k.wajib else ISI_JUDUL
        sel.alignment = Alignment(vertical="center", wrap_text=True)
        sel.border = GARIS
        catatan = [k.keterangan] if k.keterangan else []
        if k.wajib:
            catatan.append("Wajib diisi.")
        if k.pilihan:
            catatan.append("Pilihan: " + ", ".join(k.pilihan) + ".")
        if catatan:
            sel.comment = Comment(" ".join(catatan), "sakip", width=260, height=110)
        huruf = get_column_letter(i)
        ws.column_dimensions[huruf].width = k.lebar
        if k.jenis in ("kode", "nilai", "teks", "daftar_kode", "daftar_baris", "pilihan", "ya_tidak"):
            ws.column_dimensions[huruf].number_format = FORMAT_TEKS
    ws.row_dimensions[1].height = 32


def _pilihan(ws, pilihan: Iterable[str], sqref: str) -> None:
    daftar = ",".join(pilihan)
    dv = DataValidation(type="list", formula1=f'"{daftar}"', allow_blank=True, showErrorMessage=True,
                        errorTitle="Isian tidak dikenal", error=f"Pilih salah satu: {daftar.replace(',', ', ')}",
                        promptTitle="Pilihan", prompt=daftar.replace(",", ", "), showInputMessage=False)
    dv.add(sqref)
    ws.add_data_validation(dv)


def _tulis_tabel(ws, spek: tata.LembarTabel, kolom: list[tata.Kolom], baris: list[dict[str, Any]]) -> None:
    _judul(ws, kolom)
    for n, isi in enumerate(baris, start=2):
        for i, k in enumerate(kolom, start=1):
            _tulis(ws, n, i, isi.get(k.kunci), k.jenis)
        tinggi_baris(ws, n, ((v, k.lebar) for k in kolom if isinstance(v := isi.get(k.kunci), str)))
    atur_cetak(ws, sum(k.lebar for k in kolom))
    akhir = len(baris) + 1 + BARIS_ISIAN
    for i, k in enumerate(kolom, start=1):
        if k.pilihan:
            huruf = get_column_letter(i)
            _pilihan(ws, k.pilihan, f"{huruf}2:{huruf}{akhir}")
    ws.freeze_panes = spek.beku
    if spek is tata.NARASI:  # the Judul column is guidance only: keep it from being typed over
        lindungi(ws, (f"A2:A{akhir}", f"C2:C{akhir}", f"B{len(baris) + 2}:B{akhir}"))
    ws.auto_filter.ref = f"A1:{get_column_letter(len(kolom))}{max(len(baris) + 1, 2)}"


def _tulis_isian(ws, spek: tata.LembarIsian, b: BerkasData | None, tahun: list[int]) -> None:
    _judul(ws, list(spek.kolom))
    for n, isian in enumerate(spek.isian, start=2):
        label = ws.cell(row=n, column=1, value=isian.label)
        label.font = Font(bold=isian.wajib)
        label.alignment = RATA
        nilai = _ambil(b, isian.jalur) if b is not None else _nilai_templat(isian, tahun)
        _tulis(ws, n, 2, nilai, isian.jenis)
        keterangan = isian.keterangan + (" (wajib)" if isian.wajib else "")
        if isian.pilihan:
            keterangan += " Pilihan: " + ", ".join(isian.pilihan) + "."
            _pilihan(ws, isian.pilihan, f"B{n}")
        _tulis(ws, n, 3, keterangan.strip(), "teks")
        tinggi_baris(ws, n, ((nilai if isinstance(nilai, str) else None, 60), (keterangan, 70)))
    atur_cetak(ws, sum(k.lebar for k in spek.kolom))
    ws.freeze_panes = spek.beku
    lindungi(ws, (f"B2:B{len(spek.isian) + 1}",))  # only Nilai is read: labels and guidance stay as they are


def _ambil(obj: Any, jalur: tuple[str, ...]) -> Any:
    for k in jalur:
        obj = getattr(obj, k, None)
    return obj


def _nilai_templat(isian: tata.Isian, tahun: list[int]) -> Any:
    if isian.jalur == ("versi_format",):
        return 1
    if isian.jalur == ("renstra", "periode", "tahun_awal"):
        return tahun[0]
    if isian.jalur == ("renstra", "periode", "tahun_akhir"):
        return tahun[-1]
    return None


# --- the model as rows --------------------------------------------------------------------


def _sederhana(daftar: Iterable[Any], kolom: Iterable[tata.Kolom]) -> list[dict[str, Any]]:
    kunci = [k.kunci for k in kolom]
    return [{k: getattr(x, k) for k in kunci} for x in daftar]


def _potong(teks: str) -> list[str]:
    """Split a long text into pieces a cell can hold (counting UTF-16 units, as Excel does)."""
    potongan, awal, panjang = [], 0, 0
    for i, c in enumerate(teks):
        lebar = 2 if ord(c) > 0xFFFF else 1
        if panjang + lebar > BATAS_SEL:
            potongan.append(teks[awal:i])
            awal, panjang = i, 0
        panjang += lebar
    potongan.append(teks[awal:])
    return potongan


def _narasi(narasi: Narasi) -> list[dict[str, Any]]:
    baris = []
    for kode in KODE_NARASI:
        teks = getattr(narasi, kode)
        potongan = _potong(teks) if teks else [None]
        for n, p in enumerate(potongan):
            baris.append({"bagian": kode, "judul": Narasi.judul(kode) if n == 0 else "(lanjutan)", "teks": p})
    return baris


def _struktur(units, tingkat: int = 1) -> list[dict[str, Any]]:
    baris = []
    for u in units:
        baris.append({"tingkat": tingkat, "nama": u.nama, "pejabat": u.pejabat, "tugas": u.tugas})
        baris.extend(_struktur(u.sub_unit, tingkat + 1))
    return baris


def _tujuan_sasaran(b: BerkasData) -> list[dict[str, Any]]:
    baris = []
    for t in b.renstra.tujuan:
        baris.append({"jenis": "tujuan", "kode": t.kode, "uraian": t.uraian, "misi": t.misi})
        for s in t.sasaran:
            baris.append({"jenis": "sasaran", "kode": s.kode, "induk": t.kode, "uraian": s.uraian, "keterangan": s.keterangan})
    return baris


def _indikator(b: BerkasData) -> list[dict[str, Any]]:
    baris = []
    for i in b.semua_indikator():
        ind = i.indikator
        isi = {k.kunci: getattr(ind, k.kunci, None) for k in tata.INDIKATOR.kolom if k.kunci != "induk"}
        isi["induk"] = i.induk
        isi.update({f"target:{t}": v for t, v in ind.target.items()})
        baris.append(isi)
    return baris


def _program(b: BerkasData) -> list[dict[str, Any]]:
    baris = []
    for p in b.program:
        baris.append({"kode": p.kode, "nama": p.nama, "sasaran_program": p.sasaran_program, "mendukung": p.mendukung})
        for k in p.kegiatan:
            baris.append({"kode": k.kode, "nama": k.nama, "mendukung": k.mendukung})
            for s in k.sub_kegiatan:
                baris.append({"kode": s.kode, "nama": s.nama, "mendukung": s.mendukung, "keterangan": s.keterangan})
    return baris


def _pk(b: BerkasData) -> dict[str, list[dict[str, Any]]]:
    pk, target, anggaran = [], [], []
    for v in b.perjanjian_kinerja:
        isi = {k: getattr(v, k) for k in ("nomor_urut", "jenis", "nomor", "tanggal", "tempat", "tanggal_dpa", "alasan_perubahan",
                                          "uraian_alasan", "keterangan")}
        for awal, pihak in (("p1", v.pihak_pertama), ("p2", v.pihak_kedua)):
            isi.update({f"{awal}_{k}": getattr(pihak, k) for k in ("nama", "jabatan", "pangkat", "nip", "plt")})
        pk.append(isi)
        for s in v.sasaran:
            tw = _tw(s.target_triwulan)
            target.append({"pk": v.nomor_urut, "sasaran": s.sasaran, "indikator": s.indikator, "target": s.target, **tw})
        for p in v.program:
            anggaran.append({"pk": v.nomor_urut, "program": p.program, "anggaran": p.anggaran, "keterangan": p.keterangan})
    return {tata.PK.nama: pk, tata.PK_TARGET.nama: target, tata.PK_ANGGARAN.nama: anggaran}


def _tw(triwulan) -> dict[str, Any]:
    """Quarter values as model values (``model_dump`` would format Rupiah as text)."""
    return {k: getattr(triwulan, k) for k in ("tw1", "tw2", "tw3", "tw4")} if triwulan else {}


def _realisasi(b: BerkasData) -> list[dict[str, Any]]:
    baris = []
    for r in b.realisasi:
        tw = _tw(r.triwulan)
        baris.append({"indikator": r.indikator, "tahun": r.tahun, "nilai": r.nilai, "keterangan": r.keterangan,
                      "uraian": r.uraian, "bukti": r.bukti, **tw})
    return baris


def _anggaran(b: BerkasData) -> list[dict[str, Any]]:
    baris = []
    for a in b.anggaran:
        tw = _tw(a.realisasi_triwulan)
        baris.append({"sub_kegiatan": a.sub_kegiatan, "pagu_murni": a.pagu_murni, "pagu_perubahan": a.pagu_perubahan,
                      "realisasi": a.realisasi, "sumber_dana": a.sumber_dana, "keterangan": a.keterangan, **tw})
    return baris


def _baris_model(b: BerkasData) -> dict[str, list[dict[str, Any]]]:
    return {
        tata.NARASI.nama: _narasi(b.narasi),
        tata.DASAR_HUKUM.nama: _sederhana(b.dasar_hukum, tata.DASAR_HUKUM.kolom),
        tata.TUGAS_FUNGSI.nama: [{"uraian": t} for t in b.tugas_fungsi],
        tata.STRUKTUR.nama: _struktur(b.struktur_organisasi),
        tata.MISI.nama: _sederhana(b.renstra.misi, tata.MISI.kolom),
        tata.TUJUAN_SASARAN.nama: _tujuan_sasaran(b),
        tata.INDIKATOR.nama: _indikator(b),
        tata.PROGRAM.nama: _program(b),
        **_pk(b),
        tata.REALISASI.nama: _realisasi(b),
        tata.ANGGARAN.nama: _anggaran(b),
        tata.PEMBANDING.nama: _sederhana(b.pembanding.instansi_lain, tata.PEMBANDING.kolom),
        tata.STANDAR_NASIONAL.nama: _sederhana(b.pembanding.standar_nasional, tata.STANDAR_NASIONAL.kolom),
        tata.PRESTASI.nama: _sederhana(b.prestasi, tata.PRESTASI.kolom),
        tata.DOKUMENTASI.nama: _sederhana(b.dokumentasi, tata.DOKUMENTASI.kolom),
        tata.REKOMENDASI.nama: _sederhana(b.rekomendasi_reviu, tata.REKOMENDASI.kolom),
        tata.KOREKSI.nama: _sederhana(b.catatan_koreksi, tata.KOREKSI.kolom),
    }


def _baris_templat(tahun: list[int]) -> dict[str, list[dict[str, Any]]]:
    """The empty template: only the LKj section codes are prefilled."""
    return {tata.NARASI.nama: _narasi(Narasi())}
