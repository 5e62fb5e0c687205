"""The LKj charts, from the computed view (drawn by :mod:`sakip.reports.grafik`)."""

from __future__ import annotations

from decimal import Decimal

from sakip.core.hasil import Status
from sakip.laporan.analisis import Analisis, AnalisisIndikator, nilai_angka
from sakip.laporan.narasi import instansi
from sakip.reports.dokumen import Gambar

SERATUS = Decimal(100)
BERSELANG = 6
"""With more offices than this, the axis labels alternate between two levels."""


def _rasio(i: AnalisisIndikator) -> bool:
    return i.indikator.metode_agregasi == "rasio" or (i.target or "").count(":") == 1


def _titik(i: AnalisisIndikator, teks: str | None) -> Decimal | None:
    """A value as drawn: a ratio a:b as a/b × 100 (so 7:9 is 77,78 %), other values as they are."""
    x = nilai_angka(teks)
    return x * SERATUS if x is not None and _rasio(i) else x


def _sumbu(i: AnalisisIndikator) -> tuple[str, str]:
    """Axis label and unit suffix of an indicator's chart."""
    if _rasio(i):
        return "Rasio a:b sebagai a/b × 100 (%)", " %"
    return i.indikator.satuan or "Nilai", ""


def capaian_iku(a: Analisis, id: str) -> Gambar | None:
    terhitung = [i for i in a.iku if i.capaian.status == Status.TERHITUNG]
    if not terhitung:
        return None
    from sakip.reports.grafik import grafik_batang

    g = grafik_batang([f"IKU {a.iku.index(i) + 1}" for i in terhitung],
                      {f"Capaian {a.tahun}": [i.capaian.capaian for i in terhitung]},
                      target=[SERATUS] * len(terhitung), label_y="Capaian (%)", satuan=" %")
    return Gambar(f"Capaian Indikator Kinerja Utama Tahun {a.tahun} terhadap Target (100 %)",
                  svg=g.svg, png=g.png, lebar=0.8, id=id)


def tren(a: Analisis, i: AnalisisIndikator, id: str) -> Gambar | None:
    """Target and realisasi over the Renstra years; None unless two years have a realisasi."""
    tahun = [r for r in i.riwayat if r.target is not None or r.realisasi is not None]
    if sum(1 for r in tahun if _titik(i, r.realisasi) is not None) < 2:
        return None
    from sakip.reports.grafik import grafik_garis

    label, satuan = _sumbu(i)
    g = grafik_garis([str(r.tahun) for r in tahun], {"Realisasi": [_titik(i, r.realisasi) for r in tahun]},
                     target=[_titik(i, r.target) for r in tahun], label_y=label, satuan=satuan,
                     ukuran=(6.4, 3.0))
    return Gambar(f"Target dan Realisasi {i.indikator.nama} Tahun {tahun[0].tahun}-{tahun[-1].tahun}",
                  svg=g.svg, png=g.png, lebar=0.75, id=id)


def pembanding(a: Analisis, i: AnalisisIndikator, id: str) -> Gambar | None:
    if not i.pembanding or nilai_angka(i.realisasi) is None:
        return None
    nilai = [(instansi(a), _titik(i, i.realisasi))] + [(p.instansi, _titik(i, p.nilai)) for p in i.pembanding]
    nilai = [(n, v) for n, v in nilai if v is not None]
    from sakip.reports.grafik import grafik_batang

    label, satuan = _sumbu(i)
    nama = [_label(n) for n, _ in nilai]
    if len(nama) > BERSELANG:  # alternate labels one level lower so long names do not collide
        tinggi = max(x.count("\n") for x in nama) + 1
        nama = [("\n" * tinggi if k % 2 else "") + x for k, x in enumerate(nama)]
    g = grafik_batang(nama, {str(a.tahun): [v for _, v in nilai]}, label_y=label, satuan=satuan,
                      ukuran=(max(6.4, 0.62 * len(nama)), 3.4))
    return Gambar(f"Perbandingan {i.indikator.nama} dengan Instansi Lain Tahun {a.tahun}",
                  svg=g.svg, png=g.png, lebar=0.8, id=id)


def _label(nama: str) -> str:
    """An office name as a short axis label: the type word dropped, one word per line."""
    kata = nama.split()
    if len(kata) > 1 and kata[0].lower() in ("kecamatan", "kelurahan", "dinas", "badan", "kantor", "desa"):
        kata = kata[1:]
    return "\n".join(kata)


def serapan_program(a: Analisis, id: str) -> Gambar | None:
    ang = a.anggaran.per_program
    kode = [k for k, s in ang.items() if s.status == Status.TERHITUNG]
    if not kode:
        return None
    from sakip.reports.grafik import grafik_batang

    g = grafik_batang(kode, {"Serapan": [ang[k].persen for k in kode]}, target=[SERATUS] * len(kode),
                      label_y="Realisasi anggaran (%)", satuan=" %")
    return Gambar(f"Serapan Anggaran per Program Tahun {a.tahun} (kode program sesuai tabel realisasi anggaran)",
                  svg=g.svg, png=g.png, lebar=0.8, id=id)
