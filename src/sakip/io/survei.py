"""Counting survey answers (Survei Kepuasan Masyarakat) from a spreadsheet.

One row per respondent, one column per unsur (``U1`` ... ``U9``) holding an
answer on the scale (1-4) or nothing; every other column (layanan, jenis
kelamin, usia ...) is summarised as counts per value.

The result is only sums and counts; :mod:`sakip.core.ikm` does the rule.
A large CSV is read with pyarrow and checked with vectorised comparisons
(a million respondents in a fraction of a second). Anything the fast path does
not handle plainly (XLSX, quoted line breaks, another encoding)
goes through the general reader :func:`sakip.io.tabel.baca_tabel`, with the
same checks and messages. Blank lines are kept by pyarrow as empty rows (so a
row's number is its index + 2, as the user sees it) and are not respondents.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sakip.io.tabel import BerkasTidakSah, KesalahanSel, baca_tabel, normalkan_kolom

__all__ = ["RekapSurvei", "rekap_survei", "BATAS_DAFTAR_KESALAHAN", "KOSONG"]

BATAS_DAFTAR_KESALAHAN = 200
"""At most this many bad cells are listed one by one; the rest are counted."""

KOSONG = "(kosong)"


@dataclass(frozen=True)
class RekapSurvei:
    responden: int
    jumlah: dict[str, tuple[int, int]]
    """Per unsur code: (sum of answers, number of answers)."""
    profil: dict[str, dict[str, int]]
    """Per other column (as written in the header): count per value, most frequent first."""


class _TidakSederhana(Exception):
    """The CSV needs the general reader."""


def _alasan(skala: tuple[int, int]) -> str:
    return f"jawaban harus bilangan bulat {skala[0]} sampai {skala[1]}, atau dikosongkan bila tidak dijawab"


def _batasi(berkas: str, kesalahan: list[KesalahanSel], jumlah: int) -> list[KesalahanSel]:
    daftar = kesalahan[:BATAS_DAFTAR_KESALAHAN]
    if jumlah > len(daftar):
        daftar.append(KesalahanSel(berkas, f"dan {jumlah - len(daftar)} sel lain dengan kesalahan yang sama "
                                           f"(hanya {len(daftar)} pertama yang ditampilkan)"))
    return daftar


def _periksa_judul(berkas: str, judul: Sequence[str], kode_unsur: Sequence[str]) -> list[KesalahanSel]:
    """Missing unsur columns, and unsur-like columns (U10) the method does not have."""
    normal = [normalkan_kolom(j) for j in judul]
    dikenal = {k.lower() for k in kode_unsur}
    kesalahan = [KesalahanSel(berkas, f"kolom wajib '{k}' tidak ada di baris judul", baris=1)
                 for k in kode_unsur if k.lower() not in normal]
    for asli, n in zip(judul, normal):
        if n.startswith("u") and n[1:].isdigit() and n not in dikenal:
            kesalahan.append(KesalahanSel(berkas, f"kolom '{asli}' bukan unsur metode ini "
                                                  f"({kode_unsur[0]} sampai {kode_unsur[-1]})", baris=1, kolom=asli))
    return kesalahan


def rekap_survei(path: str | Path, *, kode_unsur: Sequence[str], skala: tuple[int, int]) -> RekapSurvei:
    """Sums and counts per unsur, and profile counts; raises :class:`BerkasTidakSah` listing bad cells."""
    path = Path(path)
    if path.suffix.lower() == ".csv" and path.is_file():
        try:
            return _rekap_csv(path, kode_unsur, skala)
        except _TidakSederhana:
            pass
    tabel = baca_tabel(path)
    kesalahan = _periksa_judul(tabel.berkas, [tabel.judul_kolom[k] for k in tabel.kolom], kode_unsur)
    if kesalahan:
        raise BerkasTidakSah(kesalahan)
    return _rekap_tabel(tabel, kode_unsur, skala)


def _jawaban(sel, skala: tuple[int, int]) -> int | None:
    """The answer in a cell, ``None`` when empty; raises ValueError when not an allowed answer."""
    if sel is None:
        return None
    if isinstance(sel, Decimal):
        if sel != sel.to_integral_value():
            raise ValueError
        nilai = int(sel)
    else:
        teks = str(sel).strip()
        if not teks:
            return None
        if not teks.isdigit():
            raise ValueError
        nilai = int(teks)
    if not skala[0] <= nilai <= skala[1]:
        raise ValueError
    return nilai


def _rekap_tabel(tabel, kode_unsur: Sequence[str], skala: tuple[int, int]) -> RekapSurvei:
    kolom_unsur = [k.lower() for k in kode_unsur]
    lain = [k for k in tabel.kolom if k not in kolom_unsur]
    jumlah = {k: [0, 0] for k in kolom_unsur}
    profil: dict[str, dict[str, int]] = {k: {} for k in lain}
    kesalahan: list[KesalahanSel] = []
    for b in tabel.baris:
        for k in kolom_unsur:
            try:
                nilai = _jawaban(b.nilai.get(k), skala)
            except ValueError:
                kesalahan.append(tabel.kesalahan(b, k, b.nilai.get(k), _alasan(skala)))
                continue
            if nilai is not None:
                jumlah[k][0] += nilai
                jumlah[k][1] += 1
        for k in lain:
            teks = b.teks(k) or KOSONG
            profil[k][teks] = profil[k].get(teks, 0) + 1
    if kesalahan:
        raise BerkasTidakSah(_batasi(tabel.berkas, kesalahan, len(kesalahan)))
    return RekapSurvei(
        responden=len(tabel.baris),
        jumlah={kode: tuple(jumlah[kode.lower()]) for kode in kode_unsur},
        profil={tabel.judul_kolom[k]: _urutkan(v) for k, v in profil.items()},
    )


def _urutkan(hitungan: dict[str, int]) -> dict[str, int]:
    return dict(sorted(hitungan.items(), key=lambda kv: (-kv[1], kv[0])))


def _judul_csv(path: Path) -> tuple[list[str], str]:
    with open(path, "rb") as f:
        pertama = f.readline()
    try:
        teks = pertama.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError:
        raise _TidakSederhana from None
    pemisah = max(",;\t", key=teks.count)
    judul = next(csv.reader([teks], delimiter=pemisah), [])
    normal = [normalkan_kolom(j) for j in judul]
    if not judul or any(not n for n in normal) or len(set(normal)) != len(normal):
        raise _TidakSederhana  # the general reader explains empty or repeated headers
    return judul, pemisah


def _baca_arrow(path: Path, judul: list[str], pemisah: str, indeks_unsur: list[int], jenis_unsur):
    import pyarrow as pa
    import pyarrow.csv as pacsv

    nama = [f"k{i}" for i in range(len(judul))]
    lain = pa.dictionary(pa.int32(), pa.string())  # profile columns: few distinct values, counted per code
    jenis = {nama[i]: (jenis_unsur if i in indeks_unsur else lain) for i in range(len(judul))}
    return pacsv.read_csv(
        path,
        read_options=pacsv.ReadOptions(column_names=nama, skip_rows=1, block_size=1 << 22),
        parse_options=pacsv.ParseOptions(delimiter=pemisah, ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(column_types=jenis, null_values=[""], strings_can_be_null=True,
                                             quoted_strings_can_be_null=True),
    )


def _sah(potongan):
    """Validity mask of one Arrow chunk (``None`` when it has no nulls), from its bitmap."""
    import numpy as np

    bitmap = potongan.buffers()[0]
    if bitmap is None or potongan.null_count == 0:
        return None
    awal = potongan.offset
    return np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")[awal:awal + len(potongan)].view(bool)


def _sah_dan_nilai(potongan):
    """(validity mask, int values) of one Arrow int8 chunk, as numpy views of its buffers."""
    import numpy as np

    awal = potongan.offset
    nilai = np.frombuffer(potongan.buffers()[1], dtype=np.int8, count=awal + len(potongan))[awal:]
    return _sah(potongan), nilai


def _jumlah_baris_kosong(tabel) -> int:
    """Rows with every cell empty (blank lines): not respondents, as in the general reader."""
    import numpy as np

    if any(k.null_count == 0 for k in tabel.columns):
        return 0
    jumlah = 0
    for potongan in zip(*(k.chunks for k in tabel.columns)):
        kosong = np.ones(len(potongan[0]), dtype=bool)
        for p in potongan:
            sah = _sah(p)
            if sah is not None:
                kosong &= ~sah
            else:
                kosong[:] = False
        jumlah += int(kosong.sum())
    return jumlah


def _kolom_angka(kolom, skala: tuple[int, int]):
    """(sum, count, 0-based rows of bad values) of an int8 column, with numpy only."""
    import numpy as np

    jumlah = terisi = 0
    buruk, dasar = [], 0
    for potongan in kolom.chunks:
        sah, nilai = _sah_dan_nilai(potongan)
        salah = (nilai < skala[0]) | (nilai > skala[1])
        if sah is not None:
            salah &= sah
            nilai = np.where(sah, nilai, 0)
        if salah.any():
            buruk.extend((np.flatnonzero(salah) + dasar).tolist())
            nilai = np.where(salah, 0, nilai)
        jumlah += int(nilai.sum(dtype=np.int64))
        terisi += len(potongan) - potongan.null_count - int(salah.sum())
        dasar += len(potongan)
    return jumlah, terisi, buruk


def _kolom_teks(kolom, skala: tuple[int, int]):
    """(sum, count, 0-based rows of bad values) of answers read as text (something was not an integer)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    teks = pc.utf8_trim_whitespace(kolom)
    teks = pc.if_else(pc.equal(teks, ""), pa.scalar(None, pa.string()), teks)
    bulat = pc.match_substring_regex(teks, r"^[0-9]{1,9}$")  # digits only, as the general reader accepts
    angka = pc.cast(pc.if_else(bulat, teks, pa.scalar(None, pa.string())), pa.int64())
    di_luar = pc.or_kleene(pc.less(angka, skala[0]), pc.greater(angka, skala[1]))
    salah = pc.and_kleene(pc.is_valid(teks), pc.or_kleene(pc.invert(bulat), pc.fill_null(di_luar, False)))
    angka = pc.if_else(salah, pa.scalar(None, pa.int64()), angka)
    buruk = np.flatnonzero(pc.fill_null(salah, False).to_numpy(zero_copy_only=False)).tolist()
    return int(pc.sum(angka).as_py() or 0), len(angka) - angka.null_count, buruk


