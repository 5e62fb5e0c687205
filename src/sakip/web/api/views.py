"""Thin API views: resolve the office-year through the screens' selector, call the entry
services for writes, serialise. Nothing here decides visibility or validates a value:

- reads: :func:`sakip.web.entri.selectors.tahun_kinerja_untuk_entri` (404 outside scope);
- writes: the same with ``untuk_ubah=True`` (403 for a role that may not change the office,
  before the body is read), then ``sakip.web.entri.services`` (validation, ``versi``
  check, locks, audit trail as on the screens);
- figures: capaian from :func:`sakip.laporan.analisis` (what the dashboards summarise),
  serapan from :mod:`sakip.web.entri.hitung` (``sakip.core.anggaran``).

Errors are mapped to HTTP statuses in :mod:`.galat`.
"""

from __future__ import annotations

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from sakip.web.api import serializers as ser
from sakip.web.entri import hitung, services
from sakip.web.entri import selectors as entri
from sakip.web.kinerja import models as m
from sakip.web.kinerja.services import periksa_terkunci
from sakip.web.kinerja.selectors import berkas_dari_db, instansi_boleh_ubah, tahun_kinerja_list_for_user, tahun_kinerja_ringkasan
from sakip.web.organisasi.selectors import instansi_get_for_user, instansi_list_for_user

G = ser.GalatSerializer
BACA = {401: OpenApiResponse(G, "Belum masuk, atau token tidak dikenal/dicabut."),
        404: OpenApiResponse(G, "Tidak ada, atau di luar cakupan peran Anda.")}
DAFTAR = {**BACA, 400: OpenApiResponse(G, "Parameter kueri tidak sah (mis. `ukuran` bukan bilangan bulat 1–200).")}
TULIS = {**BACA,
         400: OpenApiResponse(G, "Data tidak sah; `rincian` memuat setiap masalah (lokasi, pesan)."),
         403: OpenApiResponse(G, "Anda dapat melihat data ini tetapi tidak berwenang mengubahnya."),
         409: OpenApiResponse(G, "Data telah diubah orang lain sejak Anda membacanya (`versi` berbeda)."),
         423: OpenApiResponse(G, "Data tahun ini terkunci (sudah diajukan/direviu/disahkan, atau versi PK terkunci).")}


def _bool(teks: str | None) -> bool | None:
    if teks is None or teks == "":
        return None
    t = teks.strip().lower()
    if t in ("1", "true", "ya"):
        return True
    if t in ("0", "false", "tidak"):
        return False
    raise ValidationError({"iku": "Tulis 1/0, true/false atau ya/tidak."})


def _tahun_param(teks: str | None, nama: str = "tahun") -> int | None:
    if teks is None or teks == "":
        return None
    if not (teks.isascii() and teks.isdigit() and len(teks) == 4):
        raise ValidationError({nama: "Tahun ditulis empat angka, mis. 2023."})
    return int(teks)


P_IKU = OpenApiParameter("iku", OpenApiTypes.BOOL, description="Hanya IKU (true) atau hanya non-IKU (false).")
P_TAHUN = OpenApiParameter("tahun", OpenApiTypes.INT, description="Saring menurut tahun (empat angka).")
P_INDIKATOR = OpenApiParameter("indikator", OpenApiTypes.STR, description="Saring menurut kode indikator.")


class Daftar(GenericAPIView):
    def daftar(self, baris) -> Response:
        """One page of *baris* (a queryset or a list) through ``serializer_class``, with the page links."""
        return self.get_paginated_response(self.get_serializer(self.paginate_queryset(baris), many=True).data)


# --- instansi ----------------------------------------------------------------------------


