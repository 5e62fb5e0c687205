"""The Laporan Kinerja (LKj) as a :class:`~sakip.reports.dokumen.Dokumen`.

Order follows PermenPANRB 53/2014 (domain-rules §6.1) and the reference LKj:
cover, Kata Pengantar, Ikhtisar Eksekutif, lists, BAB I-IV, signature, lampiran
(Perjanjian Kinerja; corrections and data warnings when there are any). Every
number is read from :func:`sakip.laporan.analisis.analisis`.
"""

from __future__ import annotations

from pathlib import Path

from sakip.berkas import BerkasData
from sakip.core import format as fmt
from sakip.laporan import grafik, narasi as n, tabel
from sakip.laporan.analisis import Analisis, AnalisisIndikator, analisis
from sakip.laporan.pk import blok_pk, jabatan
from sakip.reports.dokumen import (
    Blok, Catatan, Daftar, DaftarGambar, DaftarIsi, DaftarTabel, Dokumen, Gambar, Judul, Lampiran,
    Paragraf, Penandatangan, Rujukan, Sampul, TandaTangan, Teks,
)

FOTO = {".png": "png", ".svg": "svg"}


def _p(teks: list[str]) -> list[Paragraf]:
    return [Paragraf(t) for t in teks]


def _bagian(a: Analisis, kode: str, draf) -> list[Paragraf]:
    return _p(n.bagian(a, kode, draf))


def _ttd(a: Analisis) -> TandaTangan:
    p = a.berkas.profil
    return TandaTangan([Penandatangan(jabatan=jabatan(p.kepala), nama=p.kepala.nama, pangkat=p.kepala.pangkat,
                                      nip=p.kepala.nip)],
                       tempat_tanggal=f"{p.tempat_penyusunan}, {fmt.tanggal(p.tanggal_penyusunan)}")


def _tambah(blok: list[Blok], x: Blok | None) -> None:
    if x is not None:
        blok.append(x)


# ------------------------------------------------------------------ front matter


def depan(a: Analisis) -> list[Blok]:
    p = a.berkas.profil
    return [
        Sampul(["LAPORAN KINERJA (LKj)", f"TAHUN {a.tahun}"], p.instansi.nama.upper(), p.pemda.upper(), a.tahun),
        Judul(1, "KATA PENGANTAR"),
        *_bagian(a, "kata_pengantar", n.kata_pengantar),
        _ttd(a),
        Judul(1, "IKHTISAR EKSEKUTIF"),
        *_bagian(a, "ikhtisar_eksekutif", n.ikhtisar),
        DaftarIsi(), DaftarTabel(), DaftarGambar(),
    ]


# ------------------------------------------------------------------ BAB I


def _unit(units) -> Daftar:
    butir = []
    for u in units:
        butir.append([Teks(u.nama, tebal=True)] + ([f": {u.tugas}"] if u.tugas else []))
        if u.sub_unit:
            butir.append(Daftar([[Teks(s.nama, tebal=True)] + ([f": {s.tugas}"] if s.tugas else []) for s in u.sub_unit]))
    return Daftar(butir, bernomor=True)


def bab_1(a: Analisis) -> list[Blok]:
    b = a.berkas
    blok: list[Blok] = [Judul(1, "PENDAHULUAN", "BAB I", id="bab-1"), Judul(2, "Latar Belakang", "A.")]
    blok += _bagian(a, "latar_belakang", n.latar_belakang)
    blok += [Judul(2, "Tugas dan Fungsi", "B."), *_bagian(a, "tugas_fungsi", n.pengantar_tugas)]
    if b.tugas_fungsi:
        blok.append(Daftar(b.tugas_fungsi, bernomor=True))
    else:
        blok.append(Paragraf("Daftar tugas dan fungsi belum diisi dalam berkas data."))
    blok += [Judul(2, "Struktur Organisasi", "C."), *_bagian(a, "struktur_organisasi", n.pengantar_struktur)]
    blok.append(_unit(b.struktur_organisasi) if b.struktur_organisasi
                else Paragraf("Struktur organisasi belum diisi dalam berkas data."))
    blok += [Judul(2, "Peran Strategis Organisasi", "D."), *_bagian(a, "peran_strategis", n.peran_strategis)]
    blok += [Judul(2, "Isu Strategis", "E."), *_bagian(a, "isu_strategis", n.isu_strategis)]
    blok += [Judul(2, "Sistematika Pelaporan", "F."), *_bagian(a, "sistematika", n.sistematika)]
    if not n.paragraf_pengguna(b.narasi.sistematika):
        blok.append(Daftar([
            [Rujukan("bab-1"), " Pendahuluan: latar belakang, tugas dan fungsi, struktur organisasi, peran strategis, "
             "isu strategis dan sistematika pelaporan."],
            [Rujukan("bab-2"), " Perencanaan Kinerja: rencana strategis, indikator kinerja utama, rencana kerja dan "
             "anggaran, perjanjian kinerja dan pengukuran kinerja."],
            [Rujukan("bab-3"), " Akuntabilitas Kinerja: capaian kinerja organisasi, realisasi anggaran dan prestasi."],
            [Rujukan("bab-4"), " Penutup: simpulan atas capaian kinerja."],
        ]))
    return blok


