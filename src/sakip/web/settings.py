"""Django settings for sakip, read from the environment (one module, no variants).

Environment variables (all optional on a laptop):

- ``SAKIP_DATA_DIR``: folder for ``sakip.sqlite3``, ``unggahan/`` (uploads),
  ``statis/`` (collected static files) and the generated secret key.
  Default: the platform's user data folder (``~/.local/share/sakip`` on Linux).
- ``DATABASE_URL``: e.g. ``postgres://user:pass@host:5432/sakip``; default SQLite
  in the data folder.
- ``SAKIP_SECRET_KEY``: default a key generated once into the data folder.
- ``SAKIP_DEBUG`` (0/1, default 0), ``SAKIP_ALLOWED_HOSTS`` (comma list,
  default localhost), ``SAKIP_CSRF_TRUSTED_ORIGINS`` (comma list).
- ``SAKIP_PRODUKSI=1``: secure cookies, HSTS, SSL redirect, proxy SSL header and
  compressed manifest static storage (``check --deploy`` passes clean).
- ``SAKIP_ZONA_WAKTU``: WIB (default), WITA, WIT or an IANA name.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url

from sakip.web import lingkungan

PAKET = Path(__file__).resolve().parent
DATA_DIR = lingkungan.folder_data()
DATA_DIR.mkdir(parents=True, exist_ok=True)

PRODUKSI = lingkungan.flag("SAKIP_PRODUKSI")
DEBUG = lingkungan.flag("SAKIP_DEBUG")
SECRET_KEY = lingkungan.kunci_rahasia(DATA_DIR)
ALLOWED_HOSTS = lingkungan.daftar("SAKIP_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = lingkungan.daftar("SAKIP_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "sakip.web.keamanan",
    "sakip.web.organisasi",
    "sakip.web.kinerja",
    "sakip.web.entri",
    "sakip.web.dasbor",
    "sakip.web.dokumen",
    "sakip.web.publik",
    "sakip.web.riwayat",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "sakip.web.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sakip.web.keamanan.middleware.HeaderKeamananMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sakip.web.riwayat.konteks.KonteksMiddleware",
    "sakip.web.kinerja.middleware.DataTerkunciMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "sakip.web.urls"
WSGI_APPLICATION = "sakip.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PAKET / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.web.organisasi.context_processors.navigasi",
                "sakip.web.dasbor.context_processors.navigasi",
                "sakip.web.riwayat.context_processors.konflik",
            ],
        },
    },
]

# Database: PostgreSQL through DATABASE_URL, else SQLite in the data folder.
# SQLite gets WAL and IMMEDIATE transactions so two gunicorn workers do not
# trip over each other's writes ("database is locked").
_SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / lingkungan.NAMA_BERKAS_DB}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Persistent per-thread connections: opening SQLite and running the PRAGMAs on
    # every request costs more than the dashboards' own queries.
    DATABASES["default"]["CONN_MAX_AGE"] = 60
    DATABASES["default"].setdefault("OPTIONS", {}).update(_SQLITE_OPTIONS)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "organisasi:masuk"
LOGIN_REDIRECT_URL = "organisasi:beranda"
LOGOUT_REDIRECT_URL = "organisasi:masuk"
# Sessions: one working day at most, by default also ended when the browser closes
# (SAKIP_SESI_JAM, SAKIP_SESI_TUTUP_PERAMBAN=0 to keep a session across browser restarts).
SESSION_COOKIE_AGE = int(float(lingkungan.angka("SAKIP_SESI_JAM", 8)) * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = lingkungan.flag("SAKIP_SESI_TUTUP_PERAMBAN", True)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_FAILURE_VIEW = "django.views.csrf.csrf_failure"  # renders our templates/403_csrf.html

# Login throttling (sakip.web.keamanan): N failures within the window lock for
# the given minutes, per username and per client IP address.
SAKIP_BATAS_MASUK = {
    "per_pengguna": int(lingkungan.angka("SAKIP_BATAS_MASUK", 5)),
    "per_ip": int(lingkungan.angka("SAKIP_BATAS_MASUK_IP", 20)),
    "jendela_menit": 15,
    "kunci_menit": 15,
}

# Bahasa Indonesia everywhere, including Django's own admin and messages.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
LOCALE_PATHS = [PAKET / "locale"]  # corrections to Django's Indonesian catalogue
TIME_ZONE = lingkungan.zona_waktu()
USE_I18N = True
USE_TZ = True

STATIC_URL = "/statis/"
STATIC_ROOT = DATA_DIR / lingkungan.FOLDER_STATIS
STATICFILES_DIRS = [PAKET / "static"]
MEDIA_URL = "/unggahan/"
MEDIA_ROOT = DATA_DIR / lingkungan.FOLDER_UNGGAHAN
MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUKSI
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Outside production whitenoise serves straight from the apps' static folders,
# so a laptop works before (or without) collectstatic.
WHITENOISE_USE_FINDERS = not PRODUKSI

if PRODUKSI:
    # Behind a reverse proxy (nginx) that terminates TLS and sets X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# JSON API (app api, /api/v1/): token or session authentication, JSON only, every list paginated,
# errors as {"galat": ..., "rincian": [...]} in Indonesian (sakip.web.api.galat).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "sakip.web.api.autentikasi.TokenApiAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "sakip.web.api.negosiasi.SelaluJson",
    "DEFAULT_PAGINATION_CLASS": "sakip.web.api.paginasi.Halaman",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "sakip.web.api.galat.tangani",
    # No OPTIONS self-description (the OpenAPI document is the description); DRF's would build
    # the write forms and crash on views without a queryset (found by the API fuzz test).
    "DEFAULT_METADATA_CLASS": None,
    "UNICODE_JSON": True,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "API sakip",
    "DESCRIPTION": (
        "API JSON sakip untuk membaca dan mengisi data kinerja instansi (Renstra, indikator, target, realisasi, "
        "capaian, anggaran, Perjanjian Kinerja, dokumen).\n\n"
        "**Autentikasi**: buat token di menu *Token API* (halaman `/akun/token/`), lalu kirim kepala "
        "`Authorization: Token <token>` (atau `Bearer <token>`). Wewenang token sama dengan akun pemiliknya: "
        "data di luar cakupan peran Anda menjawab 404, data yang hanya boleh Anda lihat menjawab 403 bila diubah.\n\n"
        "**Mengubah data**: setiap penulisan membawa `versi` baris yang terakhir Anda baca (0 untuk baris baru). "
        "Bila orang lain telah mengubahnya, jawabannya 409 dan tidak ada yang disimpan. Data tahun yang sudah "
        "diajukan/direviu/disahkan terkunci (423). Nilai ditulis sebagaimana di dokumen (“88,72”, “7:9”) dan "
        "divalidasi seperti impor berkas data; galat 400 memuat `rincian` setiap masalah.\n\n"
        "**Daftar** selalu berhalaman: `?halaman=` dan `?ukuran=` (paling banyak 200)."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "persistAuthorization": False, "defaultModelsExpandDepth": 0},
    "PATH_CONVERTER_OVERRIDES": {
        "angka": {"type": "integer", "minimum": 0, "maximum": 999_999_999},
        "tahun": {"type": "integer", "minimum": 1000, "maximum": 9999},
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "sakip.web.api.skema.lengkapi_parameter",
    ],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"konsol": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["konsol"], "level": "WARNING"},
    "loggers": {"sakip.keamanan": {"level": "INFO"}},
}