class InstansiList(Daftar):
    serializer_class = ser.InstansiSerializer

    @extend_schema(tags=["instansi"], summary="Daftar instansi yang terlihat oleh Anda", responses={200: ser.InstansiSerializer(many=True), **DAFTAR})
    def get(self, request):
        qs = instansi_list_for_user(user=request.user).order_by("nama", "pk")
        halaman = self.paginate_queryset(qs)
        boleh = set(instansi_list_for_user(user=request.user, aksi="kinerja.ubah").filter(pk__in=[i.pk for i in halaman])
                    .values_list("pk", flat=True))
        return self.get_paginated_response(ser.InstansiSerializer(halaman, many=True, context={"boleh_ubah": boleh}).data)


class InstansiDetail(APIView):
    @extend_schema(tags=["instansi"], summary="Satu instansi", responses={200: ser.InstansiSerializer, **BACA})
    def get(self, request, pk: int):
        instansi = instansi_get_for_user(user=request.user, pk=pk)
        boleh = {pk} if instansi_boleh_ubah(user=request.user, instansi_pk=pk) else set()
        return Response(ser.InstansiSerializer(instansi, context={"boleh_ubah": boleh}).data)


class TahunList(Daftar):
    serializer_class = ser.TahunKinerjaSerializer

    @extend_schema(tags=["tahun kinerja"], summary="Data kinerja tahunan sebuah instansi (status, versi)",
                   responses={200: ser.TahunKinerjaSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int):
        instansi = instansi_get_for_user(user=request.user, pk=pk)
        qs = tahun_kinerja_list_for_user(user=request.user).filter(instansi=instansi).select_related("diubah_oleh").order_by("-tahun")
        return self.daftar(qs)


# --- one office-year -------------------------------------------------------------------------


class DasarTahun(Daftar):
    # Endpoints under instansi/<pk>/tahun/<tahun>/: the office-year through the screens' selector.
    # (No docstring: drf-spectacular would publish it as the operations' description.)

    def tk(self, *, untuk_ubah: bool = False) -> m.TahunKinerja:
        """As the screens' ``entri.views.ambil_tk``: 404 / 403, and for a write to a locked year 423
        (``DataTerkunci``) before the body is read."""
        tk = entri.tahun_kinerja_untuk_entri(user=self.request.user, instansi_pk=self.kwargs["pk"], tahun=self.kwargs["tahun"],
                                             untuk_ubah=untuk_ubah)
        if untuk_ubah:
            periksa_terkunci(tk)
        return tk



class TahunDetail(DasarTahun):
    @extend_schema(tags=["tahun kinerja"], summary="Satu data kinerja tahunan: status, versi, jumlah baris, serapan total",
                   responses={200: ser.TahunKinerjaRincianSerializer, **BACA})
    def get(self, request, pk: int, tahun: int):
        tk = self.tk()
        _, _, total = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk))
        data = ser.TahunKinerjaSerializer(tk).data
        data.update(boleh_ubah=entri.boleh_ubah(user=request.user, tahun_kinerja=tk), jumlah=tahun_kinerja_ringkasan(tahun_kinerja=tk),
                    serapan=_serapan(total))
        data["jumlah"].pop("pagu", None)
        return Response(data)


def _serapan(h) -> dict | None:
    return None if h is None else ser.SerapanSerializer(h).data


