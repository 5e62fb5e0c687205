"""Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (PermenPANRB 88/2021): the LKE score.

::

    nilai kriteria   = jawaban AA..E -> 100..0
    nilai_sub        = rata-rata nilai kriteria / 100 x bobot_sub
    nilai_komponen   = Σ nilai_sub
    nilai_akhir      = Σ nilai_komponen           (0-100)
    predikat         = first band whose EXCLUSIVE lower bound the value exceeds

Scores may also be given directly for a sub-component or a whole component.
Component and sub-component names match case-insensitively, with the aliases
of the parameter (``perencanaan`` = Perencanaan Kinerja).

>>> entri = [EntriLKE(komponen=k, nilai=Decimal(v)) for k, v in
...          [("perencanaan", "27"), ("pengukuran", "24"), ("pelaporan", "12"), ("evaluasi", "17")]]
>>> hasil = hitung_lke(entri, tahun=2023)
>>> hasil.nilai_akhir, hasil.predikat
(Decimal('80.00'), 'BB')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sakip.core.exceptions import MasukanTidakSah
from sakip.core.format import angka
from sakip.core.parameter import nilai
from sakip.core.pecahan import bulatkan, pecahan

__all__ = [
    "EntriLKE",
    "Masalah",
    "LKETidakSah",
    "HasilSubkomponen",
    "HasilKomponen",
    "HasilLKE",
    "nilai_jawaban",
    "cari_komponen",
    "cari_subkomponen",
    "predikat_lke",
    "periksa_entri",
    "hitung_lke",
]

P_KOMPONEN = "lke.komponen_88_2021"
P_JAWABAN = "lke.jawaban_88_2021"
P_PREDIKAT = "lke.predikat_88_2021"
P_PEMBULATAN = "lke.pembulatan_88_2021"
TERHITUNG = "terhitung"
BELUM_DIISI = "belum_diisi"
TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"


@dataclass(frozen=True)
class EntriLKE:
    """One row of an LKE: a criterion answer, or a score for a sub-component or component."""

    komponen: str
    subkomponen: str | None = None
    kriteria: str | None = None
    jawaban: str | None = None
    nilai: Decimal | None = None


@dataclass(frozen=True)
class Masalah:
    """Why entry number ``indeks`` (0-based) cannot be used, naming the field."""

    indeks: int
    kolom: str
    nilai: str
    alasan: str


class LKETidakSah(MasukanTidakSah):
    def __init__(self, masalah: Sequence[Masalah]):
        self.masalah = list(masalah)
        super().__init__("; ".join(f"entri {m.indeks + 1}, {m.kolom}: {m.alasan}" for m in self.masalah))


@dataclass(frozen=True)
class HasilSubkomponen:
    nama: str
    bobot: Decimal
    status: str
    nilai: Decimal | None
    nilai_tepat: Fraction | None
    jumlah_kriteria: int
    rumus: str


@dataclass(frozen=True)
class HasilKomponen:
    nama: str
    bobot: Decimal
    status: str
    nilai: Decimal | None
    nilai_tepat: Fraction | None
    subkomponen: tuple[HasilSubkomponen, ...]
    rumus: str
    alasan: str | None = None


@dataclass(frozen=True)
class HasilLKE:
    tahun: int
    komponen: tuple[HasilKomponen, ...]
    status: str
    nilai_akhir: Decimal | None
    nilai_akhir_tepat: Fraction | None
    predikat: str | None
    interpretasi: str | None
    rumus: str
    parameter: tuple[str, ...]
    alasan: str | None = None


def _kunci(teks: str) -> str:
    return re.sub(r"\s+", " ", teks).strip().casefold()


def nilai_jawaban(jawaban: str, *, tahun: int) -> int:
    """Value of a criterion answer (``"BB"`` -> 80), case-insensitive."""
    tabel = nilai(P_JAWABAN, tahun)
    kunci = jawaban.strip().upper()
    if kunci not in tabel:
        raise MasukanTidakSah(f"Jawaban {jawaban!r} tidak dikenal; gunakan salah satu dari {', '.join(tabel)}.")
    return int(tabel[kunci])


def cari_komponen(nama: str, *, tahun: int) -> dict:
    """The component definition (name, bobot, subkomponen) for a name or alias."""
    daftar = nilai(P_KOMPONEN, tahun)["komponen"]
    for k in daftar:
        if _kunci(nama) in {_kunci(k["nama"]), *(_kunci(a) for a in k.get("alias", []))}:
            return k
    raise MasukanTidakSah(
        f"Komponen {nama!r} tidak dikenal; gunakan salah satu dari: {'; '.join(k['nama'] for k in daftar)}."
    )


def cari_subkomponen(komponen: dict, nama: str) -> dict:
    for s in komponen["subkomponen"]:
        if _kunci(nama) in {_kunci(s["nama"]), *(_kunci(a) for a in s.get("alias", []))}:
            return s
    raise MasukanTidakSah(
        f"Subkomponen {nama!r} tidak dikenal untuk {komponen['nama']}; gunakan salah satu dari: "
        f"{', '.join(s['nama'] for s in komponen['subkomponen'])}."
    )


def predikat_lke(nilai_akhir: Decimal, *, tahun: int) -> tuple[str, str]:
    """Predikat and interpretasi; lower bounds are exclusive (exactly 90 -> A)."""
    for p in nilai(P_PREDIKAT, tahun):
        if p["lebih_dari"] is None or pecahan(nilai_akhir) > pecahan(p["lebih_dari"]):
            return p["predikat"], p["interpretasi"]
    raise AssertionError("the last predikat band has no lower bound")  # pragma: no cover


def _kosong(teks: str | None) -> bool:
    return teks is None or not str(teks).strip()


def _periksa_satu(i: int, e: EntriLKE, tahun: int) -> tuple[list[Masalah], tuple | None]:
    """Problems of one entry, and its key (component, sub or None, level) when usable."""
    try:
        komp = cari_komponen(e.komponen or "", tahun=tahun)
    except MasukanTidakSah as exc:
        return [Masalah(i, "komponen", e.komponen or "", str(exc))], None
    sub = None
    if not _kosong(e.subkomponen):
        try:
            sub = cari_subkomponen(komp, e.subkomponen)
        except MasukanTidakSah as exc:
            return [Masalah(i, "subkomponen", e.subkomponen, str(exc))], None
    ada_jawaban = not _kosong(e.jawaban)
    if ada_jawaban and e.nilai is not None:
        return [Masalah(i, "nilai", str(e.nilai), "Isi jawaban atau nilai, tidak keduanya.")], None
    if ada_jawaban:
        if sub is None:
            return [Masalah(i, "subkomponen", "", "Jawaban kriteria memerlukan nama subkomponen.")], None
        try:
            nilai_jawaban(e.jawaban, tahun=tahun)
        except MasukanTidakSah as exc:
            return [Masalah(i, "jawaban", e.jawaban, str(exc))], None
        return [], (komp["nama"], sub["nama"], "kriteria")
    if e.nilai is None:
        kolom = "jawaban" if not _kosong(e.kriteria) else "nilai"
        return [Masalah(i, kolom, "", "Kosong: isi jawaban (AA sampai E) atau nilai.")], None
    batas = sub["bobot"] if sub else komp["bobot"]
    if not 0 <= pecahan(e.nilai) <= pecahan(str(batas)):
        tingkat = f"subkomponen {sub['nama']}" if sub else f"komponen {komp['nama']}"
        return [Masalah(i, "nilai", angka(e.nilai), f"Nilai {tingkat} harus antara 0 dan bobotnya "
                        f"{angka(Decimal(str(batas)))}.")], None
    return [], (komp["nama"], sub["nama"] if sub else None, "nilai")


def periksa_entri(entri: Sequence[EntriLKE], *, tahun: int) -> list[Masalah]:
    """Every problem in the entries: unknown names or answers, scores out of range, and levels that clash."""
    masalah: list[Masalah] = []
    kunci: list[tuple | None] = []
    for i, e in enumerate(entri):
        m, k = _periksa_satu(i, e, tahun)
        masalah.extend(m)
        kunci.append(k)
    langsung_komp = {k[0] for k in kunci if k and k[1] is None}
    langsung_sub = {(k[0], k[1]) for k in kunci if k and k[1] is not None and k[2] == "nilai"}
    terlihat: set[tuple] = set()
    for i, k in enumerate(kunci):
        if not k:
            continue
        komp, sub, tingkat = k
        if sub is not None and komp in langsung_komp:
            masalah.append(Masalah(i, "subkomponen", sub, f"Komponen {komp} sudah diberi nilai langsung; "
                                   "jangan isi juga subkomponennya."))
        elif tingkat == "kriteria" and (komp, sub) in langsung_sub:
            masalah.append(Masalah(i, "jawaban", entri[i].jawaban or "", f"Subkomponen {sub} ({komp}) sudah "
                                   "diberi nilai langsung; jangan isi juga jawaban kriterianya."))
        elif tingkat == "nilai" and (komp, sub) in terlihat:
            tempat = f"subkomponen {sub} ({komp})" if sub else f"komponen {komp}"
            masalah.append(Masalah(i, "nilai", angka(entri[i].nilai), f"Nilai {tempat} diisi lebih dari sekali."))
        if tingkat == "nilai":
            terlihat.add((komp, sub))
    return sorted(masalah, key=lambda m: m.indeks)


def _hasil_sub(definisi: dict, entri: list[EntriLKE], tahun: int, desimal: int) -> HasilSubkomponen:
    bobot = Decimal(str(definisi["bobot"]))
    umum = dict(nama=definisi["nama"], bobot=bobot)
    if not entri:
        return HasilSubkomponen(**umum, status=BELUM_DIISI, nilai=None, nilai_tepat=None, jumlah_kriteria=0,
                                rumus="")
    if entri[0].nilai is not None:
        tepat = pecahan(entri[0].nilai)
        return HasilSubkomponen(**umum, status=TERHITUNG, nilai=bulatkan(tepat, desimal), nilai_tepat=tepat,
                                jumlah_kriteria=0, rumus=f"nilai langsung {angka(entri[0].nilai)}")
    nilai_kriteria = [nilai_jawaban(e.jawaban, tahun=tahun) for e in entri]
    tepat = Fraction(sum(nilai_kriteria), len(nilai_kriteria)) / 100 * pecahan(bobot)
    rata = " + ".join(str(n) for n in nilai_kriteria)
    if len(nilai_kriteria) > 1:
        rata = f"(({rata}) / {len(nilai_kriteria)})"
    rumus = f"{rata} / 100 × {angka(bobot)} = {angka(bulatkan(tepat, desimal))}"
    return HasilSubkomponen(**umum, status=TERHITUNG, nilai=bulatkan(tepat, desimal), nilai_tepat=tepat,
                            jumlah_kriteria=len(nilai_kriteria), rumus=rumus)


def _hasil_komponen(definisi: dict, kelompok: dict[str | None, list[EntriLKE]], tahun: int,
                    desimal: int) -> HasilKomponen:
    """One component from its entries grouped by sub-component name (``None``: the component's own score)."""
    bobot = Decimal(str(definisi["bobot"]))
    if None in kelompok:
        langsung = kelompok[None][0].nilai
        tepat = pecahan(langsung)
        return HasilKomponen(nama=definisi["nama"], bobot=bobot, status=TERHITUNG, nilai=bulatkan(tepat, desimal),
                             nilai_tepat=tepat, subkomponen=(), rumus=f"nilai langsung {angka(langsung)}")
    subs = tuple(_hasil_sub(s, kelompok.get(s["nama"], []), tahun, desimal) for s in definisi["subkomponen"])
    kurang = [s.nama for s in subs if s.status != TERHITUNG]
    if kurang:
        status = BELUM_DIISI if len(kurang) == len(subs) else TIDAK_DAPAT_DIHITUNG
        return HasilKomponen(nama=definisi["nama"], bobot=bobot, status=status, nilai=None, nilai_tepat=None,
                             subkomponen=subs, rumus="",
                             alasan=f"Subkomponen belum diisi: {', '.join(kurang)}.")
    tepat = sum((s.nilai_tepat for s in subs), Fraction(0))
    rumus = " + ".join(angka(s.nilai) for s in subs) + f" = {angka(bulatkan(tepat, desimal))}"
    return HasilKomponen(nama=definisi["nama"], bobot=bobot, status=TERHITUNG, nilai=bulatkan(tepat, desimal),
                         nilai_tepat=tepat, subkomponen=subs, rumus=rumus)


def _kelompokkan(entri: list[EntriLKE], tahun: int) -> dict[str, dict[str | None, list[EntriLKE]]]:
    """Entries by component name and sub-component name, as the parameter spells them."""
    kelompok: dict[str, dict[str | None, list[EntriLKE]]] = {}
    for e in entri:
        komp = cari_komponen(e.komponen, tahun=tahun)
        sub = None if _kosong(e.subkomponen) else cari_subkomponen(komp, e.subkomponen)["nama"]
        kelompok.setdefault(komp["nama"], {}).setdefault(sub, []).append(e)
    return kelompok


def hitung_lke(entri: Iterable[EntriLKE], *, tahun: int) -> HasilLKE:
    """The LKE score; raises :class:`LKETidakSah` listing every bad entry.

    A component with no entries (or a missing sub-component) leaves the final
    score ``tidak_dapat_dihitung``: a missing part is not a zero.
    """
    entri = list(entri)
    masalah = periksa_entri(entri, tahun=tahun)
    if masalah:
        raise LKETidakSah(masalah)
    desimal = nilai(P_PEMBULATAN, tahun)["desimal"]
    kelompok = _kelompokkan(entri, tahun)
    komponen = tuple(_hasil_komponen(k, kelompok.get(k["nama"], {}), tahun, desimal)
                     for k in nilai(P_KOMPONEN, tahun)["komponen"])
    umum = dict(tahun=tahun, komponen=komponen, parameter=(P_KOMPONEN, P_JAWABAN, P_PREDIKAT, P_PEMBULATAN))
    kurang = [k for k in komponen if k.status != TERHITUNG]
    if kurang:
        alasan = "Nilai akhir tidak dapat dihitung: " + " ".join(
            f"{k.nama}: {k.alasan or 'belum diisi.'}" for k in kurang)
        return HasilLKE(**umum, status=TIDAK_DAPAT_DIHITUNG, nilai_akhir=None, nilai_akhir_tepat=None,
                        predikat=None, interpretasi=None, rumus="", alasan=alasan)
    tepat = sum((k.nilai_tepat for k in komponen), Fraction(0))
    akhir = bulatkan(tepat, desimal)
    predikat, interpretasi = predikat_lke(akhir, tahun=tahun)
    rumus = "Nilai akhir = " + " + ".join(angka(k.nilai) for k in komponen) + f" = {angka(akhir)} → {predikat}"
    return HasilLKE(**umum, status=TERHITUNG, nilai_akhir=akhir, nilai_akhir_tepat=tepat, predikat=predikat,
                    interpretasi=interpretasi, rumus=rumus)
