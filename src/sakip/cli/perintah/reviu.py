"""``sakip reviu``: what an Inspektorat auditor with a calculator finds in an LKj."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import KODE_MASUKAN_SALAH, OPSI_FORMAT, Format

_GAYA = {"kesalahan": "bold red", "peringatan": "yellow", "catatan": "cyan"}


def _daftar(format: Format) -> None:
    from sakip.cli.keluaran import konsol, ke_csv, ke_json, tabel_rich, tulis
    from sakip.reviu.aturan import semua_aturan

    aturan = list(semua_aturan().values())
    if format == Format.json:
        tulis(ke_json({"aturan": [a.sebagai_dict() for a in aturan]}), None)
    elif format == Format.csv:
        tulis(ke_csv([a.sebagai_dict() for a in aturan]), None)
    else:
        baris = [(a.kode, a.nama, a.tingkat, a.sumber) for a in aturan]
        konsol().print(tabel_rich("Pemeriksaan reviu LKj", ["Kode", "Nama", "Tingkat", "Sumber"], baris))


# below this width a table squeezes the message into a narrow column: one block per finding instead
LEBAR_TABEL = 130


def _judul(hasil) -> str:
    if hasil.jenis in ("yaml", "yml", "xlsx", "xlsm"):
        return f"[bold]Reviu berkas data {hasil.berkas}[/bold]"
    return (f"[bold]Reviu {hasil.berkas}[/bold] ({hasil.jumlah_tabel} tabel"
            + (f", {hasil.jumlah_halaman} halaman" if hasil.jumlah_halaman else "") + ")")


def _tabel(temuan, judul: str, gaya: str):
    from rich.table import Table

    tabel = Table(title=judul, title_style=gaya, show_lines=True, expand=True)
    tabel.add_column("Kode", no_wrap=True)
    for kolom, rasio in (("Lokasi", 3), ("Pesan", 6)):
        tabel.add_column(kolom, ratio=rasio, overflow="fold")
    for kolom, isi in (("Tertulis", [t.tertulis for t in temuan]), ("Seharusnya", [t.seharusnya for t in temuan])):
        # a figure ("3.397.085.593") is not split over two lines when it can be helped
        kata = max((len(w) for teks in isi for w in teks.split()), default=0)
        tabel.add_column(kolom, overflow="fold", width=min(max(kata, len(kolom)), 20))
    for t in temuan:
        tabel.add_row(t.kode, t.lokasi, t.pesan, t.tertulis, t.seharusnya)
    return tabel


def _blok(k, temuan, judul: str, gaya: str) -> None:
    """One finding per block: kode and lokasi on one line, the message indented below."""
    from rich.padding import Padding
    from rich.text import Text

    k.print(Text(judul, style=gaya))
    for t in temuan:
        kepala = Text(t.kode, style=gaya)
        kepala.append(f"  {t.lokasi}", style="dim")
        k.print(kepala)
        isi = Text(t.pesan)
        if t.tertulis or t.seharusnya:
            isi.append(f"\nTertulis: {t.tertulis or '-'}   Seharusnya: {t.seharusnya or '-'}", style="italic")
        k.print(Padding(isi, (0, 0, 1, 4), expand=False))


def _tampilkan(hasil) -> None:
    from sakip.cli.keluaran import konsol
    from sakip.reviu.model import TINGKAT

    k = konsol()
    r = hasil.ringkasan()
    k.print(_judul(hasil))
    for tingkat in TINGKAT:
        temuan = [t for t in hasil.temuan if t.tingkat == tingkat]
        if not temuan:
            continue
        judul = f"{tingkat.title()} ({len(temuan)})"
        if k.width < LEBAR_TABEL:
            _blok(k, temuan, judul, _GAYA[tingkat])
        else:
            k.print(_tabel(temuan, judul, _GAYA[tingkat]))
    k.print(f"Ringkasan: [bold red]{r['kesalahan']} kesalahan[/], [yellow]{r['peringatan']} peringatan[/], "
            f"[cyan]{r['catatan']} catatan[/] ({r['jumlah']} temuan).")


def daftarkan(app: typer.Typer) -> None:
    @app.command("reviu")
    def reviu(
        berkas: Path = typer.Argument(None, help="Yang direviu: LKj (.txt, .docx, .pdf) atau berkas data (.yaml, .yml, .xlsx)."),
        format: Format = OPSI_FORMAT,
        daftar: bool = typer.Option(False, "--daftar", help="Tampilkan daftar pemeriksaan (kode, tingkat, sumber) lalu keluar."),
        keluaran: Path = typer.Option(None, "--keluaran", "-o", help="Folder untuk Laporan Hasil Reviu (DOCX dan PDF) dengan halaman Pernyataan Telah Direviu."),
        survei: Path = typer.Option(None, "--survei", help="Jawaban Survei Kepuasan Masyarakat (CSV/XLSX, kolom U1-U9) untuk dicocokkan dengan realisasi indikator IKM di berkas data."),
    ) -> None:
        """Reviu LKj seperti auditor Inspektorat (PermenPANRB 53/2014): periksa angka, persentase, jumlah, capaian, konsistensi antar tabel dan penomoran; atau reviu berkas data (PK lawan Renstra, kelengkapan IKU, kewajaran realisasi, triwulan, isi wajib LKj, batas waktu PK). Keluar dengan kode 0 bila reviu berjalan (apa pun temuannya), 2 bila berkas tidak dapat dibaca."""
        if daftar:
            _daftar(format)
            return
        from sakip.cli.keluaran import gagal_masukan, konsol, ke_csv, ke_json, tulis
        from sakip.io.tabel import BerkasTidakSah
        from sakip.reviu import BerkasTidakTerbaca, reviu_berkas

        if berkas is None:
            konsol(stderr=True).print("[red]Sebutkan berkas LKj yang direviu[/red] (atau pakai --daftar).")
            raise typer.Exit(KODE_MASUKAN_SALAH)
        try:
            hasil = reviu_berkas(berkas, survei=survei)
        except BerkasTidakSah as e:  # the survey file: every bad cell, exit 2
            gagal_masukan(e.kesalahan, format)
        except BerkasTidakTerbaca as e:
            konsol(stderr=True).print(f"[red]Berkas tidak dapat direviu:[/red] {e}")
            raise typer.Exit(KODE_MASUKAN_SALAH) from None
        if format == Format.json:
            tulis(ke_json(hasil.sebagai_dict()), None)
        elif format == Format.csv:
            tulis(ke_csv([t.sebagai_dict() for t in hasil.temuan]), None)
        else:
            _tampilkan(hasil)
        if keluaran is not None:
            from sakip.reports import tulis as tulis_dokumen
            from sakip.reviu.laporan import laporan_hasil_reviu

            jalur = tulis_dokumen(laporan_hasil_reviu(hasil), keluaran, "laporan-hasil-reviu", formats=("docx", "pdf"))
            konsol(stderr=True).print("Laporan Hasil Reviu ditulis: " + ", ".join(str(j) for j in jalur))
