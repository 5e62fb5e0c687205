"""Building blocks shared by every part of the data file model.

* :class:`Model` — the base: unknown keys are errors (``extra="forbid"``),
  fields keep their declaration order (that order is the YAML order).
* :data:`NilaiTertulis` — a target or realisasi kept exactly as the user wrote
  it (``"2:9"``, ``"88,72"``, ``"12 Bulan"``, ``"-"``) and checked with the one
  number parser, :func:`sakip.core.angka.parse_nilai`.
* :data:`Rupiah` — an amount of money as :class:`~decimal.Decimal`, read with
  :func:`sakip.core.angka.parse_angka` (``"8.062.300"``, ``"Rp 1.500.000,50"``).
* the code patterns of the program / kegiatan / sub kegiatan nomenclature.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

from sakip.core.angka import coba_nilai, parse_angka
from sakip.core.exceptions import AngkaTidakSah
from sakip.core.format import rupiah


class Model(BaseModel):
    """Base of every section: unknown keys are refused, nothing is dropped."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=False,
        validate_assignment=True,
        use_attribute_docstrings=False,
        regex_engine="python-re",
    )


def _teks_nilai(v: Any) -> Any:
    if isinstance(v, bool):
        raise PydanticCustomError("nilai_tidak_sah", "nilai harus ditulis sebagai teks atau angka, bukan ya/tidak")
    if isinstance(v, float):
        raise PydanticCustomError(
            "nilai_pecahan_float",
            "tulis angka desimal dengan koma dan dalam tanda kutip, mis. \"88,72\"",
        )
    if isinstance(v, (int, Decimal)):
        return str(v)
    if not isinstance(v, str):
        raise PydanticCustomError("string_type", "harus berupa teks")
    try:
        coba_nilai(v)
    except AngkaTidakSah as e:
        raise PydanticCustomError("nilai_tidak_sah", "{alasan}", {"alasan": e.alasan}) from None
    return v


NilaiTertulis = Annotated[
    str,
    BeforeValidator(_teks_nilai),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": (
                "Nilai sebagaimana ditulis: angka (\"88,72\", \"100 %\"), angka dengan satuan "
                "(\"12 Bulan\"), rasio (\"7:9\"), rentang (\"80 - 90\"), teks kualitatif, "
                "atau \"-\" bila tidak ada."
            ),
        }
    ),
]
"""A target or realisasi exactly as written; validated by ``parse_nilai``."""


RUPIAH_MAKS = Decimal(10) ** 16
"""Amounts are stored as ``DecimalField(18, 2)``: at most 16 digits before the comma (ten thousand trillion)."""


def _rupiah(v: Any) -> Decimal:
    if isinstance(v, bool):
        raise PydanticCustomError("rupiah_tidak_sah", "jumlah uang harus berupa angka")
    if isinstance(v, float):
        raise PydanticCustomError(
            "nilai_pecahan_float",
            "tulis jumlah uang tanpa titik desimal gaya Inggris, mis. \"8.062.300\" atau \"8.062.300,50\"",
        )
    if isinstance(v, (int, Decimal)):
        hasil = Decimal(v)
    elif isinstance(v, str):
        try:
            hasil = parse_angka(v)
        except AngkaTidakSah as e:
            raise PydanticCustomError("rupiah_tidak_sah", "{alasan}", {"alasan": e.alasan}) from None
    else:
        raise PydanticCustomError("rupiah_tidak_sah", "jumlah uang harus berupa angka")
    if hasil < 0:
        raise PydanticCustomError("rupiah_negatif", "jumlah uang tidak boleh negatif")
    if not hasil.is_finite() or hasil >= RUPIAH_MAKS:  # and quantize() would overflow past 28 digits
        raise PydanticCustomError("rupiah_terlalu_besar", "jumlah uang terlalu besar (paling banyak 16 angka sebelum koma)")
    if hasil != hasil.quantize(Decimal("0.01")):
        raise PydanticCustomError("rupiah_sen", "jumlah uang paling banyak dua angka di belakang koma (sen)")
    return hasil


def tulis_rupiah(x: Decimal) -> str:
    """Indonesian grouping for the YAML file: ``8062300`` -> ``"8.062.300"``, sen after a comma.

    >>> tulis_rupiah(Decimal("3500100.50"))
    '3.500.100,50'
    """
    return rupiah(x, sen=x != x.to_integral_value())


Rupiah = Annotated[
    Decimal,
    BeforeValidator(_rupiah),
    PlainSerializer(tulis_rupiah, return_type=str, when_used="always"),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": "Jumlah Rupiah: \"8.062.300\", \"Rp 8.062.300,00\" atau 8062300; sen dengan koma.",
        }
    ),
]
"""An amount of money; Decimal, never float."""

Teks = Annotated[str, Field(min_length=1)]
"""A non-empty text."""

Polaritas = Literal["positif", "negatif"]
Level = Literal["tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"]
MetodeAgregasi = Literal["kumulatif", "nilai_akhir", "rata_rata", "rasio"]
RumusNegatif = Literal["2T-R", "T/R"]

POLA_PROGRAM = r"^[0-9X]\.[0-9X]{2}\.[0-9X]{2}$"
POLA_KEGIATAN = r"^[0-9X]\.[0-9X]{2}\.[0-9X]{2}\.[0-9X]\.[0-9X]{2}$"
POLA_SUB_KEGIATAN = r"^[0-9X]\.[0-9X]{2}\.[0-9X]{2}\.[0-9X]\.[0-9X]{2}\.([0-9]{4}|[0-9]{2})$"
POLA_KODE = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"

KodeProgram = Annotated[str, Field(pattern=POLA_PROGRAM, description="Kode program U.BB.PP, mis. 7.01.01")]
KodeKegiatan = Annotated[str, Field(pattern=POLA_KEGIATAN, description="Kode kegiatan U.BB.PP.K.KK, mis. 7.01.01.2.01")]
KodeSubKegiatan = Annotated[
    str,
    Field(
        pattern=POLA_SUB_KEGIATAN,
        description="Kode sub kegiatan U.BB.PP.K.KK.SSSS (4 angka; 2 angka menurut Permendagri 90/2019)",
    ),
]
Kode = Annotated[
    str,
    Field(pattern=POLA_KODE, description="Kode unik (huruf, angka, titik, garis bawah, tanda hubung), mis. IKU-1"),
]

_YA = {"ya": True, "tidak": False}


def _ya_tidak(v: Any) -> Any:
    if isinstance(v, str) and v.strip().lower() in _YA:
        return _YA[v.strip().lower()]
    return v


YaTidak = Annotated[bool, BeforeValidator(_ya_tidak)]
"""A yes/no field: ``true``/``false`` (also ``ya``/``tidak``)."""

_NIP = re.compile(r"^\d{18}$")


def _nip(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool):
        v = str(v)
    if isinstance(v, str) and not _NIP.match(re.sub(r"\s", "", v)):
        raise PydanticCustomError("nip_tidak_sah", "NIP harus 18 angka (spasi boleh), mis. \"19900107 201206 1 001\"")
    return v


NIP = Annotated[str, BeforeValidator(_nip), WithJsonSchema({"type": "string", "description": "NIP 18 angka"})]
