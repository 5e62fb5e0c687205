"""``sakip verifikasi BERKAS``: is this file the LKj / PK that was signed? (SHA-256 against the stored ones)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated

import typer

from sakip.cli.perintah.migrasi import OpsiData


def sha256_berkas(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for potong in iter(lambda: f.read(1 << 20), b""):
            h.update(potong)
    return h.hexdigest()


def daftarkan(app: typer.Typer) -> None:
    @app.command(
        "verifikasi",
        help="Memeriksa apakah BERKAS (PDF, DOCX atau HTML) sama persis dengan LKj atau PK yang disahkan di "
        "ruang kerja ini, dengan membandingkan sidik SHA-256-nya. Keluar dengan kode 0 bila sama dengan "
        "dokumen yang disahkan, 1 bila tidak.",
    )
    def verifikasi(
        berkas: Annotated[Path, typer.Argument(help="Berkas dokumen yang akan diperiksa.", show_default=False)],
        data: OpsiData = None,
    ) -> None:
        from rich.console import Console

        from sakip.web import peladen

        konsol = Console(highlight=False)
        if not berkas.is_file():
            konsol.print(f"[red]Berkas {berkas} tidak ditemukan.[/]")
            raise typer.Exit(2)
        sidik = sha256_berkas(berkas)
        peladen.siapkan_django(data=data)
        if peladen.migrasi_tertunda():
            konsol.print("[red]Basis data belum dimigrasi;[/] jalankan `sakip migrasi` dulu.")
            raise typer.Exit(2)
        from django.utils import timezone

        from sakip.web.dokumen.services import dokumen_cari_sidik
        from sakip.web.riwayat.selectors import rantai_periksa

        konsol.print(f"SHA-256 {berkas.name}: {sidik}")
        cocok = dokumen_cari_sidik(sha256=sidik)
        if not cocok:
            konsol.print("[red bold]TIDAK COCOK:[/] berkas ini tidak sama dengan dokumen mana pun yang disusun di "
                         "ruang kerja ini. Bila seharusnya dokumen yang disahkan, isinya telah berubah setelah diunduh.")
            raise typer.Exit(1)
        d, format = cocok[0]
        tk = d.tahun_kinerja
        nama = f"{d.get_jenis_display()}{f' ke-{d.nomor_urut_pk}' if d.nomor_urut_pk else ''} {tk.instansi} tahun {tk.tahun}"
        if not d.sah:
            konsol.print(f"[yellow bold]BUKAN DOKUMEN YANG DISAHKAN:[/] berkas ini adalah {nama} ({format.upper()}) "
                         f"yang disusun {timezone.localtime(d.dibuat_pada):%d-%m-%Y %H:%M} dari data versi {d.versi_data}, "
                         "tetapi bukan versi yang disahkan pimpinan.")
            raise typer.Exit(1)
        oleh = d.disahkan_oleh.get_full_name() or d.disahkan_oleh.username if d.disahkan_oleh else "(tidak diketahui)"
        konsol.print(f"[green bold]COCOK:[/] berkas ini adalah {nama} ({format.upper()}) yang disahkan oleh {oleh} "
                     f"pada {timezone.localtime(d.disahkan_pada):%d-%m-%Y %H:%M}, dari data versi {d.versi_data}.")
        if tk.status != tk.Status.DISAHKAN:
            konsol.print(f"Catatan: data tahun ini kemudian dibuka kembali dan kini berstatus {tk.get_status_display().lower()}; "
                         "lihat alasannya di riwayat perubahan.")
        putus = rantai_periksa(instansi_id=tk.instansi_id, tahun=tk.tahun)
        if putus:
            konsol.print(f"[red]Peringatan:[/] rantai sidik riwayat perubahan tahun ini terputus di {len(putus)} baris "
                         f"(mis. baris {putus[0].id}: {putus[0].pesan}).")
        else:
            konsol.print("Rantai sidik riwayat perubahan tahun ini utuh.")
