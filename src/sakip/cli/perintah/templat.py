"""``sakip templat``: the Excel workbook users fill in (empty, or with the Kalumpang example)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import typer

CONTOH = Path("contoh") / "kalumpang-2023" / "kalumpang-2023.yaml"


def berkas_contoh() -> Path | None:
    """The Kalumpang example: beside the source tree, or in the current folder."""
    import sakip

    for akar in (Path(sakip.__file__).resolve().parents[2], Path.cwd()):
        if (akar / CONTOH).is_file():
            return akar / CONTOH
    return None


def _periode(teks: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{4})\s*-\s*(\d{4})\s*", teks)
    if not m or not (2000 <= int(m[1]) <= int(m[2]) <= 2100) or int(m[2]) - int(m[1]) > 10:
        raise typer.BadParameter("tulis periode Renstra sebagai TTTT-TTTT, mis. 2019-2023 (paling lama 11 tahun)")
    return int(m[1]), int(m[2])


def daftarkan(app: typer.Typer) -> None:
    tahun_ini = dt.date.today().year

    @app.command("templat")
    def templat(
        keluaran: Path = typer.Option(None, "--keluaran", "-o", help="Berkas .xlsx yang ditulis (bawaan: templat-sakip.xlsx; dengan --contoh: contoh-kalumpang-2023.xlsx)."),
        contoh: bool = typer.Option(False, "--contoh", help="Isi dengan contoh lengkap Kecamatan Kalumpang 2023."),
        periode: str = typer.Option(f"{tahun_ini - 4}-{tahun_ini}", "--periode", help="Periode Renstra untuk kolom target (TTTT-TTTT)."),
        timpa: bool = typer.Option(False, "--timpa", help="Timpa berkas keluaran bila sudah ada."),
    ) -> None:
        """Buat buku kerja Excel untuk diisi: lembar Petunjuk, judul kolom beku, daftar pilihan dan format angka."""
        from sakip.cli.keluaran import konsol
        from sakip.cli.perintah.konversi import gagal, gagal_berkas, periksa_keluaran

        awal, akhir = _periode(periode)
        keluaran = keluaran or Path("contoh-kalumpang-2023.xlsx" if contoh else "templat-sakip.xlsx")
        if periksa_keluaran(keluaran, timpa) != "xlsx":
            gagal("Templat hanya dapat ditulis sebagai .xlsx.")
        data = None
        if contoh:
            from sakip.berkas import BerkasTidakSah, baca

            sumber = berkas_contoh()
            if sumber is None:
                gagal(f"Contoh Kalumpang ({CONTOH}) tidak ditemukan; jalankan dari folder proyek sakip.")
            try:
                data = baca(sumber)
            except BerkasTidakSah as e:
                gagal_berkas(e)
        from sakip.berkas.xlsx import buat_templat

        buat_templat(keluaran, tahun_awal=awal, tahun_akhir=akhir, berkas=data)
        konsol(stderr=True).print(f"Templat ditulis ke [bold]{keluaran}[/bold]")
