"""Running the web workspace: Django set-up, migrations, static files and gunicorn.

Used by the ``sakip server``, ``sakip migrasi`` and ``sakip demo`` commands.
Gunicorn is embedded through :class:`gunicorn.app.base.BaseApplication`, so the
laptop and the Pemda server run the same production-grade WSGI server.
"""

from __future__ import annotations

import errno
import hashlib
import os
import socket
from collections.abc import Callable
from pathlib import Path

BERKAS_SIDIK_STATIS = ".sidik-statis"


class PeladenGagal(Exception):
    """The server cannot start; the message is Indonesian and meant for the user."""


def siapkan_django(*, data: Path | None = None) -> Path:
    """Point settings at *data* (``SAKIP_DATA_DIR``), run ``django.setup()``; return the data folder."""
    if data is not None:
        os.environ["SAKIP_DATA_DIR"] = str(Path(data).expanduser().resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    import django
    from django.conf import settings

    django.setup()
    return Path(settings.DATA_DIR)


def migrasi_tertunda() -> list[str]:
    """Names of migrations not yet applied to the database."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    rencana = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{m.app_label}.{m.name}" for m, _ in rencana]


def migrasi() -> list[str]:
    """Apply pending migrations; return the names applied."""
    from django.core.management import call_command

    tertunda = migrasi_tertunda()
    if tertunda:
        call_command("migrate", interactive=False, verbosity=0)
    return tertunda


def _sidik_statis() -> str:
    """Fingerprint of every static source file (path, size, mtime) plus the storage backend."""
    from django.conf import settings
    from django.contrib.staticfiles.finders import get_finders

    h = hashlib.sha256(settings.STORAGES["staticfiles"]["BACKEND"].encode())
    baris = []
    for finder in get_finders():
        for jalur, storage in finder.list([]):
            st = os.stat(storage.path(jalur))
            baris.append(f"{jalur}\t{st.st_size}\t{st.st_mtime_ns}")
    for b in sorted(baris):
        h.update(b.encode())
    return h.hexdigest()


def kumpulkan_statis_bila_perlu() -> bool:
    """Run collectstatic into the data folder when the sources changed; return whether it ran."""
    from django.conf import settings
    from django.core.management import call_command

    tujuan = Path(settings.STATIC_ROOT)
    sidik = _sidik_statis()
    berkas_sidik = tujuan / BERKAS_SIDIK_STATIS
    if berkas_sidik.exists() and berkas_sidik.read_text(encoding="utf-8").strip() == sidik:
        return False
    call_command("collectstatic", interactive=False, clear=True, verbosity=0)
    berkas_sidik.write_text(sidik + "\n", encoding="utf-8")
    return True


_SEBAB_BIND = {
    errno.EADDRINUSE: "port itu sudah dipakai, mungkin oleh sakip yang lain atau program lain; coba --port yang lain",
    errno.EACCES: "tidak diizinkan; port di bawah 1024 memerlukan hak administrator, coba --port 8000",
    errno.EADDRNOTAVAIL: "alamat itu bukan milik komputer ini; periksa --host",
}


def periksa_port(host: str, port: int) -> None:
    """Raise :class:`PeladenGagal` if *host*:*port* cannot be bound (in use, or not our address)."""
    keluarga = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(keluarga, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError as exc:
        sebab = _SEBAB_BIND.get(exc.errno, f"galat sistem {exc.errno}")
        raise PeladenGagal(f"Alamat {host}:{port} tidak dapat dipakai: {sebab}.") from None


def alamat(host: str, port: int) -> str:
    tampil = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    if ":" in tampil:
        tampil = f"[{tampil}]"
    return f"http://{tampil}:{port}/"


def jalankan(*, host: str, port: int, workers: int, utas: int = 1, saat_siap: Callable[[], None] | None = None) -> None:
    """Serve the Django WSGI app with gunicorn until Ctrl+C (blocks)."""
    from django.db import connections
    from gunicorn.app.base import BaseApplication

    from sakip.web.wsgi import application

    periksa_port(host, port)
    connections.close_all()  # never share a database connection with forked workers

    def _siap(_arbiter) -> None:
        if saat_siap is not None:
            saat_siap()

    opsi = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        # One thread per worker by default: the pages are CPU-bound Python, and several
        # threads in one process contend for the GIL (measured: the Pemda dashboard went
        # from 83 to 178 requests/s with 2 workers when going from 4 threads to 1).
        "threads": utas,
        "timeout": 120,
        "graceful_timeout": 10,
        "loglevel": "warning",
        "errorlog": "-",
        "accesslog": None,
        "proc_name": "sakip",
        "when_ready": _siap,
    }

    class _Gunicorn(BaseApplication):
        def load_config(self) -> None:
            for kunci, nilai in opsi.items():
                self.cfg.set(kunci, nilai)

        def load(self):
            return application

    induk = os.getpid()
    try:
        _Gunicorn().run()
    except SystemExit as keluar:
        # The arbiter exits the process on Ctrl+C/SIGTERM: return normally to the
        # command in the master only. Forked workers exit through here too.
        if os.getpid() != induk or keluar.code not in (0, None):
            raise
