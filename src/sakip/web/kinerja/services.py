"""Writes of office-year data: the one way a berkas model becomes rows.

:func:`berkas_simpan` makes the rows of an office-year equal a
:class:`~sakip.berkas.BerkasData`, inside one transaction: rows are matched by
their berkas key (kode, (indikator, tahun) …); unchanged rows are left alone,
changed rows get ``versi + 1``, new rows are created and missing rows deleted.
Uploaded evidence files therefore survive a re-import that still lists them.
Callers check permissions through :mod:`.selectors` first.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from sakip.berkas import BerkasData, BerkasTidakSah, Masalah
from sakip.berkas.silang import periksa_silang
from sakip.web.kinerja import models as m
from sakip.web.kinerja.konversi import Baris, baris_dari_berkas
from sakip.web.kinerja.perubahan import Perubahan, bandingkan
from sakip.web.kinerja.selectors import berkas_dari_db
from sakip.web.organisasi.models import Instansi


class DataBerubah(Exception):
    """The office-year changed since the user looked at it (optimistic locking)."""

    def __init__(self, versi_diharapkan: int, versi_sekarang: int):
        self.versi_diharapkan, self.versi_sekarang = versi_diharapkan, versi_sekarang
        super().__init__(
            "Data tahun ini sudah diubah orang lain sejak Anda membukanya "
            f"(versi {versi_diharapkan} -> {versi_sekarang}). Muat ulang lalu ulangi."
        )


def periksa_kecocokan(*, instansi: Instansi, tahun: int, berkas: BerkasData) -> list[Masalah]:
    """A berkas for another year (or clearly another office) must not overwrite this office-year."""
    masalah = []
    if berkas.profil.tahun != tahun:
        masalah.append(Masalah("profil.tahun", str(berkas.profil.tahun), f"berkas ini untuk tahun {berkas.profil.tahun}, bukan {tahun}"))
    nama = berkas.profil.instansi.nama
    if _nama(nama) != _nama(instansi.nama):
        masalah.append(
            Masalah("profil.instansi.nama", nama, f"berkas ini untuk instansi “{nama}”, bukan “{instansi.nama}”")
        )
    return masalah


def _nama(teks: str) -> str:
    return " ".join(teks.replace("(data contoh)", "").split()).casefold()


@transaction.atomic
def berkas_simpan(*, instansi: Instansi, tahun: int, berkas: BerkasData, oleh=None, versi: int | None = None) -> Perubahan:
    """Make the office-year's rows equal *berkas*; return what changed.

    *versi*: the ``TahunKinerja.versi`` the user saw (0 = no data yet); a different
    current version raises :class:`DataBerubah` and nothing is written. A berkas
    that fails the cross-checks, or is for another year/office, raises
    :class:`~sakip.berkas.BerkasTidakSah`.
    """
    masalah = periksa_silang(berkas) + periksa_kecocokan(instansi=instansi, tahun=tahun, berkas=berkas)
    if masalah:
        raise BerkasTidakSah(masalah)
    tk = m.TahunKinerja.objects.select_for_update().filter(instansi=instansi, tahun=tahun).first()
    if versi is not None and (tk.versi if tk else 0) != versi:
        raise DataBerubah(versi, tk.versi if tk else 0)
    perubahan = bandingkan(berkas_dari_db(tahun_kinerja=tk) if tk else None, berkas)
    if not perubahan.ada:
        return perubahan
    sekarang = timezone.now()
    baris = baris_dari_berkas(berkas)
    if tk is None:
        tk = m.TahunKinerja(instansi=instansi, tahun=tahun, versi=1, dibuat_pada=sekarang)
    else:
        tk.versi += 1
    for f, v in baris.tahun_kinerja.items():
        setattr(tk, f, v)
    tk.diubah_pada, tk.diubah_oleh = sekarang, oleh
    tk.full_clean(validate_unique=False, validate_constraints=False)
    tk.save()
    _Penyelaras(tk, oleh, sekarang).jalankan(baris)
    return perubahan


class _Penyelaras:
    """Merges the wanted rows (:class:`Baris`) into the existing rows of one office-year."""

    def __init__(self, tk: m.TahunKinerja, oleh, sekarang):
        self.tk, self.oleh, self.sekarang = tk, oleh, sekarang
        self.hapus: list[list[Model]] = []
        self.ref: dict[str, dict[Any, Model]] = {}

    def jalankan(self, b: Baris) -> None:
        tk = self.tk
        self._sinkron(m.Misi, tk.misi.all(), lambda o: o.urutan, b.misi, "misi")
        self._sinkron(m.Tujuan, tk.tujuan.all(), lambda o: o.kode, b.tujuan, "tujuan")
        self._sinkron(m.Sasaran, tk.sasaran.all(), lambda o: o.kode, b.sasaran, "sasaran")
        for level in ("program", "kegiatan", "sub_kegiatan"):  # parents first: induk must exist
            baris = [(k, v) for k, v in b.kode_anggaran if v["level"] == level]
            self._sinkron(m.KodeAnggaran, tk.kode_anggaran.filter(level=level), lambda o: o.kode, baris, "induk")
        self.ref["program"] = self.ref["sub_kegiatan"] = self.ref["induk"]
        self._sinkron(m.Indikator, tk.indikator.all(), lambda o: o.kode, b.indikator, "indikator")
        kode = {o.pk: k for k, o in self.ref["indikator"].items()}
        self._sinkron(m.TargetIndikator, tk.target_indikator.all(), lambda o: (kode.get(o.indikator_id), o.tahun),
                      b.target_indikator, "target_indikator")
        self._sinkron(m.PerjanjianKinerja, tk.perjanjian_kinerja.all(), lambda o: o.nomor_urut, b.perjanjian_kinerja, "perjanjian")
        nomor = {o.pk: k for k, o in self.ref["perjanjian"].items()}
        kode_ang = {o.pk: k for k, o in self.ref["induk"].items()}
        self._sinkron(m.TargetPK, tk.target_pk.all(), lambda o: (nomor.get(o.perjanjian_id), kode.get(o.indikator_id)),
                      b.target_pk, "target_pk")
        self._sinkron(m.ProgramPK, tk.program_pk.all(), lambda o: (nomor.get(o.perjanjian_id), kode_ang.get(o.program_id)),
                      b.program_pk, "program_pk")
        self._sinkron(m.Realisasi, tk.realisasi.all(), lambda o: (kode.get(o.indikator_id), o.tahun), b.realisasi, "realisasi")
        kunci_r = {o.pk: k for k, o in self.ref["realisasi"].items()}
        self._sinkron(m.BuktiRealisasi, tk.bukti_realisasi.all(), lambda o: (kunci_r.get(o.realisasi_id), o.nama),
                      b.bukti_realisasi, "bukti")
        self._sinkron(m.Anggaran, tk.anggaran.all(), lambda o: kode_ang.get(o.sub_kegiatan_id), b.anggaran, "anggaran")
        for daftar in reversed(self.hapus):  # children before the parents they protect
            if daftar:
                type(daftar[0]).objects.filter(pk__in=[o.pk for o in daftar]).delete()

    def _sinkron(self, model: type[Model], qs, kunci, baru: list[tuple[Any, dict]], nama: str) -> None:
        """Create, update (versi + 1) or schedule for deletion the rows of one table; remember them by key."""
        lama = {kunci(o): o for o in qs}
        hasil = self.ref.setdefault(nama, {})
        buat, ubah, medan = [], [], set()
        for urutan, (k, nilai) in enumerate(baru):
            nilai = self._tautkan({**nilai, "urutan": urutan})
            o = lama.pop(k, None)
            if o is None:
                o = model(tahun_kinerja=self.tk, diubah_pada=self.sekarang, diubah_oleh=self.oleh, **nilai)
                buat.append(o)
            else:
                beda = [f for f, v in nilai.items() if _nilai_di(o, f, v) != _kunci_fk(v)]
                if beda:
                    for f in beda:
                        setattr(o, f, nilai[f])
                    o.versi, o.diubah_pada, o.diubah_oleh = o.versi + 1, self.sekarang, self.oleh
                    medan.update(beda)
                    ubah.append(o)
            hasil[k] = o
        model.objects.bulk_create(buat, batch_size=500)
        if ubah:
            model.objects.bulk_update(ubah, [*medan, "versi", "diubah_pada", "diubah_oleh"], batch_size=500)
        self.hapus.append(list(lama.values()))

    def _tautkan(self, nilai: dict) -> dict:
        """Resolve ``"@x": key`` into the saved row ``x`` it names."""
        hasil = {}
        for f, v in nilai.items():
            if f.startswith("@"):
                nama = f[1:]
                hasil[nama] = self.ref[_REF.get(nama, nama)][v] if v is not None else None
            else:
                hasil[f] = v
        return hasil


def _kunci_fk(v: Any) -> Any:
    return v.pk if isinstance(v, Model) else v


def _nilai_di(o: Model, f: str, v: Any) -> Any:
    """A field's current value; a foreign key by its id (no query)."""
    if isinstance(v, Model) or (v is None and f in _FK):
        return getattr(o, f + "_id")
    return getattr(o, f)


_FK = {"induk"}
_REF = {"program": "induk", "sub_kegiatan": "induk", "perjanjian": "perjanjian"}
