"""Folders left by a generation that died between its files and its row are removed, and only those."""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pytest

from sakip.web.dokumen.models import DokumenTerbit
from sakip.web.dokumen.services import dokumen_bersihkan_yatim, folder_dokumen


def _folder(relatif: str, *, umur_menit: float) -> os.PathLike:
    f = folder_dokumen() / relatif
    f.mkdir(parents=True)
    (f / "LKj.pdf").write_bytes(b"%PDF-1.7\n")
    lalu = time.time() - umur_menit * 60
    os.utime(f, (lalu, lalu))
    return f


@pytest.fixture
def akar_bersih():
    import shutil

    shutil.rmtree(folder_dokumen(), ignore_errors=True)
    yield
    shutil.rmtree(folder_dokumen(), ignore_errors=True)


def test_hanya_folder_tanpa_baris_yang_cukup_lama_dihapus(kalumpang, akar_bersih):
    dipakai = _folder("1/2023/dipakai", umur_menit=600)
    DokumenTerbit.objects.create(tahun_kinerja=kalumpang, jenis="lkj", versi_data=1,
                                 berkas={"pdf": {"nama": "LKj.pdf", "path": "1/2023/dipakai/LKj.pdf", "sha256": "-", "ukuran": 9}})
    yatim = _folder("1/2023/yatim", umur_menit=16)
    baru = _folder("1/2023/sedang-disusun", umur_menit=1)  # another worker's generation, row not yet committed

    assert dokumen_bersihkan_yatim() == [yatim]
    assert not yatim.exists() and (dipakai / "LKj.pdf").exists() and (baru / "LKj.pdf").exists()
    assert dokumen_bersihkan_yatim(umur=timedelta(0)) == [baru]
    assert dokumen_bersihkan_yatim() == [] and dipakai.exists()


def test_tanpa_folder_dokumen_tidak_ada_yang_dilakukan(db, akar_bersih):
    assert dokumen_bersihkan_yatim() == []
