"""Reading and writing the data file as YAML, keeping what the user wrote.

Reading composes the YAML node tree and builds plain data ourselves, so that:

* every plain scalar stays the text the user typed (``7:9`` is not the YAML 1.1
  sexagesimal number 429, ``88,72`` and ``2023-10-02`` stay text; the model
  parses them), only ``null``/``~``/empty and ``true``/``false`` are special;
* a key written twice in one mapping is an error, not silently overwritten;
* the line of every key and list item is remembered for error messages.

Writing dumps the model in field order, without defaults, so the same data
always gives the same text (stable diffs).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from sakip.berkas.masalah import Lokasi, Masalah

_KOSONG = {"", "~", "null", "Null", "NULL"}
_BENAR = {"true", "True", "TRUE"}
_SALAH = {"false", "False", "FALSE"}

_PESAN_YAML = {
    "mapping values are not allowed here": "tanda ':' tidak boleh di sini; beri tanda kutip pada teks yang memuat ': '",
    "found character '\\t' that cannot start any token": "karakter tab tidak boleh dipakai; gunakan spasi untuk indentasi",
    "could not find expected ':'": "tanda ':' yang diharapkan tidak ditemukan (periksa indentasi atau tanda kutip)",
    "did not find expected key": "kunci yang diharapkan tidak ditemukan (periksa indentasi)",
    "did not find expected '-' indicator": "tanda '-' yang diharapkan tidak ditemukan (periksa indentasi daftar)",
    "found unexpected end of stream": "berkas berakhir sebelum tanda kutip atau kurung ditutup",
    "found undefined alias": "alias (*nama) tidak dikenal",
    "expected a single document in the stream": "berkas hanya boleh berisi satu dokumen YAML (tanpa '---' kedua)",
}


BATAS_NODE = 2_000_000
"""More YAML nodes than this (e.g. aliases expanding without end) is refused."""


class _Berhenti(Exception):
    def __init__(self, masalah: Masalah):
        self.masalah = masalah


class _Pembangun:
    """Build plain data from a YAML node tree, recording lines and duplicate keys."""

    def __init__(self) -> None:
        self.baris: dict[Lokasi, int] = {}
        self.masalah: list[Masalah] = []
        self._jalur: set[int] = set()  # nodes being built: an alias back to one of them is a loop
        self._jumlah = 0

    def bangun(self, node: yaml.Node, lokasi: Lokasi) -> Any:
        self.baris.setdefault(lokasi, node.start_mark.line + 1)
        self._jumlah += 1
        if id(node) in self._jalur or self._jumlah > BATAS_NODE:
            pesan = "alias (*nama) merujuk ke dirinya sendiri" if id(node) in self._jalur else "berkas terlalu besar"
            raise _Berhenti(Masalah(_teks(lokasi), None, pesan, node.start_mark.line + 1, "yaml"))
        if isinstance(node, yaml.ScalarNode):
            return self._skalar(node)
        self._jalur.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, lokasi)
            return [self.bangun(anak, (*lokasi, i)) for i, anak in enumerate(node.value)]
        finally:
            self._jalur.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, lokasi: Lokasi) -> dict[str, Any]:
        hasil: dict[str, Any] = {}
        for node_kunci, node_nilai in node.value:
            if not isinstance(node_kunci, yaml.ScalarNode):
                self.masalah.append(
                    Masalah(_teks(lokasi), None, "kunci harus berupa teks sederhana", node_kunci.start_mark.line + 1)
                )
                continue
            kunci = node_kunci.value
            anak = (*lokasi, kunci)
            if kunci in hasil:
                self.masalah.append(
                    Masalah(
                        _teks(anak),
                        None,
                        f"kunci '{kunci}' ditulis dua kali (pertama di baris {self.baris[anak]})",
                        node_kunci.start_mark.line + 1,
                        "kunci_ganda",
                    )
                )
                continue
            self.baris[anak] = node_kunci.start_mark.line + 1
            hasil[kunci] = self.bangun(node_nilai, anak)
        return hasil

    @staticmethod
    def _skalar(node: yaml.ScalarNode) -> Any:
        if node.style:  # quoted or block scalar: always text
            return node.value
        if node.value in _KOSONG:
            return None
        if node.value in _BENAR:
            return True
        if node.value in _SALAH:
            return False
        return node.value


def _teks(lokasi: Lokasi) -> str:
    bagian = []
    for k in lokasi:
        bagian.append(f"[{k + 1}]" if isinstance(k, int) else ("." if bagian else "") + str(k))
    return "".join(bagian) or "(seluruh berkas)"


def muat(teks: str) -> tuple[Any, dict[Lokasi, int], list[Masalah]]:
    """Parse YAML text into plain data, the line of every path, and syntax problems."""
    try:
        node = yaml.compose(teks, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        tanda = e.problem_mark or e.context_mark
        asli = e.problem or e.context or str(e)
        pesan = _PESAN_YAML.get(e.problem) or _PESAN_YAML.get(e.context) or f"penulisan YAML tidak sah ({asli})"
        kolom = f", kolom {tanda.column + 1}" if tanda else ""
        return None, {}, [Masalah(f"(penulisan YAML{kolom})", None, pesan, tanda.line + 1 if tanda else None, "yaml")]
    except yaml.YAMLError as e:
        return None, {}, [Masalah("(penulisan YAML)", None, f"penulisan YAML tidak sah ({e})", None, "yaml")]
    if node is None:
        return None, {}, [Masalah("(seluruh berkas)", None, "berkas kosong", None, "kosong")]
    pembangun = _Pembangun()
    try:
        data = pembangun.bangun(node, ())
    except _Berhenti as e:
        return None, {}, [e.masalah]
    return data, pembangun.baris, pembangun.masalah


# --- writing -------------------------------------------------------------------


class _Penulis(yaml.SafeDumper):
    """Block style, one line per paragraph (no folding), multi-paragraph text as literal blocks, no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)  # indent list items under their key


def _teks_yaml(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if "\n" in data:  # paragraphs as a literal block
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_str(data)


def _tanggal_yaml(dumper: yaml.SafeDumper, data: dt.date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", data.isoformat())


_Penulis.add_representer(str, _teks_yaml)
_Penulis.add_representer(dt.date, _tanggal_yaml)

KEPALA = (
    "# Berkas data sakip (format versi {versi}): satu instansi, satu tahun.\n"
    "# Panduan penulisan: docs/format-berkas.md. Periksa dengan: sakip periksa <berkas>\n"
)


def dump(data: dict[str, Any], versi: int) -> str:
    badan = yaml.dump(data, Dumper=_Penulis, sort_keys=False, allow_unicode=True, width=1_000_000, default_flow_style=False)
    return KEPALA.format(versi=versi) + badan