class IndikatorList(DasarTahun):
    serializer_class = ser.IndikatorSerializer

    @extend_schema(tags=["indikator"], summary="Indikator kinerja (semua tingkat) dengan target Renstra per tahun",
                   parameters=[P_IKU, OpenApiParameter("level", OpenApiTypes.STR, enum=list(m.Level.values),
                                                       description="Saring menurut tingkat.")],
                   responses={200: ser.IndikatorSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        qs = m.Indikator.objects.filter(tahun_kinerja=self.tk()).prefetch_related("target").order_by("urutan", "pk")
        iku = _bool(request.query_params.get("iku"))
        if iku is not None:
            qs = qs.filter(iku=iku)
        if level := request.query_params.get("level"):
            if level not in m.Level.values:
                raise ValidationError({"level": f"Pilih salah satu: {', '.join(m.Level.values)}."})
            qs = qs.filter(level=level)
        return self.daftar(qs)


class IndikatorDetail(DasarTahun):
    @extend_schema(tags=["indikator"], summary="Satu indikator", responses={200: ser.IndikatorSerializer, **BACA})
    def get(self, request, pk: int, tahun: int, kode: str):
        ind = entri.indikator_get(tahun_kinerja=self.tk(), kode=kode)
        return Response(ser.IndikatorSerializer(ind).data)


class TargetList(DasarTahun):
    serializer_class = ser.TargetSerializer

    @extend_schema(tags=["indikator"], summary="Target Renstra per indikator per tahun", parameters=[P_INDIKATOR, P_TAHUN],
                   responses={200: ser.TargetSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        qs = (m.TargetIndikator.objects.filter(tahun_kinerja=self.tk()).select_related("indikator")
              .order_by("indikator__urutan", "indikator_id", "tahun"))
        if kode := request.query_params.get("indikator"):
            qs = qs.filter(indikator__kode=kode)
        if (th := _tahun_param(request.query_params.get("tahun"))) is not None:
            qs = qs.filter(tahun=th)
        return self.daftar(qs)


# --- realisasi -------------------------------------------------------------------------------

REALISASI = ("nilai", "tw1", "tw2", "tw3", "tw4", "keterangan", "uraian")


def _realisasi_data(kode: str, th: int, r: m.Realisasi | None) -> dict:
    return {"indikator": kode, "tahun": th, **{f: getattr(r, f) if r else None for f in REALISASI},
            "bukti": [b.nama for b in r.bukti.all()] if r else [], "versi": r.versi if r else 0,
            "diubah_pada": r.diubah_pada if r else None}


class RealisasiList(DasarTahun):
    serializer_class = ser.RealisasiSerializer

    @extend_schema(tags=["realisasi"], summary="Realisasi indikator yang sudah diisi", parameters=[P_INDIKATOR, P_TAHUN],
                   responses={200: ser.RealisasiSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        qs = (m.Realisasi.objects.filter(tahun_kinerja=self.tk()).select_related("indikator").prefetch_related("bukti")
              .order_by("indikator__urutan", "indikator_id", "tahun"))
        if kode := request.query_params.get("indikator"):
            qs = qs.filter(indikator__kode=kode)
        if (th := _tahun_param(request.query_params.get("tahun"))) is not None:
            qs = qs.filter(tahun=th)
        baris = self.paginate_queryset(qs)
        return self.get_paginated_response(ser.RealisasiSerializer([_realisasi_data(r.indikator.kode, r.tahun, r) for r in baris], many=True).data)


class RealisasiDetail(DasarTahun):
    serializer_class = ser.RealisasiTulisSerializer

    def _data(self, tk, kode: str, th: int) -> dict:
        return ser.RealisasiSerializer(_realisasi_data(kode, th, entri.realisasi_get(tahun_kinerja=tk, kode=kode, tahun=th))).data

    @extend_schema(tags=["realisasi"], summary="Realisasi satu indikator pada satu tahun (versi 0: belum diisi)",
                   responses={200: ser.RealisasiSerializer, **BACA})
    def get(self, request, pk: int, tahun: int, kode: str, th: int):
        tk = self.tk()
        entri.indikator_get(tahun_kinerja=tk, kode=kode)
        return Response(self._data(tk, kode, th))

    @extend_schema(tags=["realisasi"], summary="Simpan realisasi satu indikator pada satu tahun",
                   description="Mengganti seluruh isian (medan yang tidak dikirim dikosongkan). Mengosongkan semua "
                               "medan realisasi tanpa bukti menghapusnya. Divalidasi seperti impor berkas data.",
                   request=ser.RealisasiTulisSerializer, responses={200: ser.RealisasiSerializer, **TULIS})
    def put(self, request, pk: int, tahun: int, kode: str, th: int):
        tk = self.tk(untuk_ubah=True)
        entri.indikator_get(tahun_kinerja=tk, kode=kode)
        d = _sahkan(ser.RealisasiTulisSerializer, request)
        services.realisasi_simpan(tahun_kinerja=tk, oleh=request.user, kode=kode, tahun=th, isian=d, versi=d["versi"])
        return Response(self._data(tk, kode, th))


def _sahkan(kelas, request) -> dict:
    s = kelas(data=request.data)
    s.is_valid(raise_exception=True)
    return dict(s.validated_data)


# --- capaian ----------------------------------------------------------------------------------


class CapaianList(DasarTahun):
    serializer_class = ser.CapaianSerializer

    @extend_schema(tags=["capaian"], summary="Capaian setiap indikator pada tahun laporan (dihitung, tidak disimpan)",
                   description="Dihitung oleh `sakip.laporan.analisis` (yang juga dipakai dasbor): target PK yang berlaku "
                               "(atau Renstra), realisasi tahunan atau gabungan triwulan, polaritas dan rumus indikator "
                               "negatif dari parameter bertanggal.",
                   parameters=[P_IKU], responses={200: ser.CapaianSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        from sakip.laporan import analisis
        from sakip.web.dasbor.ringkasan import capaian_data

        iku = _bool(request.query_params.get("iku"))
        tk = self.tk()
        a = analisis(berkas_dari_db(tahun_kinerja=tk))
        daftar = [
            {"kode": x.kode, "nama": x.indikator.nama, "level": x.level, "iku": x.indikator.iku, "satuan": x.indikator.satuan,
             "tahun": a.tahun, "target": x.target, "sumber_target": x.sumber_target, "realisasi": x.realisasi,
             "capaian": capaian_data(x.capaian)}
            for x in a.indikator.values() if iku is None or x.indikator.iku == iku
        ]
        return self.daftar(daftar)


# --- anggaran ---------------------------------------------------------------------------------

ANGGARAN = ("pagu_murni", "pagu_perubahan", "realisasi", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3", "realisasi_tw4",
            "sumber_dana", "keterangan")


def _anggaran_data(b: hitung.BarisAnggaran, baris: m.Anggaran | None) -> dict:
    return {"kode": b.kode, "nama": b.nama, "program": b.program, "kegiatan": b.kegiatan,
            **{f: getattr(baris, f) if baris else None for f in ANGGARAN},
            "serapan": _serapan(b.serapan), "versi": baris.versi if baris else 0, "diubah_pada": baris.diubah_pada if baris else None}


class AnggaranList(DasarTahun):
    serializer_class = ser.AnggaranSerializer

    @extend_schema(tags=["anggaran"], summary="Anggaran setiap sub kegiatan dengan serapannya",
                   responses={200: ser.AnggaranSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        tk = self.tk()
        baris, _, _ = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk))
        halaman = self.paginate_queryset(baris)
        simpanan = {a.sub_kegiatan.kode: a for a in m.Anggaran.objects.filter(
            tahun_kinerja=tk, sub_kegiatan__kode__in=[b.kode for b in halaman]).select_related("sub_kegiatan")}
        return self.get_paginated_response(ser.AnggaranSerializer([_anggaran_data(b, simpanan.get(b.kode)) for b in halaman], many=True).data)


class AnggaranDetail(DasarTahun):
    serializer_class = ser.AnggaranTulisSerializer

    def _sub(self, tk, kode: str):
        sub = entri.kode_anggaran_get(tahun_kinerja=tk, kode=kode)
        if sub.level != m.Level.SUB_KEGIATAN:
            raise Http404("Anggaran dicatat per sub kegiatan.")
        return sub

    def _data(self, tk, kode: str) -> dict:
        baris, _, _ = hitung.anggaran_baris(berkas_dari_db(tahun_kinerja=tk))
        b = next(x for x in baris if x.kode == kode)
        return ser.AnggaranSerializer(_anggaran_data(b, entri.anggaran_get(tahun_kinerja=tk, kode=kode))).data

    @extend_schema(tags=["anggaran"], summary="Anggaran satu sub kegiatan (versi 0: belum diisi)",
                   responses={200: ser.AnggaranSerializer, **BACA})
    def get(self, request, pk: int, tahun: int, kode: str):
        tk = self.tk()
        self._sub(tk, kode)
        return Response(self._data(tk, kode))

    @extend_schema(tags=["anggaran"], summary="Simpan anggaran satu sub kegiatan",
                   description="Mengganti seluruh isian. Jumlah uang ditulis sebagai teks berformat Indonesia. "
                               "Mengosongkan semua medan menghapus baris anggaran.",
                   request=ser.AnggaranTulisSerializer, responses={200: ser.AnggaranSerializer, **TULIS})
    def put(self, request, pk: int, tahun: int, kode: str):
        tk = self.tk(untuk_ubah=True)
        self._sub(tk, kode)
        d = _sahkan(ser.AnggaranTulisSerializer, request)
        services.anggaran_simpan(tahun_kinerja=tk, oleh=request.user, kode=kode, isian=d, versi=d["versi"])
        return Response(self._data(tk, kode))


# --- Perjanjian Kinerja -----------------------------------------------------------------------


class PKList(DasarTahun):
    serializer_class = ser.PerjanjianSerializer

    @extend_schema(tags=["perjanjian kinerja"], summary="Versi Perjanjian Kinerja (murni = 0, perubahan 1, 2, …)",
                   responses={200: ser.PerjanjianSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        qs = entri.perjanjian_list(tahun_kinerja=self.tk()).order_by("nomor_urut")
        return self.daftar(qs)


class TargetPKList(DasarTahun):
    serializer_class = ser.TargetPKSerializer

    @extend_schema(tags=["perjanjian kinerja"], summary="Baris target satu versi PK",
                   responses={200: ser.TargetPKSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int, nomor_urut: int):
        pj = entri.perjanjian_get(tahun_kinerja=self.tk(), nomor_urut=nomor_urut)
        qs = pj.target.select_related("indikator").order_by("urutan", "pk")
        return self.daftar(qs)


P_VERSI = OpenApiParameter("versi", OpenApiTypes.INT, required=True, description="Versi baris yang terakhir Anda baca.")


class TargetPKDetail(DasarTahun):
    serializer_class = ser.TargetPKTulisSerializer

    def _baris(self, pj, kode: str) -> m.TargetPK:
        baris = entri.target_pk_get(perjanjian=pj, kode=kode)
        if baris is None:
            raise Http404("Baris target tidak ditemukan.")
        return baris

    @extend_schema(tags=["perjanjian kinerja"], summary="Satu baris target PK", responses={200: ser.TargetPKSerializer, **BACA})
    def get(self, request, pk: int, tahun: int, nomor_urut: int, kode: str):
        pj = entri.perjanjian_get(tahun_kinerja=self.tk(), nomor_urut=nomor_urut)
        return Response(ser.TargetPKSerializer(self._baris(pj, kode)).data)

    @extend_schema(tags=["perjanjian kinerja"], summary="Tambah atau ubah baris target indikator pada satu versi PK",
                   description="`versi` 0 menambah baris baru. Divalidasi seperti impor berkas data.",
                   request=ser.TargetPKTulisSerializer, responses={200: ser.TargetPKSerializer, **TULIS})
    def put(self, request, pk: int, tahun: int, nomor_urut: int, kode: str):
        tk = self.tk(untuk_ubah=True)
        pj = entri.perjanjian_get(tahun_kinerja=tk, nomor_urut=nomor_urut)
        entri.indikator_get(tahun_kinerja=tk, kode=kode)
        d = _sahkan(ser.TargetPKTulisSerializer, request)
        services.target_pk_simpan(tahun_kinerja=tk, oleh=request.user, perjanjian=pj, kode=kode, isian=d, versi=d["versi"])
        return Response(ser.TargetPKSerializer(self._baris(pj, kode)).data)

    @extend_schema(tags=["perjanjian kinerja"], summary="Hapus baris target indikator dari satu versi PK", parameters=[P_VERSI],
                   responses={204: OpenApiResponse(description="Baris target dihapus."), **TULIS})
    def delete(self, request, pk: int, tahun: int, nomor_urut: int, kode: str):
        tk = self.tk(untuk_ubah=True)
        pj = entri.perjanjian_get(tahun_kinerja=tk, nomor_urut=nomor_urut)
        baris = self._baris(pj, kode)
        v = ser.TargetPKTulisSerializer(data={"versi": request.query_params.get("versi")}, partial=True)
        if not v.is_valid() or "versi" not in v.validated_data:
            raise ValidationError({"versi": v.errors.get("versi", ["Wajib diisi."])})
        services.target_pk_simpan(tahun_kinerja=tk, oleh=request.user, perjanjian=pj, kode=baris.indikator.kode, isian=None,
                                  versi=v.validated_data["versi"])
        return Response(status=204)


# --- dokumen -----------------------------------------------------------------------------------


class DokumenList(DasarTahun):
    serializer_class = ser.DokumenSerializer

    @extend_schema(tags=["dokumen"], summary="Dokumen LKj/PK yang telah disusun (dengan SHA-256 setiap berkas)",
                   responses={200: ser.DokumenSerializer(many=True), **DAFTAR})
    def get(self, request, pk: int, tahun: int):
        from sakip.web.dokumen.selectors import dokumen_list

        return self.daftar(dokumen_list(tahun_kinerja=self.tk()))


class DokumenUnduh(DasarTahun):
    @extend_schema(tags=["dokumen"], summary="Unduh satu berkas dokumen (pdf, docx atau html)",
                   description="Berkas yang isinya tidak cocok lagi dengan SHA-256 tersimpan tidak dilayani (404).",
                   responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, **BACA})
    def get(self, request, pk: int, tahun: int, dokumen: int, format: str):
        from sakip.web.dokumen.selectors import dokumen_get_for_user
        from sakip.web.dokumen.views import JENIS_KONTEN, kirim_berkas

        if format not in JENIS_KONTEN:
            raise Http404("Format tidak dikenal; pilih pdf, docx atau html.")
        d = dokumen_get_for_user(user=request.user, tahun_kinerja=self.tk(), pk=dokumen)
        return kirim_berkas(d, format)


# --- who am I, and unmatched addresses -----------------------------------------------------------------


class Saya(APIView):
    @extend_schema(tags=["akun"], summary="Siapa pemanggil ini dan apa perannya", responses={200: ser.PenggunaSerializer, 401: BACA[401]})
    def get(self, request):
        from sakip.web.organisasi.models import Peran

        u = request.user
        peran = [str(p) for p in Peran.objects.filter(user=u).select_related("pemda", "instansi")]
        token = getattr(request.auth, "awalan", None)
        return Response(ser.PenggunaSerializer({"username": u.username, "nama": u.get_full_name() or u.username,
                                                "peran": peran, "token": token}).data)


@extend_schema(exclude=True)
class TidakAda(APIView):
    # Any address under /api/v1/ that matches no endpoint: a JSON 404 (not Django's HTML page).

    permission_classes = [AllowAny]
    authentication_classes: list = []

    def http_method_not_allowed(self, request, *args, **kwargs):
        raise Http404("Alamat API ini tidak ada.")

    def get(self, request, *args, **kwargs):
        raise Http404("Alamat API ini tidak ada.")

    post = put = patch = delete = head = options = get

