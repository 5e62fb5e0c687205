"""Narrative drafts for the LKj, written from the computed view only.

Text the user wrote in ``narasi`` is used as written (split into paragraphs at
blank lines). An empty section gets a draft that states what the data shows and
says plainly what the data does not have ("realisasi tahun sebelumnya belum
tersedia", "data pembanding belum tersedia"). Nothing here is random and nothing
is invented: every number comes from :mod:`sakip.laporan.analisis`.
"""

from __future__ import annotations

from sakip.core import format as fmt
from sakip.core.hasil import Status
from sakip.laporan.analisis import Analisis, AnalisisIndikator, nilai_angka


def paragraf_pengguna(teks: str | None) -> list[str] | None:
    """The user's text split at blank lines, or None when the section is empty."""
    if teks is None or not teks.strip():
        return None
    return [" ".join(p.split()) for p in teks.split("\n\n") if p.strip()]


def bagian(a: Analisis, kode: str, draf) -> list[str]:
    """The user's text for section ``kode`` if written, else ``draf(a)``."""
    return paragraf_pengguna(getattr(a.berkas.narasi, kode)) or draf(a)


def instansi(a: Analisis) -> str:
    return a.berkas.profil.instansi.nama


def lengkap(a: Analisis) -> str:
    """"Kecamatan Kalumpang Kabupaten Hulu Sungai Selatan"."""
    return f"{instansi(a)} {a.berkas.profil.pemda}"


def nilai_tertulis(teks: str | None, satuan: str | None = None) -> str:
    """A target/realisasi as the file wrote it, with its unit when the value has none."""
    if teks is None:
        return "-"
    teks = " ".join(teks.split())
    if satuan and satuan.lower() in ("nilai", "indeks"):
        return teks
    if satuan and teks.replace(" ", "").rstrip("%").replace(",", "").replace(".", "").isdigit():
        if satuan.lower() == "persen":
            return teks if teks.endswith("%") else f"{teks} %"
        return f"{teks} {satuan}"
    return teks


def _tanpa_awalan(teks: str, awalan: str) -> str:
    """``teks`` without a leading ``awalan`` and the punctuation after it (no "belum tersedia (belum tersedia: ...)")."""
    teks = teks.strip()
    if teks.lower().startswith(awalan):
        teks = teks[len(awalan):].lstrip(" :;,.-–")
    return teks.rstrip(".")


def kalimat(teks: str) -> str:
    """A user's phrase as the end of our sentence: trailing full stop removed (we add ours)."""
    return teks.strip().rstrip(".")


def _capaian_kalimat(c) -> str:
    if c.status == Status.TERHITUNG:
        return f"capaian kinerja sebesar {c.tampil} ({c.rumus}) dengan kategori {c.kategori}"
    return f"capaian kinerja belum dapat dihitung karena {c.alasan}"


# ------------------------------------------------------------------ front matter


def kata_pengantar(a: Analisis) -> list[str]:
    p = a.berkas.profil
    return [
        f"Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat dan karunia-Nya "
        f"Laporan Kinerja {lengkap(a)} Tahun {a.tahun} dapat diselesaikan. Laporan ini disusun sebagai "
        f"pelaksanaan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
        f"Pemerintah dan Peraturan Menteri PANRB Nomor 53 Tahun 2014.",
        f"Laporan ini menguraikan capaian {len(a.iku)} Indikator Kinerja Utama yang diperjanjikan dalam "
        f"Perjanjian Kinerja Tahun {a.tahun}, realisasi anggaran, serta analisis keberhasilan dan kendala "
        f"yang dihadapi {p.instansi.nama}.",
        "Semoga laporan ini menjadi bahan pertanggungjawaban dan dasar perbaikan kinerja pada tahun-tahun berikutnya.",
    ]


