"""Approval of an office-year and of each Perjanjian Kinerja version: draf -> diajukan -> direviu -> disahkan.

One table, :data:`TRANSISI`, says which step goes from which states to which,
who may take it (an action of :mod:`sakip.web.organisasi.izin`) and whether a
written reason is required. :func:`status_ubah` takes a step inside one
transaction holding the office-year's row lock, and appends it to the audit
trail. Only ``draf`` data can be changed (:func:`.services.periksa_terkunci`).

Signing (``sahkan``) also generates the document that was signed (the LKj for
the year, the PK of that version) and keeps it with its SHA-256 for good:
``sakip verifikasi BERKAS`` tells later whether a file is that document.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from sakip.web.kinerja import models as m
from sakip.web.riwayat.models import Riwayat
from sakip.web.riwayat.services import Catatan, riwayat_catat

S = m.StatusAlur
PANJANG_ALASAN = 10
"""Shortest written reason (characters) where one is required."""


@dataclass(frozen=True)
class Transisi:
    nama: str
    label: str
    dari: frozenset[str]
    ke: str
    izin: str
    alasan_wajib: bool = False


TRANSISI: dict[str, Transisi] = {t.nama: t for t in (
    Transisi("ajukan", "Ajukan untuk direviu", frozenset({S.DRAF}), S.DIAJUKAN, "kinerja.ajukan"),
    Transisi("tarik", "Tarik kembali ke draf", frozenset({S.DIAJUKAN}), S.DRAF, "kinerja.ajukan", alasan_wajib=True),
    Transisi("reviu", "Nyatakan telah direviu", frozenset({S.DIAJUKAN}), S.DIREVIU, "kinerja.reviu"),
    Transisi("kembalikan", "Kembalikan ke draf untuk diperbaiki", frozenset({S.DIAJUKAN, S.DIREVIU}), S.DRAF,
             "kinerja.reviu", alasan_wajib=True),
    Transisi("sahkan", "Sahkan", frozenset({S.DIREVIU}), S.DISAHKAN, "kinerja.sahkan"),
    Transisi("buka", "Buka kembali (batalkan pengesahan)", frozenset({S.DISAHKAN}), S.DRAF, "kinerja.buka",
             alasan_wajib=True),
)}


class StatusTidakSah(ValidationError):
    """The step cannot be taken from the current state, or its reason is missing."""


def alasan_tertulis(alasan: str | None, apa: str) -> str:
    """*alasan* stripped; :class:`StatusTidakSah` when shorter than :data:`PANJANG_ALASAN` (*apa*: what it is for)."""
    alasan = (alasan or "").strip()
    if len(alasan) < PANJANG_ALASAN:
        raise StatusTidakSah(f"Tuliskan alasan {apa} (paling sedikit {PANJANG_ALASAN} huruf).")
    return alasan


def transisi_untuk(*, user, objek: m.TahunKinerja | m.PerjanjianKinerja) -> list[Transisi]:
    """The steps *user* may take now on *objek* (for the buttons of the status panel)."""
    instansi_id = _tahun_kinerja(objek).instansi_id
    return [t for t in TRANSISI.values() if objek.status in t.dari and _boleh(user, t, instansi_id)]


def _boleh(user, t: Transisi, instansi_id: int) -> bool:
    from sakip.web.organisasi.selectors import instansi_list_for_user

    return instansi_list_for_user(user=user, aksi=t.izin).filter(pk=instansi_id).exists()


def _tahun_kinerja(objek) -> m.TahunKinerja:
    return objek if isinstance(objek, m.TahunKinerja) else objek.tahun_kinerja


def nama_objek(objek) -> str:
    if isinstance(objek, m.TahunKinerja):
        return f"Data kinerja {objek.instansi} tahun {objek.tahun}"
    return "PK murni" if objek.nomor_urut == 0 else f"PK perubahan ke-{objek.nomor_urut}"


def status_ubah(*, objek: m.TahunKinerja | m.PerjanjianKinerja, transisi: str, oleh, alasan: str = "") -> Riwayat:
    """Take step *transisi* on the office-year or PK version *objek*; return its audit row.

    Refused with :class:`PermissionDenied` (not the user's step) or :class:`StatusTidakSah`
    (not from this state, or reason missing). Nothing changes when refused.
    """
    t = TRANSISI.get(transisi)
    if t is None:
        raise StatusTidakSah("Langkah persetujuan tidak dikenal.")
    alasan = alasan_tertulis(alasan, f"“{t.label.lower()}”") if t.alasan_wajib else (alasan or "").strip()
    tk0 = _tahun_kinerja(objek)
    if not _boleh(oleh, t, tk0.instansi_id):
        raise PermissionDenied(f"Anda tidak berwenang melakukan langkah “{t.label}”.")
    _periksa_dari(type(objek).objects.get(pk=objek.pk), t)  # before the slow document generation
    dokumen = _susun_dokumen_sah(objek, oleh) if t.ke == S.DISAHKAN else None
    with transaction.atomic():
        tk = m.TahunKinerja.objects.select_for_update().select_related("instansi").get(pk=tk0.pk)
        sekarang = tk if isinstance(objek, m.TahunKinerja) else m.PerjanjianKinerja.objects.get(pk=objek.pk)
        _periksa_dari(sekarang, t)
        if dokumen is not None and dokumen.versi_data != tk.versi:
            raise StatusTidakSah("Data berubah ketika dokumen disusun; ulangi pengesahan.")
        lama = sekarang.status
        sekarang.status = t.ke
        sekarang.save(update_fields=["status"])
        if dokumen is not None:
            from sakip.web.dokumen.services import dokumen_sahkan

            dokumen_sahkan(dokumen=dokumen, oleh=oleh)
        kunci = "" if isinstance(sekarang, m.TahunKinerja) else str(sekarang.nomor_urut)
        entitas = "Status tahun" if isinstance(sekarang, m.TahunKinerja) else "Perjanjian kinerja"
        sesudah = {"status": t.ke}
        if dokumen is not None:
            sesudah["dokumen"] = {f: i["sha256"] for f, i in dokumen.berkas.items()}
        (r,) = riwayat_catat(instansi_id=tk.instansi_id, tahun=tk.tahun, versi_data=tk.versi, oleh=oleh, alasan=alasan,
                             catatan=[Catatan(Riwayat.Aksi.STATUS, entitas, kunci, f"{nama_objek(sekarang)}: {t.label}",
                                              {"status": lama}, sesudah)])
    objek.status = t.ke
    return r


def _periksa_dari(objek, t: Transisi) -> None:
    if objek.status not in t.dari:
        raise StatusTidakSah(f"{nama_objek(objek)} berstatus {objek.get_status_display().lower()}; "
                             f"langkah “{t.label}” tidak dapat dilakukan sekarang.")


def _susun_dokumen_sah(objek, oleh):
    """The document being signed, generated from the current data before the status changes."""
    from sakip.web.dokumen.models import DokumenTerbit
    from sakip.web.dokumen.services import dokumen_susun

    if isinstance(objek, m.TahunKinerja):
        return dokumen_susun(tahun_kinerja=objek, jenis=DokumenTerbit.Jenis.LKJ, oleh=oleh)
    jenis = DokumenTerbit.Jenis.PK_MURNI if objek.nomor_urut == 0 else DokumenTerbit.Jenis.PK_PERUBAHAN
    return dokumen_susun(tahun_kinerja=objek.tahun_kinerja, jenis=jenis, nomor_urut_pk=objek.nomor_urut,
                         oleh=oleh)