def _hitung_profil(kolom, baris_kosong: int) -> dict[str, int]:
    """Counts per (trimmed) value of a dictionary-encoded column; empty cells as ``(kosong)``.

    ``baris_kosong`` blank lines are not respondents: their empty cells are not counted.
    """
    import numpy as np

    hitungan: dict[str, int] = {}
    for potongan in kolom.chunks:
        kamus = potongan.dictionary.to_pylist()
        kode = potongan.indices.fill_null(len(kamus)) if potongan.null_count else potongan.indices
        frekuensi = np.bincount(kode.to_numpy(zero_copy_only=False), minlength=len(kamus) + 1)
        for nilai, jumlah in zip([*kamus, None], frekuensi.tolist()):
            if jumlah:
                kunci = (nilai or "").strip() or KOSONG
                hitungan[kunci] = hitungan.get(kunci, 0) + jumlah
    if baris_kosong:
        hitungan[KOSONG] -= baris_kosong
        if not hitungan[KOSONG]:
            del hitungan[KOSONG]
    return _urutkan(hitungan)


def _rekap_csv(path: Path, kode_unsur: Sequence[str], skala: tuple[int, int]) -> RekapSurvei:
    import pyarrow as pa

    judul, pemisah = _judul_csv(path)
    kesalahan_judul = _periksa_judul(path.name, judul, kode_unsur)
    if kesalahan_judul:
        raise BerkasTidakSah(kesalahan_judul)
    normal = [normalkan_kolom(j) for j in judul]
    indeks = [normal.index(k.lower()) for k in kode_unsur]
    try:
        tabel, hitung = _baca_arrow(path, judul, pemisah, indeks, pa.int8()), _kolom_angka
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        try:  # some answer is not a small integer: read the answers as text to list them
            tabel, hitung = _baca_arrow(path, judul, pemisah, indeks, pa.string()), _kolom_teks
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            raise _TidakSederhana from None

    jumlah, salah = {}, []
    for kode, i in zip(kode_unsur, indeks):
        total, terisi, buruk = hitung(tabel.column(i), skala)
        jumlah[kode] = (total, terisi)
        salah.extend((b, i) for b in buruk)
    if salah:
        salah.sort()
        kesalahan = [KesalahanSel(path.name, _alasan(skala), baris=b + 2, kolom=judul[i],
                                  nilai=str(tabel.column(i)[b].as_py())) for b, i in salah[:BATAS_DAFTAR_KESALAHAN]]
        raise BerkasTidakSah(_batasi(path.name, kesalahan, len(salah)))
    kosong = _jumlah_baris_kosong(tabel)
    profil = {j: _hitung_profil(tabel.column(i), kosong) for i, j in enumerate(judul) if i not in indeks}
    return RekapSurvei(responden=tabel.num_rows - kosong, jumlah=jumlah, profil=profil)
