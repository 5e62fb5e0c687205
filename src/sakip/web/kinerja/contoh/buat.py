"""Demo and load-test office-years derived from Kecamatan Kalumpang 2023.

* :func:`kalumpang_2023` — the reference example (packaged copy of
  ``contoh/kalumpang-2023/kalumpang-2023.yaml``, kept identical by a test).
* :func:`kalumpang_2022` — the 2022 office-year as far as the 2023 example
  tells it: the Renstra (with its 2022 targets) and the 2022 realisasi.
* :func:`berkas_turunan` — a plausible office-year of another (invented)
  kecamatan: Kalumpang's structure, the program tree trimmed or repeated to a
  number of indicators, seeded random realisasi and pagu, a consistent PK.
* :func:`buat_pemda_contoh` — volume for the load benchmark: a Pemda with many
  offices and years, written with a few bulk inserts per table.

Everything generated is labelled "(data contoh)" where a user can see it.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import random
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import Any

from sakip.berkas import BerkasData, dari_yaml, ke_data
from sakip.berkas.pk import kode_alasan_perubahan
from sakip.core.angka import coba_nilai
from sakip.core.format import angka

LABEL = " (data contoh)"
BAGIAN_KANTOR = ("dasar_hukum", "tugas_fungsi", "struktur_organisasi")
"""Sections describing any kecamatan, kept in derived office-years (narrative and attachments are not)."""


@functools.cache
def _teks_kalumpang() -> str:
    return resources.files(__package__).joinpath("kalumpang-2023.yaml").read_text(encoding="utf-8")


def kalumpang_2023() -> BerkasData:
    """Kecamatan Kalumpang 2023, the reference example (validated like any data file)."""
    return dari_yaml(_teks_kalumpang(), sumber="kalumpang-2023.yaml")


def kalumpang_2022(b2023: BerkasData | None = None) -> BerkasData:
    """Kalumpang 2022 as far as the 2023 example has it: profile, Renstra and the 2022 realisasi."""
    d = ke_data(b2023 or kalumpang_2023())
    d["profil"]["tahun"] = 2022
    d["profil"]["tanggal_penyusunan"] = dt.date(2022, 12, 31)
    hasil = {k: d[k] for k in ("versi_format", "profil", "renstra", *BAGIAN_KANTOR) if k in d}
    hasil["realisasi"] = [r for r in d["realisasi"] if r["tahun"] <= 2022]
    return BerkasData.model_validate(hasil)


# --- derived office-years -------------------------------------------------------


def _geser(program: list[dict], salinan: int) -> list[dict]:
    """A copy of the program tree; copy n > 0 moves every code to bidang ``01 + n`` (7.01.01 -> 7.02.01)."""
    if salinan == 0:
        return copy.deepcopy(program)
    if salinan > 98:
        raise ValueError("terlalu banyak indikator untuk satu instansi contoh")
    asal = program[0]["kode"][:5]  # "7.01."
    return _ganti(program, asal, f"{asal[:2]}{1 + salinan:02d}.")


def _ganti(x: Any, lama: str, baru: str) -> Any:
    """A deep copy of *x* with *lama* replaced by *baru* in every text (codes embed their parents' codes)."""
    if isinstance(x, dict):
        return {k: _ganti(v, lama, baru) for k, v in x.items()}
    if isinstance(x, list):
        return [_ganti(v, lama, baru) for v in x]
    return x.replace(lama, baru) if isinstance(x, str) else x


def _pohon(program: list[dict], jumlah: int) -> list[dict]:
    """The program tree cut (or repeated with shifted codes) to *jumlah* indicators, preorder."""
    hasil: list[dict] = []
    n = salinan = 0
    while n < jumlah:
        for p in _geser(program, salinan):
            if n >= jumlah:
                break
            p2 = {**p, "indikator": [], "kegiatan": []}
            hasil.append(p2)
            n = _ambil(p.get("indikator", []), p2["indikator"], n, jumlah)
            for k in p.get("kegiatan", []):
                if n >= jumlah:
                    break
                k2 = {**k, "indikator": [], "sub_kegiatan": []}
                p2["kegiatan"].append(k2)
                n = _ambil(k.get("indikator", []), k2["indikator"], n, jumlah)
                for s in k.get("sub_kegiatan", []):
                    if n >= jumlah:
                        break
                    s2 = {**s, "indikator": []}
                    k2["sub_kegiatan"].append(s2)
                    n = _ambil(s.get("indikator", []), s2["indikator"], n, jumlah)
        salinan += 1
    return hasil


def _ambil(sumber: list, tujuan: list, n: int, jumlah: int) -> int:
    for ind in sumber:
        if n >= jumlah:
            break
        tujuan.append(ind)
        n += 1
    return n


def _indikator(program: list[dict]):
    for p in program:
        yield from p.get("indikator", [])
        for k in p.get("kegiatan", []):
            yield from k.get("indikator", [])
            for s in k.get("sub_kegiatan", []):
                yield from s.get("indikator", [])


def _sub(program: list[dict]):
    for p in program:
        for k in p.get("kegiatan", []):
            for s in k.get("sub_kegiatan", []):
                yield p, s


def _rasio(teks: str, desa: int) -> str:
    """A ratio target rescaled to another number of desa: ``"2:9"`` with 18 desa -> ``"4:18"``."""
    n = coba_nilai(teks)
    if n is None or n.jenis != "rasio" or not n.penyebut:
        return teks
    p = (n.pembilang * desa / n.penyebut).quantize(Decimal(1), ROUND_HALF_UP)
    return f"{p}:{desa}"


def _variasi(teks: str | None, rng: random.Random, desa: int) -> str | None:
    """A plausible realisasi near *teks* (as written): ratios over *desa*, counts mostly met, percentages near."""
    n = coba_nilai(teks)
    if n is None:
        return teks
    if n.jenis == "rasio":
        return f"{rng.randint(max(0, round(desa * 0.3)), desa)}:{desa}"
    if n.jenis != "angka" or n.angka is None:
        return teks
    if n.satuan and n.satuan != "%":  # "12 Bulan", "15 Dok": usually met
        nilai = n.angka if rng.random() < 0.8 else max(Decimal(0), n.angka - rng.randint(1, 2))
        return f"{angka(nilai, 0)} {n.satuan}"
    faktor = Decimal(str(round(rng.uniform(0.88, 1.06), 4)))
    nilai = min(Decimal(100), n.angka * faktor) if n.angka <= 100 else n.angka * faktor
    if n.satuan == "%" and rng.random() < 0.6:
        nilai = n.angka
    teks_angka = angka(nilai, 2, tetap=False)
    return f"{teks_angka}%" if n.satuan == "%" else teks_angka


def _rupiah(x: float) -> Decimal:
    return Decimal(int(x) // 1000 * 1000)


@dataclass(frozen=True)
class _Dasar:
    data: dict[str, Any]
    realisasi: dict[tuple[str, int], str | None]
    pagu: dict[str, Decimal]


@functools.cache
def _dasar() -> _Dasar:
    b = kalumpang_2023()
    d = ke_data(b)
    return _Dasar(
        data=d,
        realisasi={(r.indikator, r.tahun): r.nilai for r in b.realisasi},
        pagu={a.sub_kegiatan: a.pagu for a in b.anggaran},
    )


def berkas_turunan(
    *, nama_instansi: str, tahun: int, rng: random.Random, jumlah_desa: int = 9, jumlah_indikator: int | None = None
) -> BerkasData:
    """An office-year shaped like Kalumpang 2023 for another kecamatan (all figures generated)."""
    dasar = _dasar()
    d = copy.deepcopy({k: dasar.data[k] for k in ("versi_format", "profil", "renstra", *BAGIAN_KANTOR)})
    wilayah = nama_instansi.replace(LABEL, "").removeprefix("Kecamatan ").strip()
    d["profil"].update(
        instansi={"nama": nama_instansi, "jenis": "kecamatan", "alamat": f"{nama_instansi}, {d['profil']['pemda']}"},
        tahun=tahun, tempat_penyusunan=wilayah, tanggal_penyusunan=dt.date(tahun, 12, 31),
        kepala={"nama": "Pejabat Contoh, S.STP", "jabatan": f"Camat {wilayah}", "pangkat": "Penata"},
    )
    renstra = d["renstra"]
    periode = renstra["periode"]
    periode["tahun_awal"], periode["tahun_akhir"] = min(periode["tahun_awal"], tahun), max(periode["tahun_akhir"], tahun)
    iku = [ind for t in renstra["tujuan"] for s in t["sasaran"] for ind in s.get("indikator", [])]
    for ind in iku:
        if ind.get("target"):
            terdekat = min(ind["target"], key=lambda th: abs(th - tahun))
            ind["target"].setdefault(tahun, ind["target"][terdekat])
            ind["target"] = {th: _rasio(v, jumlah_desa) for th, v in ind["target"].items()}
        if ind.get("target_akhir"):
            ind["target_akhir"] = _rasio(ind["target_akhir"], jumlah_desa)
    jumlah_program = None if jumlah_indikator is None else max(0, jumlah_indikator - len(iku))
    program = _geser(dasar.data["program"], 0) if jumlah_program is None else _pohon(dasar.data["program"], jumlah_program)
    for ind in _indikator(program):
        ind["target"] = {tahun: v for v in ind.get("target", {}).values()}
    d["program"] = program
    d["realisasi"] = _realisasi(iku, program, tahun, rng, jumlah_desa, dasar)
    d["anggaran"], pagu_program = _anggaran(program, rng, dasar)
    d["perjanjian_kinerja"] = _pk(d["profil"], iku, tahun, pagu_program)
    return BerkasData.model_validate(d)


def _kode_asal(kode: str) -> str:
    """The Kalumpang code a shifted code was copied from (7.03.01... -> 7.01.01...)."""
    return re.sub(r"(\d)\.\d\d\.", r"\1.01.", kode, count=1)


def _realisasi(iku, program, tahun, rng, desa, dasar: _Dasar) -> list[dict]:
    hasil = []
    for ind in iku:
        contoh = dasar.realisasi.get((ind["kode"], 2023))
        if contoh:  # also in years whose Renstra target is "-": the office still measured it
            for th in (tahun - 1, tahun):
                hasil.append({"indikator": ind["kode"], "tahun": th, "nilai": _variasi(contoh, rng, desa)})
    for ind in _indikator(program):
        contoh = dasar.realisasi.get((_kode_asal(ind["kode"]), 2023)) or ind["target"].get(tahun)
        if contoh:
            hasil.append({"indikator": ind["kode"], "tahun": tahun, "nilai": _variasi(contoh, rng, desa)})
    return hasil


def _anggaran(program, rng, dasar: _Dasar) -> tuple[list[dict], dict[str, Decimal]]:
    hasil, per_program = [], {}
    for p, s in _sub(program):
        pagu = _rupiah(float(dasar.pagu.get(_kode_asal(s["kode"]), Decimal(25_000_000))) * rng.uniform(0.6, 1.5))
        realisasi = _rupiah(float(pagu) * rng.uniform(0.72, 1.0))
        tw = _bagi_triwulan(realisasi, rng)
        hasil.append({"sub_kegiatan": s["kode"], "pagu_murni": pagu, "realisasi": realisasi,
                      "realisasi_triwulan": dict(zip(("tw1", "tw2", "tw3", "tw4"), tw)), "sumber_dana": "DAU"})
        per_program[p["kode"]] = per_program.get(p["kode"], Decimal(0)) + pagu
    return hasil, per_program


def _bagi_triwulan(total: Decimal, rng: random.Random) -> list[Decimal]:
    """Quarterly amounts (back-loaded, as budgets are) summing exactly to *total*."""
    bobot = [rng.uniform(0.12, 0.2), rng.uniform(0.18, 0.26), rng.uniform(0.2, 0.28), 0]
    bagian = [_rupiah(float(total) * b) for b in bobot[:3]]
    return [*bagian, total - sum(bagian)]


def _pk(profil: dict, iku: list[dict], tahun: int, pagu_program: dict[str, Decimal]) -> list[dict]:
    sasaran = [
        {"sasaran": s, "indikator": ind["kode"], "target": ind["target"][tahun]}
        for s, ind in ((_sasaran_dari(ind), ind) for ind in iku) if ind.get("target", {}).get(tahun)
    ]
    pihak = {"pihak_pertama": profil["kepala"], "pihak_kedua": profil["kepala_daerah"]}
    murni = {"jenis": "murni", "nomor_urut": 0, "tanggal": dt.date(tahun, 1, 31), **pihak, "sasaran": sasaran}
    perubahan = {
        "jenis": "perubahan", "nomor_urut": 1, "tanggal": dt.date(tahun, 10, 2), "alasan_perubahan": kode_alasan_perubahan()[0],
        **pihak, "sasaran": sasaran, "program": [{"program": k, "anggaran": v} for k, v in pagu_program.items()],
    }
    return [murni, perubahan]


def _sasaran_dari(ind: dict) -> str | None:
    for t in _dasar().data["renstra"]["tujuan"]:
        for s in t["sasaran"]:
            if any(i["kode"] == ind["kode"] for i in s.get("indikator", [])):
                return s["kode"]
    return None
