"""Mapping between the rows of :mod:`.models` and the berkas model, in both directions.

* :func:`ke_data` turns the (prefetched) rows of one :class:`TahunKinerja` into
  the plain data a YAML file would hold; the selector validates it into a
  :class:`~sakip.berkas.BerkasData`.
* :func:`baris_dari_berkas` turns a :class:`BerkasData` into, per table, an
  ordered list of ``(key, field values)``; the service merges those into the
  existing rows by key.

One rule each way keeps DB == berkas: a row's key is the berkas' own
cross-reference (``kode``, ``(indikator, tahun)``, ``nomor_urut`` …) and list
order is ``urutan``. An all-empty quarter block (``triwulan: {}``) is stored as
no quarters at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sakip.berkas import BerkasData
from sakip.web.kinerja import models as m

TW = ("tw1", "tw2", "tw3", "tw4")


def _tw(sumber: Any, awalan: str = "") -> dict[str, Any] | None:
    isi = {k: getattr(sumber, awalan + k) for k in TW}
    return isi if any(v is not None for v in isi.values()) else None


# --- DB rows -> plain berkas data -------------------------------------------


def _indikator(ind: m.Indikator, target: list[m.TargetIndikator]) -> dict[str, Any]:
    d: dict[str, Any] = {"kode": ind.kode, "nama": ind.nama}
    if ind.level_ditulis:
        d["level"] = ind.level
    for f in ("satuan", "polaritas", "rumus_negatif", "metode_agregasi", "formulasi", "sumber_data", "iku",
              "alasan_pemilihan", "baseline", "tahun_baseline"):
        d[f] = getattr(ind, f)
    d["target"] = {t.tahun: t.nilai for t in sorted(target, key=lambda t: t.tahun)}
    d["target_akhir"] = ind.target_akhir
    d["keterangan"] = ind.keterangan
    return d


def ke_data(tk: m.TahunKinerja) -> dict[str, Any]:
    """Plain berkas data of an office-year whose related rows are prefetched (see the selector)."""
    target = defaultdict(list)
    for t in tk.target_indikator.all():
        target[t.indikator_id].append(t)
    indikator_di: dict[tuple[str, str], list[dict]] = defaultdict(list)
    kode_indikator: dict[int, str] = {}
    for ind in tk.indikator.all():
        kode_indikator[ind.pk] = ind.kode
        indikator_di[(ind.level, ind.induk_kode)].append(_indikator(ind, target[ind.pk]))

    sasaran = defaultdict(list)
    for s in tk.sasaran.all():
        sasaran[s.tujuan_id].append(
            {"kode": s.kode, "uraian": s.uraian, "keterangan": s.keterangan, "indikator": indikator_di[("sasaran", s.kode)]}
        )
    renstra = {
        "periode": {"tahun_awal": tk.renstra_tahun_awal, "tahun_akhir": tk.renstra_tahun_akhir},
        "dokumen": tk.renstra_dokumen,
        "visi": tk.visi,
        "misi": [{"nomor": x.nomor, "uraian": x.uraian} for x in tk.misi.all()],
        "tujuan": [
            {"kode": t.kode, "uraian": t.uraian, "misi": t.misi, "indikator": indikator_di[("tujuan", t.kode)],
             "sasaran": sasaran[t.pk]}
            for t in tk.tujuan.all()
        ],
    }
    data: dict[str, Any] = {f: getattr(tk, f) for f in m.TahunKinerja.BAGIAN_JSON}
    data["renstra"] = renstra
    data["program"], kode_anggaran = _program(tk, indikator_di)
    data["perjanjian_kinerja"] = _pk(tk, kode_indikator, kode_anggaran)
    data["realisasi"] = _realisasi(tk, kode_indikator)
    data["anggaran"] = [
        {"sub_kegiatan": kode_anggaran[a.sub_kegiatan_id], "pagu_murni": a.pagu_murni, "pagu_perubahan": a.pagu_perubahan,
         "realisasi": a.realisasi, "realisasi_triwulan": _tw(a, "realisasi_"), "sumber_dana": a.sumber_dana,
         "keterangan": a.keterangan}
        for a in tk.anggaran.all()
    ]
    return data


def _program(tk: m.TahunKinerja, indikator_di: dict) -> tuple[list[dict], dict[int, str]]:
    anak = defaultdict(list)
    akar = []
    kode: dict[int, str] = {}
    for k in tk.kode_anggaran.all():
        kode[k.pk] = k.kode
        (akar if k.induk_id is None else anak[k.induk_id]).append(k)

    def sub(s: m.KodeAnggaran) -> dict:
        return {"kode": s.kode, "nama": s.nama, "indikator": indikator_di[("sub_kegiatan", s.kode)],
                "mendukung": s.mendukung, "keterangan": s.keterangan}

    def kegiatan(k: m.KodeAnggaran) -> dict:
        return {"kode": k.kode, "nama": k.nama, "indikator": indikator_di[("kegiatan", k.kode)], "mendukung": k.mendukung,
                "sub_kegiatan": [sub(s) for s in anak[k.pk]]}

    program = [
        {"kode": p.kode, "nama": p.nama, "sasaran_program": p.sasaran_program, "indikator": indikator_di[("program", p.kode)],
         "mendukung": p.mendukung, "kegiatan": [kegiatan(k) for k in anak[p.pk]]}
        for p in akar
    ]
    return program, kode


def _pk(tk: m.TahunKinerja, kode_indikator: dict[int, str], kode_anggaran: dict[int, str]) -> list[dict]:
    target, program = defaultdict(list), defaultdict(list)
    for t in tk.target_pk.all():
        target[t.perjanjian_id].append(
            {"sasaran": t.sasaran_kode, "indikator": kode_indikator[t.indikator_id], "target": t.target, "target_triwulan": _tw(t)}
        )
    for p in tk.program_pk.all():
        program[p.perjanjian_id].append({"program": kode_anggaran[p.program_id], "anggaran": p.anggaran, "keterangan": p.keterangan})
    hasil = []
    for pk in tk.perjanjian_kinerja.all():
        d = {f: getattr(pk, f) for f in POLA_PK}
        d["sasaran"], d["program"] = target[pk.pk], program[pk.pk]
        hasil.append(d)
    return hasil


def _realisasi(tk: m.TahunKinerja, kode_indikator: dict[int, str]) -> list[dict]:
    bukti = defaultdict(list)
    for b in tk.bukti_realisasi.all():
        bukti[b.realisasi_id].append(b.nama)
    return [
        {"indikator": kode_indikator[r.indikator_id], "tahun": r.tahun, "nilai": r.nilai, "triwulan": _tw(r),
         "keterangan": r.keterangan, "uraian": r.uraian, "bukti": bukti[r.pk]}
        for r in tk.realisasi.all()
    ]


POLA_PK = ("jenis", "nomor_urut", "nomor", "tanggal", "tempat", "tanggal_dpa", "alasan_perubahan", "uraian_alasan",
           "pihak_pertama", "pihak_kedua", "keterangan")


# --- BerkasData -> rows --------------------------------------------------------


@dataclass
class Baris:
    """Per table, the rows an office-year must hold: ``[(key, field values), …]`` in berkas order.

    Foreign keys are given by the key of the row they point at (``"@tujuan"``:
    the tujuan's kode), resolved by the service once the parents are saved.
    """

    tahun_kinerja: dict[str, Any] = field(default_factory=dict)
    misi: list[tuple[Any, dict]] = field(default_factory=list)
    tujuan: list[tuple[Any, dict]] = field(default_factory=list)
    sasaran: list[tuple[Any, dict]] = field(default_factory=list)
    kode_anggaran: list[tuple[Any, dict]] = field(default_factory=list)
    indikator: list[tuple[Any, dict]] = field(default_factory=list)
    target_indikator: list[tuple[Any, dict]] = field(default_factory=list)
    perjanjian_kinerja: list[tuple[Any, dict]] = field(default_factory=list)
    target_pk: list[tuple[Any, dict]] = field(default_factory=list)
    program_pk: list[tuple[Any, dict]] = field(default_factory=list)
    realisasi: list[tuple[Any, dict]] = field(default_factory=list)
    bukti_realisasi: list[tuple[Any, dict]] = field(default_factory=list)
    anggaran: list[tuple[Any, dict]] = field(default_factory=list)


_TW_KOSONG = dict.fromkeys(TW)


def _tw_dari(x: Any) -> dict[str, Any]:
    """The four quarters of a berkas block as values (Rupiah stay Decimal: no serializer involved)."""
    return {k: getattr(x, k) for k in TW} if x is not None else _TW_KOSONG


def baris_dari_berkas(b: BerkasData) -> Baris:
    """What the rows of an office-year must be so that reading them back gives *b*."""
    hasil = Baris()
    r = b.renstra
    hasil.tahun_kinerja = {
        "renstra_tahun_awal": r.periode.tahun_awal, "renstra_tahun_akhir": r.periode.tahun_akhir,
        "renstra_dokumen": r.dokumen, "visi": r.visi,
        **{f: _json(getattr(b, f)) for f in m.TahunKinerja.BAGIAN_JSON},
    }
    hasil.misi = [(n, {"nomor": x.nomor, "uraian": x.uraian}) for n, x in enumerate(r.misi)]
    for t in r.tujuan:
        hasil.tujuan.append((t.kode, {"kode": t.kode, "uraian": t.uraian, "misi": t.misi}))
        for s in t.sasaran:
            hasil.sasaran.append((s.kode, {"kode": s.kode, "@tujuan": t.kode, "uraian": s.uraian, "keterangan": s.keterangan}))
    for p in b.program:
        hasil.kode_anggaran.append((p.kode, {"kode": p.kode, "level": "program", "@induk": None, "nama": p.nama,
                                             "sasaran_program": p.sasaran_program, "mendukung": list(p.mendukung),
                                             "keterangan": None}))
        for k in p.kegiatan:
            hasil.kode_anggaran.append((k.kode, {"kode": k.kode, "level": "kegiatan", "@induk": p.kode, "nama": k.nama, "sasaran_program": None,
                                                 "mendukung": list(k.mendukung), "keterangan": None}))
            for s in k.sub_kegiatan:
                hasil.kode_anggaran.append((s.kode, {"kode": s.kode, "level": "sub_kegiatan", "@induk": k.kode, "nama": s.nama,
                                                     "sasaran_program": None, "mendukung": list(s.mendukung),
                                                     "keterangan": s.keterangan}))
    for i in b.semua_indikator():
        ind = i.indikator
        nilai = ind.model_dump(exclude={"kode", "level", "target"})
        hasil.indikator.append((ind.kode, {"kode": ind.kode, **nilai, "level": i.level, "level_ditulis": ind.level is not None, "induk_kode": i.induk}))
        for tahun, target in sorted(ind.target.items()):
            hasil.target_indikator.append(((ind.kode, tahun), {"@indikator": ind.kode, "tahun": tahun, "nilai": target}))
    for pk in b.perjanjian_kinerja:
        nilai = pk.model_dump(mode="json", include={"pihak_pertama", "pihak_kedua"})
        nilai.update({f: getattr(pk, f) for f in POLA_PK if f not in nilai})
        hasil.perjanjian_kinerja.append((pk.nomor_urut, nilai))
        for s in pk.sasaran:
            tw = _tw_dari(s.target_triwulan)
            hasil.target_pk.append(((pk.nomor_urut, s.indikator), {"@perjanjian": pk.nomor_urut, "@indikator": s.indikator,
                                                                   "sasaran_kode": s.sasaran, "target": s.target, **tw}))
        for p in pk.program:
            hasil.program_pk.append(((pk.nomor_urut, p.program), {"@perjanjian": pk.nomor_urut, "@program": p.program,
                                                                  "anggaran": p.anggaran, "keterangan": p.keterangan}))
    for x in b.realisasi:
        tw = _tw_dari(x.triwulan)
        kunci = (x.indikator, x.tahun)
        hasil.realisasi.append((kunci, {"@indikator": x.indikator, "tahun": x.tahun, "nilai": x.nilai, **tw,
                                        "keterangan": x.keterangan, "uraian": x.uraian}))
        for nama in x.bukti:
            hasil.bukti_realisasi.append(((kunci, nama), {"@realisasi": kunci, "nama": nama}))
    for a in b.anggaran:
        tw = _tw_dari(a.realisasi_triwulan)
        hasil.anggaran.append((a.sub_kegiatan, {"@sub_kegiatan": a.sub_kegiatan, "pagu_murni": a.pagu_murni,
                                                "pagu_perubahan": a.pagu_perubahan, "realisasi": a.realisasi,
                                                **{"realisasi_" + k: v for k, v in tw.items()},
                                                "sumber_dana": a.sumber_dana, "keterangan": a.keterangan}))
    return hasil


def _json(bagian: Any) -> Any:
    """A long-tail section as JSON-safe data (dates as ISO text, Rupiah as Indonesian text)."""
    if isinstance(bagian, list):
        return [x.model_dump(mode="json") if hasattr(x, "model_dump") else x for x in bagian]
    return bagian.model_dump(mode="json")
