"""Writing the demo office-years into the database (through the kinerja services)."""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from dataclasses import dataclass

from sakip.web.kinerja.contoh.buat import LABEL, berkas_turunan, kalumpang_2022, kalumpang_2023
from sakip.web.kinerja.contoh.kecamatan import KECAMATAN_HSS

TAHUN_CONTOH = (2022, 2023)
"""Years generated for the demo kecamatan."""
NAMA_KALUMPANG = "Kecamatan Kalumpang"


def muat_kinerja_contoh(*, instansi: Iterable, oleh=None) -> int:
    """Load Kalumpang 2023 (+ 2022) and generated data for every demo kecamatan among *instansi*.

    Kalumpang goes through :func:`services.berkas_simpan` (the path an import takes);
    the generated kecamatan ("… (data contoh)") through the bulk writer. Returns the
    number of office-years written.
    """
    from sakip.web.kinerja.services import berkas_buat_massal, berkas_simpan

    desa = {f"Kecamatan {nama}": n for nama, n in KECAMATAN_HSS}
    jumlah = 0
    massal = []
    for i in instansi:
        if i.nama == NAMA_KALUMPANG:
            b2023 = kalumpang_2023()
            berkas_simpan(instansi=i, tahun=2023, berkas=b2023, oleh=oleh)
            berkas_simpan(instansi=i, tahun=2022, berkas=kalumpang_2022(b2023), oleh=oleh)
            jumlah += 2
        elif i.jenis == "kecamatan" and i.nama.endswith(LABEL):
            n_desa = desa.get(i.nama.removesuffix(LABEL), 10)
            for tahun in TAHUN_CONTOH:
                rng = random.Random(f"{i.nama}-{tahun}")
                massal.append((i, berkas_turunan(nama_instansi=i.nama, tahun=tahun, rng=rng, jumlah_desa=n_desa)))
    berkas_buat_massal(daftar=massal, oleh=oleh)
    return jumlah + len(massal)


@dataclass(frozen=True)
class RingkasanPemdaContoh:
    pemda: object
    jumlah_instansi: int
    jumlah_tahun_kinerja: int
    jumlah_indikator: int
    detik: float


def buat_pemda_contoh(
    jumlah_instansi: int = 60,
    indikator_per_instansi: int = 30,
    tahun: Iterable[int] = range(2019, 2024),
    *,
    nama_pemda: str = "Kabupaten Contoh" + LABEL,
    kode_pemda: str = "99.01",
    seed: int = 0,
    oleh=None,
    per_batch: int = 100,
) -> RingkasanPemdaContoh:
    """A Pemda with *jumlah_instansi* generated kecamatan, each with data for every year in *tahun*.

    For load tests: office-years are generated from Kalumpang's structure
    (trimmed or repeated to *indikator_per_instansi* indicators) and written
    with a few bulk inserts per table, *per_batch* office-years at a time.
    """
    from django.db import transaction

    from sakip.web.kinerja.services import berkas_buat_massal
    from sakip.web.organisasi import services as org
    from sakip.web.organisasi.models import Instansi

    awal = time.perf_counter()
    daftar_tahun = list(tahun)
    with transaction.atomic():
        pemda = org.pemda_create(nama=nama_pemda, jenis="kabupaten", kode=kode_pemda)
        instansi = Instansi.objects.bulk_create(
            Instansi(pemda=pemda, nama=f"Kecamatan Contoh {n:03d}{LABEL}", jenis="kecamatan", kode=f"CONTOH-{n:03d}")
            for n in range(1, jumlah_instansi + 1)
        )
        antrian, jumlah_tk = [], 0
        for n, i in enumerate(instansi, start=1):
            desa = random.Random(f"{seed}-{n}").randint(6, 20)
            for t in daftar_tahun:
                rng = random.Random(f"{seed}-{n}-{t}")
                antrian.append((i, berkas_turunan(nama_instansi=i.nama, tahun=t, rng=rng, jumlah_desa=desa,
                                                  jumlah_indikator=indikator_per_instansi)))
                if len(antrian) >= per_batch:
                    jumlah_tk += len(berkas_buat_massal(daftar=antrian, oleh=oleh))
                    antrian = []
        jumlah_tk += len(berkas_buat_massal(daftar=antrian, oleh=oleh))
    return RingkasanPemdaContoh(
        pemda=pemda, jumlah_instansi=len(instansi), jumlah_tahun_kinerja=jumlah_tk,
        jumlah_indikator=jumlah_tk * indikator_per_instansi, detik=round(time.perf_counter() - awal, 2),
    )
