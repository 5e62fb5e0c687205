"""The LKj tables, built from the computed view. Every number comes from :mod:`analisis`.

Totals and subtotals are the roll-ups computed there (Σ realisasi / Σ pagu), so a
table's total agrees with its rows by construction.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.core import format as fmt
from sakip.core.hasil import Status
from sakip.core.peringkat import daftar_kategori
from sakip.laporan.analisis import Analisis, AnalisisIndikator, BarisEfisiensi
from sakip.laporan.narasi import instansi, nilai_tertulis
from sakip.reports.dokumen import Kolom, Sel, Tabel

KANAN, TENGAH = "kanan", "tengah"
TINGKAT = {"sasaran": "Sasaran", "program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}


def rp(x: Decimal | None) -> Sel:
    return Sel(fmt.rupiah(x) if x is not None else "-", perataan=KANAN)


def persen(hasil) -> Sel:
    """A serapan/capaian cell: the percentage, or "-" when it cannot be computed."""
    if hasil is None:
        return Sel("-", perataan=KANAN)
    return Sel(hasil.tampil if hasil.status == Status.TERHITUNG else "-", perataan=KANAN)


def nilai(teks: str | None, satuan: str | None = None) -> Sel:
    return Sel(nilai_tertulis(teks, satuan), perataan=TENGAH)


def _angka_kanan(teks: str) -> Sel:
    """Right-aligned when the text is one number (a corrected amount), left-aligned otherwise."""
    from sakip.core.angka import coba_angka
    from sakip.core.exceptions import AngkaTidakSah

    try:
        angka = coba_angka(teks)
    except AngkaTidakSah:
        angka = None
    return Sel(teks, perataan=KANAN if angka is not None else "kiri")


def _nomor(n: int) -> Sel:
    return Sel(f"{n}.", perataan=TENGAH)


# ------------------------------------------------------------------ BAB II


def target_renstra(a: Analisis, id: str) -> Tabel:
    periode = a.berkas.renstra.periode
    tahun = list(range(periode.tahun_awal, periode.tahun_akhir + 1))
    baris = []
    n = 0
    for tujuan in a.berkas.renstra.tujuan:
        jumlah = sum(len(s.indikator) for s in tujuan.sasaran)
        pertama = True
        for sasaran in tujuan.sasaran:
            for ind in sasaran.indikator:
                n += 1
                sel_tujuan = [Sel(tujuan.uraian, baris=jumlah)] if pertama else []
                pertama = False
                baris.append([_nomor(n), *sel_tujuan, sasaran.uraian, ind.nama, ind.satuan or "-",
                              *[nilai(ind.target.get(t)) for t in tahun],
                              nilai(ind.target_akhir or ind.target.get(periode.tahun_akhir))])
    return Tabel(
        judul=f"Target Kinerja Renstra {instansi(a)} {periode.tahun_awal}-{periode.tahun_akhir}",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.4), Kolom(2.0), Kolom(2.4), Kolom(0.9), *[Kolom(0.75, TENGAH) for _ in tahun],
               Kolom(0.9, TENGAH)],
        kepala=[[Sel("No", baris=2), Sel("Tujuan", baris=2), Sel("Sasaran Strategis", baris=2),
                 Sel("Indikator Kinerja", baris=2), Sel("Satuan", baris=2),
                 Sel("Target Kinerja pada Tahun", kolom=len(tahun), perataan=TENGAH),
                 Sel("Kondisi Akhir", baris=2)],
                [Sel(str(t), perataan=TENGAH) for t in tahun]],
        baris=baris, id=id, kecil=True,
    )


def iku(a: Analisis, id: str) -> Tabel:
    """The IKU with their tujuan (one cell spanning the IKU of the same tujuan) and sasaran."""
    tujuan = [(ts[0].uraian if ts else "-") for ts in (a.sasaran_dari(i.induk) for i in a.iku)]
    baris = []
    for n, i in enumerate(a.iku, 1):
        ts = a.sasaran_dari(i.induk)
        k = n - 1
        sel_tujuan = []
        if k == 0 or tujuan[k] != tujuan[k - 1]:
            rentang = 1
            while k + rentang < len(tujuan) and tujuan[k + rentang] == tujuan[k]:
                rentang += 1
            sel_tujuan = [Sel(tujuan[k], baris=rentang)]
        baris.append([_nomor(n), *sel_tujuan, ts[1].uraian if ts else "-", i.indikator.nama,
                      i.indikator.satuan or "-", nilai(i.target)])
    return Tabel(
        judul=f"Indikator Kinerja Utama {instansi(a)} Tahun {a.tahun}",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.4), Kolom(2.2), Kolom(2.6), Kolom(0.8), Kolom(0.8, TENGAH)],
        kepala=[["No", "Tujuan", "Sasaran Strategis", "Indikator Kinerja Utama", "Satuan", f"Target {a.tahun}"]],
        baris=baris, id=id,
    )


def rencana_kerja(a: Analisis, id: str) -> Tabel:
    """Program -> kegiatan -> sub kegiatan with pagu; program and kegiatan rows carry their sums."""
    ang = a.anggaran
    baris, prog, keg = [], None, None
    for x in ang.baris:
        if x.program.kode != prog:
            prog = x.program.kode
            baris.append([Sel(prog, tebal=True), Sel(x.program.nama, tebal=True),
                          Sel(x.program.sasaran_program or "-", tebal=True),
                          Sel(fmt.rupiah(ang.per_program[prog].pagu), perataan=KANAN, tebal=True)])
        if x.kegiatan.kode != keg:
            keg = x.kegiatan.kode
            baris.append([keg, x.kegiatan.nama, "", rp(ang.per_kegiatan[keg].pagu)])
        baris.append([x.sub.kode, Sel(x.sub.nama), "", rp(x.pagu)])
    return Tabel(
        judul=f"Rencana Kerja dan Anggaran {instansi(a)} Tahun {a.tahun}",
        kolom=[Kolom(2.0), Kolom(4.0), Kolom(2.3), Kolom(1.6, KANAN)],
        kepala=[["Kode", "Program / Kegiatan / Sub Kegiatan", "Sasaran Program", "Pagu (Rp)"],
                ["(1)", "(2)", "(3)", "(4)"]],
        baris=baris,
        kaki=[[Sel("Jumlah", kolom=3), rp(ang.total.pagu)]],
        id=id, kecil=True,
    )


def formulasi(a: Analisis, id: str) -> Tabel:
    baris = []
    for n, i in enumerate(a.iku, 1):
        ts = a.sasaran_dari(i.induk)
        baris.append([_nomor(n), ts[1].uraian if ts else "-", i.indikator.nama,
                      i.indikator.formulasi or "-", i.indikator.sumber_data or "-"])
    return Tabel(
        judul=f"Formulasi Pengukuran Indikator Kinerja Utama Tahun {a.tahun}",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.0), Kolom(2.2), Kolom(3.2), Kolom(1.4)],
        kepala=[["No", "Sasaran Strategis", "Indikator Kinerja Utama", "Penjelasan / Formulasi", "Sumber Data"]],
        baris=baris, id=id,
    )


def skala(a: Analisis, id: str) -> Tabel:
    return Tabel(
        judul="Skala Nilai Peringkat Kinerja",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.2, TENGAH), Kolom(1.8), Kolom(1.6)],
        kepala=[["No", "Rentang Capaian (C)", "Kategori Capaian", "Kode Warna"]],
        baris=[[_nomor(n), k.rentang, k.kategori, k.warna] for n, k in enumerate(daftar_kategori(a.tahun), 1)],
        id=id,
    )


# ------------------------------------------------------------------ BAB III


def capaian_iku(a: Analisis, id: str) -> Tabel:
    baris = []
    for n, i in enumerate(a.iku, 1):
        ts = a.sasaran_dari(i.induk)
        c = i.capaian
        baris.append([_nomor(n), ts[1].uraian if ts else "-", i.indikator.nama, i.indikator.satuan or "-",
                      nilai(i.target), nilai(i.realisasi), persen(c),
                      c.kategori if c.status == Status.TERHITUNG else (c.alasan or "-")])
    return Tabel(
        judul=f"Capaian Indikator Kinerja Utama {instansi(a)} Tahun {a.tahun}",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.1), Kolom(2.3), Kolom(0.8), Kolom(0.8, TENGAH), Kolom(0.9, TENGAH),
               Kolom(1.2, KANAN), Kolom(1.1)],
        kepala=[["No", "Sasaran", "Indikator Kinerja Utama", "Satuan", f"Target {a.tahun}", "Realisasi",
                 "Capaian", "Kategori"]],
        baris=baris, id=id,
    )


def perbandingan(a: Analisis, i: AnalisisIndikator, id: str) -> Tabel:
    """Last year, this year and the Renstra end target of one indicator."""
    s = i.indikator.satuan
    periode = a.berkas.renstra.periode

    def ket(c) -> str:
        return c.kategori if c.status == Status.TERHITUNG else (c.alasan or "-")

    baris = []
    if i.lalu is not None:
        baris.append([f"Tahun {i.lalu.tahun}", nilai(i.lalu.target, s), nilai(i.lalu.realisasi, s),
                      persen(i.lalu.capaian), ket(i.lalu.capaian)])
    else:
        baris.append([f"Tahun {a.tahun - 1}", nilai(i.indikator.target.get(a.tahun - 1), s),
                      Sel("belum tersedia", perataan=TENGAH), persen(None), "realisasi tahun sebelumnya belum tersedia"])
    keterangan = i.data_realisasi.keterangan if i.data_realisasi and i.data_realisasi.keterangan else None
    baris.append([f"Tahun {a.tahun}", nilai(i.target, s), nilai(i.realisasi, s), persen(i.capaian),
                  f"{ket(i.capaian)}; {keterangan}" if keterangan else ket(i.capaian)])
    baris.append([f"Target akhir Renstra {periode.tahun_awal}-{periode.tahun_akhir}", nilai(i.target_akhir, s),
                  nilai(i.realisasi, s), persen(i.capaian_akhir), ket(i.capaian_akhir)])
    return Tabel(
        judul=f"Perbandingan Target, Realisasi dan Capaian {i.indikator.nama}",
        kolom=[Kolom(2.4), Kolom(1.2, TENGAH), Kolom(1.2, TENGAH), Kolom(1.3, KANAN), Kolom(2.2)],
        kepala=[["Uraian", "Target", "Realisasi", "Capaian", "Keterangan"]],
        baris=baris, id=id,
    )


BATAS_RINCI = 8
"""Up to this many supporting sub kegiatan are listed one by one; more are summed per program."""


def pendukung(a: Analisis, i: AnalisisIndikator, id: str) -> Tabel:
    """What supports an indicator: its sub kegiatan (or, when many, its programs) with budget."""
    baris_sub = [x for x in a.anggaran.baris if x.sub.kode in i.sub_pendukung]
    s = i.anggaran
    kaki = [[Sel("Jumlah", kolom=2), rp(s.pagu), rp(s.realisasi), persen(s)]] if s else []
    if len(baris_sub) > BATAS_RINCI:
        from sakip.core.anggaran import rekap

        nama = {x.program.kode: x.program.nama for x in baris_sub}
        grup = rekap(baris_sub, kunci=lambda x: x.program.kode, pagu=lambda x: x.pagu, realisasi=lambda x: x.realisasi)
        return Tabel(
            judul=f"Program Pendukung {i.indikator.nama}",
            kolom=[Kolom(0.4, TENGAH), Kolom(4.6), Kolom(1.6, KANAN), Kolom(1.6, KANAN), Kolom(1.1, KANAN)],
            kepala=[["No", "Program (jumlah sub kegiatan pendukung)", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"]],
            baris=[[_nomor(n), f"{nama[g.kunci]} ({g.jumlah_baris} sub kegiatan)", rp(g.hasil.pagu),
                    rp(g.hasil.realisasi), persen(g.hasil)] for n, g in enumerate(grup, 1)],
            kaki=[[Sel("Jumlah", kolom=2), *k[1:]] for k in kaki], id=id,
        )
    baris = []
    for x in baris_sub:
        ind = [a.indikator[k.kode] for k in x.sub.indikator]
        teks_ind = "; ".join(f"{d.indikator.nama} (target {nilai_tertulis(d.target)}, realisasi "
                             f"{nilai_tertulis(d.realisasi)}, capaian {d.capaian.tampil})" for d in ind) or "-"
        baris.append([Sel(x.sub.nama), teks_ind, rp(x.pagu), rp(x.realisasi), persen(x.serapan)])
    return Tabel(
        judul=f"Sub Kegiatan Pendukung {i.indikator.nama}",
        kolom=[Kolom(2.6), Kolom(3.2), Kolom(1.4, KANAN), Kolom(1.4, KANAN), Kolom(1.1, KANAN)],
        kepala=[["Sub Kegiatan", "Indikator Keluaran", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"]],
        baris=baris, kaki=kaki, id=id, kecil=True,
    )


def efisiensi(a: Analisis, id: str) -> Tabel:
    baris = []
    for tingkat, label in TINGKAT.items():
        kelompok: list[BarisEfisiensi] = [b for b in a.efisiensi if b.tingkat == tingkat]
        if not kelompok:
            continue
        baris.append([Sel(f"Tingkat {label}", kolom=6, tebal=True)])
        for b in kelompok:
            e = b.efisiensi
            baris.append([b.uraian, b.indikator.indikator.nama,
                          Sel(fmt.persen(b.indikator.capaian.capaian_dibatasi), perataan=KANAN),
                          persen(b.serapan), Sel(e.tampil, perataan=KANAN),
                          e.kategori if e.status == Status.TERHITUNG else (e.alasan or "-")])
    return Tabel(
        judul=f"Efisiensi Penggunaan Sumber Daya Tahun {a.tahun}",
        kolom=[Kolom(2.8), Kolom(3.0), Kolom(1.1, KANAN), Kolom(1.1, KANAN), Kolom(0.8, KANAN), Kolom(1.2)],
        kepala=[["Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Capaian (maks. 100 %)",
                 "Realisasi Anggaran", "Efisiensi", "Kategori"]],
        baris=baris, id=id, kecil=True,
        catatan="Efisiensi = capaian kinerja (dibatasi 100 %) / persentase realisasi anggaran.",
    )


def program_kegiatan(a: Analisis, tingkat: str, id: str) -> Tabel:
    """Indicators of every program (or kegiatan) with target, realisasi, capaian and serapan."""
    ang = a.anggaran.per_program if tingkat == "program" else a.anggaran.per_kegiatan
    unit = (list(a.berkas.program) if tingkat == "program" else [k for _, k in a.berkas.semua_kegiatan()])
    baris = []
    for n, u in enumerate(unit, 1):
        ind = [a.indikator[k.kode] for k in u.indikator] or [None]
        for m, d in enumerate(ind):
            awal = [Sel(f"{n}.", baris=len(ind), perataan=TENGAH), Sel(u.nama, baris=len(ind))] if m == 0 else []
            akhir = [Sel(ang[u.kode].tampil if u.kode in ang and ang[u.kode].status == Status.TERHITUNG else "-",
                         baris=len(ind), perataan=KANAN)] if m == 0 else []
            if d is None:
                baris.append([*awal, "-", nilai(None), nilai(None), persen(None), *akhir])
            else:
                baris.append([*awal, d.indikator.nama, nilai(d.target), nilai(d.realisasi), persen(d.capaian), *akhir])
    label = TINGKAT[tingkat]
    return Tabel(
        judul=f"{label} yang Menunjang Keberhasilan/Kegagalan Pencapaian Kinerja Tahun {a.tahun}",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.5), Kolom(2.7), Kolom(0.9, TENGAH), Kolom(0.9, TENGAH), Kolom(1.1, KANAN),
               Kolom(1.1, KANAN)],
        kepala=[["No", label, f"Indikator {label}", "Target", "Realisasi", "Capaian", "Serapan Anggaran"]],
        baris=baris, id=id, kecil=True,
    )


def realisasi_anggaran(a: Analisis, id: str) -> Tabel:
    """The full budget table: program and kegiatan subtotal rows, sub kegiatan rows, computed total."""
    ang = a.anggaran
    baris, prog, keg = [], None, None
    for x in ang.baris:
        if x.program.kode != prog:
            prog = x.program.kode
            s = ang.per_program[prog]
            baris.append([Sel(prog, tebal=True), Sel(x.program.nama, tebal=True), "",
                          Sel(fmt.rupiah(s.pagu), perataan=KANAN, tebal=True),
                          Sel(fmt.rupiah(s.realisasi) if s.realisasi is not None else "-", perataan=KANAN, tebal=True),
                          Sel(s.tampil, perataan=KANAN, tebal=True)])
        if x.kegiatan.kode != keg:
            keg = x.kegiatan.kode
            s = ang.per_kegiatan[keg]
            baris.append([keg, x.kegiatan.nama, "", rp(s.pagu), rp(s.realisasi), persen(s)])
        target = ", ".join(nilai_tertulis(a.indikator[k.kode].target) for k in x.sub.indikator) or "-"
        baris.append([x.sub.kode, x.sub.nama, Sel(target, perataan=TENGAH), rp(x.pagu), rp(x.realisasi), persen(x.serapan)])
    t = ang.total
    return Tabel(
        judul=f"Realisasi Anggaran {instansi(a)} Tahun {a.tahun}",
        kolom=[Kolom(2.0), Kolom(3.4), Kolom(0.9, TENGAH), Kolom(1.6, KANAN), Kolom(1.6, KANAN), Kolom(1.0, KANAN)],
        kepala=[["Kode", "Program / Kegiatan / Sub Kegiatan", "Target Kinerja", "Pagu (Rp)", "Realisasi (Rp)", "%"],
                ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"]],
        baris=baris,
        kaki=[[Sel("Jumlah", kolom=3), rp(t.pagu), rp(t.realisasi), persen(t)]],
        id=id, kecil=True,
    )


def prestasi(a: Analisis, id: str) -> Tabel:
    return Tabel(
        judul=f"Prestasi {instansi(a)} Tahun {a.tahun}",
        kolom=[Kolom(0.4, TENGAH), Kolom(4.4), Kolom(2.6), Kolom(0.7, TENGAH)],
        kepala=[["No", "Prestasi", "Tingkat", "Tahun"]],
        baris=[[_nomor(n), p.uraian, p.tingkat, str(p.tahun)] for n, p in enumerate(a.berkas.prestasi, 1)],
        id=id,
    )


def rekomendasi(a: Analisis, id: str) -> Tabel:
    return Tabel(
        judul="Rekomendasi Reviu Laporan Kinerja Tahun Sebelumnya dan Tindak Lanjutnya",
        kolom=[Kolom(0.4, TENGAH), Kolom(0.8, TENGAH), Kolom(3.6), Kolom(2.8), Kolom(1.0)],
        kepala=[["No", "TA", "Rekomendasi", "Tindak Lanjut", "Status"]],
        baris=[[_nomor(n), str(r.tahun_anggaran), f"{r.pemberi}: {r.uraian}", r.tindak_lanjut or "belum diisi",
                r.status or "-"] for n, r in enumerate(a.berkas.rekomendasi_reviu, 1)],
        id=id,
    )


def koreksi(a: Analisis, id: str) -> Tabel:
    return Tabel(
        judul="Catatan Koreksi terhadap Dokumen Sumber",
        kolom=[Kolom(0.4, TENGAH), Kolom(2.0), Kolom(1.6), Kolom(1.6), Kolom(3.2)],
        kepala=[["No", "Letak", "Tertulis", "Dipakai", "Alasan"]],
        baris=[[_nomor(n), k.lokasi, _angka_kanan(k.tertulis), _angka_kanan(k.koreksi), k.alasan]
               for n, k in enumerate(a.berkas.catatan_koreksi, 1)],
        id=id,
    )
