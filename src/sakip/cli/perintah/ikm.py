"""``sakip ikm``: Indeks Kepuasan Masyarakat from the survey answers (one row per respondent)."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import OPSI_FORMAT, OPSI_KELUARAN, Format, opsi_tahun, tangani_berkas


def hasil_ikm(berkas: Path, *, tahun: int, versi: str, penimbang: str | None, populasi: int | None) -> dict:
    """The IKM of a survey file as a plain dict (the JSON shape)."""
    from sakip.core import ikm
    from sakip.io.survei import rekap_survei

    unsur = ikm.daftar_unsur(versi=versi, tahun=tahun)
    rekap = rekap_survei(berkas, kode_unsur=[u.kode for u in unsur], skala=ikm.skala_jawaban(versi=versi, tahun=tahun))
    jumlah = {k: ikm.JumlahUnsur(jumlah_nilai=s, jumlah_terisi=n) for k, (s, n) in rekap.jumlah.items()}
    h = ikm.hitung_ikm(jumlah, responden=rekap.responden, tahun=tahun, penimbang=penimbang, versi=versi)
    data = {
        "responden": h.responden,
        "tahun": h.tahun,
        "versi": h.versi,
        "penimbang": h.penimbang,
        "unsur": [
            {"kode": u.kode, "nama": u.nama, "jumlah_nilai": u.jumlah_nilai, "jumlah_terisi": u.jumlah_terisi,
             "nrr": u.nrr, "nrr_tertimbang": u.nrr_tertimbang, "status": u.status, "alasan": u.alasan}
            for u in h.unsur
        ],
        "nilai_interval": h.nilai_interval,
        "ikm": h.ikm,
        "mutu": h.mutu,
        "kinerja": h.kinerja,
        "status": h.status,
        "alasan": h.alasan,
        "rumus": h.rumus,
        "parameter": list(h.parameter),
        "profil": rekap.profil,
    }
    if populasi is not None:
        minimum = ikm.sampel_minimum(populasi, tahun=tahun)
        data.update(populasi=populasi, sampel_minimum=minimum, sampel_cukup=h.responden >= minimum)
    return data


def _baris_csv(data: dict) -> list[dict]:
    baris = [{"bagian": "unsur", "kode": u["kode"], "nama": u["nama"], "jumlah_nilai": u["jumlah_nilai"],
              "jumlah_terisi": u["jumlah_terisi"], "nilai": u["nrr"], "nilai_tertimbang": u["nrr_tertimbang"]}
             for u in data["unsur"]]
    hasil = [("responden", data["responden"]), ("nilai_interval", data["nilai_interval"]), ("ikm", data["ikm"]),
             ("mutu", data["mutu"]), ("kinerja", data["kinerja"])]
    if "sampel_minimum" in data:
        hasil += [("sampel_minimum", data["sampel_minimum"]), ("sampel_cukup", data["sampel_cukup"])]
    kosong = dict.fromkeys(("nama", "jumlah_nilai", "jumlah_terisi", "nilai_tertimbang"))
    return baris + [{"bagian": "hasil", "kode": k, **kosong, "nilai": v} for k, v in hasil]


def _tampilkan(data: dict, berkas: Path) -> None:
    from sakip.cli.keluaran import konsol, tabel_rich
    from sakip.core.format import angka

    c = konsol()
    c.print(tabel_rich(
        f"Indeks Kepuasan Masyarakat ({berkas.name}, {data['responden']} responden, metode {data['versi']})",
        ["Kode", "Unsur", "Jumlah nilai", "Terisi", "NRR", "NRR tertimbang"],
        [(u["kode"], u["nama"], angka(u["jumlah_nilai"], 0), angka(u["jumlah_terisi"], 0),
          angka(u["nrr"], 4) if u["nrr"] is not None else "tidak ada jawaban",
          angka(u["nrr_tertimbang"], 4)) for u in data["unsur"]],
        kanan=(2, 3, 4, 5),
    ))
    if data["ikm"] is None:
        c.print(f"[bold red]{data['alasan']}[/bold red]")
    else:
        c.print(f"Nilai interval (1-4): [bold]{angka(data['nilai_interval'], 4)}[/bold]   "
                f"IKM (25-100): [bold]{angka(data['ikm'])}[/bold]   "
                f"Mutu: [bold]{data['mutu']}[/bold] ({data['kinerja']})")
        c.print(f"Rumus: {data['rumus']}", soft_wrap=True)
    if "sampel_minimum" in data:
        cukup = "cukup" if data["sampel_cukup"] else "[red]kurang[/red]"
        c.print(f"Sampel minimum untuk populasi {angka(data['populasi'], 0)}: "
                f"{angka(data['sampel_minimum'], 0)} responden; sampel {cukup}.")
    for kolom, hitungan in data["profil"].items():
        c.print(tabel_rich(f"Profil responden: {kolom}", [kolom, "Jumlah"],
                           [(n, angka(j, 0)) for n, j in hitungan.items()], kanan=(1,)))


def daftarkan(app: typer.Typer) -> None:
    @app.command("ikm")
    @tangani_berkas
    def ikm_(
        berkas: Path = typer.Argument(..., help="Berkas CSV atau XLSX, satu baris per responden, kolom U1 sampai U9 "
                                                "berisi jawaban 1-4 (kosong bila tidak dijawab)."),
        penimbang: str = typer.Option(None, "--penimbang", help="Nilai penimbang: 'tepat' (1/jumlah unsur, bawaan) "
                                                                "atau '0.111' untuk mereproduksi laporan lama."),
        versi: str = typer.Option("2017", "--versi", help="Metode: 2017 (PermenPANRB 14/2017, 9 unsur) atau "
                                                          "2004 (KepMenPAN 25/2004, U1 sampai U14)."),
        populasi: int = typer.Option(None, "--populasi", help="Jumlah populasi penerima layanan; "
                                                                     "menampilkan sampel minimum (Krejcie-Morgan)."),
        tahun: int = opsi_tahun("Tahun survei; menentukan aturan yang berlaku."),
        format: Format = OPSI_FORMAT,
        keluaran: Path = OPSI_KELUARAN,
    ) -> None:
        """Hitung Indeks Kepuasan Masyarakat (NRR per unsur, IKM, mutu pelayanan) dan profil responden."""
        from sakip.cli.keluaran import keluarkan

        data = hasil_ikm(berkas, tahun=tahun, versi=versi, penimbang=penimbang, populasi=populasi)
        keluarkan(data, format=format, keluaran=keluaran, baris_csv=_baris_csv, tampilkan=lambda: _tampilkan(data, berkas))
