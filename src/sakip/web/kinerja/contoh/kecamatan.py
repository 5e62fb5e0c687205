"""The kecamatan of Kabupaten Hulu Sungai Selatan and their number of desa.

Copied from the IDM 2023 summary (Kemendes PDTT, via
``data/real/idm-2023/hss-kecamatan-summary-2023.csv``). Only the **names** and the
number of desa are used, to give demo offices plausible shapes; every figure of
those demo offices is generated and their names carry "(data contoh)".
"""

KECAMATAN_HSS: tuple[tuple[str, int], ...] = (
    ("Angkinang", 11),
    ("Daha Barat", 7),
    ("Daha Selatan", 16),
    ("Daha Utara", 19),
    ("Kalumpang", 9),
    ("Kandangan", 14),
    ("Loksado", 11),
    ("Padang Batung", 17),
    ("Simpur", 11),
    ("Sungai Raya", 18),
    ("Telaga Langsat", 11),
)
