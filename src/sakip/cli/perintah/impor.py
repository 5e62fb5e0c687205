"""``sakip impor``: write a data file (YAML or workbook) into the web database for one office-year.

The same path as the web import's "Terapkan semua": the file is read and checked by
:mod:`sakip.berkas` (errors listed as ``sakip periksa`` lists them), then stored by
:func:`sakip.web.kinerja.services.berkas_simpan` in one transaction, recorded in the
audit trail as coming from the command line. ``--coba`` does all of it, then rolls back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from sakip.cli.perintah.migrasi import OpsiData

KODE_TERKUNCI = 1
"""Exit code when the office-year (or a PK version it would change) is locked by the approval workflow."""


class _Gagal(Exception):
    """Cannot start: unknown office, user, or no permission (message in Indonesian)."""


def _instansi(kode: str, pemda: str | None):
    from sakip.web.organisasi.models import Instansi

    qs = Instansi.objects.select_related("pemda").filter(kode=kode)
    if pemda:
        qs = qs.filter(pemda__kode=pemda)
    daftar = list(qs[:10])
    if not daftar:
        di = f" di Pemda berkode {pemda}" if pemda else ""
        raise _Gagal(f"Instansi berkode “{kode}”{di} tidak ditemukan.")
    if len(daftar) > 1:
        nama = ", ".join(f"{i.pemda.nama} ({i.pemda.kode})" for i in daftar)
        raise _Gagal(f"Kode instansi “{kode}” dipakai di beberapa Pemda: {nama}. Sebutkan --pemda KODE.")
    return daftar[0]


def _pengguna(username: str, instansi):
    from django.contrib.auth import get_user_model

    from sakip.web.kinerja.selectors import instansi_boleh_ubah

    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise _Gagal(f"Pengguna “{username}” tidak ditemukan atau tidak aktif.")
    if not instansi_boleh_ubah(user=user, instansi_pk=instansi.pk):
        raise _Gagal(f"Pengguna “{username}” tidak berwenang mengubah data kinerja {instansi.nama}.")
    return user


def _simpan(*, instansi, tahun: int, berkas, user, coba: bool):
    """Store *berkas* (rolled back with *coba*); return (changes, versi before, versi after)."""
    from django.db import transaction

    from sakip.web.kinerja.models import TahunKinerja
    from sakip.web.kinerja.services import berkas_simpan
    from sakip.web.riwayat.konteks import jalur_audit

    def versi() -> int:
        return TahunKinerja.objects.filter(instansi=instansi, tahun=tahun).values_list("versi", flat=True).first() or 0

    with jalur_audit("cli", oleh=user), transaction.atomic():
        sebelum = versi()
        perubahan = berkas_simpan(instansi=instansi, tahun=tahun, berkas=berkas, oleh=user)
        sesudah = versi()
        if coba:
            transaction.set_rollback(True)
    return perubahan, sebelum, sesudah


def _tampilkan(c, perubahan, *, coba: bool, sebelum: int, sesudah: int) -> None:
    from sakip.cli.keluaran import tabel_rich

    if not perubahan.ada:
        c.print("Isi berkas sama dengan data yang tersimpan; tidak ada yang berubah.")
        return
    c.print(tabel_rich("Perubahan", ["Bagian", "Ditambah", "Diubah", "Dihapus"], perubahan.ringkasan(), kanan=(1, 2, 3)))
    for b in perubahan.dihapus:
        c.print(f"  dihapus — {b.entitas}: {b.label[:120]}")
    jumlah = (f"{len(perubahan.ditambah)} ditambah, {len(perubahan.diubah)} diubah, "
              f"{len(perubahan.dihapus)} dihapus")
    if coba:
        c.print(f"[bold]Uji coba (--coba):[/] {jumlah} bila diterapkan; tidak ada yang disimpan.")
    else:
        c.print(f"[bold green]Diterapkan:[/] {jumlah} (versi data {sebelum} → {sesudah}).")


def daftarkan(app: typer.Typer) -> None:
    @app.command(
        "impor",
        help="Memasukkan berkas data (.yaml atau buku kerja .xlsx) ke basis data ruang kerja web untuk satu "
        "instansi dan tahun: semua atau tidak sama sekali, dicatat di riwayat atas nama --oleh.",
    )
    def impor(
        berkas: Annotated[Path, typer.Argument(help="Berkas data (.yaml/.yml atau buku kerja .xlsx).")],
        instansi: Annotated[str, typer.Option("--instansi", help="Kode instansi tujuan (seperti di Kelola instansi).")],
        tahun: Annotated[int, typer.Option("--tahun", "-t", min=2000, max=2100, help="Tahun kinerja tujuan.")],
        oleh: Annotated[str, typer.Option("--oleh", help="Nama pengguna yang tercatat sebagai pengubah; harus berwenang mengubah data instansi itu.")],
        pemda: Annotated[Optional[str], typer.Option("--pemda", help="Kode wilayah Pemda, bila kode instansi dipakai di beberapa Pemda.")] = None,
        data: OpsiData = None,
        coba: Annotated[bool, typer.Option("--coba", help="Uji coba: periksa dan tampilkan perubahan tanpa menyimpan apa pun.")] = False,
    ) -> None:
        from sakip.berkas import BerkasTidakSah
        from sakip.cli.keluaran import KODE_MASUKAN_SALAH, konsol
        from sakip.cli.perintah.periksa import baca_berkas, tabel_masalah
        from sakip.web import peladen

        c = konsol()
        peladen.siapkan_django(data=data)
        from sakip.web.kinerja.services import DataTerkunci

        if peladen.migrasi_tertunda():
            c.print("[red]Impor dibatalkan:[/] basis data belum dimigrasi; jalankan `sakip migrasi` dulu.")
            raise typer.Exit(KODE_MASUKAN_SALAH)
        try:
            tujuan = _instansi(instansi, pemda)
            user = _pengguna(oleh, tujuan)
            isi, peringatan = baca_berkas(berkas)
            perubahan, sebelum, sesudah = _simpan(instansi=tujuan, tahun=tahun, berkas=isi, user=user, coba=coba)
        except _Gagal as e:
            c.print(f"[red]Impor dibatalkan:[/] {e}")
            raise typer.Exit(KODE_MASUKAN_SALAH) from None
        except BerkasTidakSah as e:
            c.print(f"[bold red]Berkas {berkas.name} tidak sah: {len(e.masalah)} kesalahan.[/bold red] Tidak ada yang disimpan.")
            c.print(tabel_masalah("Kesalahan", e.masalah))
            raise typer.Exit(KODE_MASUKAN_SALAH) from None
        except DataTerkunci as e:
            c.print(f"[red]Impor ditolak:[/] {e.pesan}")
            raise typer.Exit(KODE_TERKUNCI) from None
        c.print(f"{tujuan.nama} tahun {tahun}, dari {berkas.name} atas nama {user.get_username()}:")
        if peringatan:
            c.print(tabel_masalah(f"Peringatan ({len(peringatan)})", peringatan))
        _tampilkan(c, perubahan, coba=coba, sebelum=sebelum, sesudah=sesudah)
