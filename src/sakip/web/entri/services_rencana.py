"""Writes of the Renstra and program screens, through :func:`.services.berkas_ubah`.

Renaming a kode renames its references (realisasi, PK rows, pembanding, anggaran)
in the same change, so a rename never leaves a dangling reference; deleting a row
still referenced is refused by the berkas model's cross-checks (same message as
the import).
"""

from __future__ import annotations

from typing import Any

from sakip.web.entri.services import EntriTidakSah, Masalah, berkas_ubah, kosong, tanpa_kosong
from sakip.web.kinerja import models as m
from sakip.web.kinerja.perubahan import Perubahan

MEDAN_INDIKATOR = ("kode", "nama", "satuan", "polaritas", "rumus_negatif", "metode_agregasi", "formulasi", "sumber_data",
                   "iku", "alasan_pemilihan", "baseline", "tahun_baseline", "target_akhir", "keterangan")


def renstra_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, isian: dict, misi: list[dict], versi: int) -> Perubahan:
    """Periode, dasar penetapan, visi and the misi list (rows with an empty uraian are dropped)."""

    def ubah(data: dict) -> str:
        r = data["renstra"]
        r["periode"] = {"tahun_awal": isian.get("tahun_awal"), "tahun_akhir": isian.get("tahun_akhir")}
        r["dokumen"], r["visi"] = kosong(isian.get("dokumen")), kosong(isian.get("visi"))
        if r["visi"] is None:
            del r["visi"]
        r["misi"] = [{"nomor": kosong(x.get("nomor")), "uraian": kosong(x.get("uraian"))} for x in misi if kosong(x.get("uraian"))]
        return "renstra"

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=tahun_kinerja, versi_baris=versi)


def _ganti_rujukan(data: dict, lama: str, baru: str, tempat: tuple[tuple[str, ...], ...]) -> None:
    """Rename references ``lama`` -> ``baru`` at each (list path..., key) of *tempat*."""
    for *jalan, kunci in tempat:
        simpul: list[Any] = [data]
        for langkah in jalan:
            berikut: list[Any] = []
            for x in simpul:
                v = x.get(langkah) if isinstance(x, dict) else None
                berikut.extend(v if isinstance(v, list) else [v] if v is not None else [])
            simpul = berikut
        for x in simpul:
            if isinstance(x, dict) and x.get(kunci) == lama:
                x[kunci] = baru


RUJUKAN_INDIKATOR = (("realisasi", "indikator"), ("perjanjian_kinerja", "sasaran", "indikator"),
                     ("pembanding", "instansi_lain", "indikator"), ("pembanding", "standar_nasional", "indikator"),
                     ("dokumentasi", "indikator"))
RUJUKAN_SASARAN = (("perjanjian_kinerja", "sasaran", "sasaran"),)
RUJUKAN_PROGRAM = (("perjanjian_kinerja", "program", "program"), ("anggaran", "sub_kegiatan"))


def _simpan_di(daftar: list[dict], kode_lama: str | None, nilai: dict | None, jalan: str, apa: str) -> str:
    """Replace (or append, or with *nilai* None delete) the element of *daftar* whose kode is *kode_lama*."""
    i = next((n for n, x in enumerate(daftar) if x["kode"] == kode_lama), None) if kode_lama else None
    if kode_lama and i is None:
        raise EntriTidakSah([Masalah(jalan, kode_lama, f"{apa} tidak ditemukan (mungkin sudah dihapus); muat ulang")])
    if nilai is None:
        del daftar[i]
        return jalan
    if i is None:
        daftar.append(nilai)
        i = len(daftar) - 1
    else:
        daftar[i] = {**{k: v for k, v in daftar[i].items() if k not in ("kode", "nama", "uraian")}, **nilai}
    return f"{jalan}[{i + 1}]"


def wadah_indikator(data: dict, level: str, induk: str) -> tuple[list[dict], str]:
    """The indicator list of the tujuan/sasaran/program/kegiatan/sub kegiatan *induk*, and its berkas path."""
    for it, t in enumerate(data["renstra"]["tujuan"]):
        if level == "tujuan" and t["kode"] == induk:
            return t["indikator"], f"renstra.tujuan[{it + 1}].indikator"
        for isas, s in enumerate(t["sasaran"]):
            if level == "sasaran" and s["kode"] == induk:
                return s["indikator"], f"renstra.tujuan[{it + 1}].sasaran[{isas + 1}].indikator"
    for ip, p in enumerate(data["program"]):
        if level == "program" and p["kode"] == induk:
            return p["indikator"], f"program[{ip + 1}].indikator"
        for ik, k in enumerate(p["kegiatan"]):
            if level == "kegiatan" and k["kode"] == induk:
                return k["indikator"], f"program[{ip + 1}].kegiatan[{ik + 1}].indikator"
            for isub, s in enumerate(k["sub_kegiatan"]):
                if level == "sub_kegiatan" and s["kode"] == induk:
                    return s["indikator"], f"program[{ip + 1}].kegiatan[{ik + 1}].sub_kegiatan[{isub + 1}].indikator"
    raise EntriTidakSah([Masalah(level, induk, f"{level} {induk} tidak ditemukan; muat ulang")])


