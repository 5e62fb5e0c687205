"""The Laporan Kinerja (LKj) and Perjanjian Kinerja generator.

>>> from sakip.berkas import baca                          # doctest: +SKIP
>>> dok = susun_lkj(baca("contoh/kalumpang-2023/kalumpang-2023.yaml"))  # doctest: +SKIP
"""

from sakip.laporan.analisis import Analisis, PKTidakAda, analisis, pilih_pk
from sakip.laporan.lkj import susun_lkj
from sakip.laporan.pk import dokumen_pk

__all__ = ["Analisis", "PKTidakAda", "analisis", "dokumen_pk", "pilih_pk", "susun_lkj"]
