"""Writes of office-year data: the one way a berkas model becomes rows.

:func:`berkas_simpan` makes the rows of an office-year equal a
:class:`~sakip.berkas.BerkasData`, inside one transaction: rows are matched by
their berkas key (kode, (indikator, tahun) …); unchanged rows are left alone,
changed rows get ``versi + 1``, new rows are created and missing rows deleted.
Uploaded evidence files therefore survive a re-import that still lists them.
Every change is appended to the audit trail (:mod:`sakip.web.riwayat`) in the same
transaction, and an office-year or PK version past ``draf`` is refused
(:class:`DataTerkunci`) whoever writes: screens, import, API, CLI.
Callers check permissions through :mod:`.selectors` first.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils import timezone

from sakip.berkas import BerkasData, BerkasTidakSah, Masalah
from sakip.berkas.silang import periksa_silang
from sakip.web.kinerja import models as m
from sakip.web.kinerja.konversi import Baris, baris_dari_berkas
from sakip.web.kinerja.perubahan import Perubahan, bandingkan
from sakip.web.kinerja.selectors import berkas_dari_db
from sakip.web.organisasi.models import Instansi
from sakip.web.riwayat.models import Riwayat
from sakip.web.riwayat.services import Catatan, catatan_dari_perubahan, riwayat_catat
from sakip.web.titik_gangguan import titik


class DataBerubah(Exception):
    """The office-year changed since the user looked at it (optimistic locking)."""

    def __init__(self, versi_diharapkan: int, versi_sekarang: int):
        self.versi_diharapkan, self.versi_sekarang = versi_diharapkan, versi_sekarang
        super().__init__(
            "Data tahun ini sudah diubah orang lain sejak Anda membukanya "
            f"(versi {versi_diharapkan} -> {versi_sekarang}). Muat ulang lalu ulangi."
        )


class DataTerkunci(Exception):
    """The office-year (or a Perjanjian Kinerja version) is past ``draf``: no write path may change it."""

    def __init__(self, pesan: str):
        self.pesan = pesan
        super().__init__(pesan)


def _nama_status(status: str) -> str:
    return {m.StatusAlur.DIAJUKAN: "sudah diajukan untuk direviu", m.StatusAlur.DIREVIU: "sudah direviu",
            m.StatusAlur.DISAHKAN: "sudah disahkan"}[status]


def periksa_terkunci(tk: m.TahunKinerja, lama: BerkasData | None = None, baru: BerkasData | None = None) -> None:
    """Raise :class:`DataTerkunci` if *tk* is not draf, or if *baru* changes a PK version that is not draf."""
    if tk.status != m.StatusAlur.DRAF:
        jalan = ("Admin Pemda dapat membukanya kembali dengan alasan tertulis." if tk.status == m.StatusAlur.DISAHKAN
                 else "Minta reviewer mengembalikannya ke draf bila perlu diubah.")
        raise DataTerkunci(f"Data kinerja {tk.instansi} tahun {tk.tahun} {_nama_status(tk.status)} dan terkunci; "
                           f"tidak ada yang diubah. {jalan}")
    if lama is None or baru is None:
        return
    terkunci = dict(m.PerjanjianKinerja.objects.filter(tahun_kinerja=tk).exclude(status=m.StatusAlur.DRAF)
                    .values_list("nomor_urut", "status"))
    if not terkunci:
        return
    versi_baru = {p.nomor_urut: p for p in baru.perjanjian_kinerja}
    for p in lama.perjanjian_kinerja:
        if p.nomor_urut in terkunci and versi_baru.get(p.nomor_urut) != p:
            nama = "PK murni" if p.nomor_urut == 0 else f"PK perubahan ke-{p.nomor_urut}"
            raise DataTerkunci(f"{nama} {_nama_status(terkunci[p.nomor_urut])} dan terkunci; tidak ada yang diubah. "
                               "Untuk mengubah target atau anggarannya, buat PK perubahan baru.")


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
    tk = m.TahunKinerja.objects.select_for_update().filter(instansi=instansi, tahun=tahun).select_related("instansi").first()
    if tk is not None:
        periksa_terkunci(tk)
    if versi is not None and (tk.versi if tk else 0) != versi:
        raise DataBerubah(versi, tk.versi if tk else 0)
    lama = berkas_dari_db(tahun_kinerja=tk) if tk else None
    if tk is not None:
        periksa_terkunci(tk, lama, berkas)
    perubahan = bandingkan(lama, berkas)
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
    try:
        with transaction.atomic():
            tk.save()
    except IntegrityError:  # another request created this office-year a moment ago
        raise DataBerubah(versi or 0, m.TahunKinerja.objects.get(instansi=instansi, tahun=tahun).versi) from None
    _Penyelaras([(tk, baris)], oleh, sekarang).jalankan()
    riwayat_catat(instansi_id=instansi.pk, tahun=tahun, versi_data=tk.versi, catatan=catatan_dari_perubahan(perubahan),
                  oleh=oleh, waktu=sekarang)
    return perubahan


@transaction.atomic
def berkas_buat_massal(*, daftar: list[tuple[Instansi, BerkasData]], oleh=None) -> list[m.TahunKinerja]:
    """Create many new office-years at once (demo data, load tests): a few bulk inserts per table.

    Each berkas must be valid (it is not cross-checked again, for speed) and its
    office-year must not exist yet (the unique constraint refuses it otherwise).
    """
    sekarang = timezone.now()
    pasangan = []
    for instansi, berkas in daftar:
        baris = baris_dari_berkas(berkas)
        tk = m.TahunKinerja(instansi=instansi, tahun=berkas.profil.tahun, dibuat_pada=sekarang, diubah_pada=sekarang,
                            diubah_oleh=oleh, **baris.tahun_kinerja)
        pasangan.append((tk, baris))
    m.TahunKinerja.objects.bulk_create([tk for tk, _ in pasangan], batch_size=500)
    _Penyelaras(pasangan, oleh, sekarang, baru=True).jalankan()
    for (instansi, berkas), (tk, _) in zip(daftar, pasangan, strict=True):
        riwayat_catat(instansi_id=instansi.pk, tahun=tk.tahun, versi_data=tk.versi, oleh=oleh, waktu=sekarang, catatan=[
            Catatan(Riwayat.Aksi.DITAMBAH, "Tahun kinerja", "", f"Seluruh data {instansi} tahun {tk.tahun} (dibuat massal)",
                    sesudah=berkas.model_dump(mode="json"))])
    return [tk for tk, _ in pasangan]


class _Konteks:
    """One office-year being written: its wanted rows and, per table, its saved rows by key."""

    def __init__(self, tk: m.TahunKinerja, baris: Baris):
        self.tk, self.baris = tk, baris
        self.ref: dict[str, dict[Any, Model]] = {}
        self._balik: dict[str, dict[int, Any]] = {}

    def kunci_dari(self, nama: str, pk: int | None) -> Any:
        """The berkas key of the saved row *pk* of table *nama* (None if it is not wanted any more)."""
        if nama not in self._balik:
            self._balik[nama] = {o.pk: k for k, o in self.ref[nama].items()}
        return self._balik[nama].get(pk)

    def tautkan(self, nilai: dict) -> dict:
        """Resolve ``"@x": key`` into the saved row ``x`` it names."""
        hasil = {}
        for f, v in nilai.items():
            if f.startswith("@"):
                nama = f[1:]
                hasil[nama] = self.ref[_REF.get(nama, nama)][v] if v is not None else None
            else:
                hasil[f] = v
        return hasil


def _per_kode(c: _Konteks):
    return lambda o: o.kode


class _Penyelaras:
    """Merges the wanted rows (:class:`Baris`) into the existing rows of one or more office-years.

    Tables are written parents first (a row's foreign keys must exist) and
    rows no longer wanted are deleted last, children first. With ``baru=True``
    (office-years just created) nothing is read back: one bulk insert per table.
    """

    def __init__(self, pasangan: list[tuple[m.TahunKinerja, Baris]], oleh, sekarang, *, baru: bool = False):
        self.isi = [_Konteks(tk, b) for tk, b in pasangan]
        self.oleh, self.sekarang, self.baru = oleh, sekarang, baru
        self.hapus: list[tuple[type[Model], list[int]]] = []

    def jalankan(self) -> None:
        s = self._sinkron
        s(m.Misi, "misi", lambda c: lambda o: o.urutan, lambda b: b.misi)
        s(m.Tujuan, "tujuan", _per_kode, lambda b: b.tujuan)
        s(m.Sasaran, "sasaran", _per_kode, lambda b: b.sasaran)
        for level in ("program", "kegiatan", "sub_kegiatan"):  # parents first: induk must exist
            s(m.KodeAnggaran, "induk", _per_kode, lambda b, lv=level: [(k, v) for k, v in b.kode_anggaran if v["level"] == lv],
              level=level)
        s(m.Indikator, "indikator", _per_kode, lambda b: b.indikator)
        s(m.TargetIndikator, "target_indikator", lambda c: lambda o: (c.kunci_dari("indikator", o.indikator_id), o.tahun),
          lambda b: b.target_indikator)
        s(m.PerjanjianKinerja, "perjanjian", lambda c: lambda o: o.nomor_urut, lambda b: b.perjanjian_kinerja)
        s(m.TargetPK, "target_pk",
          lambda c: lambda o: (c.kunci_dari("perjanjian", o.perjanjian_id), c.kunci_dari("indikator", o.indikator_id)),
          lambda b: b.target_pk)
        s(m.ProgramPK, "program_pk",
          lambda c: lambda o: (c.kunci_dari("perjanjian", o.perjanjian_id), c.kunci_dari("induk", o.program_id)),
          lambda b: b.program_pk)
        titik("impor.tengah")  # kill tests: some tables written, transaction still open
        s(m.Realisasi, "realisasi", lambda c: lambda o: (c.kunci_dari("indikator", o.indikator_id), o.tahun), lambda b: b.realisasi)
        s(m.BuktiRealisasi, "bukti", lambda c: lambda o: (c.kunci_dari("realisasi", o.realisasi_id), o.nama),
          lambda b: b.bukti_realisasi)
        s(m.Anggaran, "anggaran", lambda c: lambda o: c.kunci_dari("induk", o.sub_kegiatan_id), lambda b: b.anggaran)
        for model, pk in reversed(self.hapus):  # children before the parents they protect
            if pk:
                model.objects.filter(pk__in=pk).delete()

    def _sinkron(self, model: type[Model], nama: str, kunci, ambil, **saring) -> None:
        """Create, update (versi + 1) or schedule for deletion the rows of one table; remember them by key."""
        buat, ubah, medan, hapus = [], [], set(), []
        for c in self.isi:
            lama: dict[Any, Model] = {}
            for o in [] if self.baru else model.objects.filter(tahun_kinerja=c.tk, **saring):
                k = kunci(c)(o)
                if k is None or None in (k if isinstance(k, tuple) else ()) or k in lama:
                    hapus.append(o.pk)  # its parent is no longer wanted: it goes too
                else:
                    lama[k] = o
            hasil = c.ref.setdefault(nama, {})
            for urutan, (k, nilai) in enumerate(ambil(c.baris)):
                nilai = c.tautkan({**nilai, "urutan": urutan})
                o = lama.pop(k, None)
                if o is None:
                    o = model(tahun_kinerja=c.tk, diubah_pada=self.sekarang, diubah_oleh=self.oleh, **nilai)
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
            hapus.extend(o.pk for o in lama.values())
        model.objects.bulk_create(buat, batch_size=500)
        if ubah:
            model.objects.bulk_update(ubah, [*medan, "versi", "diubah_pada", "diubah_oleh"], batch_size=500)
        self.hapus.append((model, hapus))


def _kunci_fk(v: Any) -> Any:
    return v.pk if isinstance(v, Model) else v


def _nilai_di(o: Model, f: str, v: Any) -> Any:
    """A field's current value; a foreign key by its id (no query)."""
    if isinstance(v, Model) or (v is None and f in _FK):
        return getattr(o, f + "_id")
    return getattr(o, f)


_FK = {"induk"}
_REF = {"program": "induk", "sub_kegiatan": "induk", "perjanjian": "perjanjian"}
