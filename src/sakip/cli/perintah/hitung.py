"""``sakip hitung``: capaian of many indicators from a spreadsheet."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import OPSI_FORMAT, OPSI_KELUARAN, Format, opsi_tahun, tangani_berkas

KOLOM_WAJIB = ("target", "realisasi")
KOLOM_OPSIONAL = ("indikator", "satuan", "polaritas", "rumus_negatif")
BARIS_BESAR = 1000
KOLOM_HASIL = ("capaian", "capaian_dibatasi", "kategori", "status", "alasan", "rumus")


def hitung_baris(tabel, *, tahun: int, ubah=None) -> list:
    """Capaian for every row of a table; raises BerkasTidakSah listing every bad cell.

    Large tables are spread over the cores; rows keep their order. With ``ubah`` each
    chunk's rows are transformed inside its worker (e.g. serialised) and the list of
    transformed chunks is returned instead of the rows.
    """
    from functools import partial

    from sakip.io.paralel import petakan_potongan
    from sakip.io.tabel import BerkasTidakSah

    kesalahan, bagian = [], []
    for k, h in petakan_potongan(partial(_hitung_potongan, tabel, tahun=tahun, ubah=ubah), tabel.baris):
        kesalahan.extend(k)
        bagian.append(h)
    if kesalahan:
        raise BerkasTidakSah(kesalahan)
    return bagian if ubah else [b for potongan in bagian for b in potongan]


def _hitung_potongan(tabel, baris_tabel, *, tahun: int, ubah=None) -> tuple[list, list]:
    kesalahan, hasil = _hitung_baris_potongan(tabel, baris_tabel, tahun=tahun)
    return kesalahan, (ubah(hasil) if ubah and not kesalahan else hasil)


def _hitung_baris_potongan(tabel, baris_tabel, *, tahun: int) -> tuple[list, list[dict]]:
    kesalahan, hasil = [], []
    kolom_masukan = tabel.kolom
    sudah: dict[tuple, dict] = {}  # the same inputs give the same capaian: compute once per chunk
    capaian_baris = _penghitung(tahun)
    for b in baris_tabel:
        isi = b.nilai
        kunci = (isi.get("target"), isi.get("realisasi"), isi.get("polaritas"), isi.get("rumus_negatif"))
        keluaran = sudah.get(kunci)
        if keluaran is None:
            keluaran = capaian_baris(tabel, b, kesalahan)
            if keluaran is None:
                continue
            sudah[kunci] = keluaran
        if kesalahan:
            continue
        baris = {"baris": b.nomor}
        for k in kolom_masukan:
            v = isi.get(k)
            baris[k] = None if v is None else (str(v).strip() or None)
        baris.update(keluaran)
        hasil.append(baris)
    return kesalahan, hasil


def _penghitung(tahun: int):
    """A function computing one row's capaian columns (imports done once per chunk)."""
    from sakip.core.angka import coba_nilai
    from sakip.core.capaian import POLARITAS, RUMUS_NEGATIF, hitung_capaian
    from sakip.core.exceptions import AngkaTidakSah
    from sakip.core.format import bulatkan

    def dua_desimal(x):
        # published precision; a float is exact enough at 2 decimals and serialises fast
        return None if x is None else float(bulatkan(x))

    def capaian_baris(tabel, b, kesalahan: list) -> dict | None:
        """The computed columns of one row, or None (its bad cells added to ``kesalahan``)."""
        nilai, sebelum = {}, len(kesalahan)
        for kolom in KOLOM_WAJIB:
            try:
                nilai[kolom] = coba_nilai(b.nilai.get(kolom))
            except AngkaTidakSah as e:
                kesalahan.append(tabel.kesalahan(b, kolom, b.nilai.get(kolom), e.alasan))
        polaritas = (b.teks("polaritas") or "positif").lower()
        if polaritas not in POLARITAS:
            kesalahan.append(tabel.kesalahan(b, "polaritas", b.nilai.get("polaritas"), "polaritas harus 'positif' atau 'negatif'"))
        rumus_negatif = b.teks("rumus_negatif")
        if rumus_negatif and rumus_negatif.upper() not in RUMUS_NEGATIF:
            kesalahan.append(tabel.kesalahan(b, "rumus_negatif", rumus_negatif, "rumus negatif harus '2T-R' atau 'T/R'"))
        if len(kesalahan) > sebelum:
            return None
        h = hitung_capaian(
            target=nilai["target"],
            realisasi=nilai["realisasi"],
            polaritas=polaritas,
            rumus_negatif=rumus_negatif.upper() if rumus_negatif else None,
            tahun=tahun,
        )
        return {
            "capaian": dua_desimal(h.capaian),
            "capaian_dibatasi": dua_desimal(h.capaian_dibatasi),
            "kategori": h.kategori,
            "status": h.status.value,
            "alasan": h.alasan,
            "rumus": h.rumus or None,
        }

    return capaian_baris
def daftarkan(app: typer.Typer) -> None:
    @app.command("hitung")
    @tangani_berkas
    def hitung(
        berkas: Path = typer.Argument(..., help="Berkas CSV atau XLSX dengan kolom target dan realisasi (opsional: indikator, satuan, polaritas, rumus_negatif)."),
        tahun: int = opsi_tahun(),
        format: Format = OPSI_FORMAT,
        keluaran: Path = OPSI_KELUARAN,
    ) -> None:
        """Hitung capaian setiap indikator (target lawan realisasi) beserta kategori dan rumusnya."""
        from functools import partial

        from sakip.cli.keluaran import gabung_json, konsol, ke_csv, ke_json, potongan_csv, potongan_json, tabel_rich, tulis
        from sakip.core import format as fmt
        from sakip.io.tabel import baca_tabel

        tabel = baca_tabel(berkas, kolom_wajib=KOLOM_WAJIB, kolom_opsional=KOLOM_OPSIONAL)
        if format != Format.tabel and len(tabel.baris) > BARIS_BESAR:
            # large files: each worker serialises its own chunk
            ubah = potongan_json if format == Format.json else partial(potongan_csv, kepala=False)
            bagian = hitung_baris(tabel, tahun=tahun, ubah=ubah)
            if format == Format.json:
                tulis(gabung_json(bagian), keluaran)
            else:
                import csv
                import io

                kepala = io.StringIO()
                csv.writer(kepala, lineterminator="\n").writerow(["baris", *tabel.kolom, *KOLOM_HASIL])
                tulis(kepala.getvalue() + "".join(bagian), keluaran)
            return
        hasil = hitung_baris(tabel, tahun=tahun)
        if format == Format.json:
            tulis(ke_json(hasil), keluaran)
        elif format == Format.csv:
            tulis(ke_csv(hasil), keluaran)
        else:
            t = tabel_rich(
                f"Capaian kinerja ({berkas.name}, aturan tahun {tahun})",
                ["Baris", "Indikator", "Target", "Realisasi", "Capaian", "Kategori", "Keterangan"],
                [
                    (
                        h["baris"],
                        h.get("indikator") or "",
                        h.get("target") or "-",
                        h.get("realisasi") or "-",
                        fmt.persen(h["capaian"]),
                        h["kategori"] or h["status"],
                        h["rumus"] or h["alasan"],
                    )
                    for h in hasil
                ],
                kanan=(0, 2, 3, 4),
            )
            if keluaran:
                tulis(ke_csv(hasil), keluaran)
            else:
                konsol().print(t)
