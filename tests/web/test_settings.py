"""Settings read from the environment; production mode passes ``check --deploy`` clean."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sakip.web import lingkungan

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _django(tmp_path, *args, **env):
    """Run ``python -m django`` in a fresh process with a clean SAKIP_* environment."""
    bersih = {k: v for k, v in os.environ.items() if not k.startswith("SAKIP_") and k != "DATABASE_URL"}
    bersih.update(DJANGO_SETTINGS_MODULE="sakip.web.settings", PYTHONPATH=SRC, SAKIP_DATA_DIR=str(tmp_path), **env)
    return subprocess.run([sys.executable, "-m", "django", *args], env=bersih, capture_output=True, text=True, timeout=120)


def test_check_deploy_bersih_dalam_mode_produksi(tmp_path):
    hasil = _django(tmp_path, "check", "--deploy", "--fail-level", "DEBUG", SAKIP_PRODUKSI="1", SAKIP_ALLOWED_HOSTS="sakip.contoh.go.id")
    assert hasil.returncode == 0, hasil.stderr + hasil.stdout
    assert "no issues" in hasil.stdout


def test_check_deploy_memperingatkan_tanpa_mode_produksi(tmp_path):
    hasil = _django(tmp_path, "check", "--deploy", "--fail-level", "WARNING")
    assert hasil.returncode != 0
    assert "SECURE_SSL_REDIRECT" in hasil.stderr + hasil.stdout


def test_kunci_rahasia_dibuat_sekali_dan_hanya_terbaca_pemilik(tmp_path, monkeypatch):
    monkeypatch.delenv("SAKIP_SECRET_KEY", raising=False)
    pertama = lingkungan.kunci_rahasia(tmp_path)
    kedua = lingkungan.kunci_rahasia(tmp_path)
    assert pertama == kedua and len(pertama) >= 50
    mode = stat.S_IMODE((tmp_path / lingkungan.NAMA_BERKAS_KUNCI).stat().st_mode)
    assert mode == 0o600


def test_kunci_rahasia_dari_lingkungan_diutamakan(tmp_path, monkeypatch):
    monkeypatch.setenv("SAKIP_SECRET_KEY", "k" * 60)
    assert lingkungan.kunci_rahasia(tmp_path) == "k" * 60
    assert not (tmp_path / lingkungan.NAMA_BERKAS_KUNCI).exists()


@pytest.mark.parametrize(("nilai", "harapan"), [("", "Asia/Jakarta"), ("WITA", "Asia/Makassar"), ("wit", "Asia/Jayapura"), ("Asia/Makassar", "Asia/Makassar")])
def test_zona_waktu(monkeypatch, nilai, harapan):
    monkeypatch.setenv("SAKIP_ZONA_WAKTU", nilai)
    assert lingkungan.zona_waktu() == harapan


def test_zona_waktu_salah_dijelaskan(monkeypatch):
    monkeypatch.setenv("SAKIP_ZONA_WAKTU", "Jakarta")
    with pytest.raises(lingkungan.PengaturanTidakSah, match="WIB, WITA, WIT"):
        lingkungan.zona_waktu()


def test_folder_data_bawaan_mengikuti_platform(monkeypatch, tmp_path):
    monkeypatch.delenv("SAKIP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert lingkungan.folder_data() == tmp_path / "sakip"


def test_database_url_memilih_postgresql(tmp_path):
    kode = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'])"
    hasil = _django(tmp_path, "shell", "-v", "0", "-c", kode, DATABASE_URL="postgres://postgres@127.0.0.1:5432/sakip")
    assert hasil.stdout.split() == ["django.db.backends.postgresql", "sakip"]
    hasil = _django(tmp_path, "shell", "-v", "0", "-c", kode)
    assert hasil.stdout.split() == ["django.db.backends.sqlite3", str(tmp_path / "sakip.sqlite3")]


def test_bahasa_dan_zona_waktu_bawaan():
    from django.conf import settings

    assert settings.LANGUAGE_CODE == "id"
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert settings.USE_I18N


def test_admin_django_berbahasa_indonesia(client):
    html = client.get("/admin/login/").content.decode()
    assert "Nama pengguna" in html and "Masuk" in html
    assert "Username" not in html


def test_migrasi_sesuai_model(tmp_path):
    """Every model change ships with its migration."""
    hasil = _django(tmp_path, "makemigrations", "--check", "--dry-run")
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
