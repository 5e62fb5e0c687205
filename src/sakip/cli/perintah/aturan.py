"""``sakip aturan``: every regulation parameter in force for a year, with its citation."""

from __future__ import annotations


import typer

from sakip.cli.keluaran import OPSI_FORMAT, Format, opsi_tahun


def ringkas_nilai(nilai) -> str:
    """A short human rendering of a parameter value (bands become one line each)."""
    import yaml

    if isinstance(nilai, (str, int, float)) or nilai is None:
        return "tidak ada" if nilai is None else str(nilai)
    return yaml.safe_dump(nilai, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100).strip()


def sebagai_dict(n) -> dict:
    return {
        "nama": n.nama,
        "deskripsi": None,
        "nilai": n.nilai,
        "berlaku_sejak": n.berlaku_sejak.isoformat(),
        "tanggal_terverifikasi": n.tanggal_terverifikasi,
        "keyakinan": n.keyakinan,
        "referensi": [{"judul": r.judul, "pasal": r.pasal, "tautan": r.tautan} for r in n.referensi],
        "catatan": n.catatan,
    }


def daftarkan(app: typer.Typer) -> None:
    @app.command("aturan")
    def aturan(
        tahun: int = opsi_tahun("Tahun pelaporan."),
        cari: str = typer.Option(None, "--cari", help="Tampilkan hanya parameter yang namanya memuat teks ini."),
        format: Format = OPSI_FORMAT,
    ) -> None:
        """Daftar setiap parameter regulasi yang berlaku untuk tahun pelaporan, dengan nilai dan sumbernya."""
        from sakip.cli.keluaran import konsol, ke_json, tulis
        from sakip.core.parameter import KEYAKINAN, berlaku_pada_tahun, parameter

        daftar = [n for n in berlaku_pada_tahun(tahun) if not cari or cari.lower() in n.nama.lower()]
        if format != Format.tabel:
            data = []
            for n in daftar:
                d = sebagai_dict(n)
                d["deskripsi"] = parameter(n.nama).deskripsi
                data.append(d)
            tulis(ke_json({"tahun": tahun, "parameter": data}), None)
            return
        from rich.panel import Panel
        from rich.text import Text

        c = konsol()
        c.print(f"[bold]Parameter regulasi yang berlaku untuk tahun pelaporan {tahun}[/bold] ({len(daftar)} parameter)\n")
        for n in daftar:
            isi = Text()
            isi.append(parameter(n.nama).deskripsi + "\n", style="bold")
            isi.append("Nilai: ", style="bold")
            isi.append(ringkas_nilai(n.nilai) + "\n")
            isi.append("Berlaku sejak: ", style="bold")
            isi.append(n.berlaku_sejak.strftime("%d-%m-%Y") + ("" if n.tanggal_terverifikasi else " (tanggal perkiraan, belum dicocokkan dengan naskah)") + "\n")
            for r in n.referensi:
                isi.append("Sumber: ", style="bold")
                isi.append(str(r) + (f" <{r.tautan}>" if r.tautan else "") + "\n")
            isi.append("Keyakinan: ", style="bold")
            isi.append(f"{n.keyakinan} ({KEYAKINAN.get(n.keyakinan, '')})")
            if n.catatan:
                isi.append("\nCatatan: ", style="bold")
                isi.append(n.catatan, style="dim")
            c.print(Panel(isi, title=n.nama, title_align="left"))
        if not daftar:
            konsol().print(f"Tidak ada parameter yang berlaku untuk tahun {tahun}.")
