"""Capaian (achievement) of an indicator: target against realisasi.

Every result carries its status, the formula with its numbers filled in, and the
parameters it used. Capaian is kept raw (350 %) and capped for rating.

>>> h = hitung_capaian(target="84", realisasi="88,72", tahun=2023)
>>> (str(h.status), h.tampil, h.kategori)
('terhitung', '105,62 %', 'Sangat Tinggi')
>>> hitung_capaian(target="2:9", realisasi="7:9", tahun=2023).rumus
'(7 / 9) / (2 / 9) × 100 = 350,00 %'
>>> h = hitung_capaian(target="18", realisasi="25", polaritas="negatif", tahun=2015)
>>> h.rumus
'(2 × 18 − 25) / 18 × 100 = 61,11 %'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core import format as fmt
from sakip.core.angka import Nilai, coba_nilai
from sakip.core.exceptions import AngkaTidakSah, MasukanTidakSah
from sakip.core.hasil import Status
from sakip.core.parameter import nilai
from sakip.core.peringkat import PARAMETER_PERINGKAT, kategori_capaian

__all__ = [
    "HasilCapaian",
    "hitung_capaian",
    "agregasi_realisasi",
    "hitung_capaian_periode",
    "POLARITAS",
    "RUMUS_NEGATIF",
    "METODE_AGREGASI",
]

POLARITAS = ("positif", "negatif")
RUMUS_NEGATIF = ("2T-R", "T/R")
METODE_AGREGASI = ("kumulatif", "nilai_akhir", "rata_rata", "rasio")

P_BATAS_ATAS = "capaian.batas_atas_peringkat"
P_NEGATIF = "capaian.rumus_negatif"
P_BATAS_BAWAH_NEGATIF = "capaian.batas_bawah_negatif"
P_RENTANG = "capaian.rentang"

_SERATUS = Decimal(100)
_KALI, _KURANG = "\u00d7", "\u2212"


@dataclass(frozen=True)
class HasilCapaian:
    status: Status
    capaian: Decimal | None = None
    capaian_dibatasi: Decimal | None = None
    kategori: str | None = None
    warna: str | None = None
    kode_warna: str | None = None
    alasan: str | None = None
    rumus: str = ""
    polaritas: str = "positif"
    aturan: tuple[str, ...] = field(default_factory=tuple)

    @property
    def tampil(self) -> str:
        """The capaian as published: ``105,62 %``, or ``-`` when not computed."""
        return fmt.persen(self.capaian)


def _n(x: Decimal) -> str:
    return fmt.nilai_teks(x)


def _gagal(status: Status, alasan: str, polaritas: str, aturan=()) -> HasilCapaian:
    return HasilCapaian(status=status, alasan=alasan, polaritas=polaritas, aturan=tuple(aturan))


def _baca(x: str | Decimal | Nilai | None, peran: str) -> Nilai | None:
    if x is None or isinstance(x, Nilai):
        return x
    try:
        return coba_nilai(x)
    except AngkaTidakSah as e:
        raise MasukanTidakSah(f"{peran} {e}") from None


def _satuan_cocok(t: Nilai, r: Nilai) -> bool:
    ringan = {None, "%", "persen"}
    if t.satuan in ringan or r.satuan in ringan:
        return True
    return t.satuan.strip().lower().rstrip(".") == r.satuan.strip().lower().rstrip(".")


def _positif(t: Decimal, r: Decimal) -> tuple[Decimal | None, str, str | None]:
    if t == 0:
        return None, "", "target 0: capaian tidak dapat dihitung (pembagian dengan nol)"
    c = r / t * _SERATUS
    return c, f"{_n(r)} / {_n(t)} {_KALI} 100 = {fmt.persen(c)}", None


def _negatif(t: Decimal, r: Decimal, rumus: str, tahun: int) -> tuple[Decimal | None, str, str | None]:
    if rumus == "T/R":
        if r == 0:
            return None, "", "realisasi 0: rumus negatif T/R tidak dapat dihitung (pembagian dengan nol)"
        c = t / r * _SERATUS
        return c, f"{_n(t)} / {_n(r)} {_KALI} 100 = {fmt.persen(c)}", None
    if t == 0:
        return None, "", "target 0: capaian tidak dapat dihitung (pembagian dengan nol)"
    c = (2 * t - r) / t * _SERATUS
    teks = f"(2 {_KALI} {_n(t)} {_KURANG} {_n(r)}) / {_n(t)} {_KALI} 100 = {fmt.persen(c)}"
    batas = nilai(P_BATAS_BAWAH_NEGATIF, tahun)
    if batas is not None and c < Decimal(str(batas)):
        c = Decimal(str(batas))
        teks += f", dibatasi bawah {fmt.persen(c)}"
    return c, teks, None


def _satu_arah(t: Decimal, r: Decimal, polaritas: str, rumus_negatif: str, tahun: int):
    if polaritas == "positif":
        return _positif(t, r)
    return _negatif(t, r, rumus_negatif, tahun)


def _rentang(target: Nilai, r: Decimal, polaritas: str, rumus_negatif: str, tahun: int):
    bawah, atas = target.bawah, target.atas
    teks_rentang = f"{_n(bawah)}\u2013{_n(atas)}"
    if bawah <= r <= atas:
        c = Decimal(str(nilai(P_RENTANG, tahun)["nilai_dalam_rentang"]))
        return c, f"realisasi {_n(r)} di dalam rentang {teks_rentang} = {fmt.persen(c)}", None
    acuan, posisi = (atas, "di atas") if r > atas else (bawah, "di bawah")
    c, teks, alasan = _satu_arah(acuan, r, polaritas, rumus_negatif, tahun)
    return c, f"realisasi {_n(r)} {posisi} rentang {teks_rentang}: {teks}", alasan


def _rasio(target: Nilai, realisasi: Nilai, polaritas: str, rumus_negatif: str, tahun: int):
    if realisasi.jenis != "rasio":
        return None, "", f"target berupa rasio ({target.teks}) tetapi realisasi bukan rasio ({realisasi.teks})"
    if not target.penyebut or not realisasi.penyebut:
        return None, "", "penyebut rasio 0: capaian tidak dapat dihitung"
    t, r = target.pecahan, realisasi.pecahan
    c, _, alasan = _satu_arah(t, r, polaritas, rumus_negatif, tahun)
    if c is None:
        return None, "", alasan
    pr = f"({_n(realisasi.pembilang)} / {_n(realisasi.penyebut)})"
    pt = f"({_n(target.pembilang)} / {_n(target.penyebut)})"
    if polaritas == "positif":
        teks = f"{pr} / {pt} {_KALI} 100 = {fmt.persen(c)}"
    elif rumus_negatif == "T/R":
        teks = f"{pt} / {pr} {_KALI} 100 = {fmt.persen(c)}"
    else:
        teks = f"(2 {_KALI} {pt} {_KURANG} {pr}) / {pt} {_KALI} 100 = {fmt.persen(c)}"
    return c, teks, None


def hitung_capaian(
    *,
    target: str | Decimal | Nilai | None,
    realisasi: str | Decimal | Nilai | None,
    polaritas: str = "positif",
    rumus_negatif: str | None = None,
    tahun: int,
) -> HasilCapaian:
    """Capaian of one indicator for reporting year ``tahun``.

    ``polaritas`` is ``positif`` (R/T) or ``negatif`` (default rule from the
    parameter ``capaian.rumus_negatif``: (2T−R)/T, or ``T/R`` per indicator).
    Targets may be numbers with units, ratios (``2:9``) or ranges (``80–90``).
    Missing, qualitative or zero targets give an explicit status, never 0 %.
    """
    if polaritas not in POLARITAS:
        raise MasukanTidakSah(f"polaritas {polaritas!r} tidak dikenal; pilih 'positif' atau 'negatif'")
    if polaritas == "negatif":
        rumus_negatif = rumus_negatif or nilai(P_NEGATIF, tahun)
        if rumus_negatif not in RUMUS_NEGATIF:
            raise MasukanTidakSah(f"rumus negatif {rumus_negatif!r} tidak dikenal; pilih '2T-R' atau 'T/R'")
    aturan = [P_BATAS_ATAS, PARAMETER_PERINGKAT] + ([P_NEGATIF, P_BATAS_BAWAH_NEGATIF] if polaritas == "negatif" else [])
    t = _baca(target, "target")
    r = _baca(realisasi, "realisasi")
    if t is None:
        return _gagal(Status.TIDAK_DAPAT_DIHITUNG, "target belum ditetapkan", polaritas)
    if t.jenis == "kualitatif":
        return _gagal(Status.TIDAK_DAPAT_DIHITUNG, f"target kualitatif ({t.teks}); capaian ditetapkan secara manual", polaritas)
    if r is None:
        return _gagal(Status.BELUM_DIISI, "realisasi belum diisi", polaritas)
    if r.jenis == "kualitatif":
        return _gagal(Status.TIDAK_DAPAT_DIHITUNG, f"realisasi bukan angka ({r.teks})", polaritas)
    if t.jenis == "rasio":
        c, rumus, alasan = _rasio(t, r, polaritas, rumus_negatif, tahun)
    elif r.jenis != "angka":
        c, rumus, alasan = None, "", f"realisasi harus berupa satu angka, bukan {r.jenis} ({r.teks})"
    elif not _satuan_cocok(t, r):
        c, rumus, alasan = None, "", f"satuan target ({t.satuan}) dan realisasi ({r.satuan}) berbeda"
    elif t.jenis == "rentang":
        aturan.append(P_RENTANG)
        c, rumus, alasan = _rentang(t, r.angka, polaritas, rumus_negatif, tahun)
    else:
        c, rumus, alasan = _satu_arah(t.angka, r.angka, polaritas, rumus_negatif, tahun)
    if c is None:
        return _gagal(Status.TIDAK_DAPAT_DIHITUNG, alasan, polaritas, aturan)
    batas = nilai(P_BATAS_ATAS, tahun)
    dibatasi = min(c, Decimal(str(batas))) if batas is not None else c
    kat = kategori_capaian(dibatasi, tahun=tahun)
    return HasilCapaian(
        status=Status.TERHITUNG,
        capaian=c,
        capaian_dibatasi=dibatasi,
        kategori=kat.kategori,
        warna=kat.warna,
        kode_warna=kat.kode_warna,
        rumus=rumus,
        polaritas=polaritas,
        aturan=tuple(aturan),
    )


def agregasi_realisasi(nilai_periode: list[str | Decimal | Nilai | None], metode: str) -> Nilai | None:
    """Combine quarterly (or monthly) realisasi into the annual value.

    ``kumulatif`` sums, ``nilai_akhir`` takes the last filled period, ``rata_rata``
    averages the filled periods, ``rasio`` sums numerators and denominators
    (Σa : Σb, never a mean of ratios). Empty periods are skipped; all empty -> None.

    >>> agregasi_realisasi(["1:9", None, "3:9"], "rasio").teks
    '4:18'
    """
    if metode not in METODE_AGREGASI:
        raise MasukanTidakSah(f"metode agregasi {metode!r} tidak dikenal; pilih salah satu: {', '.join(METODE_AGREGASI)}")
    terisi = [n for n in (_baca(x, "realisasi") for x in nilai_periode) if n is not None]
    if not terisi:
        return None
    if metode == "nilai_akhir":
        return terisi[-1]
    if metode == "rasio":
        if any(n.jenis != "rasio" for n in terisi):
            raise MasukanTidakSah("metode rasio memerlukan realisasi berbentuk a:b di setiap periode")
        a = sum((n.pembilang for n in terisi), Decimal(0))
        b = sum((n.penyebut for n in terisi), Decimal(0))
        return Nilai(teks=f"{_n(a)}:{_n(b)}", jenis="rasio", pembilang=a, penyebut=b)
    if any(n.jenis != "angka" for n in terisi):
        raise MasukanTidakSah(f"metode {metode} memerlukan realisasi berupa angka di setiap periode")
    jumlah = sum((n.angka for n in terisi), Decimal(0))
    hasil = jumlah if metode == "kumulatif" else jumlah / len(terisi)
    return Nilai(teks=_n(hasil), jenis="angka", angka=hasil, satuan=terisi[-1].satuan)


def hitung_capaian_periode(
    *,
    target: str | Decimal | Nilai | None,
    realisasi_periode: list,
    metode: str,
    target_periode: list | None = None,
    polaritas: str = "positif",
    rumus_negatif: str | None = None,
    tahun: int,
) -> HasilCapaian:
    """Capaian from period values. With ``kumulatif`` and period targets, compares
    Σ realisasi with Σ target over the periods that have a realisasi (periods elapsed)."""
    if metode == "kumulatif" and target_periode:
        pasangan = [(t, r) for t, r in zip(target_periode, realisasi_periode) if r not in (None, "")]
        if not pasangan:
            return _gagal(Status.BELUM_DIISI, "realisasi belum diisi", polaritas)
        target = agregasi_realisasi([t for t, _ in pasangan], "kumulatif")
        realisasi_periode = [r for _, r in pasangan]
    realisasi = agregasi_realisasi(realisasi_periode, metode)
    return hitung_capaian(target=target, realisasi=realisasi, polaritas=polaritas, rumus_negatif=rumus_negatif, tahun=tahun)
