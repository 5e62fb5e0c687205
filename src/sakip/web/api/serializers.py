"""Shapes of the API's JSON (read and write). Values stay text as written ("88,72", "2:9");
money is a decimal string. Descriptions here become the OpenAPI document (Indonesian)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers as s

from sakip.web.kinerja import models as m
from sakip.web.organisasi.models import Instansi

NILAI_BANTUAN = "Sebagaimana ditulis di dokumen, mis. “88,72”, “7:9”, “12 Bulan”. Kosong/null: tidak diisi."
UANG_BANTUAN = "Rupiah sebagai teks dengan format Indonesia, mis. “3397085593”, “3.397.085.593” atau “1.500.000,50”."


class Teks(s.CharField):
    """Text only: a JSON number is refused rather than turned into text (``88.72`` is not ``"88,72"``)."""

    default_error_messages = {"bukan_teks": "Tulis sebagai teks dalam tanda petik, mis. \"88,72\" atau \"3.397.085.593\"."}

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("bukan_teks")
        return super().to_internal_value(data)


def _teks(help_text: str = "", max_length: int | None = None, **kw) -> s.CharField:
    return Teks(required=False, allow_null=True, allow_blank=True, max_length=max_length, help_text=help_text, **kw)


class GalatRincianSerializer(s.Serializer):
    lokasi = s.CharField(allow_null=True, help_text="Letak masalah: medan kiriman atau jalur di berkas data, mis. “realisasi[3].triwulan.tw2”.")
    medan = s.CharField(required=False, allow_null=True, help_text="Medan kiriman yang bermasalah, bila dapat ditentukan.")
    pesan = s.CharField(help_text="Pesan dalam Bahasa Indonesia.")
    nilai = s.CharField(required=False, allow_null=True, help_text="Nilai yang ditolak.")


class IsianUbahSerializer(s.Serializer):
    medan = s.CharField()
    lama = s.CharField(allow_blank=True)
    baru = s.CharField(allow_blank=True)


class PerubahanLainSerializer(s.Serializer):
    waktu = s.DateTimeField()
    pengguna = s.CharField(allow_blank=True)
    jalur = s.CharField(help_text="web, api, cli atau sistem.")
    aksi = s.CharField(help_text="ditambah, diubah, dihapus atau status.")
    data = s.CharField()
    isian = IsianUbahSerializer(many=True)


class GalatSerializer(s.Serializer):
    galat = s.CharField(help_text="Pesan galat dalam Bahasa Indonesia.")
    rincian = GalatRincianSerializer(many=True, required=False, help_text="Setiap masalah (galat 400).")
    versi_diharapkan = s.IntegerField(required=False, help_text="Galat 409: versi yang Anda kirim.")
    versi_sekarang = s.IntegerField(required=False, help_text="Galat 409: versi sekarang.")
    perubahan = PerubahanLainSerializer(many=True, required=False,
                                        help_text="Galat 409: perubahan orang lain sejak versi yang Anda baca (dari riwayat).")


# --- reads ---------------------------------------------------------------------------


class PemdaRingkasSerializer(s.Serializer):
    id = s.IntegerField()
    nama = s.CharField()
    kode = s.CharField(help_text="Kode wilayah Kemendagri.")


class InstansiSerializer(s.ModelSerializer):
    pemda = PemdaRingkasSerializer(read_only=True)
    boleh_ubah_kinerja = s.SerializerMethodField(help_text="Apakah pemanggil boleh mengubah data kinerja instansi ini.")

    class Meta:
        model = Instansi
        fields = ["id", "nama", "singkatan", "jenis", "kode", "aktif", "pemda", "boleh_ubah_kinerja"]

    def get_boleh_ubah_kinerja(self, obj) -> bool:
        return obj.pk in self.context.get("boleh_ubah", set())


class TahunKinerjaSerializer(s.ModelSerializer):
    instansi = s.IntegerField(source="instansi_id", help_text="id instansi.")
    status_label = s.CharField(source="get_status_display", help_text="Status dalam kata-kata.")
    diubah_oleh = s.CharField(source="diubah_oleh.username", default=None, allow_null=True)

    class Meta:
        model = m.TahunKinerja
        fields = ["instansi", "tahun", "status", "status_label", "versi", "renstra_tahun_awal", "renstra_tahun_akhir",
                  "dibuat_pada", "diubah_pada", "diubah_oleh"]


class SerapanSerializer(s.Serializer):
    status = s.CharField(help_text="terhitung, belum_diisi atau tidak_dapat_dihitung.")
    pagu = s.DecimalField(max_digits=22, decimal_places=2)
    realisasi = s.DecimalField(max_digits=22, decimal_places=2, allow_null=True)
    persen = s.CharField(allow_null=True, help_text="Serapan (realisasi ÷ pagu × 100) sebagai angka desimal bertitik, tanpa pembulatan.")
    alasan = s.CharField(allow_null=True)
    rumus = s.CharField(help_text="Rumus dengan angkanya.")


class TahunKinerjaRincianSerializer(TahunKinerjaSerializer):
    boleh_ubah = s.BooleanField(help_text="Apakah pemanggil boleh mengubah data tahun ini.")
    jumlah = s.DictField(child=s.IntegerField(allow_null=True), help_text="Banyak indikator, IKU dan sub kegiatan beranggaran.")
    serapan = SerapanSerializer(allow_null=True, help_text="Serapan anggaran seluruh instansi (Σ realisasi ÷ Σ pagu).")

    class Meta(TahunKinerjaSerializer.Meta):
        fields = [*TahunKinerjaSerializer.Meta.fields, "boleh_ubah", "jumlah", "serapan"]


class TargetSerializer(s.ModelSerializer):
    indikator = s.CharField(source="indikator.kode", help_text="Kode indikator.")

    class Meta:
        model = m.TargetIndikator
        fields = ["indikator", "tahun", "nilai"]


class TargetTahunSerializer(s.Serializer):
    tahun = s.IntegerField()
    nilai = s.CharField(help_text="Target Renstra tahun itu, sebagaimana ditulis (“-”: tidak ada target).")


class IndikatorSerializer(s.ModelSerializer):
    target = TargetTahunSerializer(many=True, read_only=True, help_text="Target Renstra per tahun.")

    class Meta:
        model = m.Indikator
        fields = ["kode", "level", "induk_kode", "nama", "satuan", "polaritas", "rumus_negatif", "metode_agregasi",
                  "formulasi", "sumber_data", "iku", "baseline", "tahun_baseline", "target_akhir", "keterangan",
                  "versi", "diubah_pada", "target"]


TW = ("tw1", "tw2", "tw3", "tw4")


class RealisasiSerializer(s.Serializer):
    indikator = s.CharField(help_text="Kode indikator.")
    tahun = s.IntegerField(help_text="Tahun realisasi.")
    nilai = s.CharField(allow_null=True, help_text="Realisasi tahunan. " + NILAI_BANTUAN)
    tw1 = s.CharField(allow_null=True)
    tw2 = s.CharField(allow_null=True)
    tw3 = s.CharField(allow_null=True)
    tw4 = s.CharField(allow_null=True)
    keterangan = s.CharField(allow_null=True)
    uraian = s.CharField(allow_null=True, help_text="Uraian/analisis capaian.")
    bukti = s.ListField(child=s.CharField(), help_text="Nama berkas bukti.")
    versi = s.IntegerField(help_text="Versi baris; kirim kembali saat mengubah (0: belum ada).")
    diubah_pada = s.DateTimeField(allow_null=True)


class RealisasiTulisSerializer(s.Serializer):
    versi = s.IntegerField(min_value=0, max_value=2**31 - 1,
                           help_text="Versi baris yang terakhir Anda baca (0 bila belum ada). Berbeda: galat 409.")
    nilai = _teks("Realisasi tahunan; kosongkan bila dihitung dari triwulan. " + NILAI_BANTUAN)
    tw1 = _teks("Realisasi TW I.")
    tw2 = _teks("Realisasi TW II.")
    tw3 = _teks("Realisasi TW III.")
    tw4 = _teks("Realisasi TW IV.")
    keterangan = _teks("Keterangan.")
    uraian = _teks("Uraian/analisis capaian.")


class CapaianHasilSerializer(s.Serializer):
    status = s.CharField(help_text="terhitung, belum_diisi atau tidak_dapat_dihitung.")
    capaian = s.CharField(allow_null=True, help_text="Capaian (%) tanpa pembulatan, sebagai angka desimal bertitik.")
    dibatasi = s.CharField(allow_null=True, help_text="Capaian setelah dibatasi batas atas (parameter), untuk rekap.")
    kategori = s.CharField(allow_null=True, help_text="Predikat/kategori capaian (parameter bertanggal).")
    warna = s.CharField(allow_null=True, help_text="Kode warna kategori.")
    alasan = s.CharField(allow_null=True, help_text="Mengapa tidak terhitung.")
    rumus = s.CharField(help_text="Rumus dengan angkanya.")


class CapaianSerializer(s.Serializer):
    kode = s.CharField()
    nama = s.CharField()
    level = s.CharField()
    iku = s.BooleanField()
    satuan = s.CharField(allow_null=True)
    tahun = s.IntegerField(help_text="Tahun laporan.")
    target = s.CharField(allow_null=True)
    sumber_target = s.CharField(help_text="“PK murni”, “PK perubahan …” atau “Renstra”.")
    realisasi = s.CharField(allow_null=True, help_text="Realisasi tahunan (atau gabungan triwulan menurut metode agregasi).")
    capaian = CapaianHasilSerializer()


class AnggaranSerializer(s.Serializer):
    kode = s.CharField(help_text="Kode sub kegiatan.")
    nama = s.CharField()
    program = s.CharField(help_text="Kode program.")
    kegiatan = s.CharField(help_text="Kode kegiatan.")
    pagu_murni = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    pagu_perubahan = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    realisasi = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True, help_text="Realisasi setahun bila diisi.")
    realisasi_tw1 = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    realisasi_tw2 = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    realisasi_tw3 = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    realisasi_tw4 = s.DecimalField(max_digits=18, decimal_places=2, allow_null=True)
    sumber_dana = s.CharField(allow_null=True)
    keterangan = s.CharField(allow_null=True)
    serapan = SerapanSerializer(allow_null=True, help_text="Dihitung oleh sakip.core.anggaran; null bila belum ada anggaran.")
    versi = s.IntegerField(help_text="Versi baris anggaran (0: belum ada).")
    diubah_pada = s.DateTimeField(allow_null=True)


class AnggaranTulisSerializer(s.Serializer):
    versi = s.IntegerField(min_value=0, max_value=2**31 - 1, help_text="Versi baris yang terakhir Anda baca (0 bila belum ada).")
    pagu_murni = _teks(UANG_BANTUAN)
    pagu_perubahan = _teks("Kosongkan bila tidak ada perubahan.")
    realisasi = _teks("Realisasi setahun; kosongkan bila dijumlah dari triwulan.")
    realisasi_tw1 = _teks()
    realisasi_tw2 = _teks()
    realisasi_tw3 = _teks()
    realisasi_tw4 = _teks()
    sumber_dana = _teks("mis. DAU, PAD.")
    keterangan = _teks()


class PerjanjianSerializer(s.ModelSerializer):
    nama = s.CharField(source="__str__")

    class Meta:
        model = m.PerjanjianKinerja
        fields = ["nomor_urut", "jenis", "nama", "nomor", "tanggal", "tempat", "tanggal_dpa", "alasan_perubahan",
                  "uraian_alasan", "keterangan", "versi", "diubah_pada"]


class TargetPKSerializer(s.ModelSerializer):
    indikator = s.CharField(source="indikator.kode")
    sasaran = s.CharField(source="sasaran_kode", allow_null=True)

    class Meta:
        model = m.TargetPK
        fields = ["indikator", "sasaran", "target", "tw1", "tw2", "tw3", "tw4", "versi", "diubah_pada"]


class TargetPKTulisSerializer(s.Serializer):
    versi = s.IntegerField(min_value=0, max_value=2**31 - 1, help_text="Versi baris yang terakhir Anda baca (0: baris baru).")
    sasaran = _teks("Kode sasaran.")
    target = _teks("Target tahunan (wajib). " + NILAI_BANTUAN)
    tw1 = _teks()
    tw2 = _teks()
    tw3 = _teks()
    tw4 = _teks()


class BerkasDokumenSerializer(s.Serializer):
    nama = s.CharField()
    sha256 = s.CharField(help_text="SHA-256 berkas; berkas yang tidak cocok lagi tidak dilayani.")
    ukuran = s.IntegerField(help_text="Bita.")
    unduh = s.CharField(help_text="Alamat unduh.")


class DokumenSerializer(s.ModelSerializer):
    basi = s.BooleanField(help_text="Data sudah berubah sejak dokumen disusun.")
    terbit = s.BooleanField()
    berkas = s.SerializerMethodField()

    class Meta:
        model = m.TahunKinerja.dokumen.rel.related_model
        fields = ["id", "jenis", "versi_data", "basi", "terbit", "dibuat_pada", "diterbitkan_pada", "berkas"]

    @extend_schema_field(s.DictField(child=BerkasDokumenSerializer(), help_text="Per format (pdf, docx, html)."))
    def get_berkas(self, obj):
        from django.urls import reverse

        request = self.context["request"]
        tk = obj.tahun_kinerja
        return {
            f: {"nama": v["nama"], "sha256": v["sha256"], "ukuran": v.get("ukuran"),
                "unduh": request.build_absolute_uri(reverse("api:dokumen_unduh", args=[tk.instansi_id, tk.tahun, obj.pk, f]))}
            for f, v in sorted((obj.berkas or {}).items())
        }


class PenggunaSerializer(s.Serializer):
    username = s.CharField()
    nama = s.CharField()
    peran = s.ListField(child=s.CharField(), help_text="Peran beserta cakupannya.")
    token = s.CharField(allow_null=True, help_text="Awalan token yang dipakai (null: sesi peramban).")
