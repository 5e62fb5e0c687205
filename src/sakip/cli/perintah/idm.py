"""``sakip idm``: status desa from the Indeks Desa Membangun, with summaries and mismatches."""

from __future__ import annotations

from pathlib import Path

import typer

from sakip.cli.keluaran import OPSI_FORMAT, OPSI_KELUARAN, Format, opsi_tahun, tangani_berkas

KOLOM_INDEKS = ("iks", "ike", "ikl", "idm")
KOLOM_OPSIONAL = ("desa", "kecamatan", "status", *KOLOM_INDEKS)


def _indeks(tabel, b, kolom: str, kesalahan: list):
    """An index cell as Decimal in [0, 1], None when empty; bad cells go to ``kesalahan``."""
    from sakip.core.angka import KOSONG, coba_angka
    from sakip.core.exceptions import AngkaTidakSah

    sel = b.nilai.get(kolom)
    if sel is None or (isinstance(sel, str) and sel.strip().lower() in KOSONG):
        return None
    try:
        nilai = coba_angka(sel)
    except AngkaTidakSah as e:
        kesalahan.append(tabel.kesalahan(b, kolom, sel, e.alasan))
        return None
    if not 0 <= nilai <= 1:  # an index is a proportion by definition (Permendesa 2/2016), not a threshold
        kesalahan.append(tabel.kesalahan(b, kolom, sel, "nilai indeks harus antara 0 dan 1 (contoh: 0,8186)"))
        return None
    return nilai


def _baca(berkas: Path, tahun: int):
    from sakip.core import idm
    from sakip.io.tabel import BerkasTidakSah, KesalahanSel, baca_tabel

    tabel = baca_tabel(berkas, kolom_opsional=KOLOM_OPSIONAL)
    if "idm" not in tabel.kolom and not all(k in tabel.kolom for k in ("iks", "ike", "ikl")):
        raise BerkasTidakSah([KesalahanSel(tabel.berkas, "perlu kolom idm, atau ketiga kolom iks, ike dan ikl",
                                           baris=1, lembar=tabel.lembar)])
    kesalahan, masukan = [], []
    for b in tabel.baris:
        angka = {k: _indeks(tabel, b, k, kesalahan) for k in KOLOM_INDEKS if k in tabel.kolom}
        status = b.teks("status")
        if status and idm.kenali_status(status, tahun=tahun) is None:
            kesalahan.append(tabel.kesalahan(b, "status", status, "status tidak dikenal; gunakan "
                                             + ", ".join(idm.daftar_status(tahun=tahun))))
        masukan.append((b.nomor, idm.MasukanDesa(desa=b.teks("desa"), kecamatan=b.teks("kecamatan"),
                                                 status_tertulis=status, **angka)))
    if kesalahan:
        raise BerkasTidakSah(kesalahan)
    return masukan


def hasil_idm(berkas: Path, *, tahun: int) -> dict:
    """Every desa's status, counts per status and per kecamatan, and mismatches (the JSON shape)."""
    from sakip.core import idm

    masukan = _baca(berkas, tahun)
    hasil = [idm.nilai_desa(m, tahun=tahun) for _, m in masukan]
    nomor = [n for n, _ in masukan]
    ringkasan = idm.ringkas(hasil, tahun=tahun)
    desa = []
    for n, h in zip(nomor, hasil):
        baris = {"baris": n, "desa": h.desa, "kecamatan": h.kecamatan, "idm": h.idm, "idm_hitung": h.idm_hitung,
                 "status": h.status}
        if h.status_tertulis:
            baris["status_tertulis"] = h.status_tertulis
        baris.update(cocok=h.cocok, rumus=h.rumus or None, alasan=h.alasan, catatan=" ".join(h.catatan) or None)
        desa.append(baris)
    return {
        "tahun": tahun,
        "desa": desa,
        "ringkasan": {"keseluruhan": ringkasan.per_status, "per_kecamatan": ringkasan.per_kecamatan},
        "ketidaksesuaian": [
            {"baris": nomor[k.indeks], "desa": k.desa, "kecamatan": k.kecamatan, "jenis": k.jenis,
             "tertulis": k.tertulis, "hitung": k.hitung, "keterangan": k.keterangan}
            for k in idm.ketidaksesuaian(hasil, tahun=tahun)
        ],
    }


def _tampilkan(data: dict, berkas: Path) -> None:
    from sakip.cli.keluaran import konsol, tabel_rich
    from sakip.core.format import angka

    c = konsol()
    c.print(tabel_rich(
        f"Status desa menurut IDM ({berkas.name}, aturan tahun {data['tahun']})",
        ["Baris", "Desa", "Kecamatan", "IDM", "Status", "Tertulis", "Keterangan"],
        [(d["baris"], d["desa"] or "", d["kecamatan"] or "", angka(d["idm"], 4) if d["idm"] is not None else "-",
          d["status"].replace("_", " "), d.get("status_tertulis", ""),
          "TIDAK COCOK" if d["cocok"] is False else (d["alasan"] or d["catatan"] or "")) for d in data["desa"]],
        kanan=(0, 3),
    ))
    status = list(data["ringkasan"]["keseluruhan"])
    judul = [s.replace("_", " ") for s in status]
    baris = [(k or "(tanpa kecamatan)", *(v[s] for s in status), sum(v.values()))
             for k, v in data["ringkasan"]["per_kecamatan"].items()]
    baris.append(("Jumlah", *(data["ringkasan"]["keseluruhan"][s] for s in status),
                  sum(data["ringkasan"]["keseluruhan"].values())))
    c.print(tabel_rich("Ringkasan status per kecamatan", ["Kecamatan", *judul, "Jumlah desa"], baris,
                       kanan=range(1, len(status) + 2)))
    if data["ketidaksesuaian"]:
        c.print(tabel_rich("Ketidaksesuaian", ["Baris", "Desa", "Jenis", "Keterangan"],
                           [(k["baris"], k["desa"] or "", k["jenis"], k["keterangan"]) for k in data["ketidaksesuaian"]],
                           kanan=(0,)))
    else:
        c.print("Tidak ada ketidaksesuaian antara status tertulis dan hasil perhitungan.")


def daftarkan(app: typer.Typer) -> None:
    @app.command("idm")
    @tangani_berkas
    def idm_(
        berkas: Path = typer.Argument(..., help="Berkas CSV atau XLSX dengan kolom idm dan/atau iks, ike, ikl "
                                                "(opsional: desa, kecamatan, status)."),
        tahun: int = opsi_tahun("Tahun data; menentukan aturan yang berlaku."),
        format: Format = OPSI_FORMAT,
        keluaran: Path = OPSI_KELUARAN,
    ) -> None:
        """Tetapkan status desa dari IDM (Permendesa PDTT 2/2016), ringkas per kecamatan, dan laporkan status tertulis yang tidak sesuai."""
        from sakip.cli.keluaran import keluarkan

        data = hasil_idm(berkas, tahun=tahun)
        keluarkan(data, format=format, keluaran=keluaran, baris_csv=lambda d: d["desa"], tampilkan=lambda: _tampilkan(data, berkas))
