"""Run the IKM, IDM and LKE rule cases in ``kasus/`` (OpenFisca style: name, input, output)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from sakip.core import idm, ikm, lke
from sakip.core.exceptions import SakipError

FOLDER = Path(__file__).parent / "kasus"


def _desimal(nilai):
    return None if nilai is None else Decimal(str(nilai))


def _ikm_hitung(d: dict) -> dict:
    d = dict(d)
    d["jumlah"] = {k: ikm.JumlahUnsur(jumlah_nilai=v[0], jumlah_terisi=v[1]) for k, v in d.pop("unsur").items()}
    return d


def _desa(d: dict) -> dict:
    angka = {k: _desimal(v) for k, v in d.items() if k in ("iks", "ike", "ikl", "idm")}
    teks = {k: v for k, v in d.items() if k not in angka}
    return {"masukan": idm.MasukanDesa(**teks, **angka)}


def _entri(d: dict) -> dict:
    return {"entri": [lke.EntriLKE(**{**e, "nilai": _desimal(e.get("nilai"))}) for e in d["entri"]]}


FUNGSI = {
    "mutu_ikm": (ikm.mutu_ikm, lambda d: {**d, "ikm": _desimal(d["ikm"])}),
    "hitung_ikm": (ikm.hitung_ikm, _ikm_hitung),
    "sampel_minimum": (ikm.sampel_minimum, dict),
    "status_idm": (idm.status_idm, lambda d: {"idm": _desimal(d["idm"])}),
    "nilai_desa": (idm.nilai_desa, _desa),
    "predikat_lke": (lke.predikat_lke, lambda d: {"nilai_akhir": _desimal(d["nilai_akhir"])}),
    "nilai_jawaban": (lke.nilai_jawaban, dict),
    "hitung_lke": (lke.hitung_lke, _entri),
}


def _kasus():
    for berkas in (FOLDER / f"{nama}.yaml" for nama in ("ikm", "idm", "lke")):
        for kasus in yaml.safe_load(berkas.read_text(encoding="utf-8")):
            yield pytest.param(kasus, id=f"{berkas.stem}: {kasus['name']}")


def _sama(aktual, harapan) -> bool:
    if isinstance(aktual, Decimal) and harapan is not None:
        return aktual == Decimal(str(harapan))
    if isinstance(aktual, tuple):
        return list(aktual) == list(harapan)
    return aktual == harapan


@pytest.mark.parametrize("kasus", list(_kasus()))
def test_kasus(kasus):
    fungsi, siapkan = FUNGSI[kasus["fungsi"]]
    masukan = siapkan(kasus["input"])
    if "galat" in kasus:
        with pytest.raises(SakipError, match=kasus["galat"]):
            fungsi(**masukan, tahun=kasus["tahun"])
        return
    hasil = fungsi(**masukan, tahun=kasus["tahun"])
    harapan = kasus["output"]
    if isinstance(harapan, dict):
        for kunci, nilai in harapan.items():
            assert _sama(getattr(hasil, kunci), nilai), f"{kunci}: {getattr(hasil, kunci)!r} != {nilai!r}"
    else:
        assert _sama(hasil, harapan), f"{hasil!r} != {harapan!r}"
