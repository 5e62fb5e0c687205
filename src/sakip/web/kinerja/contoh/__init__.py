"""Demo content of the kinerja app: Kalumpang 2023 and 2022, generated kecamatan, load-test volume."""

from sakip.web.kinerja.contoh.buat import berkas_turunan, kalumpang_2022, kalumpang_2023
from sakip.web.kinerja.contoh.muat import RingkasanPemdaContoh, buat_pemda_contoh, muat_kinerja_contoh

__all__ = [
    "RingkasanPemdaContoh",
    "berkas_turunan",
    "buat_pemda_contoh",
    "kalumpang_2022",
    "kalumpang_2023",
    "muat_kinerja_contoh",
]
