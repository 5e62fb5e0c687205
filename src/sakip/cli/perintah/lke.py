"""``sakip lke``: the AKIP evaluation score (PermenPANRB 88/2021) from an LKE sheet."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import OPSI_FORMAT, OPSI_KELUARAN, Format, opsi_tahun, tangani_berkas

KOLOM_OPSIONAL = ("subkomponen", "kriteria", "jawaban", "nilai")


def _baca(berkas: Path, tahun: int):
    """Entries of the sheet with their row numbers; raises BerkasTidakSah listing every bad cell."""
    from sakip.core import lke
    from sakip.core.angka import coba_angka
    from sakip.core.exceptions import AngkaTidakSah
    from sakip.io.tabel import BerkasTidakSah, baca_tabel

    tabel = baca_tabel(berkas, kolom_wajib=("komponen",), kolom_opsional=KOLOM_OPSIONAL,
                       salah_satu=[("jawaban", "nilai")])
    kesalahan, entri, baris = [], [], []
    for b in tabel.baris:
        try:
            nilai = coba_angka(b.nilai.get("nilai"))
        except AngkaTidakSah as e:
            kesalahan.append(tabel.kesalahan(b, "nilai", b.nilai.get("nilai"), e.alasan))
            continue
        entri.append(lke.EntriLKE(komponen=b.teks("komponen") or "", subkomponen=b.teks("subkomponen"),
                                  kriteria=b.teks("kriteria"), jawaban=b.teks("jawaban"), nilai=nilai))
        baris.append(b)
    for m in lke.periksa_entri(entri, tahun=tahun):
        b = baris[m.indeks]
        kesalahan.append(tabel.kesalahan(b, m.kolom, b.nilai.get(m.kolom), m.alasan))
    if kesalahan:
        raise BerkasTidakSah(sorted(kesalahan, key=lambda k: k.baris or 0))
    return entri


def hasil_lke(berkas: Path, *, tahun: int) -> dict:
    """The LKE score of a sheet as a plain dict (the JSON shape)."""
    from sakip.core import lke

    h = lke.hitung_lke(_baca(berkas, tahun), tahun=tahun)
    return {
        "tahun": h.tahun,
        "komponen": [
            {"nama": k.nama, "bobot": k.bobot, "nilai": k.nilai, "status": k.status, "alasan": k.alasan,
             "rumus": k.rumus or None,
             "subkomponen": [{"nama": s.nama, "bobot": s.bobot, "nilai": s.nilai, "status": s.status,
                              "jumlah_kriteria": s.jumlah_kriteria, "rumus": s.rumus or None} for s in k.subkomponen]}
            for k in h.komponen
        ],
        "nilai_akhir": h.nilai_akhir,
        "predikat": h.predikat,
        "interpretasi": h.interpretasi,
        "status": h.status,
        "alasan": h.alasan,
        "rumus": h.rumus or None,
        "parameter": list(h.parameter),
    }


def _baris(data: dict) -> list[dict]:
    """Flat rows (component, then its sub-components) for CSV and the terminal table."""
    baris = []
    for k in data["komponen"]:
        baris.append({"komponen": k["nama"], "subkomponen": None, "bobot": k["bobot"], "nilai": k["nilai"],
                      "status": k["status"], "rumus": k["rumus"] or k["alasan"]})
        baris += [{"komponen": k["nama"], "subkomponen": s["nama"], "bobot": s["bobot"], "nilai": s["nilai"],
                   "status": s["status"], "rumus": s["rumus"]} for s in k["subkomponen"]]
    baris.append({"komponen": "Nilai akhir", "subkomponen": None, "bobot": None, "nilai": data["nilai_akhir"],
                  "status": data["status"], "rumus": data["rumus"] or data["alasan"]})
    return baris


def _tampilkan(data: dict, berkas: Path) -> None:
    from sakip.cli.keluaran import konsol, tabel_rich
    from sakip.core.format import angka

    c = konsol()
    c.print(tabel_rich(
        f"Evaluasi AKIP ({berkas.name}, PermenPANRB 88/2021, tahun {data['tahun']})",
        ["Komponen / subkomponen", "Bobot", "Nilai", "Keterangan"],
        [(b["komponen"] if b["subkomponen"] is None else f"  {b['subkomponen']}",
          angka(b["bobot"]) if b["bobot"] is not None else "", angka(b["nilai"]),
          b["rumus"] or b["status"].replace("_", " ")) for b in _baris(data)],
        kanan=(1, 2),
    ))
    if data["predikat"]:
        c.print(f"Nilai akhir [bold]{angka(data['nilai_akhir'])}[/bold], predikat [bold]{data['predikat']}[/bold] "
                f"({data['interpretasi']}).")
    else:
        c.print(f"[bold red]{data['alasan']}[/bold red]")


def daftarkan(app: typer.Typer) -> None:
    @app.command("lke")
    @tangani_berkas
    def lke_(
        berkas: Path = typer.Argument(..., help="Berkas CSV atau XLSX: kolom komponen, subkomponen, kriteria, jawaban "
                                                "(AA sampai E), atau komponen, [subkomponen], nilai."),
        tahun: int = opsi_tahun("Tahun evaluasi; menentukan aturan yang berlaku."),
        format: Format = OPSI_FORMAT,
        keluaran: Path = OPSI_KELUARAN,
    ) -> None:
        """Hitung nilai evaluasi AKIP (LKE) per subkomponen dan komponen, nilai akhir dan predikatnya."""
        from sakip.cli.keluaran import keluarkan

        data = hasil_lke(berkas, tahun=tahun)
        keluarkan(data, format=format, keluaran=keluaran, baris_csv=_baris, tampilkan=lambda: _tampilkan(data, berkas))
