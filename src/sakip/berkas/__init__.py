"""The office-year data file ("berkas data"): model, reading/writing, validation, warnings.

>>> from sakip.berkas import baca, periksa                      # doctest: +SKIP
>>> berkas = baca("contoh/kalumpang-2023/kalumpang-2023.yaml")   # doctest: +SKIP
>>> [p.pesan for p in periksa(berkas)]                          # doctest: +SKIP
"""

from sakip.berkas.baca import baca, dari_yaml, ke_data, ke_yaml, tulis_yaml, validasi
from sakip.berkas.masalah import BerkasTidakSah, Masalah, Peringatan
from sakip.berkas.model import BerkasData, IndikatorDiBerkas
from sakip.berkas.periksa import nilai_sama, periksa

__all__ = [
    "BerkasData",
    "BerkasTidakSah",
    "IndikatorDiBerkas",
    "Masalah",
    "Peringatan",
    "baca",
    "dari_yaml",
    "ke_data",
    "ke_yaml",
    "nilai_sama",
    "periksa",
    "tulis_yaml",
    "validasi",
]