def ikhtisar(a: Analisis) -> list[str]:
    teks = [
        f"Laporan Kinerja {lengkap(a)} Tahun {a.tahun} menyajikan capaian {len(a.iku)} Indikator Kinerja Utama "
        f"(IKU) yang ditetapkan dalam Perjanjian Kinerja Tahun {a.tahun}."
    ]
    terhitung = [i for i in a.iku if i.capaian.status == Status.TERHITUNG]
    tercapai = [i for i in terhitung if i.tercapai]
    if terhitung:
        belum = len(terhitung) - len(tercapai)
        if belum == 0 and len(terhitung) == len(a.iku):
            kal = f"Seluruh {len(a.iku)} IKU mencapai atau melampaui target"
        else:
            kal = f"Dari {len(a.iku)} IKU, {len(tercapai)} indikator mencapai atau melampaui target"
            kal += f" dan {belum} indikator belum mencapai target" if belum else ""
        tak = len(a.iku) - len(terhitung)
        teks.append(kal + (f"; {tak} indikator belum dapat dihitung capaiannya." if tak else "."))
    for i in a.iku:
        teks.append(
            f"{i.indikator.nama}: target {nilai_tertulis(i.target, i.indikator.satuan)}, realisasi "
            f"{nilai_tertulis(i.realisasi, i.indikator.satuan)}, "
            + (f"capaian {i.capaian.tampil} ({i.capaian.kategori})." if i.capaian.status == Status.TERHITUNG
               else f"capaian belum dapat dihitung ({i.capaian.alasan}).")
        )
    t = a.anggaran.total
    teks.append(
        f"Pagu anggaran Tahun {a.tahun} sebesar Rp {fmt.rupiah(t.pagu)} dengan realisasi "
        + (f"Rp {fmt.rupiah(t.realisasi)} atau {t.tampil}." if t.status == Status.TERHITUNG
           else f"yang belum dapat dihitung ({t.alasan}).")
    )
    return teks


# ------------------------------------------------------------------ BAB I


def latar_belakang(a: Analisis) -> list[str]:
    return [
        f"Laporan Kinerja (LKj) {lengkap(a)} disusun sebagai pelaksanaan Peraturan Presiden Nomor 29 "
        "Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah. Laporan kinerja menyajikan "
        "keberhasilan dan kegagalan pelaksanaan tugas dan fungsi organisasi dalam mencapai Indikator "
        "Kinerja Utama yang telah ditetapkan.",
        f"Laporan ini merupakan media pertanggungjawaban kinerja {instansi(a)} Tahun {a.tahun} dengan "
        "membandingkan target yang diperjanjikan dalam Perjanjian Kinerja dengan realisasinya.",
    ]


def pengantar_tugas(a: Analisis) -> list[str]:
    dasar = a.berkas.dasar_hukum
    if dasar:
        return [f"Kedudukan, tugas dan fungsi {instansi(a)} diatur dalam {kalimat(dasar[0].uraian)}. "
                f"{instansi(a)} mempunyai tugas sebagai berikut:"]
    return [f"{instansi(a)} mempunyai tugas sebagai berikut:"]


def pengantar_struktur(a: Analisis) -> list[str]:
    return [f"Susunan organisasi {instansi(a)} terdiri atas unit-unit berikut beserta tugasnya:"]


def peran_strategis(a: Analisis) -> list[str]:
    return [
        f"Sebagai perangkat daerah {a.berkas.profil.pemda}, {instansi(a)} mendukung pencapaian misi "
        f"pemerintah daerah melalui {len(a.berkas.renstra.tujuan)} tujuan dan "
        f"{sum(1 for _ in a.berkas.semua_sasaran())} sasaran strategis dalam Rencana Strategis "
        f"{a.berkas.renstra.periode.tahun_awal}-{a.berkas.renstra.periode.tahun_akhir}."
    ]


def isu_strategis(a: Analisis) -> list[str]:
    belum = [i for i in a.iku if i.tercapai is False]
    if belum:
        return ["Berdasarkan data capaian, indikator yang belum mencapai target dan menjadi perhatian adalah: "
                + "; ".join(f"{i.indikator.nama} (capaian {i.capaian.tampil})" for i in belum) + "."]
    return ["Uraian isu strategis belum diisi dalam berkas data. Berdasarkan data capaian tahun "
            f"{a.tahun}, tidak ada IKU yang berada di bawah target."]


def sistematika(a: Analisis) -> list[str]:
    return [f"Laporan Kinerja {instansi(a)} Tahun {a.tahun} disusun dengan sistematika sebagai berikut:"]


# ------------------------------------------------------------------ BAB II


def rencana_strategis(a: Analisis) -> list[str]:
    r = a.berkas.renstra
    dok = f" yang ditetapkan dengan {r.dokumen}" if r.dokumen else ""
    return [
        f"Rencana Strategis (Renstra) {lengkap(a)} periode {r.periode.tahun_awal}-{r.periode.tahun_akhir}{dok} "
        "menjabarkan visi dan misi kepala daerah ke dalam tujuan, sasaran dan indikator kinerja yang menjadi "
        "acuan penyusunan rencana kerja tahunan."
    ]


