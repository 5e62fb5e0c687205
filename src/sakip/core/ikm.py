"""Indeks Kepuasan Masyarakat (PermenPANRB 14/2017; the 2004 method as an option).

The input is already aggregated: for each unsur, the sum of the answers
(``jumlah_nilai``) and how many respondents answered it (``jumlah_terisi``).
Counting happens in the reader (``sakip ikm``); the rule only divides.

::

    NRR_u            = jumlah_nilai_u / jumlah_terisi_u
    NRR_tertimbang_u = NRR_u x penimbang          (penimbang tepat = 1/n)
    nilai_interval   = Σ NRR_tertimbang_u         (1-4)
    IKM              = nilai_interval x 25        (25-100, 2 desimal)

With the default penimbang ``tepat`` the weight is the exact fraction 1/n, so
IKM is exactly the mean of the NRR times 25 (no 0,999 loss); ``0.111`` (or
``0.071`` for 14 unsur) reproduces old reports.

>>> jumlah = {f"U{i}": JumlahUnsur(jumlah_nilai=355, jumlah_terisi=100) for i in range(1, 10)}
>>> hasil = hitung_ikm(jumlah, responden=100, tahun=2023)
>>> hasil.ikm, hasil.mutu, hasil.kinerja
(Decimal('88.75'), 'A', 'Sangat Baik')
>>> sampel_minimum(1000, tahun=2023)
278
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sakip.core.exceptions import MasukanTidakSah
from sakip.core.format import angka
from sakip.core.parameter import nilai, semua_parameter
from sakip.core.pecahan import bulatkan, pecahan

__all__ = [
    "JumlahUnsur",
    "HasilUnsur",
    "HasilIKM",
    "Unsur",
    "daftar_unsur",
    "daftar_versi",
    "hitung_ikm",
    "mutu_ikm",
    "sampel_minimum",
    "TERHITUNG",
    "TIDAK_DAPAT_DIHITUNG",
]

TERHITUNG = "terhitung"
TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"
PENIMBANG_TEPAT = "tepat"


@dataclass(frozen=True)
class Unsur:
    kode: str
    nama: str


@dataclass(frozen=True)
class JumlahUnsur:
    """Aggregated answers to one unsur."""

    jumlah_nilai: int
    jumlah_terisi: int


@dataclass(frozen=True)
class HasilUnsur:
    kode: str
    nama: str
    jumlah_nilai: int
    jumlah_terisi: int
    status: str
    nrr_tepat: Fraction | None
    nrr_tertimbang_tepat: Fraction | None
    nrr: Decimal | None
    nrr_tertimbang: Decimal | None
    alasan: str | None = None


@dataclass(frozen=True)
class HasilIKM:
    """An IKM with its parts, its formula and the parameters it used."""

    versi: str
    tahun: int
    penimbang: str
    responden: int
    unsur: tuple[HasilUnsur, ...]
    status: str
    nilai_interval: Decimal | None
    ikm: Decimal | None
    mutu: str | None
    kinerja: str | None
    rumus: str
    parameter: tuple[str, ...]
    alasan: str | None = None
    ikm_tepat: Fraction | None = None


def daftar_versi() -> tuple[str, ...]:
    """Methods for which sakip has an unsur list (``2004``, ``2017``)."""
    awalan = "ikm.unsur_"
    return tuple(sorted(n[len(awalan):] for n in semua_parameter() if n.startswith(awalan)))


def _cek_versi(versi: str) -> None:
    if versi not in daftar_versi():
        raise MasukanTidakSah(f"Versi IKM {versi!r} tidak dikenal; pilih salah satu dari {', '.join(daftar_versi())}.")


def daftar_unsur(*, versi: str = "2017", tahun: int) -> tuple[Unsur, ...]:
    """The unsur of method ``versi`` in force for ``tahun``, in regulation order."""
    _cek_versi(versi)
    return tuple(Unsur(kode=u["kode"], nama=u["nama"]) for u in nilai(f"ikm.unsur_{versi}", tahun)["unsur"])


def skala_jawaban(*, versi: str = "2017", tahun: int) -> tuple[int, int]:
    """Lowest and highest allowed answer (1 and 4)."""
    _cek_versi(versi)
    bawah, atas = nilai(f"ikm.unsur_{versi}", tahun)["skala"]
    return int(bawah), int(atas)


def _bobot(penimbang: str, jumlah_unsur: int, tahun: int) -> Fraction:
    pilihan = nilai("ikm.penimbang", tahun)["pilihan"]
    if penimbang not in pilihan:
        raise MasukanTidakSah(
            f"Penimbang {penimbang!r} tidak dikenal untuk tahun {tahun}; pilih salah satu dari {', '.join(pilihan)}."
        )
    tepat = Fraction(1, jumlah_unsur)
    if pilihan[penimbang] is None:
        return tepat
    bobot = pecahan(str(pilihan[penimbang]))
    desimal = -Decimal(str(pilihan[penimbang])).as_tuple().exponent
    if bulatkan(tepat, desimal) != Decimal(str(pilihan[penimbang])):
        raise MasukanTidakSah(
            f"Penimbang {angka(Decimal(str(pilihan[penimbang])), desimal)} tidak sesuai untuk {jumlah_unsur} "
            f"unsur (1/{jumlah_unsur} ≈ {angka(bulatkan(tepat, desimal), desimal)})."
        )
    return bobot


def mutu_ikm(ikm: Decimal, *, versi: str = "2017", tahun: int) -> tuple[str, str]:
    """Mutu (A-D) and kinerja label of an IKM already rounded to the published decimals."""
    _cek_versi(versi)
    for pita in nilai(f"ikm.mutu_{versi}", tahun)["mutu"]:
        if pecahan(ikm) >= pecahan(pita["batas_bawah"]):
            return pita["mutu"], pita["kinerja"]
    raise MasukanTidakSah(f"Nilai IKM {angka(ikm)} di bawah rentang terendah.")


def _cek_masukan(kode: str, jumlah: JumlahUnsur, responden: int, skala: tuple[int, int]) -> None:
    if jumlah.jumlah_terisi < 0 or jumlah.jumlah_terisi > responden:
        raise MasukanTidakSah(
            f"Unsur {kode}: jumlah terisi {jumlah.jumlah_terisi} harus antara 0 dan jumlah responden ({responden})."
        )
    bawah, atas = skala
    if not bawah * jumlah.jumlah_terisi <= jumlah.jumlah_nilai <= atas * jumlah.jumlah_terisi:
        raise MasukanTidakSah(
            f"Unsur {kode}: jumlah nilai {jumlah.jumlah_nilai} tidak mungkin untuk {jumlah.jumlah_terisi} "
            f"jawaban bernilai {bawah}-{atas}."
        )


def _hasil_unsur(u: Unsur, jumlah: JumlahUnsur, bobot: Fraction, desimal: int) -> HasilUnsur:
    if jumlah.jumlah_terisi == 0:
        return HasilUnsur(
            kode=u.kode, nama=u.nama, jumlah_nilai=jumlah.jumlah_nilai, jumlah_terisi=0,
            status=TIDAK_DAPAT_DIHITUNG, nrr_tepat=None, nrr_tertimbang_tepat=None, nrr=None,
            nrr_tertimbang=None, alasan=f"Tidak ada responden yang menjawab unsur {u.kode} ({u.nama}).",
        )
    nrr = Fraction(jumlah.jumlah_nilai, jumlah.jumlah_terisi)
    return HasilUnsur(
        kode=u.kode, nama=u.nama, jumlah_nilai=jumlah.jumlah_nilai, jumlah_terisi=jumlah.jumlah_terisi,
        status=TERHITUNG, nrr_tepat=nrr, nrr_tertimbang_tepat=nrr * bobot,
        nrr=bulatkan(nrr, desimal), nrr_tertimbang=bulatkan(nrr * bobot, desimal),
    )


def _rumus(hasil: tuple[HasilUnsur, ...], penimbang: str, pengali: int,
           desimal: int, ikm: Decimal) -> str:
    nrr = " + ".join(angka(h.nrr, desimal) for h in hasil)
    if penimbang == PENIMBANG_TEPAT:
        return f"IKM = (Σ NRR / {len(hasil)}) × {pengali} = (({nrr}) / {len(hasil)}) × {pengali} = {angka(ikm)}"
    teks_bobot = angka(Decimal(penimbang), -Decimal(penimbang).as_tuple().exponent)
    return f"IKM = Σ (NRR × {teks_bobot}) × {pengali} = (({nrr}) × {teks_bobot}) × {pengali} = {angka(ikm)}"


def hitung_ikm(
    jumlah: Mapping[str, JumlahUnsur],
    *,
    responden: int,
    tahun: int,
    penimbang: str | None = None,
    versi: str = "2017",
) -> HasilIKM:
    """IKM from aggregated answers keyed by unsur code (``U1``...).

    Every unsur of the method must be present; an unsur nobody answered makes
    the IKM ``tidak_dapat_dihitung`` (never a division by zero, never a mean
    over fewer unsur).
    """
    unsur = daftar_unsur(versi=versi, tahun=tahun)
    kode = [u.kode for u in unsur]
    asing = sorted(set(jumlah) - set(kode))
    kurang = [k for k in kode if k not in jumlah]
    if asing or kurang:
        bagian = []
        if kurang:
            bagian.append(f"unsur yang belum ada: {', '.join(kurang)}")
        if asing:
            bagian.append(f"unsur tidak dikenal: {', '.join(asing)}")
        raise MasukanTidakSah(f"Masukan IKM versi {versi} tidak lengkap ({'; '.join(bagian)}).")
    if responden < 0:
        raise MasukanTidakSah(f"Jumlah responden tidak boleh negatif ({responden}).")
    skala = skala_jawaban(versi=versi, tahun=tahun)
    for k in kode:
        _cek_masukan(k, jumlah[k], responden, skala)

    penimbang = penimbang or nilai("ikm.penimbang", tahun)["bawaan"]
    bobot = _bobot(penimbang, len(unsur), tahun)
    bulat = nilai("ikm.pembulatan", tahun)
    pengali = int(nilai(f"ikm.mutu_{versi}", tahun)["pengali_konversi"])
    hasil = tuple(_hasil_unsur(u, jumlah[u.kode], bobot, bulat["desimal_interval"]) for u in unsur)
    dipakai = (f"ikm.unsur_{versi}", f"ikm.mutu_{versi}", "ikm.penimbang", "ikm.pembulatan")
    umum = dict(versi=versi, tahun=tahun, penimbang=penimbang, responden=responden, unsur=hasil, parameter=dipakai)

    kosong = [h for h in hasil if h.status != TERHITUNG]
    if kosong:
        alasan = "IKM tidak dapat dihitung: " + " ".join(h.alasan for h in kosong)
        return HasilIKM(**umum, status=TIDAK_DAPAT_DIHITUNG, nilai_interval=None, ikm=None, mutu=None,
                        kinerja=None, rumus="", alasan=alasan)

    interval = sum((h.nrr_tertimbang_tepat for h in hasil), Fraction(0))
    ikm_tepat = interval * pengali
    ikm = bulatkan(ikm_tepat, bulat["desimal_konversi"])
    mutu, kinerja = mutu_ikm(ikm, versi=versi, tahun=tahun)
    return HasilIKM(
        **umum, status=TERHITUNG, nilai_interval=bulatkan(interval, bulat["desimal_interval"]), ikm=ikm,
        mutu=mutu, kinerja=kinerja, ikm_tepat=ikm_tepat,
        rumus=_rumus(hasil, penimbang, pengali, bulat["desimal_interval"], ikm),
    )


def sampel_minimum(populasi: int, *, tahun: int) -> int:
    """Minimum number of respondents for a population (Krejcie-Morgan).

    ``s = χ² N P(1-P) / (d² (N-1) + χ² P(1-P))``, rounded half-up to a whole respondent.
    """
    if populasi < 1:
        raise MasukanTidakSah(f"Populasi harus bilangan bulat positif ({populasi}).")
    p = nilai("ikm.sampel", tahun)
    chi2, proporsi, galat = (pecahan(str(p[k])) for k in ("chi_kuadrat", "proporsi", "galat"))
    varians = proporsi * (1 - proporsi)
    s = chi2 * populasi * varians / (galat**2 * (populasi - 1) + chi2 * varians)
    return int(bulatkan(s, 0))
