"""The Laporan Hasil Reviu as a sakip.reports document: summary by severity,
findings table, and a "Pernyataan Telah Direviu" page ready to sign."""

from __future__ import annotations

import re
from pathlib import Path

from sakip.reports.dokumen import (
    Dokumen,
    Judul,
    Kolom,
    Lanskap,
    Paragraf,
    PemisahHalaman,
    Penandatangan,
    Sel,
    Tabel,
    TandaTangan,
)
from sakip.reviu.model import TINGKAT, HasilReviu

_LINGKUP_DOKUMEN = ("angka, persentase, jumlah, capaian, konsistensi antar tabel dan kalimat, serta penomoran "
                    "tabel dan gambar")
_LINGKUP_DATA = ("target Perjanjian Kinerja terhadap Renstra dan perubahannya, kelengkapan Indikator Kinerja Utama, "
                 "kewajaran realisasi kinerja dan anggaran, kesesuaian realisasi triwulan dengan realisasi tahunan, "
                 "isi wajib Laporan Kinerja (perbandingan, penyebab, solusi, efisiensi), serta batas waktu "
                 "penandatanganan Perjanjian Kinerja")


_PATAH = re.compile(r"([._\]/])(?=[^\W\d])")


def _boleh_patah(teks: str) -> str:
    """Let a long path ("perjanjian_kinerja[2].alasan_perubahan") wrap in a narrow cell:
    a zero-width space after '.', '_', ']' and '/' (display only; JSON keeps the text)."""
    return _PATAH.sub("\\1\u200b", teks)


def laporan_hasil_reviu(hasil: HasilReviu) -> Dokumen:
    nama = Path(hasil.berkas).name
    r = hasil.ringkasan()
    data = hasil.jenis in ("yaml", "yml", "xlsx", "xlsm")
    d = Dokumen("LAPORAN HASIL REVIU ATAS LAPORAN KINERJA", subjudul=nama)
    d.tambah(
        Judul(1, "LAPORAN HASIL REVIU ATAS LAPORAN KINERJA"),
        Paragraf(f"{'Berkas data kinerja' if data else 'Berkas'} yang direviu: {nama}. Reviu dilakukan dengan memeriksa "
                 f"{_LINGKUP_DATA if data else _LINGKUP_DOKUMEN} (PermenPANRB Nomor 53 Tahun 2014)."),
        Judul(2, "Ringkasan"),
        Tabel("Ringkasan temuan menurut tingkat", [Kolom(3), Kolom(1, "kanan")], [["Tingkat", "Jumlah"]],
              [[t.title(), str(r[t])] for t in TINGKAT], kaki=[["Jumlah", str(r["jumlah"])]]),
        Judul(2, "Daftar Temuan"),
    )
    if hasil.temuan:
        baris = [[str(i), t.kode, t.tingkat, _boleh_patah(t.lokasi), t.pesan, t.tertulis, _boleh_patah(t.seharusnya)]
                 for i, t in enumerate(hasil.temuan, start=1)]
        d.tambah(Lanskap([Tabel("Temuan reviu", [Kolom(0.35, "kanan"), Kolom(1.15), Kolom(0.9), Kolom(2.6), Kolom(4.25), Kolom(1.6), Kolom(1.8)],
                                [["No", "Kode", "Tingkat", "Lokasi", "Uraian", "Tertulis", "Seharusnya"]], baris, kecil=True)]))
    else:
        d.tambah(Paragraf("Tidak ada temuan."))
    d.tambah(
        PemisahHalaman(),
        Judul(1, "PERNYATAAN TELAH DIREVIU"),
        Paragraf(f"Kami telah mereviu {'data Laporan Kinerja' if data else 'Laporan Kinerja'} dalam berkas {nama}. Substansi informasi yang dimuat "
                 "dalam Laporan Kinerja menjadi tanggung jawab manajemen instansi yang bersangkutan."),
        Paragraf("Reviu bertujuan untuk memberikan keyakinan terbatas mengenai akurasi, keandalan, dan keabsahan "
                 "informasi kinerja dalam Laporan Kinerja. Reviu tidak memberikan keyakinan bahwa kami telah "
                 "mengetahui semua hal penting yang akan terungkap dalam suatu audit."),
        Paragraf(f"Berdasarkan reviu kami, terdapat {r['kesalahan']} kesalahan, {r['peringatan']} peringatan, dan "
                 f"{r['catatan']} catatan sebagaimana terlampir, yang perlu diperbaiki atau dijelaskan sebelum "
                 "Laporan Kinerja disampaikan."),
        TandaTangan([Penandatangan(jabatan="Inspektur", nama="..............................", nip="..............................")],
                    tempat_tanggal="............................, ...................."),
    )
    return d
