"""``sakip.io.survei``: the pyarrow fast path and the general reader count the same."""

from __future__ import annotations

import random

from sakip.io import survei
from sakip.io.tabel import baca_tabel

KODE = [f"U{i}" for i in range(1, 10)]


def test_jalur_cepat_sama_dengan_pembaca_umum(tmp_path):
    acak = random.Random(11)
    baris = ["No;Layanan;Jenis Kelamin;" + ";".join(KODE)]
    for i in range(500):
        jawaban = [acak.choice(["1", "2", "3", "4", "", " 4"]) for _ in KODE]
        baris.append(";".join([str(i), acak.choice(["KTP", "KK", " KK "]), acak.choice(["L", "P", ""]), *jawaban]))
    baris.insert(100, "")  # a blank line: not a respondent
    berkas = tmp_path / "survei.csv"
    berkas.write_text("\n".join(baris) + "\n", encoding="utf-8")

    cepat = survei.rekap_survei(berkas, kode_unsur=KODE, skala=(1, 4))
    umum = survei._rekap_tabel(baca_tabel(berkas), KODE, (1, 4))
    assert cepat == umum
    assert cepat.responden == 500
    assert cepat.profil["Layanan"].keys() == {"KTP", "KK"}
    assert sum(cepat.profil["Jenis Kelamin"].values()) == 500


def test_sel_salah_sama_pada_kedua_jalur(tmp_path):
    berkas = tmp_path / "salah.csv"
    berkas.write_text(",".join(KODE) + "\n4,4,4,4,4,4,4,4,4\n5,4,4,4,4,4,4,4,baik\n,,,,,,,,2.5\n", encoding="utf-8")
    import pytest

    from sakip.io.tabel import BerkasTidakSah

    with pytest.raises(BerkasTidakSah) as cepat:
        survei.rekap_survei(berkas, kode_unsur=KODE, skala=(1, 4))
    with pytest.raises(BerkasTidakSah) as umum:
        survei._rekap_tabel(baca_tabel(berkas), KODE, (1, 4))
    lokasi = [(k.baris, k.kolom, k.nilai) for k in cepat.value.kesalahan]
    assert lokasi == [(3, "U1", "5"), (3, "U9", "baik"), (4, "U9", "2.5")]
    assert lokasi == [(k.baris, k.kolom, k.nilai) for k in umum.value.kesalahan]


def test_nol_di_depan_diterima_kedua_jalur(tmp_path):
    berkas = tmp_path / "nol.csv"
    berkas.write_text(",".join(KODE) + "\n04,4,4,4,4,4,4,4,4\n3,4,4,4,4,4,4,4, 03\n", encoding="utf-8")
    cepat = survei.rekap_survei(berkas, kode_unsur=KODE, skala=(1, 4))
    assert cepat == survei._rekap_tabel(baca_tabel(berkas), KODE, (1, 4))
    assert cepat.jumlah["U1"] == (7, 2) and cepat.jumlah["U9"] == (7, 2)
