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


def _tampilkan(hasil) -> None:
    from rich.table import Table

    from sakip.cli.keluaran import konsol
    from sakip.reviu.model import TINGKAT

    k = konsol()
    r = hasil.ringkasan()
    k.print(f"[bold]Reviu {hasil.berkas}[/bold] ({hasil.jumlah_tabel} tabel"
            + (f", {hasil.jumlah_halaman} halaman" if hasil.jumlah_halaman else "") + ")")
    for tingkat in TINGKAT:
        temuan = [t for t in hasil.temuan if t.tingkat == tingkat]
        if not temuan:
            continue
        tabel = Table(title=f"{tingkat.title()} ({len(temuan)})", title_style=_GAYA[tingkat], show_lines=True, expand=True)
        for kolom, rasio in (("Kode", 1), ("Lokasi", 3), ("Pesan", 6), ("Tertulis", 2), ("Seharusnya", 2)):
            tabel.add_column(kolom, ratio=rasio, overflow="fold")
        for t in temuan:
            tabel.add_row(t.kode, t.lokasi, t.pesan, t.tertulis, t.seharusnya)
        k.print(tabel)
    k.print(f"Ringkasan: [bold red]{r['kesalahan']} kesalahan[/], [yellow]{r['peringatan']} peringatan[/], "
            f"[cyan]{r['catatan']} catatan[/] ({r['jumlah']} temuan).")


def daftarkan(app: typer.Typer) -> None:
    @app.command("reviu")
    def reviu(
        berkas: Path = typer.Argument(None, help="LKj yang direviu: .txt, .docx atau .pdf."),
        format: Format = OPSI_FORMAT,
        daftar: bool = typer.Option(False, "--daftar", help="Tampilkan daftar pemeriksaan (kode, tingkat, sumber) lalu keluar."),
        keluaran: Path = typer.Option(None, "--keluaran", "-o", help="Folder untuk Laporan Hasil Reviu (DOCX dan PDF) dengan halaman Pernyataan Telah Direviu."),
    ) -> None:
        """Reviu LKj seperti auditor Inspektorat (PermenPANRB 53/2014): periksa angka, persentase, jumlah, capaian, konsistensi antar tabel dan penomoran. Keluar dengan kode 0 bila reviu berjalan (apa pun temuannya), 2 bila berkas tidak dapat dibaca."""
        if daftar:
            _daftar(format)
            return
        from sakip.cli.keluaran import konsol, ke_csv, ke_json, tulis
        from sakip.reviu import BerkasTidakTerbaca, reviu_berkas

        if berkas is None:
            konsol(stderr=True).print("[red]Sebutkan berkas LKj yang direviu[/red] (atau pakai --daftar).")
            raise typer.Exit(KODE_MASUKAN_SALAH)
        try:
            hasil = reviu_berkas(berkas)
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
