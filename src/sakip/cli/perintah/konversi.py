"""``sakip konversi``: a data file from YAML to an Excel workbook and back."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import Format

PENULIS = {".xlsx": "xlsx", ".yaml": "yaml", ".yml": "yaml"}


def gagal_berkas(e, format: Format = Format.tabel) -> None:
    """Every problem of a data file (YAML or XLSX) as the exit-2 error list."""
    from sakip.cli.keluaran import gagal_masukan
    from sakip.io.tabel import KesalahanSel

    nama = Path(e.sumber).name if e.sumber else "(berkas)"
    gagal_masukan(
        [
            KesalahanSel(
                berkas=nama,
                alasan=m.pesan,
                baris=m.baris,
                kolom=m.kolom if m.lembar else (None if m.lokasi.startswith("(") else m.lokasi),
                nilai=m.nilai,
                lembar=m.lembar,
            )
            for m in e.masalah
        ],
        format,
    )


def gagal(pesan: str) -> None:
    from sakip.cli.keluaran import KODE_MASUKAN_SALAH, konsol

    konsol(stderr=True).print(f"[bold red]{pesan}[/bold red] Tidak ada keluaran yang ditulis.")
    raise typer.Exit(KODE_MASUKAN_SALAH)


def periksa_keluaran(keluaran: Path, timpa: bool, masukan: Path | None = None) -> str:
    """The writer for ``keluaran`` (by extension); refuses to overwrite without ``--timpa``."""
    jenis = PENULIS.get(keluaran.suffix.lower())
    if jenis is None:
        gagal(f"Akhiran berkas keluaran {keluaran.suffix or '(kosong)'} tidak dikenal; gunakan .xlsx, .yaml atau .yml.")
    if masukan is not None and keluaran.resolve() == masukan.resolve():
        gagal("Berkas keluaran sama dengan berkas masukan.")
    if keluaran.exists() and not timpa:
        gagal(f"Berkas {keluaran} sudah ada; tambahkan --timpa untuk menimpanya.")
    if not keluaran.parent.is_dir():
        gagal(f"Folder {keluaran.parent} tidak ada.")
    return jenis


def tulis_berkas(berkas, keluaran: Path, jenis: str) -> None:
    from sakip.berkas import tulis_yaml
    from sakip.berkas.xlsx import TidakDapatDitulis, tulis_xlsx

    try:
        (tulis_xlsx if jenis == "xlsx" else tulis_yaml)(berkas, keluaran)
    except TidakDapatDitulis as e:
        gagal(f"Tidak dapat menulis {keluaran.name}: {e.pesan}.")


def daftarkan(app: typer.Typer) -> None:
    @app.command("konversi")
    def konversi(
        berkas: Path = typer.Argument(..., help="Berkas data masukan (.yaml, .yml atau .xlsx)."),
        keluaran: Path = typer.Option(..., "--keluaran", "-o", help="Berkas keluaran; formatnya menurut akhiran (.xlsx, .yaml)."),
        timpa: bool = typer.Option(False, "--timpa", help="Timpa berkas keluaran bila sudah ada."),
        format: Format = typer.Option(Format.tabel, "--format", "-f", help="Bentuk daftar kesalahan: tabel atau json (csv ditampilkan sebagai tabel)."),
    ) -> None:
        """Ubah berkas data YAML menjadi buku kerja Excel, atau sebaliknya, tanpa kehilangan isi."""
        from sakip.berkas import BerkasTidakSah, baca
        from sakip.cli.keluaran import konsol

        jenis = periksa_keluaran(keluaran, timpa, berkas)
        try:
            data = baca(berkas)
        except BerkasTidakSah as e:
            gagal_berkas(e, format)
        tulis_berkas(data, keluaran, jenis)
        konsol(stderr=True).print(f"Berkas data ditulis ke [bold]{keluaran}[/bold]")