# ------------------------------------------------------------------ BAB II


def bab_2(a: Analisis) -> list[Blok]:
    r = a.berkas.renstra
    blok: list[Blok] = [Judul(1, "PERENCANAAN KINERJA", "BAB II", id="bab-2"), Judul(2, "Rencana Strategis", "A.")]
    blok += _bagian(a, "rencana_strategis", n.rencana_strategis)
    blok += [Judul(3, "Visi", "1."), Paragraf(Teks(f"\u201c{r.visi}\u201d", tebal=True), "tengah")]
    blok.append(Judul(3, "Misi", "2."))
    blok.append(Daftar([f"Misi {m.nomor}: {m.uraian}" if m.nomor else m.uraian for m in r.misi])
                if r.misi else Paragraf("Misi belum diisi dalam berkas data."))
    blok += [Judul(3, "Tujuan dan Sasaran", "3."),
             Daftar([x for t in r.tujuan for x in ([f"Tujuan: {t.uraian}"] + (
                 [Daftar([f"Sasaran: {s.uraian}" for s in t.sasaran])] if t.sasaran else []))]),
             Paragraf(["Target kinerja Renstra per tahun disajikan pada ", Rujukan("t-renstra"), "."]),
             tabel.target_renstra(a, "t-renstra")]
    blok += [Judul(2, "Indikator Kinerja Utama", "B."), *_bagian(a, "indikator_kinerja_utama", n.pengantar_iku),
             tabel.iku(a, "t-iku")]
    blok += [Judul(2, f"Rencana Kerja dan Anggaran Tahun {a.tahun}", "C."),
             *_bagian(a, "rencana_kerja", n.rencana_kerja),
             Paragraf(["Rinciannya disajikan pada ", Rujukan("t-renja"), "."]), tabel.rencana_kerja(a, "t-renja")]
    blok += [Judul(2, "Perjanjian Kinerja", "D."), *_bagian(a, "perjanjian_kinerja", n.perjanjian_kinerja)]
    if a.pk is not None:
        from sakip.laporan.pk import tabel_program, tabel_sasaran

        blok += [Paragraf(["Sasaran, indikator dan target yang diperjanjikan disajikan pada ", Rujukan("t-pk-sasaran"),
                           ", program dan anggarannya pada ", Rujukan("t-pk-program"),
                           "; naskah lengkapnya terdapat pada ", Rujukan("lampiran-pk"), "."]),
                 tabel_sasaran(a.berkas, a.pk, bernomor=True, id="t-pk-sasaran"),
                 tabel_program(a.berkas, a.pk, bernomor=True, id="t-pk-program")]
    blok += [Judul(2, "Pengukuran Kinerja", "E."), *_bagian(a, "pengukuran_kinerja", n.pengukuran_kinerja),
             tabel.formulasi(a, "t-formulasi"),
             Paragraf(["Kategori capaian ditetapkan menurut skala pada ", Rujukan("t-skala"),
                       " (Permendagri 86/2017; capaian di atas 100 % digolongkan sebagai 100 %)."]),
             tabel.skala(a, "t-skala")]
    return blok


# ------------------------------------------------------------------ BAB III


