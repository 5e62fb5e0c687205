"""A small valid data file every test starts from (and mutates)."""

from __future__ import annotations

import textwrap

import pytest

MINIMAL = textwrap.dedent(
    """\
    profil:
      instansi:
        nama: Kecamatan Contoh
        jenis: kecamatan
      pemda: Kabupaten Contoh
      provinsi: Kalimantan Selatan
      tahun: 2023
      tempat_penyusunan: Contoh
      tanggal_penyusunan: 2023-12-31
      kepala:
        nama: A
        jabatan: Camat Contoh
        nip: 19900107 201206 1 001
      kepala_daerah:
        nama: B
        jabatan: Bupati Contoh
    renstra:
      periode:
        tahun_awal: 2019
        tahun_akhir: 2023
      visi: Visi
      tujuan:
        - kode: T1
          uraian: Tujuan
          sasaran:
            - kode: S1
              uraian: Meningkatnya desa maju
              indikator:
                - kode: IKU-1
                  nama: Rasio desa maju
                  satuan: Desa
                  metode_agregasi: rasio
                  iku: true
                  target:
                    2022: 1:9
                    2023: 2:9
            - kode: S2
              uraian: Meningkatnya kualitas layanan
              indikator:
                - kode: IKU-2
                  nama: Indeks Kepuasan Masyarakat
                  satuan: Nilai
                  iku: true
                  target:
                    2023: 84
    program:
      - kode: 7.01.06
        nama: Program Pembinaan dan Pengawasan Pemerintahan Desa
        mendukung: [S1]
        kegiatan:
          - kode: 7.01.06.2.01
            nama: Fasilitasi Pembinaan Desa
            sub_kegiatan:
              - kode: 7.01.06.2.01.0001
                nama: Fasilitasi Penyusunan Peraturan Desa
    perjanjian_kinerja:
      - jenis: murni
        tanggal: 2023-01-16
        pihak_pertama: {nama: A, jabatan: Camat Contoh}
        pihak_kedua: {nama: B, jabatan: Bupati Contoh}
        sasaran:
          - {sasaran: S1, indikator: IKU-1, target: "2:9"}
          - {sasaran: S2, indikator: IKU-2, target: "84"}
        program:
          - {program: 7.01.06, anggaran: 8.062.300}
    realisasi:
      - indikator: IKU-1
        tahun: 2023
        nilai: 7:9
      - indikator: IKU-2
        tahun: 2023
        nilai: 88,72
    anggaran:
      - sub_kegiatan: 7.01.06.2.01.0001
        pagu_murni: 8.062.300
        realisasi: 7.969.650
    """
)


@pytest.fixture
def teks_minimal() -> str:
    return MINIMAL


DATA = __import__("pathlib").Path(__file__).parent / "data"


@pytest.fixture
def berkas_kaya():
    """A valid data file that fills every field of the model."""
    from sakip.berkas import baca

    return baca(DATA / "kaya.yaml")


@pytest.fixture
def buku_kaya(tmp_path, berkas_kaya):
    """The rich data file written as a workbook."""
    from sakip.berkas.xlsx import tulis_xlsx

    path = tmp_path / "kaya.xlsx"
    tulis_xlsx(berkas_kaya, path)
    return path
