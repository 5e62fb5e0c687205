"""Every API error has one shape, in Indonesian: ``{"galat": "...", "rincian": [...]}``.

The entry services' exceptions map to the HTTP status the screens use:

=============================  ====  =====================================================
exception                      HTTP  body
=============================  ====  =====================================================
``EntriTidakSah`` (berkas)     400   ``rincian``: ``[{"lokasi", "pesan", "nilai"}]`` (the import's messages)
serializer ``ValidationError`` 400   ``rincian``: ``[{"lokasi": field, "pesan"}]``
not logged in / bad token      401   ``WWW-Authenticate: Token realm="api"``
``PermissionDenied``           403   may see the office but not change it
``Http404``                    404   not visible (another office's data does not leak)
``BarisBerubah``               409   the row changed since the client read it: ``versi_diharapkan``,
                                     ``versi_sekarang``, ``perubahan`` (the audit rows since, field by field)
``DataBerubah``                409   the office-year changed (``versi_diharapkan``, ``versi_sekarang``)
``DataTerkunci``               423   the office-year is no longer a draft, or the PK version is locked
=============================  ====  =====================================================
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

from sakip.berkas import BerkasTidakSah
from sakip.web.entri.services import BarisBerubah
from sakip.web.kinerja.services import DataBerubah, DataTerkunci
from sakip.web.riwayat.tampilan import perubahan_orang_lain

PESAN = {
    exceptions.NotAuthenticated: "Permintaan ini perlu token API: kirim kepala “Authorization: Token <token>”.",
    exceptions.MethodNotAllowed: "Metode {metode} tidak didukung di alamat ini.",
    exceptions.UnsupportedMediaType: "Isi permintaan harus JSON (Content-Type: application/json).",
    exceptions.NotAcceptable: "Jawaban hanya tersedia sebagai JSON.",
    exceptions.ParseError: "Isi permintaan bukan JSON yang sah.",
}
PESAN_TIDAK_SAH = "Data yang dikirim tidak sah."
PESAN_404 = "Tidak ditemukan."
PESAN_403 = "Anda tidak berwenang melakukan ini."


def galat(pesan: str, rincian: list[dict] | None = None, **lain) -> dict:
    isi = {"galat": pesan, **lain}
    if rincian is not None:
        isi["rincian"] = rincian
    return isi


def _rincian_serializer(detail, awalan: str = "") -> list[dict]:
    """DRF's nested error detail flattened to ``[{"lokasi", "pesan"}]``."""
    if isinstance(detail, dict):
        return [r for k, v in detail.items() for r in _rincian_serializer(v, f"{awalan}.{k}" if awalan else str(k))]
    if isinstance(detail, list):
        if all(not isinstance(x, (dict, list)) for x in detail):
            return [{"lokasi": awalan or None, "pesan": str(x)} for x in detail]
        return [r for i, x in enumerate(detail) for r in _rincian_serializer(x, f"{awalan}[{i}]")]
    return [{"lokasi": awalan or None, "pesan": str(detail)}]


def _konflik(e: BarisBerubah) -> dict:
    """What the conflict screen shows: the version the client saw, the current one, and the other
    person's changes since (from the audit trail: who, when, through which channel, field old -> new)."""
    if e.baris is None or e.versi_dilihat is None:
        return {}
    return {
        "versi_diharapkan": e.versi_dilihat,
        "versi_sekarang": e.baris.versi,
        "perubahan": [
            {"waktu": r.waktu.isoformat(), "pengguna": r.nama_pengguna, "jalur": r.jalur, "aksi": r.aksi, "data": r.label,
             "isian": [{"medan": f, "lama": lama, "baru": baru} for f, lama, baru in isian]}
            for r, isian in perubahan_orang_lain(e)
        ],
    }


def _medan_kiriman(context) -> set[str]:
    data = getattr(context.get("request"), "data", None)
    return set(data) if isinstance(data, dict) else set()


def _medan(lokasi: str | None, awalan: str, medan: set[str]) -> str | None:
    """The request field a berkas path names (``realisasi[3].triwulan.tw2`` -> ``tw2``;
    ``anggaran[1].realisasi_triwulan.tw1`` -> ``realisasi_tw1``), else None."""
    if not (awalan and lokasi and (lokasi == awalan or lokasi.startswith(awalan + "."))):
        return None
    sisa = lokasi[len(awalan):].lstrip(".")
    bagian = sisa.split(".")
    calon = [sisa, sisa.replace(".", "_"), bagian[-1], bagian[0], f"{bagian[0].split('_')[0]}_{bagian[-1]}"]
    return next((c for c in calon if c in medan), None)


def tangani(exc, context):
    """DRF exception handler: the table above; anything else is left to Django (500)."""
    if isinstance(exc, DataTerkunci):
        return Response(galat(exc.pesan), status=423)
    if isinstance(exc, BarisBerubah):
        return Response(galat(exc.pesan, **_konflik(exc)), status=status.HTTP_409_CONFLICT)
    if isinstance(exc, DataBerubah):
        return Response(galat(str(exc), versi_diharapkan=exc.versi_diharapkan, versi_sekarang=exc.versi_sekarang),
                        status=status.HTTP_409_CONFLICT)
    if isinstance(exc, BerkasTidakSah):
        medan = _medan_kiriman(context)
        rincian = [{"lokasi": m.lokasi, "medan": _medan(m.lokasi, getattr(exc, "awalan", ""), medan), "pesan": m.pesan,
                    "nilai": m.nilai} for m in exc.masalah]
        return Response(galat(PESAN_TIDAK_SAH, rincian), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or PESAN_404)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or PESAN_403)
    respons = exception_handler(exc, context)
    if respons is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        respons.data = galat(PESAN_TIDAK_SAH, _rincian_serializer(exc.detail))
        return respons
    pesan = PESAN.get(type(exc))
    if pesan is not None:  # our templates only: a detail may echo the request's own braces
        pesan = pesan.format(metode=getattr(context.get("request"), "method", ""))
    else:
        pesan = str(exc.detail) if isinstance(exc, exceptions.APIException) else str(exc)
    respons.data = galat(pesan)
    return respons
