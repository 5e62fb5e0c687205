"""Demo content for ``sakip demo``: one Pemda, Kecamatan Kalumpang, a few offices, a user per role.

:func:`muat_contoh` is the single entry point. Performance data comes from
:mod:`sakip.web.kinerja.contoh`: Kecamatan Kalumpang 2023 (the reference LKj)
and 2022 (as far as that example tells it), and generated 2022-2023 data for
every kecamatan labelled "(data contoh)".
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

PEMDA_CONTOH = {"nama": "Kabupaten Hulu Sungai Selatan", "jenis": "kabupaten", "kode": "63.06"}
LABEL_CONTOH = " (data contoh)"

# (nama, jenis, kode, singkatan); every office but Kalumpang is invented and labelled so.
INSTANSI_CONTOH = [
    ("Kecamatan Kalumpang", "kecamatan", "KEC-KALUMPANG", ""),
    ("Kecamatan Sungai Raya" + LABEL_CONTOH, "kecamatan", "CONTOH-KEC-02", ""),
    ("Kecamatan Angkinang" + LABEL_CONTOH, "kecamatan", "CONTOH-KEC-03", ""),
    ("Kecamatan Loksado" + LABEL_CONTOH, "kecamatan", "CONTOH-KEC-04", ""),
    ("Kecamatan Daha Utara" + LABEL_CONTOH, "kecamatan", "CONTOH-KEC-05", ""),
    ("Kecamatan Padang Batung" + LABEL_CONTOH, "kecamatan", "CONTOH-KEC-06", ""),
    ("Dinas Pendidikan" + LABEL_CONTOH, "dinas", "CONTOH-DIN-01", "Disdik"),
    ("Dinas Kesehatan" + LABEL_CONTOH, "dinas", "CONTOH-DIN-02", "Dinkes"),
    ("Badan Perencanaan Pembangunan Daerah" + LABEL_CONTOH, "badan", "CONTOH-BAD-01", "Bappeda"),
    ("Sekretariat Daerah" + LABEL_CONTOH, "sekretariat", "CONTOH-SET-01", "Setda"),
    ("Inspektorat Daerah" + LABEL_CONTOH, "inspektorat", "CONTOH-INS-01", "Inspektorat"),
]

# (username, nama lengkap, peran, nama instansi or None for Pemda-wide)
AKUN_CONTOH = [
    ("admin", "Admin Bagian Organisasi", "admin_pemda", None),
    ("operator.kalumpang", "Operator Kecamatan Kalumpang", "operator_instansi", "Kecamatan Kalumpang"),
    ("pimpinan.kalumpang", "Camat Kalumpang", "pimpinan_instansi", "Kecamatan Kalumpang"),
    ("operator.disdik", "Operator Dinas Pendidikan", "operator_instansi", "Dinas Pendidikan" + LABEL_CONTOH),
    ("reviewer", "Auditor Inspektorat", "reviewer", None),
    ("pembaca", "Pembaca seluruh Pemda", "pembaca", None),
]


@dataclass(frozen=True)
class AkunContoh:
    username: str
    password: str
    peran: str
    cakupan: str


def _sandi() -> str:
    """A fresh random password each demo run (the demo may be reachable on a LAN)."""
    return "demo-" + secrets.token_urlsafe(9)


def muat_contoh() -> list[AkunContoh]:
    """Create the demo Pemda, offices and users in an empty database; return the accounts made."""
    from django.db import transaction

    from sakip.web.kinerja.contoh import muat_kinerja_contoh
    from sakip.web.organisasi import services
    from sakip.web.organisasi.models import Peran

    with transaction.atomic():
        pemda = services.pemda_create(**PEMDA_CONTOH)
        instansi = {
            nama: services.instansi_create(pemda=pemda, nama=nama, jenis=jenis, kode=kode, singkatan=singkatan)
            for nama, jenis, kode, singkatan in INSTANSI_CONTOH
        }
        akun = []
        for username, nama_lengkap, peran, nama_instansi in AKUN_CONTOH:
            sandi = _sandi()
            services.pengguna_create(
                username=username, nama_lengkap=nama_lengkap, email="", password=sandi,
                pemda=pemda, peran=peran, instansi=instansi.get(nama_instansi),
            )
            akun.append(
                AkunContoh(username, sandi, Peran.Jenis(peran).label, nama_instansi or f"seluruh {pemda.nama}")
            )
        muat_kinerja_contoh(instansi=instansi.values())
    return akun