def indikator_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, level: str, induk: str, kode_lama: str | None,
                     isian: dict | None, target: dict[int, str | None], versi: int) -> Perubahan:
    """Add, change or (``isian=None``) delete an indicator with its yearly targets."""
    baris = m.Indikator.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode_lama).first() if kode_lama else None

    def ubah(data: dict) -> str:
        daftar, jalan = wadah_indikator(data, level, induk)
        if isian is None:
            return _simpan_di(daftar, kode_lama, None, jalan, "indikator")
        nilai = {f: kosong(isian.get(f)) for f in MEDAN_INDIKATOR}
        nilai["iku"] = bool(isian.get("iku"))
        nilai["polaritas"] = nilai["polaritas"] or "positif"
        nilai["metode_agregasi"] = nilai["metode_agregasi"] or "nilai_akhir"
        nilai["target"] = {th: v for th, v in ((th, kosong(v)) for th, v in target.items()) if v is not None}
        if kode_lama and nilai["kode"] and nilai["kode"] != kode_lama:
            _ganti_rujukan(data, kode_lama, nilai["kode"], RUJUKAN_INDIKATOR)
        return _simpan_di(daftar, kode_lama, tanpa_kosong(nilai, "kode", "nama"), jalan, "indikator")

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris,
                       versi_baris=versi if kode_lama else None)


def tujuan_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, kode_lama: str | None, isian: dict | None, versi: int) -> Perubahan:
    baris = m.Tujuan.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode_lama).first() if kode_lama else None

    def ubah(data: dict) -> str:
        daftar = data["renstra"]["tujuan"]
        if isian is None:
            return _simpan_di(daftar, kode_lama, None, "renstra.tujuan", "tujuan")
        nilai = {"kode": kosong(isian.get("kode")), "uraian": kosong(isian.get("uraian")), "misi": kosong(isian.get("misi"))}
        if not kode_lama:
            nilai.update(indikator=[], sasaran=[])
        return _simpan_di(daftar, kode_lama, tanpa_kosong(nilai, "kode", "uraian"), "renstra.tujuan", "tujuan")

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi if kode_lama else None)


def sasaran_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, tujuan: str, kode_lama: str | None, isian: dict | None,
                   versi: int) -> Perubahan:
    baris = m.Sasaran.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode_lama).first() if kode_lama else None

    def ubah(data: dict) -> str:
        it = next((n for n, t in enumerate(data["renstra"]["tujuan"]) if t["kode"] == tujuan), None)
        if it is None:
            raise EntriTidakSah([Masalah("renstra.tujuan", tujuan, "tujuan tidak ditemukan; muat ulang")])
        daftar, jalan = data["renstra"]["tujuan"][it]["sasaran"], f"renstra.tujuan[{it + 1}].sasaran"
        if isian is None:
            return _simpan_di(daftar, kode_lama, None, jalan, "sasaran")
        nilai = {"kode": kosong(isian.get("kode")), "uraian": kosong(isian.get("uraian")),
                 "keterangan": kosong(isian.get("keterangan"))}
        if not kode_lama:
            nilai["indikator"] = []
        elif nilai["kode"] and nilai["kode"] != kode_lama:
            _ganti_rujukan(data, kode_lama, nilai["kode"], RUJUKAN_SASARAN)
        return _simpan_di(daftar, kode_lama, tanpa_kosong(nilai, "kode", "uraian"), jalan, "sasaran")

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi if kode_lama else None)


ANAK = {"program": "kegiatan", "kegiatan": "sub_kegiatan", "sub_kegiatan": None}


def kode_anggaran_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, level: str, induk: str | None, kode_lama: str | None,
                         isian: dict | None, versi: int) -> Perubahan:
    """Add, change or delete a program / kegiatan / sub kegiatan (codes checked by the berkas model)."""
    baris = m.KodeAnggaran.objects.filter(tahun_kinerja=tahun_kinerja, kode=kode_lama).first() if kode_lama else None

    def ubah(data: dict) -> str:
        daftar, jalan = _wadah_kode(data, level, induk)
        if isian is None:
            return _simpan_di(daftar, kode_lama, None, jalan, level)
        nilai = {"kode": kosong(isian.get("kode")), "nama": kosong(isian.get("nama"))}
        if level == "program":
            nilai["sasaran_program"] = kosong(isian.get("sasaran_program"))
        if not kode_lama:
            nilai.update(indikator=[], mendukung=[])
            if ANAK[level]:
                nilai[ANAK[level]] = []
        elif nilai["kode"] and nilai["kode"] != kode_lama:
            _ganti_rujukan(data, kode_lama, nilai["kode"], RUJUKAN_PROGRAM)
        return _simpan_di(daftar, kode_lama, tanpa_kosong(nilai, "kode", "nama"), jalan, level.replace("_", " "))

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi if kode_lama else None)


def _wadah_kode(data: dict, level: str, induk: str | None) -> tuple[list[dict], str]:
    if level == "program":
        return data["program"], "program"
    for ip, p in enumerate(data["program"]):
        if level == "kegiatan" and p["kode"] == induk:
            return p["kegiatan"], f"program[{ip + 1}].kegiatan"
        for ik, k in enumerate(p["kegiatan"]):
            if level == "sub_kegiatan" and k["kode"] == induk:
                return k["sub_kegiatan"], f"program[{ip + 1}].kegiatan[{ik + 1}].sub_kegiatan"
    raise EntriTidakSah([Masalah(level, induk, "induk tidak ditemukan; muat ulang")])
