"""Assembling sheet rows into the data file's plain shape (what the YAML holds).

Rows are placed by code: sasaran under their tujuan (``Induk Kode``),
kegiatan and sub kegiatan under the program/kegiatan their code starts with,
indicators under the node named in ``Induk Kode``, PK rows under the PK
version of their ``Nomor Urut PK``. The path of every value is mapped to its
cell (:attr:`Perakit.peta`) so model errors land on the cell. A row that
cannot be placed is reported and still checked on its own (:attr:`Perakit.lepas`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import BaseModel

from sakip.berkas.masalah import Lokasi, Masalah
from sakip.berkas.narasi import KODE_NARASI
from sakip.berkas.pk import BarisProgramPK, BarisSasaranPK
from sakip.berkas.profil import UnitOrganisasi
from sakip.berkas.program import Kegiatan, SubKegiatan
from sakip.berkas.renstra import Indikator, Sasaran
from sakip.berkas.xlsx import tata
from sakip.berkas.xlsx.lembar import BarisLembar, IsiLembar, Letak, ubah_sel

_TW = ("tw1", "tw2", "tw3", "tw4")


class Perakit:
    def __init__(self, isi: dict[str, IsiLembar], masalah: list[Masalah]):
        self.isi = isi
        self.masalah = masalah
        self.peta: dict[Lokasi, Letak] = {}
        self.lepas: list[tuple[type[BaseModel], dict[str, Any], dict[Lokasi, Letak]]] = []
        self.data: dict[str, Any] = {}
        self.simpul: dict[str, list[tuple[str, Lokasi, dict[str, Any]]]] = {}
        """kode -> [(level, path, node)] of tujuan, sasaran, program, kegiatan, sub kegiatan."""

    # --- helpers ------------------------------------------------------------------

    def _baris(self, nama: str) -> list[BarisLembar]:
        return self.isi[nama].baris if nama in self.isi else []

    def _lembar(self, nama: str, *jalur: Lokasi) -> None:
        for j in jalur:
            self.peta.setdefault(j, Letak(nama))

    def _galat(self, letak: Letak, nilai: Any, pesan: str, jenis: str = "xlsx") -> None:
        self.masalah.append(letak.masalah(nilai, pesan, jenis))

    def _isi(self, b: BarisLembar, kunci: tuple[str, ...], dasar: Lokasi, ganti: dict[str, str] | None = None) -> dict[str, Any]:
        """The row's values for ``kunci`` (renamed by ``ganti``) as a dict, each path mapped to its cell."""
        ganti = ganti or {}
        self.peta[dasar] = b.awal
        hasil: dict[str, Any] = {}
        for k in kunci:
            nama = ganti.get(k, k)
            self.peta[(*dasar, nama)] = b.letak[k]
            v = b.nilai.get(k)
            if v is not None and v != []:
                hasil[nama] = v
        return hasil

    def _triwulan(self, b: BarisLembar, dasar: Lokasi, kunci: tuple[str, ...] = _TW) -> dict[str, Any] | None:
        self.peta[dasar] = b.letak[kunci[0]]
        isi = {}
        for k, tw in zip(kunci, _TW):
            self.peta[(*dasar, tw)] = b.letak[k]
            if b.nilai.get(k) is not None:
                isi[tw] = b.nilai[k]
        return isi or None

    def _sudah(self, letak: Letak) -> bool:
        """Whether a problem was already reported for this cell (one message per cell)."""
        return any(m.lembar == letak.lembar and m.baris == letak.baris and m.kolom == letak.kolom for m in self.masalah)

    def _wajib(self, letak: Letak, pesan: str = "wajib diisi") -> None:
        """An empty required cell, unless its content was already refused."""
        if not self._sudah(letak):
            self._galat(letak, None, pesan)

    def _hanya(self, b: BarisLembar, kunci: str, untuk: str) -> None:
        if b.ada(kunci):
            self._galat(b.letak[kunci], b.nilai[kunci], f"kolom ini hanya diisi untuk {untuk}")

    def _lepaskan(self, model: type[BaseModel], b: BarisLembar, kunci: tuple[str, ...], ganti: dict[str, str] | None = None) -> None:
        """Check a row that could not be placed on its own, so its other errors are reported too."""
        peta_lama = self.peta
        self.peta = {}
        isi = self._isi(b, kunci, (), ganti)
        self.lepas.append((model, isi, self.peta))
        self.peta = peta_lama

    # --- the file ---------------------------------------------------------------------

    def rakit(self) -> dict[str, Any]:
        self._isian(tata.PROFIL)
        self._narasi()
        self._daftar(tata.DASAR_HUKUM, ("dasar_hukum",), ("uraian", "tautan"))
        self._tugas_fungsi()
        self._struktur()
        self._isian(tata.RENSTRA)
        self._misi()
        self._tujuan_sasaran()
        self._program()
        self._indikator()
        self._pk()
        self._realisasi()
        self._anggaran()
        self._daftar(tata.PEMBANDING, ("pembanding", "instansi_lain"), tuple(k.kunci for k in tata.PEMBANDING.kolom))
        self._daftar(tata.STANDAR_NASIONAL, ("pembanding", "standar_nasional"), tuple(k.kunci for k in tata.STANDAR_NASIONAL.kolom))
        self._daftar(tata.PRESTASI, ("prestasi",), tuple(k.kunci for k in tata.PRESTASI.kolom))
        self._daftar(tata.DOKUMENTASI, ("dokumentasi",), tuple(k.kunci for k in tata.DOKUMENTASI.kolom))
        self._daftar(tata.REKOMENDASI, ("rekomendasi_reviu",), tuple(k.kunci for k in tata.REKOMENDASI.kolom))
        self._daftar(tata.KOREKSI, ("catatan_koreksi",), tuple(k.kunci for k in tata.KOREKSI.kolom))
        return self.data

    def _tempat(self, jalur: Lokasi) -> dict[str, Any]:
        """The dict at ``jalur`` (created on the way)."""
        d = self.data
        for k in jalur:
            d = d.setdefault(k, {})
        return d

    def _isian(self, spek: tata.LembarIsian) -> None:
        self._lembar(spek.nama, *{i.jalur[:1] for i in spek.isian}, *{i.jalur[:2] for i in spek.isian})
        ada = spek.nama in self.isi
        dilihat: dict[str, int] = {}
        for b in self._baris(spek.nama):
            label = b.nilai.get("isian")
            sel = b.nilai.get("nilai")
            if label is None:
                if sel is not None:
                    self._galat(b.letak["isian"], None, "kolom Isian kosong: nilai ini tidak diketahui untuk apa")
                continue
            isian = spek.cari(label)
            if isian is None:
                self._galat(b.letak["isian"], label, f"isian '{label}' tidak dikenal di lembar {spek.nama}")
                continue
            if isian.label in dilihat:
                self._galat(b.letak["isian"], label, f"isian '{isian.label}' sudah ada di baris {dilihat[isian.label]}")
                continue
            dilihat[isian.label] = b.nomor
            letak = replace(b.letak["nilai"], isian=isian.label)
            self.peta[isian.jalur] = letak
            v = ubah_sel(sel, isian.jenis, isian.pilihan, letak, self.masalah)
            self._tempat(isian.jalur[:-1])
            if v is not None:
                self._tempat(isian.jalur[:-1])[isian.jalur[-1]] = v
        if ada:
            for isian in spek.isian:
                if isian.wajib and isian.label not in dilihat:
                    letak = Letak(spek.nama, None, "Isian", isian=isian.label)
                    self._galat(letak, isian.label, f"baris isian wajib '{isian.label}' tidak ada")
                    self.peta[isian.jalur] = letak

    def _daftar(self, spek: tata.LembarTabel, jalur: Lokasi, kunci: tuple[str, ...]) -> None:
        self._lembar(spek.nama, jalur)
        daftar = []
        for b in self._baris(spek.nama):
            daftar.append(self._isi(b, kunci, (*jalur, len(daftar))))
        if daftar:
            self._tempat(jalur[:-1])[jalur[-1]] = daftar

    def _narasi(self) -> None:
        self._lembar(tata.NARASI.nama, ("narasi",))
        narasi: dict[str, str] = {}
        baris_kode: dict[str, int] = {}
        sebelumnya = None
        for b in self._baris(tata.NARASI.nama):
            kode = b.nilai.get("bagian")
            if kode is None:
                if b.ada("teks"):
                    self._galat(b.letak["bagian"], None, "kolom Bagian wajib diisi (kode bagian LKj)")
                continue
            if kode not in KODE_NARASI:
                self._galat(b.letak["bagian"], kode, "kode bagian tidak dikenal; gunakan salah satu dari: " + ", ".join(KODE_NARASI))
                continue
            if kode in baris_kode and sebelumnya != kode:
                self._galat(b.letak["bagian"], kode, f"bagian '{kode}' sudah ada di baris {baris_kode[kode]}; "
                            "lanjutan teks harus tepat di bawahnya")
                continue
            baris_kode.setdefault(kode, b.nomor)
            self.peta.setdefault(("narasi", kode), b.letak["teks"])
            if b.ada("teks"):
                narasi[kode] = narasi.get(kode, "") + b.nilai["teks"]
            sebelumnya = kode
        if narasi:
            self.data["narasi"] = narasi

    def _tugas_fungsi(self) -> None:
        self._lembar(tata.TUGAS_FUNGSI.nama, ("tugas_fungsi",))
        daftar = []
        for b in self._baris(tata.TUGAS_FUNGSI.nama):
            self.peta[("tugas_fungsi", len(daftar))] = b.letak["uraian"]
            daftar.append(b.nilai.get("uraian"))
        if daftar:
            self.data["tugas_fungsi"] = daftar

    def _struktur(self) -> None:
        self._lembar(tata.STRUKTUR.nama, ("struktur_organisasi",))
        akar: list[dict[str, Any]] = []
        tumpukan: list[tuple[int, list[dict[str, Any]], Lokasi]] = [(0, akar, ("struktur_organisasi",))]
        kunci = ("nama", "pejabat", "tugas")
        for b in self._baris(tata.STRUKTUR.nama):
            tingkat = b.nilai.get("tingkat")
            puncak = tumpukan[-1][0]
            sah = isinstance(tingkat, int) and 1 <= tingkat <= puncak + 1
            if tingkat is None:
                self._wajib(b.letak["tingkat"], "wajib diisi (1 = unit teratas)")
            elif not sah:
                self._galat(b.letak["tingkat"], tingkat,
                            f"tingkat harus bilangan bulat 1 sampai {puncak + 1} (paling banyak satu di bawah unit di atasnya)")
            if not sah:
                self._lepaskan(UnitOrganisasi, b, kunci)
                continue
            while tumpukan[-1][0] >= tingkat:
                tumpukan.pop()
            _, daftar, dasar = tumpukan[-1]
            jalur = (*dasar, len(daftar))
            unit = self._isi(b, kunci, jalur)
            daftar.append(unit)
            tumpukan.append((tingkat, unit.setdefault("sub_unit", []), (*jalur, "sub_unit")))
        _buang_kosong(akar, "sub_unit")
        if akar:
            self.data["struktur_organisasi"] = akar

    def _misi(self) -> None:
        self._lembar(tata.MISI.nama, ("renstra", "misi"))
        daftar = [self._isi(b, ("nomor", "uraian"), ("renstra", "misi", i)) for i, b in enumerate(self._baris(tata.MISI.nama))]
        if daftar:
            self._tempat(("renstra",))["misi"] = daftar

    def _tujuan_sasaran(self) -> None:
        nama = tata.TUJUAN_SASARAN.nama
        self._lembar(nama, ("renstra", "tujuan"))
        tujuan: list[dict[str, Any]] = []
        baris = self._baris(nama)
        for b in baris:
            if b.nilai.get("jenis") == "tujuan":
                self._hanya(b, "induk", "sasaran (kode tujuannya)")
                self._hanya(b, "keterangan", "sasaran")
                jalur = ("renstra", "tujuan", len(tujuan))
                node = self._isi(b, ("kode", "uraian", "misi"), jalur)
                tujuan.append(node)
                self._simpul(node.get("kode"), "tujuan", jalur, node)
        for b in baris:
            jenis = b.nilai.get("jenis")
            if jenis == "tujuan":
                continue
            if jenis != "sasaran":
                if jenis is None:
                    self._wajib(b.letak["jenis"], "wajib diisi: tujuan atau sasaran")
                else:
                    self._galat(b.letak["jenis"], jenis, "harus salah satu dari: tujuan, sasaran")
                self._lepaskan(Sasaran, b, ("kode", "uraian", "keterangan"))
                continue
            self._hanya(b, "misi", "tujuan")
            induk = self._induk(b, ("tujuan",), "tujuan")
            if induk is None:
                self._lepaskan(Sasaran, b, ("kode", "uraian", "keterangan"))
                continue
            _, jalur_t, node_t = induk
            daftar = node_t.setdefault("sasaran", [])
            jalur = (*jalur_t, "sasaran", len(daftar))
            node = self._isi(b, ("kode", "uraian", "keterangan"), jalur)
            daftar.append(node)
            self._simpul(node.get("kode"), "sasaran", jalur, node)
        if tujuan:
            self._tempat(("renstra",))["tujuan"] = tujuan

    def _simpul(self, kode: str | None, level: str, jalur: Lokasi, node: dict[str, Any]) -> None:
        if kode is not None:
            self.simpul.setdefault(kode, []).append((level, jalur, node))

    def _induk(self, b: BarisLembar, level: tuple[str, ...], apa: str, kunci: str = "induk",
               pilih: str | None = None) -> tuple[str, Lokasi, dict[str, Any]] | None:
        """The node a row hangs under, by the code in column ``kunci``; reports when unknown."""
        kode = b.nilai.get(kunci)
        if kode is None:
            self._wajib(b.letak[kunci], f"wajib diisi: kode {apa} induknya")
            return None
        calon = [s for s in self.simpul.get(kode, []) if s[0] in level and (pilih is None or s[0] == pilih)]
        if not calon:
            self._galat(b.letak[kunci], kode, f"kode {apa} '{kode}' tidak dikenal", "rujukan_tidak_dikenal")
            return None
        return calon[0]

    def _program(self) -> None:
        nama = tata.PROGRAM.nama
        self._lembar(nama, ("program",))
        program: list[dict[str, Any]] = []
        per_jenis: dict[int, list[BarisLembar]] = {3: [], 5: [], 6: []}
        for b in self._baris(nama):
            kode = b.nilai.get("kode")
            bagian = len(kode.split(".")) if kode else 0
            if bagian not in per_jenis:
                if kode is None:
                    self._wajib(b.letak["kode"])
                else:
                    self._galat(b.letak["kode"], kode, "kode harus berbentuk program (7.01.06), kegiatan (7.01.06.2.01) "
                                "atau sub kegiatan (7.01.06.2.01.0001)")
                continue
            per_jenis[bagian].append(b)
        for b in per_jenis[3]:
            self._hanya(b, "keterangan", "sub kegiatan")
            jalur = ("program", len(program))
            node = self._isi(b, ("kode", "nama", "sasaran_program", "mendukung"), jalur)
            program.append(node)
            self._simpul(node["kode"], "program", jalur, node)
        for bagian, level, induk, model, kunci in (
            (5, "kegiatan", "program", Kegiatan, ("kode", "nama", "mendukung")),
            (6, "sub_kegiatan", "kegiatan", SubKegiatan, ("kode", "nama", "mendukung", "keterangan")),
        ):
            for b in per_jenis[bagian]:
                self._hanya(b, "sasaran_program", "program")
                if level == "kegiatan":
                    self._hanya(b, "keterangan", "sub kegiatan")
                kode_induk = ".".join(b.nilai["kode"].split(".")[: bagian - 1 if bagian == 6 else 3])
                calon = [s for s in self.simpul.get(kode_induk, []) if s[0] == induk]
                if not calon:
                    self._galat(b.letak["kode"], b.nilai["kode"], f"{induk.replace('_', ' ')} induknya ({kode_induk}) "
                                f"tidak ada di lembar {nama}", "rujukan_tidak_dikenal")
                    self._lepaskan(model, b, kunci)
                    continue
                _, jalur_i, node_i = calon[0]
                daftar = node_i.setdefault(level, [])
                jalur = (*jalur_i, level, len(daftar))
                node = self._isi(b, kunci, jalur)
                daftar.append(node)
                self._simpul(node["kode"], level, jalur, node)
        if program:
            self.data["program"] = program

    def _indikator(self) -> None:
        nama = tata.INDIKATOR.nama
        self._lembar(nama, ("renstra",))
        kunci = tuple(k.kunci for k in tata.INDIKATOR.kolom if k.kunci != "induk")
        for b in self._baris(nama):
            induk = self._induk(b, ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan"),
                                "tujuan/sasaran/program/kegiatan/sub kegiatan", pilih=self._pilih_level(b))
            if induk is None:
                self._lepaskan(Indikator, b, kunci)
                continue
            _, jalur_i, node_i = induk
            daftar = node_i.setdefault("indikator", [])
            jalur = (*jalur_i, "indikator", len(daftar))
            node = self._isi(b, kunci, jalur)
            self.peta[(*jalur, "target")] = b.letak["induk"]
            target = {}
            for tahun, v in b.target.items():
                self.peta[(*jalur, "target", tahun)] = b.letak_target[tahun]
                if v is not None:
                    target[tahun] = v
            if target:
                node["target"] = dict(sorted(target.items()))
            daftar.append(node)

    def _pilih_level(self, b: BarisLembar) -> str | None:
        """With a code used twice (a tujuan and a program, say), ``Level`` decides."""
        kode, level = b.nilai.get("induk"), b.nilai.get("level")
        calon = {s[0] for s in self.simpul.get(kode or "", [])}
        return level if len(calon) > 1 and level in calon else None

    def _pk(self) -> None:
        nama = tata.PK.nama
        self._lembar(nama, ("perjanjian_kinerja",))
        daftar: list[dict[str, Any]] = []
        per_nomor: dict[int, tuple[Lokasi, dict[str, Any]]] = {}
        for b in self._baris(nama):
            jalur = ("perjanjian_kinerja", len(daftar))
            pk = self._isi(b, ("jenis", "nomor_urut", "nomor", "tanggal", "tempat", "tanggal_dpa", "alasan_perubahan",
                               "uraian_alasan", "keterangan"), jalur)
            for awal, pihak in (("p1", "pihak_pertama"), ("p2", "pihak_kedua")):
                isi = self._isi(b, tuple(f"{awal}_{k}" for k in ("nama", "jabatan", "pangkat", "nip", "plt")), (*jalur, pihak),
                                {f"{awal}_{k}": k for k in ("nama", "jabatan", "pangkat", "nip", "plt")})
                self.peta[(*jalur, pihak)] = b.letak[f"{awal}_nama"]
                pk[pihak] = isi
            daftar.append(pk)
            if isinstance(pk.get("nomor_urut"), int):
                per_nomor.setdefault(pk["nomor_urut"], (jalur, pk))
        for spek, kunci_daftar, model, kunci in (
            (tata.PK_TARGET, "sasaran", BarisSasaranPK, ("sasaran", "indikator", "target")),
            (tata.PK_ANGGARAN, "program", BarisProgramPK, ("program", "anggaran", "keterangan")),
        ):
            self._lembar(spek.nama, ("perjanjian_kinerja",))
            for b in self._baris(spek.nama):
                nomor = b.nilai.get("pk")
                if nomor not in per_nomor:
                    if isinstance(nomor, str):
                        self._galat(b.letak["pk"], nomor, "harus bilangan bulat: nomor urut PK (0 untuk PK murni)")
                    elif nomor is not None:
                        self._galat(b.letak["pk"], nomor, f"PK bernomor urut {nomor} tidak ada di lembar {nama}", "rujukan_tidak_dikenal")
                    else:
                        self._wajib(b.letak["pk"], "wajib diisi: nomor urut PK (0 untuk PK murni)")
                    self._lepaskan(model, b, kunci)
                    continue
                jalur_pk, pk = per_nomor[nomor]
                baris = pk.setdefault(kunci_daftar, [])
                jalur = (*jalur_pk, kunci_daftar, len(baris))
                isi = self._isi(b, kunci, jalur)
                if spek is tata.PK_TARGET:
                    tw = self._triwulan(b, (*jalur, "target_triwulan"))
                    if tw:
                        isi["target_triwulan"] = tw
                baris.append(isi)
        if daftar:
            self.data["perjanjian_kinerja"] = daftar

    def _realisasi(self) -> None:
        nama = tata.REALISASI.nama
        self._lembar(nama, ("realisasi",))
        daftar = []
        for b in self._baris(nama):
            jalur = ("realisasi", len(daftar))
            isi = self._isi(b, ("indikator", "tahun", "nilai", "keterangan", "uraian", "bukti"), jalur)
            tw = self._triwulan(b, (*jalur, "triwulan"))
            if tw:
                isi["triwulan"] = tw
            daftar.append(isi)
        if daftar:
            self.data["realisasi"] = daftar

    def _anggaran(self) -> None:
        nama = tata.ANGGARAN.nama
        self._lembar(nama, ("anggaran",))
        daftar = []
        for b in self._baris(nama):
            jalur = ("anggaran", len(daftar))
            isi = self._isi(b, ("sub_kegiatan", "pagu_murni", "pagu_perubahan", "realisasi", "sumber_dana", "keterangan"), jalur)
            tw = self._triwulan(b, (*jalur, "realisasi_triwulan"))
            if tw:
                isi["realisasi_triwulan"] = tw
            daftar.append(isi)
        if daftar:
            self.data["anggaran"] = daftar


def _buang_kosong(daftar: list[dict[str, Any]], kunci: str) -> None:
    for d in daftar:
        if not d.get(kunci):
            d.pop(kunci, None)
        else:
            _buang_kosong(d[kunci], kunci)