def pengantar_iku(a: Analisis) -> list[str]:
    return [
        "Indikator Kinerja Utama (IKU) merupakan ukuran keberhasilan tujuan dan sasaran strategis instansi. "
        f"{instansi(a)} menetapkan {len(a.iku)} IKU untuk Tahun {a.tahun}."
    ]


def rencana_kerja(a: Analisis) -> list[str]:
    t = a.anggaran.total
    return [
        f"Rencana kerja {instansi(a)} Tahun {a.tahun} dilaksanakan melalui {len(a.berkas.program)} program, "
        f"{sum(1 for _ in a.berkas.semua_kegiatan())} kegiatan dan {len(a.anggaran.baris)} sub kegiatan "
        f"dengan jumlah pagu Rp {fmt.rupiah(t.pagu)}."
    ]


def perjanjian_kinerja(a: Analisis) -> list[str]:
    if a.pk is None:
        return ["Perjanjian Kinerja tahun ini belum dimuat dalam berkas data."]
    pk = a.pk
    jenis = "Perjanjian Kinerja Perubahan" if pk.jenis == "perubahan" else "Perjanjian Kinerja"
    return [
        "Perjanjian Kinerja merupakan dokumen penugasan dari pemberi amanah kepada penerima amanah untuk "
        "melaksanakan program dan kegiatan yang disertai indikator kinerja (Peraturan Menteri PANRB Nomor 53 "
        "Tahun 2014).",
        f"{jenis} Tahun {a.tahun} ditandatangani pada {fmt.tanggal(pk.tanggal)} oleh {pk.pihak_pertama.nama} "
        f"selaku pihak pertama dan {pk.pihak_kedua.nama} ({pk.pihak_kedua.jabatan}) selaku pihak kedua.",
    ]


def pengukuran_kinerja(a: Analisis) -> list[str]:
    return [
        "Pengukuran kinerja dilakukan dengan membandingkan target dan realisasi setiap indikator. Untuk "
        "indikator yang makin tinggi makin baik, capaian = realisasi / target × 100 %; untuk target berupa "
        "rasio a:b, kedua rasio dibandingkan sebagai pecahan. Capaian di atas 100 % dicatat apa adanya, "
        "sedangkan untuk penetapan kategori dan analisis efisiensi dipakai batas 100 %."
    ]


# ------------------------------------------------------------------ BAB III


def akuntabilitas(a: Analisis) -> list[str]:
    return [
        "Akuntabilitas kinerja adalah perwujudan kewajiban instansi pemerintah untuk mempertanggungjawabkan "
        "keberhasilan dan kegagalan pelaksanaan misi organisasi dalam mencapai sasaran yang telah ditetapkan. "
        "Bab ini menyajikan capaian kinerja organisasi dan realisasi anggaran tahun "
        f"{a.tahun}."
    ]


def capaian_kinerja(a: Analisis) -> list[str]:
    return [f"Capaian seluruh Indikator Kinerja Utama {instansi(a)} Tahun {a.tahun} adalah sebagai berikut."]


def indikator_target(a: Analisis, i: AnalisisIndikator) -> str:
    s = i.indikator.satuan
    kalimat = (f"Pada Tahun {a.tahun} indikator {i.indikator.nama} ditargetkan sebesar "
               f"{nilai_tertulis(i.target, s)} ({i.sumber_target}). ")
    if i.realisasi is None:
        return kalimat + f"Realisasi tahun {a.tahun} belum tersedia dalam berkas data."
    return kalimat + f"Realisasinya sebesar {nilai_tertulis(i.realisasi, s)}, sehingga {_capaian_kalimat(i.capaian)}."


def _arah(sekarang: str | None, lalu: str | None, polaritas: str) -> str | None:
    x, y = nilai_angka(sekarang), nilai_angka(lalu)
    if x is None or y is None:
        return None
    if x == y:
        return "sama dengan"
    naik = x > y
    baik = naik if polaritas == "positif" else not naik
    return ("lebih tinggi" if naik else "lebih rendah") + (" (membaik)" if baik else " (menurun)") + " dibandingkan"


def indikator_tahun_lalu(a: Analisis, i: AnalisisIndikator) -> str:
    if i.lalu is None:
        return (f"Realisasi tahun {a.tahun - 1} belum tersedia dalam berkas data, sehingga perbandingan "
                "dengan tahun sebelumnya belum dapat disajikan.")
    s = i.indikator.satuan
    lalu = i.lalu
    kal = (f"Pada Tahun {lalu.tahun} target indikator ini {nilai_tertulis(lalu.target, s)} dengan realisasi "
           f"{nilai_tertulis(lalu.realisasi, s)}"
           + (f" (capaian {lalu.capaian.tampil})." if lalu.capaian.status == Status.TERHITUNG else "."))
    arah = _arah(i.realisasi, lalu.realisasi, i.indikator.polaritas)
    if arah:
        kal += f" Realisasi Tahun {a.tahun} {arah} realisasi Tahun {lalu.tahun}."
    return kal


