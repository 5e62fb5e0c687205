"""Fail points: nothing happens unless armed; armed, the process dies by SIGKILL right there."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from sakip.web import titik_gangguan

AKAR = Path(__file__).resolve().parents[2]
KODE = "from sakip.web.titik_gangguan import titik; titik('impor.tengah'); print('masih hidup')"


def _jalan(**env) -> subprocess.CompletedProcess:
    bersih = {k: v for k, v in os.environ.items() if k != titik_gangguan.VARIABEL}
    return subprocess.run([sys.executable, "-c", KODE], env={**bersih, "PYTHONPATH": str(AKAR / "src"), **env},
                          capture_output=True, text=True, timeout=60)


def test_tanpa_variabel_titik_tidak_berbuat_apa_pun():
    r = _jalan()
    assert (r.returncode, r.stdout) == (0, "masih hidup\n")
    r = _jalan(SAKIP_TITIK_GANGGUAN="dokumen.baris")  # another point armed
    assert (r.returncode, r.stdout) == (0, "masih hidup\n")


def test_titik_yang_dipasang_mematikan_proses_dengan_sigkill():
    r = _jalan(SAKIP_TITIK_GANGGUAN=" dokumen.baris, impor.tengah ")
    assert r.returncode == -signal.SIGKILL and r.stdout == ""
    assert "titik gangguan 'impor.tengah' tercapai" in r.stderr


def test_setiap_titik_terpasang_tepat_sekali_di_kode():
    dipanggil = []
    for path in (AKAR / "src" / "sakip").rglob("*.py"):  # the module itself only describes them
        if path.name != "titik_gangguan.py":
            dipanggil += re.findall(r"""\btitik\(["']([^"']+)["']\)""", path.read_text(encoding="utf-8"))
    assert sorted(dipanggil) == sorted(titik_gangguan.TITIK)
