"""What changes between two versions of an office-year's data, in words a user reads.

:func:`bandingkan` compares two :class:`~sakip.berkas.BerkasData` entity by
entity, keyed the same way the rows are (indikator by kode, realisasi by
indikator and tahun, anggaran by sub kegiatan …), and lists what is added,
changed (with every field's old -> new value) or removed. The import preview
shows it; :func:`sakip.web.kinerja.services.berkas_simpan` returns it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sakip.berkas import BerkasData
from sakip.berkas.dasar import tulis_rupiah
from sakip.berkas.narasi import Narasi

DITAMBAH, DIUBAH, DIHAPUS = "ditambah", "diubah", "dihapus"
KOSONG = "(kosong)"


@dataclass(frozen=True)
class Butir:
    """One added, changed or removed thing; ``rincian`` is ``[(field, old, new), …]`` for a change.

    ``kunci`` identifies the thing within its office-year (``"IKU-1|2023"``); ``sebelum`` and
    ``sesudah`` are its fields' raw values (None when it did not / no longer exists), kept by
    the audit trail.
    """

    jenis: str
    entitas: str
    label: str
    rincian: tuple[tuple[str, str, str], ...] = ()
    kunci: str = ""
    sebelum: dict[str, Any] | None = field(default=None, compare=False, repr=False)
    sesudah: dict[str, Any] | None = field(default=None, compare=False, repr=False)


@dataclass
class Perubahan:
    """Every difference, in berkas order."""

    butir: list[Butir] = field(default_factory=list)

    @property
    def ada(self) -> bool:
        return bool(self.butir)

    def dengan_jenis(self, jenis: str) -> list[Butir]:
        return [b for b in self.butir if b.jenis == jenis]

    @property
    def ditambah(self) -> list[Butir]:
        return self.dengan_jenis(DITAMBAH)

    @property
    def diubah(self) -> list[Butir]:
        return self.dengan_jenis(DIUBAH)

    @property
    def dihapus(self) -> list[Butir]:
        return self.dengan_jenis(DIHAPUS)

    def ringkasan(self) -> list[tuple[str, int, int, int]]:
        """Per entity: (entity, added, changed, removed), in first-seen order."""
        hitung: dict[str, list[int]] = {}
        for b in self.butir:
            baris = hitung.setdefault(b.entitas, [0, 0, 0])
            baris[(DITAMBAH, DIUBAH, DIHAPUS).index(b.jenis)] += 1
        return [(e, *n) for e, n in hitung.items()]


def tampil(v: Any) -> str:
    """A value as the user wrote it (Rupiah with Indonesian grouping, lists joined)."""
    if v is None or v == "" or v == [] or v == {}:
        return KOSONG
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, Decimal):
        return tulis_rupiah(v)
    if isinstance(v, list):
        return ", ".join(tampil(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k}: {tampil(x)}" for k, x in v.items() if x is not None)
    if hasattr(v, "model_dump"):
        return tampil(v.model_dump())
    return str(v)


Entitas = dict[Any, tuple[str, dict[str, Any]]]
"""key -> (label, {field: value}) of one kind of thing."""


def teks_kunci(kunci: Any) -> str:
    """An entity key as stored by the audit trail: ``("IKU-1", 2023)`` -> ``"IKU-1|2023"``."""
    return "|".join(map(str, kunci)) if isinstance(kunci, tuple) else str(kunci)


def _mentah(nilai: dict[str, Any]) -> dict[str, Any]:
    return {f: (v.data if isinstance(v, _Ringkas) else v) for f, v in nilai.items()}


def _banding(nama: str, lama: Entitas, baru: Entitas) -> Iterator[Butir]:
    for kunci, (label, nilai) in baru.items():
        if kunci not in lama:
            yield Butir(DITAMBAH, nama, label, kunci=teks_kunci(kunci), sesudah=_mentah(nilai))
            continue
        nilai_lama = lama[kunci][1]
        rincian = tuple(
            (f, tampil(nilai_lama.get(f)), tampil(v)) for f, v in nilai.items() if nilai_lama.get(f) != v
        ) + tuple((f, tampil(v), KOSONG) for f, v in nilai_lama.items() if f not in nilai and v not in (None, [], {}))
        if rincian:
            yield Butir(DIUBAH, nama, label, rincian, teks_kunci(kunci), _mentah(nilai_lama), _mentah(nilai))
    for kunci, (label, nilai) in lama.items():
        if kunci not in baru:
            yield Butir(DIHAPUS, nama, label, kunci=teks_kunci(kunci), sebelum=_mentah(nilai))


def _entitas(b: BerkasData | None) -> dict[str, Entitas]:
    """Every entity of a berkas, keyed; empty for no data yet."""
    e: dict[str, Entitas] = {n: {} for n in NAMA_ENTITAS}
    if b is None:
        return e
    e["Profil"] = {"profil": ("Profil", _datar(b.profil.model_dump(mode="json")))}
    e["Narasi"] = {k: (Narasi.judul(k), {"teks": v}) for k, v in b.narasi.model_dump().items() if v is not None}
    r = b.renstra
    e["Renstra"] = {"renstra": ("Renstra", {"periode": f"{r.periode.tahun_awal}-{r.periode.tahun_akhir}",
                                           "dokumen": r.dokumen, "visi": r.visi})}
    e["Misi"] = {n: (f"Misi {x.nomor or n + 1}", {"nomor": x.nomor, "uraian": x.uraian}) for n, x in enumerate(r.misi)}
    for t in r.tujuan:
        e["Tujuan"][t.kode] = (f"{t.kode} {t.uraian}", {"uraian": t.uraian, "misi": t.misi})
        for s in t.sasaran:
            e["Sasaran"][s.kode] = (f"{s.kode} {s.uraian}", {"tujuan": t.kode, "uraian": s.uraian, "keterangan": s.keterangan})
    for p in b.program:
        e["Program/kegiatan"][p.kode] = (f"{p.kode} {p.nama}", p.model_dump(include={"nama", "sasaran_program", "mendukung"}))
        for k in p.kegiatan:
            e["Program/kegiatan"][k.kode] = (f"{k.kode} {k.nama}", k.model_dump(include={"nama", "mendukung"}))
            for s in k.sub_kegiatan:
                e["Program/kegiatan"][s.kode] = (f"{s.kode} {s.nama}", s.model_dump(include={"nama", "mendukung", "keterangan"}))
    for i in b.semua_indikator():
        ind = i.indikator
        e["Indikator"][ind.kode] = (f"{ind.kode} {ind.nama}", {"tingkat": i.level, "induk": i.induk,
                                                             **ind.model_dump(exclude={"kode", "target"})})
        for tahun, nilai in ind.target.items():
            e["Target indikator"][(ind.kode, tahun)] = (f"{ind.kode} tahun {tahun}", {"target": nilai})
    for pk in b.perjanjian_kinerja:
        nama_pk = "PK murni" if pk.nomor_urut == 0 else f"PK perubahan ke-{pk.nomor_urut}"
        e["Perjanjian kinerja"][pk.nomor_urut] = (nama_pk, _datar(pk.model_dump(mode="json", exclude={"sasaran", "program"})))
        for s in pk.sasaran:
            e["Target PK"][(pk.nomor_urut, s.indikator)] = (f"{nama_pk}: {s.indikator}", _datar(s.model_dump(exclude={"indikator"})))
        for p in pk.program:
            e["Program PK"][(pk.nomor_urut, p.program)] = (f"{nama_pk}: program {p.program}", p.model_dump(exclude={"program"}))
    for x in b.realisasi:
        e["Realisasi"][(x.indikator, x.tahun)] = (f"{x.indikator} tahun {x.tahun}", _datar(x.model_dump(exclude={"indikator", "tahun"})))
    for a in b.anggaran:
        e["Anggaran"][a.sub_kegiatan] = (f"sub kegiatan {a.sub_kegiatan}", _datar(a.model_dump(exclude={"sub_kegiatan"})))
    for nama, judul in LAMPIRAN.items():
        bagian = getattr(b, nama)
        data = bagian.model_dump(mode="json") if hasattr(bagian, "model_dump") else [
            x.model_dump(mode="json") if hasattr(x, "model_dump") else x for x in bagian
        ]
        if data not in ([], {}, {"instansi_lain": [], "standar_nasional": []}):
            e["Lampiran"][nama] = (judul, {"isi": _ringkas(data)})
    return e


LAMPIRAN = {
    "dasar_hukum": "Dasar hukum", "tugas_fungsi": "Tugas dan fungsi", "struktur_organisasi": "Struktur organisasi",
    "pembanding": "Pembanding", "prestasi": "Prestasi", "dokumentasi": "Dokumentasi",
    "rekomendasi_reviu": "Rekomendasi reviu", "catatan_koreksi": "Catatan koreksi",
}
NAMA_ENTITAS = (
    "Profil", "Narasi", "Renstra", "Misi", "Tujuan", "Sasaran", "Indikator", "Target indikator", "Program/kegiatan",
    "Perjanjian kinerja", "Target PK", "Program PK", "Realisasi", "Anggaran", "Lampiran",
)


def _datar(d: dict[str, Any], awalan: str = "") -> dict[str, Any]:
    """Nested dicts flattened to dotted field names (``kepala.nama``)."""
    hasil: dict[str, Any] = {}
    for k, v in d.items():
        if isinstance(v, dict) and v:
            hasil.update(_datar(v, f"{awalan}{k}."))
        else:
            hasil[f"{awalan}{k}"] = v
    return hasil


class _Ringkas(str):
    """A long section compared whole but shown as its item count."""

    def __new__(cls, data: Any):
        obj = super().__new__(cls, repr(data))
        obj.data = data
        obj.jumlah = len(data) if isinstance(data, list) else sum(len(v) for v in data.values() if isinstance(v, list))
        return obj

    def __str__(self) -> str:
        return f"{self.jumlah} butir"


def _ringkas(data: Any) -> _Ringkas:
    return _Ringkas(data)


def bandingkan(lama: BerkasData | None, baru: BerkasData) -> Perubahan:
    """What saving *baru* over *lama* (None: nothing yet) adds, changes and removes."""
    e_lama, e_baru = _entitas(lama), _entitas(baru)
    hasil = Perubahan()
    for nama in NAMA_ENTITAS:
        hasil.butir.extend(_banding(nama, e_lama[nama], e_baru[nama]))
    return hasil
