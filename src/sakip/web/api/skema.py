"""OpenAPI extras: the token authentication scheme and the descriptions of path parameters (Indonesian)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension


class TokenApiSkema(OpenApiAuthenticationExtension):
    target_class = "sakip.web.api.autentikasi.TokenApiAuthentication"
    name = "tokenApi"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "Token dari menu Token API. Kirim `Authorization: Token <token>` atau `Authorization: Bearer <token>`.",
        }


PARAMETER_JALUR = {
    "id": "id instansi.",
    "tahun": "Tahun data kinerja (tahun laporan), mis. 2023.",
    "kode": "Kode indikator (mis. IKU-1) atau kode sub kegiatan (mis. 7.01.01.2.01.0001).",
    "th": "Tahun realisasi (biasanya sama dengan tahun laporan; tahun Renstra lain juga boleh).",
    "nomor_urut": "Versi Perjanjian Kinerja: 0 = murni, 1, 2, … = perubahan ke-n.",
    "dokumen": "id dokumen (dari daftar dokumen).",
    "format": "Format berkas.",
}
ENUM_JALUR = {"format": ["pdf", "docx", "html"]}


def lengkapi_parameter(result, generator, request, public):
    """drf-spectacular post-processing hook: Indonesian descriptions on every path parameter."""
    for jalur in result.get("paths", {}).values():
        for operasi in jalur.values():
            for p in operasi.get("parameters", []):
                if p.get("in") == "path" and p["name"] in PARAMETER_JALUR:
                    p.setdefault("description", PARAMETER_JALUR[p["name"]])
                    if p["name"] in ENUM_JALUR:
                        p["schema"] = {"type": "string", "enum": ENUM_JALUR[p["name"]]}
    return result