def _indikator(a: Analisis, i: AnalisisIndikator, k: int, nama_program: dict[str, str], folder: Path | None) -> list[Blok]:
    blok: list[Blok] = [Judul(3, f"Indikator {i.indikator.nama}", f"{k}.")]
    id_t, id_tren, id_banding, id_dukung = f"t-banding-{k}", f"g-tren-{k}", f"g-banding-{k}", f"t-dukung-{k}"
    ts = a.sasaran_dari(i.induk) if i.level == "sasaran" else None
    if ts is not None:
        blok.append(Paragraf([Teks("Sasaran strategis: ", tebal=True), ts[1].uraian], "kiri"))
    blok.append(Paragraf(n.indikator_target(a, i)))
    if i.data_realisasi and i.data_realisasi.uraian:
        blok.append(Paragraf(i.data_realisasi.uraian))
    blok.append(Paragraf([n.indikator_tahun_lalu(a, i), " ", n.indikator_renstra(a, i),
                          " Rinciannya disajikan pada ", Rujukan(id_t), "."]))
    blok.append(tabel.perbandingan(a, i, id_t))
    _tambah(blok, grafik.tren(a, i, id_tren))
    banding = grafik.pembanding(a, i, id_banding)
    blok.append(Paragraf([n.indikator_pembanding(a, i)] + ([" Lihat ", Rujukan(id_banding), "."] if banding else [])))
    _tambah(blok, banding)
    blok.append(Paragraf(n.indikator_standar(a, i)))
    if i.indikator.alasan_pemilihan:
        blok.append(Paragraf(f"Alasan pemilihan indikator ini: {n.kalimat(i.indikator.alasan_pemilihan)}."))
    if i.anggaran is not None:
        blok.append(Paragraf([n.indikator_anggaran(a, i, nama_program), " Rincian sub kegiatan pendukung disajikan pada ",
                              Rujukan(id_dukung), "."]))
        blok.append(tabel.pendukung(a, i, id_dukung))
    else:
        blok.append(Paragraf(n.indikator_anggaran(a, i, nama_program)))
    blok += foto(a, folder, i.kode)
    return blok


def foto(a: Analisis, folder: Path | None, kode: str | None) -> list[Blok]:
    """Photos whose files exist (PNG or SVG), for one indicator or (kode None) the general ones."""
    hasil: list[Blok] = []
    for f in a.berkas.dokumentasi:
        if f.indikator != kode or not f.berkas or folder is None:
            continue
        jalur = folder / f.berkas
        jenis = FOTO.get(jalur.suffix.lower())
        if jenis and jalur.is_file():
            hasil.append(Gambar(f.keterangan, **{jenis: jalur.read_bytes()}, lebar=0.6))
    return hasil


def foto_tidak_dimuat(berkas: BerkasData, folder: Path) -> list[str]:
    """Why each photo of ``dokumentasi`` is left out (no file given, file missing, format), in Indonesian."""
    pesan = []
    for n, f in enumerate(berkas.dokumentasi, 1):
        if not f.berkas:
            pesan.append(f"dokumentasi[{n}] '{f.keterangan}': belum ada berkas foto, foto tidak dimuat")
        elif not (folder / f.berkas).is_file():
            pesan.append(f"dokumentasi[{n}] '{f.keterangan}': berkas {f.berkas} tidak ditemukan, foto tidak dimuat")
        elif Path(f.berkas).suffix.lower() not in FOTO:
            pesan.append(f"dokumentasi[{n}] '{f.keterangan}': format {Path(f.berkas).suffix} belum didukung "
                         f"(gunakan {', '.join(sorted(FOTO))}), foto tidak dimuat")
    return pesan


def bab_3(a: Analisis, folder: Path | None) -> list[Blok]:
    nama_program = {p.kode: p.nama for p in a.berkas.program}
    blok: list[Blok] = [Judul(1, "AKUNTABILITAS KINERJA", "BAB III", id="bab-3"),
                        *_bagian(a, "akuntabilitas_kinerja", n.akuntabilitas),
                        Judul(2, "Capaian Kinerja Organisasi", "A.", id="bab-3a"),
                        *_bagian(a, "capaian_kinerja", n.capaian_kinerja),
                        Paragraf(["Ringkasan capaian disajikan pada ", Rujukan("t-capaian"), " dengan kategori menurut ",
                                  Rujukan("t-skala"), "."]),
                        tabel.capaian_iku(a, "t-capaian")]
    _tambah(blok, grafik.capaian_iku(a, "g-capaian"))
    k = 0
    for sasaran, daftar in a.iku_per_sasaran():
        for i in daftar:
            k += 1
            blok += _indikator(a, i, k, nama_program, folder)
    k += 1
    berhasil, gagal, solusi = n.penyebab(a)
    blok += [Judul(3, "Penyebab Keberhasilan/Kegagalan dan Alternatif Solusi", f"{k}."),
             Paragraf(Teks("Penyebab keberhasilan:", tebal=True), "kiri"), *_p(berhasil),
             Paragraf(Teks("Penyebab kegagalan:", tebal=True), "kiri"), *_p(gagal),
             Paragraf(Teks("Alternatif solusi yang telah dilakukan:", tebal=True), "kiri"), *_p(solusi)]
    k += 1
    blok += [Judul(3, "Analisis Efisiensi Penggunaan Sumber Daya", f"{k}."), *_bagian(a, "efisiensi", n.efisiensi),
             tabel.efisiensi(a, "t-efisiensi")]
    k += 1
    blok += [Judul(3, "Program dan Kegiatan yang Menunjang Keberhasilan/Kegagalan", f"{k}."),
             *_bagian(a, "program_pendukung", n.program_pendukung),
             tabel.program_kegiatan(a, "program", "t-program"), tabel.program_kegiatan(a, "kegiatan", "t-kegiatan")]
    if a.berkas.rekomendasi_reviu:
        k += 1
        blok += [Judul(3, "Rekomendasi Reviu atas Laporan Kinerja Tahun Sebelumnya", f"{k}."),
                 tabel.rekomendasi(a, "t-rekomendasi")]
    blok += [Judul(2, "Realisasi Anggaran", "B."), *_bagian(a, "realisasi_anggaran", n.realisasi_anggaran),
             Paragraf(["Rincian per program, kegiatan dan sub kegiatan disajikan pada ", Rujukan("t-anggaran"), "."]),
             tabel.realisasi_anggaran(a, "t-anggaran")]
    _tambah(blok, grafik.serapan_program(a, "g-serapan"))
    blok += [Judul(2, "Prestasi yang Dicapai", "C."), *_bagian(a, "prestasi", n.prestasi)]
    if a.berkas.prestasi:
        blok.append(tabel.prestasi(a, "t-prestasi"))
    umum = foto(a, folder, None)
    if umum:
        blok += [Judul(2, "Dokumentasi Kegiatan", "D."), *umum]
    return blok