def indikator_renstra(a: Analisis, i: AnalisisIndikator) -> str:
    r = a.berkas.renstra.periode
    if i.target_akhir is None:
        return f"Target akhir Renstra {r.tahun_awal}-{r.tahun_akhir} untuk indikator ini belum tersedia dalam berkas data."
    c = i.capaian_akhir
    if c.status != Status.TERHITUNG:
        return (f"Target akhir Renstra {r.tahun_awal}-{r.tahun_akhir} sebesar "
                f"{nilai_tertulis(i.target_akhir, i.indikator.satuan)}; perbandingannya belum dapat dihitung ({c.alasan}).")
    status = "telah tercapai" if c.capaian >= 100 else "belum tercapai"
    return (f"Dibandingkan dengan target akhir Renstra {r.tahun_awal}-{r.tahun_akhir} sebesar "
            f"{nilai_tertulis(i.target_akhir, i.indikator.satuan)}, realisasi Tahun {a.tahun} mencapai "
            f"{c.tampil}, sehingga target akhir Renstra {status}.")


def indikator_pembanding(a: Analisis, i: AnalisisIndikator) -> str:
    if not i.pembanding:
        return "Perbandingan dengan instansi lain: data pembanding belum tersedia."
    sendiri = nilai_angka(i.realisasi)
    nilai = [(p.instansi, nilai_angka(p.nilai)) for p in i.pembanding]
    daftar = ", ".join(f"{p.instansi} {nilai_tertulis(p.nilai, i.indikator.satuan)}" for p in i.pembanding)
    kal = f"Sebagai pembanding, nilai indikator yang sama pada Tahun {a.tahun}: {daftar}."
    if sendiri is not None and all(v is not None for _, v in nilai):
        semua = [sendiri] + [v for _, v in nilai]
        lebih_baik = sum(1 for v in semua if (v > sendiri if i.indikator.polaritas == "positif" else v < sendiri))
        kal += (f" Dengan realisasi {nilai_tertulis(i.realisasi, i.indikator.satuan)}, {instansi(a)} berada pada "
                f"urutan ke-{lebih_baik + 1} dari {len(semua)} instansi yang dibandingkan.")
    return kal


def indikator_standar(a: Analisis, i: AnalisisIndikator) -> str:
    s = i.standar_nasional
    if s is None or s.nilai is None:
        catatan = _tanpa_awalan(s.catatan, "belum tersedia") if s is not None and s.catatan else ""
        return f"Perbandingan dengan standar nasional: data pembanding belum tersedia{f' ({catatan})' if catatan else ''}."
    kal = f"Standar nasional untuk indikator ini sebesar {nilai_tertulis(s.nilai, i.indikator.satuan)}"
    kal += f" (sumber: {s.sumber})." if s.sumber else "."
    x, y = nilai_angka(i.realisasi), nilai_angka(s.nilai)
    if x is not None and y is not None:
        baik = x >= y if i.indikator.polaritas == "positif" else x <= y
        kal += f" Realisasi {instansi(a)} {'memenuhi' if baik else 'belum memenuhi'} standar tersebut."
    return kal


def indikator_anggaran(a: Analisis, i: AnalisisIndikator, nama_program: dict[str, str]) -> str:
    if i.anggaran is None:
        return "Program dan sub kegiatan yang mendukung indikator ini belum ditandai dalam berkas data (kolom mendukung)."
    prog = ", ".join(nama_program.get(k, k) for k in i.program_pendukung)
    s = i.anggaran
    kal = (f"Indikator ini didukung oleh {len(i.sub_pendukung)} sub kegiatan pada {prog} dengan pagu "
           f"Rp {fmt.rupiah(s.pagu)}")
    if s.status == Status.TERHITUNG:
        kal += f" dan realisasi Rp {fmt.rupiah(s.realisasi)} atau {s.tampil}."
    else:
        kal += f"; serapan belum dapat dihitung ({s.alasan})."
    e = i.efisiensi
    if e is not None and e.status == Status.TERHITUNG:
        kal += (f" Efisiensi penggunaan sumber daya (capaian yang dibatasi 100 % dibagi serapan anggaran): "
                f"{e.rumus}, kategori {e.kategori}.")
    return kal


