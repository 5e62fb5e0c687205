"""Writing the audit trail: :func:`riwayat_catat` appends rows, chained by SHA-256 per office-year.

Callers hold the office-year's row lock (``select_for_update`` on ``TahunKinerja``)
so the chain of one office-year is written by one transaction at a time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from sakip.web.riwayat.konteks import konteks_sekarang, pengguna_dari
from sakip.web.riwayat.models import Riwayat

AWAL_RANTAI = "0" * 64
"""``sidik_sebelumnya`` of an office-year's first row."""


@dataclass(frozen=True)
class Catatan:
    """One thing to record: what changed (``aksi`` is a :class:`Riwayat.Aksi`) and its values."""

    aksi: str
    entitas: str
    kunci: str
    label: str
    sebelum: dict[str, Any] | None = None
    sesudah: dict[str, Any] | None = None


def json_baku(nilai: Any) -> Any:
    """*nilai* as the JSON column will give it back (Decimal and dates as text), so the hash is reproducible."""
    return json.loads(json.dumps(nilai, cls=DjangoJSONEncoder))


def sidik_baris(r: Riwayat) -> str:
    """SHA-256 of the previous row's sidik and every recorded field of *r*."""
    isi = {
        "waktu": r.waktu.astimezone(dt.timezone.utc).isoformat(), "pengguna": r.pengguna_id, "nama": r.nama_pengguna,
        "ip": r.alamat_ip, "agen": r.agen, "jalur": r.jalur, "instansi": r.instansi_id, "tahun": r.tahun,
        "versi": r.versi_data, "entitas": r.entitas, "kunci": r.kunci, "label": r.label, "aksi": r.aksi,
        "sebelum": r.sebelum, "sesudah": r.sesudah, "alasan": r.alasan,
    }
    teks = json.dumps(isi, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256((r.sidik_sebelumnya + teks).encode()).hexdigest()


def _nama(pengguna) -> str:
    if pengguna is None:
        return ""
    nama = pengguna.get_full_name()
    return f"{nama} ({pengguna.get_username()})" if nama else pengguna.get_username()


def riwayat_catat(*, instansi_id: int, tahun: int, versi_data: int, catatan: Iterable[Catatan], oleh=None,
                  alasan: str = "", waktu=None) -> list[Riwayat]:
    """Append one row per item of *catatan*; who/where come from *oleh* and the current audit context."""
    k = konteks_sekarang()
    pengguna = oleh if getattr(oleh, "is_authenticated", False) else pengguna_dari(k)
    waktu = waktu or timezone.now()
    sebelumnya = (Riwayat.objects.filter(instansi_id=instansi_id, tahun=tahun).order_by("-id")
                  .values_list("sidik", flat=True).first()) or AWAL_RANTAI
    baris = []
    for c in catatan:
        r = Riwayat(waktu=waktu, pengguna=pengguna, nama_pengguna=_nama(pengguna), alamat_ip=k.alamat_ip, agen=k.agen,
                    jalur=k.jalur, instansi_id=instansi_id, tahun=tahun, versi_data=versi_data, entitas=c.entitas,
                    kunci=c.kunci[:300], label=c.label, aksi=c.aksi, sebelum=json_baku(c.sebelum),
                    sesudah=json_baku(c.sesudah), alasan=alasan or "", sidik_sebelumnya=sebelumnya)
        r.sidik = sebelumnya = sidik_baris(r)
        baris.append(r)
    return Riwayat.objects.bulk_create(baris)


def catatan_dari_perubahan(perubahan) -> list[Catatan]:
    """The audit items of a :class:`~sakip.web.kinerja.perubahan.Perubahan` (one per added/changed/removed thing)."""
    return [Catatan(b.jenis, b.entitas, b.kunci, b.label, b.sebelum, b.sesudah) for b in perubahan.butir]
