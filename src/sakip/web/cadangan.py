"""Backup and restore of the web workspace: the database and the uploaded files in one zip.

The archive is portable between SQLite and PostgreSQL: the database is a Django
``dumpdata`` JSON with natural foreign keys (``data.json``), the uploaded files
are kept under ``unggahan/``, and ``manifest.json`` records the sakip version,
the date, the migrations the data belongs to, the row count per table and the
SHA-256 of every other member.

- SQLite is first copied with the sqlite3 online backup API (a consistent
  snapshot while the server keeps writing), and the snapshot is dumped.
- PostgreSQL is dumped inside one ``REPEATABLE READ, READ ONLY`` transaction.

Restore checks the manifest and every checksum, refuses a database holding data
unless told to replace it, and loads everything in one transaction (the row
counts are checked before it commits). The uploaded files are put in place
only once the database has committed.

Not backed up: content types and permissions (recreated by ``migrate``, referred
to by natural key), sessions (everyone logs in again) and pending upload
previews (``kinerja.Unggahan`` and ``unggahan/impor/``, valid one day).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

FORMAT = "sakip-cadangan"
VERSI_FORMAT = 1
MANIFEST = "manifest.json"
DATA = "data.json"
FOLDER_BERKAS = "unggahan"
FOLDER_DOKUMEN = "dokumen"
"""Archive folders: uploaded files (MEDIA_ROOT) and generated documents (signed ones included)."""
TIDAK_DICADANGKAN = ("contenttypes.contenttype", "auth.permission", "sessions.session", "kinerja.unggahan")
FOLDER_SEMENTARA = ("impor",)
"""Folders of MEDIA_ROOT holding only transient files."""
TABEL_TETAP = {"django_content_type", "auth_permission", "django_migrations"}
"""Tables a restore leaves in place (rebuilt by ``migrate``)."""


class CadanganTidakSah(Exception):
    """The archive or the target cannot be used; the message is Indonesian, for the user."""


@dataclass(frozen=True)
class Hasil:
    path: Path
    manifest: dict


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _model_dicadangkan() -> list:
    from django.apps import apps

    return [m for m in apps.get_models() if m._meta.label_lower not in TIDAK_DICADANGKAN and m._meta.managed
            and not m._meta.proxy]


def _migrasi_diterapkan(alias: str = "default") -> dict[str, list[str]]:
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    hasil: dict[str, list[str]] = {}
    for app, nama in sorted(MigrationRecorder(connections[alias]).applied_migrations()):
        hasil.setdefault(app, []).append(nama)
    return hasil


# ---------------------------------------------------------------- backup

def cadangkan(keluaran: Path) -> Hasil:
    """Write the archive to *keluaran* (replaced only once completely written)."""
    from django.conf import settings
    from django.db import connection

    keluaran = Path(keluaran)
    with tempfile.TemporaryDirectory(prefix="sakip-cadangan-") as folder:
        folder = Path(folder)
        data_json = folder / DATA
        if connection.vendor == "sqlite":
            migrasi = _dump_sqlite(folder, data_json)
        else:
            migrasi = _dump_transaksi(data_json)
        isi = data_json.read_bytes()
        jumlah = _hitung(isi)
        berkas = {DATA: _sha256(isi)}
        sementara = keluaran.with_name(f".{keluaran.name}.sementara")
        try:
            with zipfile.ZipFile(sementara, "w", compression=zipfile.ZIP_DEFLATED) as z:
                z.writestr(DATA, isi)
                for path, nama in _berkas_disimpan():
                    isi_berkas = path.read_bytes()
                    berkas[nama] = _sha256(isi_berkas)
                    z.writestr(nama, isi_berkas)
                manifest = _manifest(connection.vendor, migrasi, jumlah, berkas)
                z.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
            os.replace(sementara, keluaran)
        finally:
            sementara.unlink(missing_ok=True)
    return Hasil(keluaran, manifest)


def _manifest(vendor: str, migrasi: dict, jumlah: dict, berkas: dict) -> dict:
    from django.utils import timezone

    import sakip

    return {
        "format": FORMAT,
        "versi_format": VERSI_FORMAT,
        "versi_sakip": sakip.__version__,
        "dibuat": timezone.localtime().isoformat(timespec="seconds"),
        "basis_data": vendor,
        "migrasi": migrasi,
        "jumlah": jumlah,
        "berkas": berkas,
    }


def _dumpdata(path: Path, alias: str) -> None:
    from django.core.management import call_command

    call_command("dumpdata", exclude=list(TIDAK_DICADANGKAN), natural_foreign=True, use_base_manager=True,
                 database=alias, output=str(path), format="json", verbosity=0)


def _dump_sqlite(folder: Path, data_json: Path) -> dict:
    """Snapshot with the online backup API, then dump the snapshot (through a second alias)."""
    from django.db import connections

    asal = connections.settings["default"]["NAME"]
    salinan = folder / "salinan.sqlite3"
    sumber = sqlite3.connect(f"{Path(asal).resolve().as_uri()}?mode=ro", uri=True)
    tujuan = sqlite3.connect(salinan)
    try:
        sumber.backup(tujuan)
    finally:
        tujuan.close()
        sumber.close()
    conf = dict(connections.settings["default"])
    conf["NAME"] = str(salinan)
    conf["OPTIONS"] = {k: v for k, v in conf.get("OPTIONS", {}).items() if k != "init_command"}
    connections.settings["cadangan"] = conf
    try:
        _dumpdata(data_json, "cadangan")
        return _migrasi_diterapkan("cadangan")
    finally:
        connections["cadangan"].close()
        del connections["cadangan"]
        del connections.settings["cadangan"]


def _dump_transaksi(data_json: Path) -> dict:
    """PostgreSQL (or another server database): every table read from one snapshot."""
    from django.db import connection, transaction

    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as c:
                c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        _dumpdata(data_json, "default")
        return _migrasi_diterapkan()


def _hitung(isi: bytes) -> dict[str, int]:
    per_model = Counter(o["model"] for o in json.loads(isi))
    return {m._meta.label_lower: per_model.get(m._meta.label_lower, 0) for m in _model_dicadangkan()}


def _akar_berkas() -> dict[str, Path]:
    """Archive folder -> the folder on disk whose files a backup carries."""
    from django.conf import settings

    from sakip.web.dokumen.services import folder_dokumen

    return {FOLDER_BERKAS: Path(settings.MEDIA_ROOT), FOLDER_DOKUMEN: folder_dokumen()}


def _berkas_disimpan():
    """(path, archive name) of every uploaded file and generated document, transient folders excepted."""
    for awalan, akar in _akar_berkas().items():
        if not akar.is_dir():
            continue
        for path in sorted(akar.rglob("*")):
            rel = path.relative_to(akar)
            if path.is_file() and not path.is_symlink() and rel.parts[0] not in FOLDER_SEMENTARA:
                yield path, f"{awalan}/{rel.as_posix()}"


# ---------------------------------------------------------------- restore

def baca_manifest(arsip: Path) -> dict:
    """The manifest, after checking every member against it. Raises :class:`CadanganTidakSah`."""
    arsip = Path(arsip)
    if not arsip.is_file():
        raise CadanganTidakSah(f"berkas cadangan {arsip} tidak ditemukan")
    try:
        with zipfile.ZipFile(arsip) as z:
            return _periksa_arsip(z)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError) as e:
        raise CadanganTidakSah(f"berkas {arsip.name} bukan arsip cadangan sakip yang utuh ({type(e).__name__})") from None


def _periksa_arsip(z: zipfile.ZipFile) -> dict:
    nama = set(z.namelist())
    if MANIFEST not in nama:
        raise CadanganTidakSah("arsip tidak memuat manifest.json; ini bukan cadangan sakip")
    manifest = json.loads(z.read(MANIFEST))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CadanganTidakSah("manifest.json bukan manifest cadangan sakip")
    if manifest.get("versi_format") != VERSI_FORMAT:
        raise CadanganTidakSah(f"format cadangan versi {manifest.get('versi_format')} tidak dikenal oleh sakip ini")
    berkas = manifest.get("berkas") or {}
    if DATA not in berkas:
        raise CadanganTidakSah("manifest tidak menyebut data.json")
    lebih = nama - set(berkas) - {MANIFEST}
    if lebih:
        raise CadanganTidakSah(f"arsip memuat berkas yang tidak tercatat di manifest: {', '.join(sorted(lebih)[:5])}")
    for anggota, sha in berkas.items():
        _nama_aman(anggota)
        if anggota not in nama:
            raise CadanganTidakSah(f"berkas {anggota} tercatat di manifest tetapi tidak ada di arsip")
        if _sha256(z.read(anggota)) != sha:
            raise CadanganTidakSah(f"berkas {anggota} di arsip rusak atau telah diubah (SHA-256 tidak cocok)")
    return manifest


def _nama_aman(anggota: str) -> None:
    p = PurePosixPath(anggota)
    if anggota == DATA:
        return
    if p.is_absolute() or ".." in p.parts or p.parts[0] not in (FOLDER_BERKAS, FOLDER_DOKUMEN) or len(p.parts) < 2:
        raise CadanganTidakSah(f"nama berkas {anggota!r} di arsip tidak diizinkan")


def ada_isi() -> dict[str, int]:
    """Rows already in the target database (tables a backup carries), by model."""
    return {m._meta.label_lower: n for m in _model_dicadangkan() if (n := m._base_manager.count())}


def pulihkan(arsip: Path, *, timpa: bool = False) -> dict:
    """Restore *arsip* into the configured database and MEDIA_ROOT; return the manifest.

    The database must be migrated (``peladen.migrasi``) first.
    """
    from django.conf import settings

    arsip = Path(arsip)
    manifest = baca_manifest(arsip)
    _periksa_migrasi(manifest)
    isi = ada_isi()
    if isi and not timpa:
        contoh = ", ".join(f"{k} ({v})" for k, v in list(isi.items())[:4])
        raise CadanganTidakSah(
            f"basis data tujuan sudah berisi data ({contoh}); tambahkan --ya untuk menggantinya seluruhnya dengan isi cadangan")
    media = Path(settings.MEDIA_ROOT)
    media.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".pulihkan-", dir=media.parent) as folder:
        folder = Path(folder)
        with zipfile.ZipFile(arsip) as z:
            (folder / DATA).write_bytes(z.read(DATA))
            for anggota in manifest["berkas"]:
                if anggota != DATA:
                    tujuan = folder / anggota
                    tujuan.parent.mkdir(parents=True, exist_ok=True)
                    tujuan.write_bytes(z.read(anggota))
        _muat(folder / DATA, manifest["jumlah"])
        for awalan, akar in _akar_berkas().items():
            _ganti_berkas(folder / awalan, akar)
    return manifest


def _periksa_migrasi(manifest: dict) -> None:
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader

    dikenal = set(MigrationLoader(connection, ignore_no_migrations=True).disk_migrations)
    asing = [f"{app}.{nama}" for app, daftar in manifest.get("migrasi", {}).items() for nama in daftar
             if (app, nama) not in dikenal]
    if asing:
        raise CadanganTidakSah(
            "cadangan dibuat oleh versi sakip yang lebih baru (migrasi tidak dikenal: "
            f"{', '.join(asing[:3])}); perbarui sakip dulu, lalu pulihkan lagi")


def _muat(data_json: Path, jumlah: dict[str, int]) -> None:
    """Empty the tables and load the dump in one transaction; counts checked before commit."""
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style
    from django.db import connection, transaction

    with transaction.atomic():
        tabel = [t for t in connection.introspection.django_table_names(only_existing=True, include_views=False)
                 if t not in TABEL_TETAP]
        with connection.cursor() as c:
            for sql in connection.ops.sql_flush(no_style(), tabel, reset_sequences=False, allow_cascade=False):
                c.execute(sql)
        call_command("loaddata", str(data_json), database="default", verbosity=0)
        beda = []
        for label, n in jumlah.items():
            try:
                model = apps.get_model(label)
            except LookupError:
                beda.append(f"{label} (tabel tidak dikenal)")
                continue
            if model._base_manager.count() != n:
                beda.append(f"{label} ({model._base_manager.count()} baris, manifest {n})")
        if beda:
            raise CadanganTidakSah(f"jumlah baris setelah dimuat tidak cocok dengan manifest: {', '.join(beda[:5])}; "
                                   "tidak ada yang diubah")


def _ganti_berkas(baru: Path, media: Path) -> None:
    """Replace the files of one folder (transient previews included: they belong to the old data)."""
    media.mkdir(parents=True, exist_ok=True)
    for anak in media.iterdir():
        if anak.is_dir() and not anak.is_symlink():
            shutil.rmtree(anak)
        else:
            anak.unlink()
    if baru.is_dir():
        for anak in baru.iterdir():
            shutil.move(str(anak), media / anak.name)


def nama_bawaan(sekarang: dt.datetime | None = None) -> str:
    from django.utils import timezone

    waktu = timezone.localtime(sekarang or timezone.now())
    return f"sakip-cadangan-{waktu:%Y%m%d-%H%M%S}.zip"