def penyebab(a: Analisis) -> tuple[list[str], list[str], list[str]]:
    """(penyebab keberhasilan, penyebab kegagalan, solusi): the user's text, else what the data shows."""
    n = a.berkas.narasi
    tercapai = [i for i in a.iku if i.tercapai]
    belum = [i for i in a.iku if i.tercapai is False]
    uraian = [f"{i.indikator.nama}: {i.data_realisasi.uraian}" for i in a.iku
              if i.data_realisasi and i.data_realisasi.uraian]
    berhasil = paragraf_pengguna(n.penyebab_keberhasilan) or (
        [f"Indikator yang mencapai target: {', '.join(i.indikator.nama for i in tercapai)}."] if tercapai else []
    ) + uraian + ["Uraian penyebab keberhasilan belum diisi dalam berkas data."]
    gagal = paragraf_pengguna(n.penyebab_kegagalan) or (
        [f"Indikator yang belum mencapai target: {', '.join(i.indikator.nama for i in belum)}. "
         "Uraian penyebabnya belum diisi dalam berkas data."] if belum
        else ["Tidak ada IKU yang berada di bawah target pada tahun ini."])
    solusi = paragraf_pengguna(n.solusi) or ["Alternatif solusi belum diisi dalam berkas data."]
    return berhasil, gagal, solusi


def efisiensi(a: Analisis) -> list[str]:
    return [
        "Efisiensi penggunaan sumber daya dihitung sebagai perbandingan antara persentase capaian kinerja "
        "(dibatasi 100 %) dan persentase realisasi anggaran pada tingkat sasaran, program, kegiatan dan sub "
        "kegiatan. Nilai lebih dari 1 berarti efisien, sama dengan 1 sesuai, dan kurang dari 1 tidak efisien."
    ]


def program_pendukung(a: Analisis) -> list[str]:
    return ["Capaian indikator program dan kegiatan yang menunjang keberhasilan atau kegagalan pencapaian kinerja "
            "disajikan pada tabel berikut."]


def realisasi_anggaran(a: Analisis) -> list[str]:
    t = a.anggaran.total
    kal = (f"Program dan kegiatan {instansi(a)} Tahun {a.tahun} dibiayai dengan pagu anggaran Rp "
           f"{fmt.rupiah(t.pagu)}")
    if t.status == Status.TERHITUNG:
        kal += f" dengan realisasi Rp {fmt.rupiah(t.realisasi)} atau {t.tampil} ({t.rumus})."
    else:
        kal += f"; realisasinya belum dapat dihitung ({t.alasan})."
    return [kal]


def prestasi(a: Analisis) -> list[str]:
    if not a.berkas.prestasi:
        return [f"Prestasi Tahun {a.tahun} belum dicatat dalam berkas data."]
    return [f"Pada Tahun {a.tahun} prestasi yang diraih {instansi(a)} adalah sebagai berikut."]


# ------------------------------------------------------------------ BAB IV


def penutup(a: Analisis) -> list[str]:
    teks = [f"Berdasarkan data capaian Indikator Kinerja Utama {lengkap(a)} Tahun {a.tahun}, dapat disimpulkan:"]
    return teks


def simpulan(a: Analisis) -> list[str]:
    """One conclusion per IKU plus the budget, computed from the data (a list for BAB IV)."""
    butir = []
    for i in a.iku:
        if i.capaian.status == Status.TERHITUNG:
            hasil = "melampaui target" if i.capaian.capaian > 100 else "mencapai target" if i.tercapai else "belum mencapai target"
            butir.append(f"{i.indikator.nama}: realisasi {nilai_tertulis(i.realisasi, i.indikator.satuan)} dari target "
                         f"{nilai_tertulis(i.target, i.indikator.satuan)}, capaian {i.capaian.tampil} ({hasil}, "
                         f"kategori {i.capaian.kategori}).")
        else:
            butir.append(f"{i.indikator.nama}: capaian belum dapat dihitung ({i.capaian.alasan}).")
    t = a.anggaran.total
    if t.status == Status.TERHITUNG:
        butir.append(f"Realisasi anggaran Rp {fmt.rupiah(t.realisasi)} dari pagu Rp {fmt.rupiah(t.pagu)} ({t.tampil}).")
    return butir


def penutup_akhir(a: Analisis) -> str:
    return (f"Demikian Laporan Kinerja {instansi(a)} Tahun {a.tahun} disusun sebagai bentuk pertanggungjawaban "
            "atas pelaksanaan tugas dan fungsi, serta sebagai bahan perbaikan kinerja pada tahun berikutnya.")
