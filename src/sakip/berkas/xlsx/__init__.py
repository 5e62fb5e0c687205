"""The data file as an Excel workbook: template, import, export, lossless round trip.

>>> from sakip.berkas.xlsx import baca_xlsx, tulis_xlsx          # doctest: +SKIP
>>> tulis_xlsx(berkas, "kalumpang-2023.xlsx")                     # doctest: +SKIP
>>> baca_xlsx("kalumpang-2023.xlsx") == berkas                    # doctest: +SKIP
True

Layout: :mod:`.tata`; hostile-file checks: :mod:`.aman`; cells: :mod:`.sel`.
"""

from sakip.berkas.xlsx.baca import baca_xlsx, baca_xlsx_dan_peta, tempatkan
from sakip.berkas.xlsx.tulis import TidakDapatDitulis, buat_templat, tulis_xlsx

__all__ = ["TidakDapatDitulis", "baca_xlsx", "baca_xlsx_dan_peta", "buat_templat", "tempatkan", "tulis_xlsx"]
