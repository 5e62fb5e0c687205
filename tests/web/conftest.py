"""Django test set-up for the web workspace.

The same suite runs on SQLite (default) and PostgreSQL::

    python -m pytest tests/web -q                          # SQLite (in memory)
    SAKIP_TEST_DB=postgres python -m pytest tests/web -q   # PostgreSQL at 127.0.0.1:5432

With ``SAKIP_TEST_DB=postgres`` the settings get
``DATABASE_URL=postgres://postgres@127.0.0.1:5432/test`` and pytest-django
creates (and drops) a ``test_sakip_<pid>`` database.
"""

from __future__ import annotations

import os
import tempfile

# Settings read the environment at import: start from a clean slate so a
# developer's own SAKIP_* variables never leak into the tests.
for _nama in [n for n in os.environ if n.startswith("SAKIP_") and n != "SAKIP_TEST_DB" and not n.startswith("SAKIP_FUZZ_")] + ["DATABASE_URL"]:
    os.environ.pop(_nama, None)
os.environ["SAKIP_DATA_DIR"] = tempfile.mkdtemp(prefix="sakip-tes-web-")
os.environ["DJANGO_SETTINGS_MODULE"] = "sakip.web.settings"
if os.environ.get("SAKIP_TEST_DB", "").lower() in ("postgres", "postgresql"):
    os.environ["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/test"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Hashing with PBKDF2's real cost makes every fixture user take ~0.3 s.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # One test database per process, so two suites on the same server do not collide.
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"test_sakip_{os.getpid()}"

import pytest  # noqa: E402

from sakip.web.organisasi import services  # noqa: E402
from sakip.web.organisasi.models import Instansi, Peran  # noqa: E402

SANDI = "sandi-uji-yang-panjang-7"


@pytest.fixture(autouse=True, scope="session")
def _tanpa_basis_data_kecuali_diminta(django_db_blocker):
    """Django is set up here rather than by pytest-django, which would otherwise have
    blocked database access for tests that do not ask for it: block it ourselves, so
    no test can touch the real database file in the data folder."""
    django_db_blocker.block()
    yield
    django_db_blocker.restore()


@pytest.fixture
def sandi():
    """The password of every fixture user."""
    return SANDI


@pytest.fixture
def pemda(db):
    return services.pemda_create(nama="Kabupaten Hulu Sungai Selatan", jenis="kabupaten", kode="63.06")


@pytest.fixture
def pemda_lain(db):
    return services.pemda_create(nama="Kabupaten Tapin", jenis="kabupaten", kode="63.05")


@pytest.fixture
def instansi_a(pemda):
    return services.instansi_create(pemda=pemda, nama="Kecamatan Kalumpang", jenis=Instansi.Jenis.KECAMATAN, kode="A-01")


@pytest.fixture
def instansi_b(pemda):
    return services.instansi_create(pemda=pemda, nama="Dinas Pendidikan", jenis=Instansi.Jenis.DINAS, kode="B-01", singkatan="Disdik")


@pytest.fixture
def instansi_lain(pemda_lain):
    return services.instansi_create(pemda=pemda_lain, nama="Kecamatan Tapin Utara", jenis=Instansi.Jenis.KECAMATAN, kode="T-01")


@pytest.fixture
def buat_pengguna(db):
    def _buat(username, *, pemda, peran, instansi=None):
        return services.pengguna_create(
            username=username, nama_lengkap=username.title(), email="", password=SANDI,
            pemda=pemda, peran=peran, instansi=instansi,
        )

    return _buat


@pytest.fixture
def orang(buat_pengguna, pemda, pemda_lain, instansi_a, instansi_b, instansi_lain):
    """One user per role: office A, office B, Pemda-wide, and an admin of another Pemda."""
    J = Peran.Jenis
    return {
        "admin": buat_pengguna("admin", pemda=pemda, peran=J.ADMIN_PEMDA),
        "reviewer": buat_pengguna("reviewer", pemda=pemda, peran=J.REVIEWER),
        "pembaca_pemda": buat_pengguna("pembaca.pemda", pemda=pemda, peran=J.PEMBACA),
        "pembaca_a": buat_pengguna("pembaca.a", pemda=pemda, peran=J.PEMBACA, instansi=instansi_a),
        "operator_a": buat_pengguna("operator.a", pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=instansi_a),
        "pimpinan_a": buat_pengguna("pimpinan.a", pemda=pemda, peran=J.PIMPINAN_INSTANSI, instansi=instansi_a),
        "operator_b": buat_pengguna("operator.b", pemda=pemda, peran=J.OPERATOR_INSTANSI, instansi=instansi_b),
        "admin_lain": buat_pengguna("admin.lain", pemda=pemda_lain, peran=J.ADMIN_PEMDA),
    }


# ---------------------------------------------------------------- workspaces for subprocess tests

@pytest.fixture(scope="session")
def pg_uji():
    """Databases on 127.0.0.1:5432 for subprocess tests when ``SAKIP_TEST_DB=postgres``, else None."""
    from ruang_kerja import PostgresUji, pakai_postgres

    if not pakai_postgres():
        yield None
        return
    pg = PostgresUji()
    yield pg
    pg.tutup()


@pytest.fixture(scope="session")
def ruang_kerja_benih(tmp_path_factory, pg_uji):
    """Seeded once per session (SQLite file, or PostgreSQL): the demo Pemda, Kalumpang 2023, evidence
    files, a drafted LKj, static files collected; ``operator.kalumpang`` has ``SANDI_OPERATOR``."""
    from ruang_kerja import SANDI_OPERATOR, RuangKerja

    ruang = RuangKerja(tmp_path_factory.mktemp("benih"), pg_uji.baru() if pg_uji else None)
    ruang.pembantu("isi")
    ruang.pembantu("siap_server", SANDI_OPERATOR)
    return ruang


@pytest.fixture
def ruang_kerja(ruang_kerja_benih, pg_uji, tmp_path):
    """A fresh copy of the seeded workspace for one test."""
    from ruang_kerja import salin

    return salin(ruang_kerja_benih, tmp_path / "data", pg_uji)
