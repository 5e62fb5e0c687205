"""Login throttling against password guessing (per username and per IP address).

Rule: ``BATAS`` failures within ``JENDELA`` lock for ``LAMA_KUNCI`` after the
last of them. The username counter starts again after a successful login; the
IP counter does not (an attacker holding one account must not be able to clear
it). Attempts refused while locked are logged as ``ditolak`` and do not extend
the lock. The same message is shown whether or not the username exists.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from sakip.web.keamanan.models import PercobaanMasuk

log = logging.getLogger("sakip.keamanan")

RETENSI = dt.timedelta(days=90)
"""Attempts older than this are deleted (on a successful login)."""


@dataclass(frozen=True)
class Aturan:
    batas: int
    jendela: dt.timedelta
    lama_kunci: dt.timedelta


def aturan_pengguna() -> Aturan:
    a = settings.SAKIP_BATAS_MASUK
    return Aturan(a["per_pengguna"], dt.timedelta(minutes=a["jendela_menit"]), dt.timedelta(minutes=a["kunci_menit"]))


def aturan_ip() -> Aturan:
    a = settings.SAKIP_BATAS_MASUK
    return Aturan(a["per_ip"], dt.timedelta(minutes=a["jendela_menit"]), dt.timedelta(minutes=a["kunci_menit"]))


def normal(username: str | None) -> str:
    return (username or "").strip().lower()[:150]


def alamat_ip(request) -> str | None:
    """The client's address. Behind our own reverse proxy (request from loopback) the last
    ``X-Forwarded-For`` hop, which nginx's ``$proxy_add_x_forwarded_for`` appends."""
    if request is None:
        return None
    jauh = request.META.get("REMOTE_ADDR") or None
    diteruskan = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if jauh and diteruskan and _loopback(jauh):
        jauh = diteruskan.split(",")[-1].strip() or jauh
    try:
        return str(ipaddress.ip_address(jauh)) if jauh else None
    except ValueError:
        return None


def _loopback(ip: str) -> bool:
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def _kunci_dari(waktu: list[dt.datetime], aturan: Aturan) -> dt.datetime | None:
    """End of the latest lock implied by failure times (ascending), or None."""
    akhir = None
    for j in range(aturan.batas - 1, len(waktu)):
        if waktu[j] - waktu[j - aturan.batas + 1] <= aturan.jendela:
            akhir = waktu[j] + aturan.lama_kunci
    return akhir


def terkunci_sampai(*, username: str, ip: str | None, sekarang: dt.datetime | None = None) -> dt.datetime | None:
    """When the lock on this username or IP ends, or None when login may be tried."""
    sekarang = sekarang or timezone.now()
    kunci = []
    a = aturan_pengguna()
    username = normal(username)
    if username:
        sejak = sekarang - a.jendela - a.lama_kunci
        berhasil = (PercobaanMasuk.objects.filter(username=username, hasil=PercobaanMasuk.Hasil.BERHASIL, waktu__gt=sejak)
                    .order_by("-waktu").values_list("waktu", flat=True).first())
        gagal = PercobaanMasuk.objects.filter(username=username, hasil=PercobaanMasuk.Hasil.GAGAL, waktu__gt=berhasil or sejak)
        kunci.append(_kunci_dari(sorted(gagal.values_list("waktu", flat=True)), a))
    if ip:
        b = aturan_ip()
        gagal = PercobaanMasuk.objects.filter(ip=ip, hasil=PercobaanMasuk.Hasil.GAGAL, waktu__gt=sekarang - b.jendela - b.lama_kunci)
        kunci.append(_kunci_dari(sorted(gagal.values_list("waktu", flat=True)), b))
    akhir = max((k for k in kunci if k is not None), default=None)
    return akhir if akhir is not None and akhir > sekarang else None


def catat(*, username: str, ip: str | None, hasil: str) -> PercobaanMasuk:
    """Record one attempt (and log it)."""
    p = PercobaanMasuk.objects.create(username=normal(username), ip=ip, hasil=hasil)
    tingkat = logging.INFO if hasil == PercobaanMasuk.Hasil.BERHASIL else logging.WARNING
    log.log(tingkat, "percobaan masuk %s: pengguna=%r ip=%s", hasil, p.username, ip or "-")
    if hasil == PercobaanMasuk.Hasil.BERHASIL:
        PercobaanMasuk.objects.filter(waktu__lt=timezone.now() - RETENSI).delete()
    return p


def pesan_terkunci(sampai: dt.datetime) -> str:
    """Indonesian message telling when to try again (local time of the installation)."""
    lokal = timezone.localtime(sampai)
    menit = max(1, -(-int((sampai - timezone.now()).total_seconds()) // 60))
    return (
        "Terlalu banyak percobaan masuk yang gagal. Demi keamanan, masuk dengan akun ini atau dari "
        f"perangkat ini dikunci sementara. Coba lagi setelah pukul {lokal:%H.%M} {_zona(lokal)} "
        f"(sekitar {menit} menit lagi)."
    )


_SINGKATAN = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def _zona(lokal: dt.datetime) -> str:
    return _SINGKATAN.get(settings.TIME_ZONE, lokal.tzname() or settings.TIME_ZONE)
