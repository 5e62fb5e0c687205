"""Writes of the entry screens: every change goes through the berkas model.

One path for all of them, :func:`berkas_ubah`: read the office-year as a
:class:`~sakip.berkas.BerkasData` (:func:`~sakip.web.kinerja.selectors.berkas_dari_db`),
apply the change to its plain data, validate with :func:`sakip.berkas.validasi`
(the very function the workbook/YAML import uses, so the messages are the
import's), then store it with :func:`~sakip.web.kinerja.services.berkas_simpan`
(which bumps ``versi`` of the changed rows and of the office-year and sets
``diubah_oleh``/``diubah_pada``). All inside one ``transaction.atomic`` with the
office-year row locked; the row version the user saw is checked first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model

from sakip.berkas import BerkasTidakSah, Masalah, validasi
from sakip.core.format import tanggal
from sakip.web.kinerja import models as m
from sakip.web.kinerja.selectors import berkas_dari_db
from sakip.web.kinerja.services import berkas_simpan, periksa_terkunci
from sakip.web.kinerja.perubahan import Perubahan


class BarisBerubah(Exception):
    """The row changed since the user opened the form ("no lost edits")."""

    def __init__(self, baris: Model | None, versi_dilihat: int | None = None):
        self.baris, self.versi_dilihat = baris, versi_dilihat
        oleh = getattr(baris, "diubah_oleh", None)
        nama = (oleh.get_full_name() or oleh.username) if oleh else "pengguna lain"
        pada = getattr(baris, "diubah_pada", None)
        from django.utils import timezone

        waktu = f"{tanggal(timezone.localtime(pada).date())} pukul {timezone.localtime(pada):%H.%M}" if pada else "baru saja"
        self.pesan = (
            f"Data ini telah diubah oleh {nama} pada {waktu} setelah Anda membukanya; "
            "perubahan Anda belum disimpan. Muat ulang halaman lalu ulangi."
            if baris is not None else
            "Data ini telah dihapus atau ditambahkan orang lain setelah Anda membukanya; muat ulang halaman lalu ulangi."
        )
        super().__init__(self.pesan)


class EntriTidakSah(BerkasTidakSah):
    """Validation problems of one change; ``awalan`` is the berkas path of the edited element."""

    def __init__(self, masalah: list[Masalah], awalan: str = ""):
        super().__init__(masalah)
        self.awalan = awalan


Pengubah = Callable[[dict[str, Any]], str]
"""Changes the plain berkas data in place; returns the path of the edited element (for errors)."""


def berkas_ubah(*, tahun_kinerja: m.TahunKinerja, oleh, ubah: Pengubah, baris: Model | None = None,
                versi_baris: int | None = None) -> Perubahan:
    """Apply *ubah* to the office-year's berkas, validate it as the import does, and store it.

    *baris*/*versi_baris*: the row the form edits and the ``versi`` the user saw
    (``0``: the row did not exist yet); a mismatch raises :class:`BarisBerubah`.
    """
    with transaction.atomic():
        tk = m.TahunKinerja.objects.select_for_update().select_related("instansi").get(pk=tahun_kinerja.pk)
        periksa_terkunci(tk)  # a locked year says so before any "changed meanwhile" message
        if versi_baris is not None:
            _cek_versi(baris, versi_baris)
        data = berkas_dari_db(tahun_kinerja=tk).model_dump(mode="python")
        awalan = ubah(data)
        try:
            berkas = validasi(data)
        except BerkasTidakSah as e:
            raise EntriTidakSah(e.masalah, awalan) from None
        return berkas_simpan(instansi=tk.instansi, tahun=tk.tahun, berkas=berkas, oleh=oleh, versi=tk.versi)


def _cek_versi(baris: Model | None, versi: int) -> None:
    if baris is None:
        if versi != 0:
            raise BarisBerubah(None)
        return
    sekarang = type(baris).objects.filter(pk=baris.pk).select_related("diubah_oleh").first()
    if sekarang is None:
        raise BarisBerubah(None)
    if sekarang.versi != versi:
        raise BarisBerubah(sekarang, versi)


def kosong(v: Any) -> Any:
    """Form text -> berkas value: stripped, browsers' CRLF line ends as LF, empty is None (not filled).

    Without the LF, re-saving an untouched text area would record a change nobody made.
    """
    if isinstance(v, str):
        v = v.replace("\r\n", "\n").strip()
        return v or None
    return v


def tanpa_kosong(nilai: dict[str, Any], *wajib: str) -> dict[str, Any]:
    """Leave out required keys left empty, so the berkas model reports them as "wajib diisi" (as the import does)."""
    return {k: v for k, v in nilai.items() if not (k in wajib and v is None)}


def tw_atau_none(isi: dict[str, Any]) -> dict[str, Any] | None:
    isi = {k: kosong(isi.get(k)) for k in ("tw1", "tw2", "tw3", "tw4")}
    return isi if any(v is not None for v in isi.values()) else None


def galat_django(e: EntriTidakSah) -> ValidationError:
    """The problems as one Django ValidationError (for callers without a form)."""
    return ValidationError([f"{x.lokasi}: {x.pesan}" for x in e.masalah])


def hari_ini() -> dt.date:
    from django.utils import timezone

    return timezone.localdate()


# --- realisasi ----------------------------------------------------------------


def _cari(daftar: list[dict], **kunci) -> int | None:
    return next((i for i, d in enumerate(daftar) if all(d.get(k) == v for k, v in kunci.items())), None)


def realisasi_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, kode: str, tahun: int, isian: dict[str, Any],
                     versi: int) -> Perubahan:
    """Set the realisasi of indicator *kode* for *tahun* (annual, quarters, keterangan, uraian).

    Clearing every field of a realisasi without evidence removes it.
    """
    baris = m.Realisasi.objects.filter(tahun_kinerja=tahun_kinerja, indikator__kode=kode, tahun=tahun).first()

    def ubah(data: dict) -> str:
        daftar = data["realisasi"]
        i = _cari(daftar, indikator=kode, tahun=tahun)
        lama = daftar[i] if i is not None else {"indikator": kode, "tahun": tahun, "bukti": []}
        baru = {**lama, "nilai": kosong(isian.get("nilai")), "triwulan": tw_atau_none(isian),
                "keterangan": kosong(isian.get("keterangan")), "uraian": kosong(isian.get("uraian"))}
        isi = any(baru[k] is not None for k in ("nilai", "triwulan", "keterangan", "uraian")) or baru["bukti"]
        if i is None:
            if isi:
                daftar.append(baru)
            return f"realisasi[{len(daftar)}]"
        if isi:
            daftar[i] = baru
        else:
            del daftar[i]
        return f"realisasi[{i + 1}]"

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi)


TANDA_BERKAS = {
    ".pdf": (b"%PDF",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".xlsx": (b"PK\x03\x04",),
    ".docx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
}
"""First bytes of each accepted evidence type: an .exe renamed to .pdf is refused."""


def periksa_bukti(berkas) -> None:
    """Size and type (extension from the model, then content) of an evidence upload."""
    from pathlib import PurePath

    m.periksa_berkas_bukti(berkas)
    akhiran = PurePath(berkas.name).suffix.lower()
    awal = berkas.read(16)
    berkas.seek(0)
    if not awal.startswith(TANDA_BERKAS.get(akhiran, (b"",))):
        raise ValidationError(f"Isi berkas tidak sesuai dengan jenis {akhiran}; unggah berkas {akhiran} yang asli.")


def _nama_bukti(nama: str, ada: list[str]) -> str:
    from pathlib import PurePath

    from django.utils.text import get_valid_filename

    p = PurePath(nama)
    dasar = (get_valid_filename(p.stem) or "bukti")[:150]
    hasil, n = f"{dasar}{p.suffix.lower()}", 2
    while hasil in ada:
        hasil, n = f"{dasar}-{n}{p.suffix.lower()}", n + 1
    return hasil


def bukti_tambah(*, tahun_kinerja: m.TahunKinerja, oleh, kode: str, tahun: int, berkas) -> m.BuktiRealisasi:
    """Attach an evidence file to the realisasi of *kode*/*tahun* (created when missing)."""
    periksa_bukti(berkas)
    with transaction.atomic():
        nama: list[str] = []

        def ubah(data: dict) -> str:
            daftar = data["realisasi"]
            i = _cari(daftar, indikator=kode, tahun=tahun)
            if i is None:
                daftar.append({"indikator": kode, "tahun": tahun, "bukti": []})
                i = len(daftar) - 1
            nama.append(_nama_bukti(berkas.name, daftar[i]["bukti"]))
            daftar[i]["bukti"] = [*daftar[i]["bukti"], nama[0]]
            return f"realisasi[{i + 1}]"

        berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah)
        bukti = m.BuktiRealisasi.objects.select_related("realisasi__tahun_kinerja").get(
            tahun_kinerja=tahun_kinerja, realisasi__indikator__kode=kode, realisasi__tahun=tahun, nama=nama[0]
        )
        bukti.berkas.save(nama[0], berkas, save=False)
        bukti.ukuran = berkas.size
        bukti.jenis_konten = (getattr(berkas, "content_type", "") or "")[:100]
        bukti.save(update_fields=["berkas", "ukuran", "jenis_konten"])
        return bukti


def bukti_hapus(*, tahun_kinerja: m.TahunKinerja, oleh, bukti: m.BuktiRealisasi) -> None:
    """Remove an evidence file from its realisasi (and from disk once committed)."""
    r = bukti.realisasi
    kode, tahun, nama, berkas = r.indikator.kode, r.tahun, bukti.nama, bukti.berkas

    def ubah(data: dict) -> str:
        i = _cari(data["realisasi"], indikator=kode, tahun=tahun)
        data["realisasi"][i]["bukti"] = [b for b in data["realisasi"][i]["bukti"] if b != nama]
        return f"realisasi[{i + 1}]"

    with transaction.atomic():
        berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah)
        if berkas:
            simpanan, lokasi = berkas.storage, berkas.name
            transaction.on_commit(lambda: simpanan.delete(lokasi))


# --- Perjanjian Kinerja -----------------------------------------------------------


def _pk_index(data: dict, nomor_urut: int) -> int:
    i = _cari(data["perjanjian_kinerja"], nomor_urut=nomor_urut)
    if i is None:
        raise BarisBerubah(None)
    return i


def pk_perubahan_buat(*, tahun_kinerja: m.TahunKinerja, oleh, alasan_perubahan: str, uraian_alasan: str | None,
                      tanggal: dt.date, nomor: str | None, versi: int) -> int:
    """A NEW PK version copied from the latest one (targets and programs included); returns its nomor_urut.

    The earlier versions stay as they are. *versi* is the office-year's version the user saw.
    """
    import copy

    hasil: list[int] = []

    def ubah(data: dict) -> str:
        daftar = data["perjanjian_kinerja"]
        if not daftar:
            raise EntriTidakSah([Masalah("perjanjian_kinerja", None, "belum ada PK murni untuk diubah")])
        terakhir = max(daftar, key=lambda p: p["nomor_urut"])
        baru = copy.deepcopy(terakhir)
        baru.update(jenis="perubahan", nomor_urut=terakhir["nomor_urut"] + 1, alasan_perubahan=kosong(alasan_perubahan),
                    uraian_alasan=kosong(uraian_alasan), tanggal=tanggal, nomor=kosong(nomor))
        daftar.append(baru)
        hasil.append(baru["nomor_urut"])
        return f"perjanjian_kinerja[{len(daftar)}]"

    berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=tahun_kinerja, versi_baris=versi)
    return hasil[0]


PK_KEPALA = ("nomor", "tanggal", "tempat", "tanggal_dpa", "alasan_perubahan", "uraian_alasan", "keterangan")


def pk_ubah(*, tahun_kinerja: m.TahunKinerja, oleh, perjanjian: m.PerjanjianKinerja, isian: dict, versi: int) -> Perubahan:
    """Change the header of one PK version (number, dates, place, reason)."""

    def ubah(data: dict) -> str:
        i = _pk_index(data, perjanjian.nomor_urut)
        for f in PK_KEPALA:
            if f in isian:
                data["perjanjian_kinerja"][i][f] = kosong(isian[f])
        return f"perjanjian_kinerja[{i + 1}]"

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=perjanjian, versi_baris=versi)


def _pasang_baris_pk(data: dict, nomor_urut: int, bagian: str, kunci: dict, nilai: dict | None) -> str:
    """Put *nilai* in the row of PK version *nomor_urut*'s list *bagian* matching *kunci*
    (added when absent; ``None`` deletes it); return the berkas path of the change."""
    i = _pk_index(data, nomor_urut)
    daftar = data["perjanjian_kinerja"][i][bagian]
    j = _cari(daftar, **kunci)
    if nilai is None:
        if j is not None:
            del daftar[j]
        return f"perjanjian_kinerja[{i + 1}]"
    if j is None:
        daftar.append(nilai)
        j = len(daftar) - 1
    else:
        daftar[j] = nilai
    return f"perjanjian_kinerja[{i + 1}].{bagian}[{j + 1}]"


def target_pk_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, perjanjian: m.PerjanjianKinerja, kode: str,
                     isian: dict | None, versi: int) -> Perubahan:
    """Add, change (or with ``isian=None`` delete) the target row of indicator *kode* in one PK version."""
    baris = m.TargetPK.objects.filter(perjanjian=perjanjian, indikator__kode=kode).first()

    def ubah(data: dict) -> str:
        nilai = None if isian is None else tanpa_kosong(
            {"sasaran": kosong(isian.get("sasaran")), "indikator": kode, "target": kosong(isian.get("target")),
             "target_triwulan": tw_atau_none(isian)}, "target")
        return _pasang_baris_pk(data, perjanjian.nomor_urut, "sasaran", {"indikator": kode}, nilai)

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi)


def program_pk_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, perjanjian: m.PerjanjianKinerja, kode: str,
                      isian: dict | None, versi: int) -> Perubahan:
    """Add, change (or with ``isian=None`` delete) the program row *kode* of one PK version."""
    baris = m.ProgramPK.objects.filter(perjanjian=perjanjian, program__kode=kode).first()

    def ubah(data: dict) -> str:
        nilai = None if isian is None else tanpa_kosong(
            {"program": kode, "anggaran": kosong(isian.get("anggaran")), "keterangan": kosong(isian.get("keterangan"))},
            "anggaran")
        return _pasang_baris_pk(data, perjanjian.nomor_urut, "program", {"program": kode}, nilai)

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi)


# --- anggaran -----------------------------------------------------------------------

ANGGARAN = ("pagu_murni", "pagu_perubahan", "realisasi", "sumber_dana", "keterangan")


def anggaran_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, kode: str, isian: dict, versi: int) -> Perubahan:
    """Budget of sub kegiatan *kode*; amounts as typed ("3.397.085.593", "Rp 1.500.000,50"). All empty removes it."""
    baris = m.Anggaran.objects.filter(tahun_kinerja=tahun_kinerja, sub_kegiatan__kode=kode).first()

    def ubah(data: dict) -> str:
        daftar = data["anggaran"]
        i = _cari(daftar, sub_kegiatan=kode)
        nilai = {"sub_kegiatan": kode, **{f: kosong(isian.get(f)) for f in ANGGARAN},
                 "realisasi_triwulan": tw_atau_none({k: isian.get(f"realisasi_{k}") for k in ("tw1", "tw2", "tw3", "tw4")})}
        isi = any(v is not None for k, v in nilai.items() if k != "sub_kegiatan")
        nilai = tanpa_kosong(nilai, "pagu_murni")
        if i is None:
            if isi:
                daftar.append(nilai)
            return f"anggaran[{len(daftar)}]"
        if isi:
            daftar[i] = nilai
        else:
            del daftar[i]
        return f"anggaran[{i + 1}]"

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=baris, versi_baris=versi)


# --- sections kept on the office-year --------------------------------------------------


def bagian_simpan(*, tahun_kinerja: m.TahunKinerja, oleh, bagian: str, nilai: Any, versi: int) -> Perubahan:
    """Replace one section (narasi, prestasi, pembanding, rekomendasi_reviu …) of the office-year."""

    def ubah(data: dict) -> str:
        data[bagian] = nilai
        return bagian

    return berkas_ubah(tahun_kinerja=tahun_kinerja, oleh=oleh, ubah=ubah, baris=tahun_kinerja, versi_baris=versi)