# ------------------------------------------------------------------ BAB IV and lampiran


def bab_4(a: Analisis) -> list[Blok]:
    blok: list[Blok] = [Judul(1, "PENUTUP", "BAB IV", id="bab-4")]
    pengguna = n.paragraf_pengguna(a.berkas.narasi.penutup)
    if pengguna:
        blok += _p(pengguna)
    else:
        blok += [*_p(n.penutup(a)), Daftar(n.simpulan(a), bernomor=True), Paragraf(n.penutup_akhir(a))]
    blok.append(_ttd(a))
    return blok


PERINGATAN_PENTING = ("pk_tanpa_alasan", "pk_terlambat", "pk_target_beda_renstra", "pk_anggaran_beda_pagu", "iku_tanpa_realisasi", "iku_tanpa_target",
                      "realisasi_melebihi_pagu", "realisasi_pagu_nol", "triwulan_beda_tahunan")


def lampiran(a: Analisis) -> list[Blok]:
    blok: list[Blok] = []
    nomor = 0
    pk = a.pk
    if pk is not None:
        nomor += 1
        blok += [Lampiran("PERJANJIAN KINERJA", "I", id="lampiran-pk"), *blok_pk(a.berkas, pk, bernomor=True)]
    penting = [p for p in a.peringatan if p.jenis in PERINGATAN_PENTING]
    if a.berkas.catatan_koreksi or penting:
        nomor += 1
        blok.append(Lampiran("CATATAN KOREKSI DAN PERINGATAN DATA", "II" if nomor == 2 else "I", id="lampiran-catatan"))
        if a.berkas.catatan_koreksi:
            blok += [Paragraf("Nilai berikut dikoreksi terhadap dokumen sumbernya; laporan ini memakai nilai koreksi."),
                     tabel.koreksi(a, "t-koreksi")]
        if penting:
            blok.append(Catatan([Daftar([str(p) for p in penting])], judul="Peringatan pemeriksaan data"))
    return blok


def susun_lkj(berkas: BerkasData, *, folder: str | Path | None = None, versi_pk: str | int | None = None) -> Dokumen:
    """The whole LKj. ``folder`` is where the data file lives (photos are relative to it)."""
    a = analisis(berkas, versi_pk=versi_pk)
    return dokumen_dari(a, folder=folder)


def dokumen_dari(a: Analisis, *, folder: str | Path | None = None) -> Dokumen:
    from sakip.reports.grafik import hanya_svg

    p = a.berkas.profil
    folder = Path(folder) if folder is not None else None
    with hanya_svg():  # PDF and HTML use the SVG; DOCX rasterises it (faster than a matplotlib PNG)
        blocks = [*depan(a), *bab_1(a), *bab_2(a), *bab_3(a, folder), *bab_4(a), *lampiran(a)]
    return Dokumen(
        judul=f"Laporan Kinerja {p.instansi.nama} Tahun {a.tahun}", instansi=p.instansi.nama, tahun=a.tahun,
        subjudul=p.pemda, metadata={"jenis": "lkj"}, blocks=blocks,
    )
