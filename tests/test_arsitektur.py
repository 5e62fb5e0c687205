"""The layers point one way: ``sakip.core`` imports no Django, DOCX, database or file layer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]


def test_kontrak_lapisan_import_linter():
    perintah = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    if perintah is None:
        pytest.skip("import-linter belum terpasang")
    env = dict(os.environ, PYTHONPATH=str(AKAR / "src"))
    hasil = subprocess.run([perintah], cwd=AKAR, env=env, capture_output=True, text=True)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr


def test_tidak_ada_ambang_regulasi_di_kode_inti():
    """Regulation numbers live in the dated YAML parameters, never in core Python."""
    import re

    pola = re.compile(r"\b(88[.,]31|76[.,]61|0[.,]8155|0[.,]7072|0[.,]5989|0[.,]4907)\b")
    for berkas in (AKAR / "src" / "sakip" / "core").rglob("*.py"):
        assert not pola.search(berkas.read_text(encoding="utf-8")), berkas
