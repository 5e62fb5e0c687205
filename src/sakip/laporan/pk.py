"""The Perjanjian Kinerja (PermenPANRB 53/2014 format) as document blocks.

Used on its own (``sakip laporan --jenis pk``) and as LAMPIRAN I of the LKj.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.berkas import BerkasData
from sakip.berkas.pk import PerjanjianKinerja
from sakip.berkas.profil import Pejabat
from sakip.core import format as fmt
from sakip.laporan.analisis import pilih_pk
from sakip.reports.dokumen import (
    Blok, Dokumen, Kolom, Paragraf, PemisahHalaman, Penandatangan, Sel, Tabel, TandaTangan, Teks,
)


def judul_pk(pk: PerjanjianKinerja, tahun: int) -> str:
    if pk.jenis == "murni":
        return f"PERJANJIAN KINERJA TAHUN {tahun}"
    ke = "" if pk.nomor_urut == 1 else f" KE-{pk.nomor_urut}"
    return f"PERJANJIAN KINERJA PERUBAHAN{ke} TAHUN {tahun}"


def jabatan(p: Pejabat) -> str:
    return f"Plt. {p.jabatan}" if p.plt else p.jabatan


def _penandatangan(p: Pejabat, peran: str) -> Penandatangan:
    return Penandatangan(jabatan=jabatan(p), nama=p.nama, pangkat=p.pangkat, nip=p.nip, peran=peran)


def _tanda_tangan(berkas: BerkasData, pk: PerjanjianKinerja) -> TandaTangan:
    return TandaTangan(
        [_penandatangan(pk.pihak_kedua, "PIHAK KEDUA,"), _penandatangan(pk.pihak_pertama, "PIHAK PERTAMA,")],
        tempat_tanggal=f"{berkas.profil.tempat_penyusunan}, {fmt.tanggal(pk.tanggal)}",
    )


def _kop(berkas: BerkasData, pk: PerjanjianKinerja) -> list[Blok]:
    p = berkas.profil
    return [
        Paragraf(Teks(judul_pk(pk, p.tahun), tebal=True), "tengah"),
        Paragraf(Teks(p.instansi.nama.upper(), tebal=True), "tengah"),
        Paragraf(Teks(p.pemda.upper(), tebal=True), "tengah"),
    ]


def _identitas(p: Pejabat, sebutan: str) -> list[Blok]:
    return [
        Paragraf(f"Nama\u2003\u2003: {p.nama}", "kiri"),
        Paragraf(f"Jabatan\u2003: {jabatan(p)}", "kiri"),
        Paragraf(sebutan),
    ]


def tabel_sasaran(berkas: BerkasData, pk: PerjanjianKinerja, *, bernomor: bool = False, id: str | None = None) -> Tabel:
    sasaran = {s.kode: s.uraian for _, s in berkas.semua_sasaran()}
    indikator = {i.indikator.kode: i.indikator for i in berkas.semua_indikator()}
    baris = []
    for n, b in enumerate(pk.sasaran, 1):
        ind = indikator[b.indikator]
        baris.append([str(n), sasaran.get(b.sasaran, "-") if b.sasaran else "-", ind.nama,
                      Sel(" ".join(b.target.split()), perataan="tengah")])
    return Tabel(
        judul=f"Sasaran, Indikator dan Target {judul_pk(pk, berkas.profil.tahun).title()}",
        kolom=[Kolom(0.5, "tengah"), Kolom(3.2), Kolom(3.6), Kolom(1.3, "tengah")],
        kepala=[["No.", "Sasaran Strategis", "Indikator Kinerja", "Target"], ["(1)", "(2)", "(3)", "(4)"]],
        baris=baris, bernomor=bernomor, id=id,
    )


def tabel_program(berkas: BerkasData, pk: PerjanjianKinerja, *, bernomor: bool = False, id: str | None = None) -> Tabel:
    nama = {p.kode: p.nama for p in berkas.program}
    baris = [[str(n), nama.get(b.program, b.program), Sel(fmt.rupiah(b.anggaran), perataan="kanan")]
             for n, b in enumerate(pk.program, 1)]
    jumlah = sum((b.anggaran for b in pk.program), Decimal(0))
    return Tabel(
        judul=f"Program dan Anggaran {judul_pk(pk, berkas.profil.tahun).title()}",
        kolom=[Kolom(0.5, "tengah"), Kolom(6.0), Kolom(2.1, "kanan")],
        kepala=[["No.", "Program", "Anggaran (Rp)"]],
        baris=baris,
        kaki=[[Sel("Jumlah", kolom=2), Sel(fmt.rupiah(jumlah), perataan="kanan")]] if baris else [],
        bernomor=bernomor, id=id,
    )


def blok_pk(berkas: BerkasData, pk: PerjanjianKinerja, *, bernomor: bool = False) -> list[Blok]:
    """The two-party statement, then its lampiran (targets and budget), each signed."""
    p1, p2 = pk.pihak_pertama, pk.pihak_kedua
    blok: list[Blok] = [*_kop(berkas, pk)]
    blok.append(Paragraf(
        "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta "
        "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"))
    blok += _identitas(p1, "selanjutnya disebut pihak pertama,")
    blok += _identitas(p2, "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.")
    if pk.jenis == "perubahan" and pk.uraian_alasan:
        blok.append(Paragraf(f"Perjanjian kinerja ini merupakan perubahan karena {pk.uraian_alasan}."))
    blok += [
        Paragraf("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran "
                 "perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah "
                 "ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja "
                 "tersebut menjadi tanggung jawab kami."),
        Paragraf("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap "
                 "capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka "
                 "pemberian penghargaan dan sanksi."),
        _tanda_tangan(berkas, pk),
        PemisahHalaman(),
        *_kop(berkas, pk),
        tabel_sasaran(berkas, pk, bernomor=bernomor),
        tabel_program(berkas, pk, bernomor=bernomor),
    ]
    if pk.keterangan:
        blok.append(Paragraf(pk.keterangan))
    blok.append(_tanda_tangan(berkas, pk))
    return blok


def dokumen_pk(berkas: BerkasData, versi: str | int | None = None) -> Dokumen:
    pk = pilih_pk(berkas, versi)
    p = berkas.profil
    return Dokumen(
        judul=judul_pk(pk, p.tahun).title(), instansi=p.instansi.nama, tahun=p.tahun,
        subjudul=p.pemda, metadata={"jenis": "perjanjian_kinerja", "versi": pk.jenis},
        blocks=blok_pk(berkas, pk),
    )
