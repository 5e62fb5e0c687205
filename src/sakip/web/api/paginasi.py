"""Every API list is paginated: ``?halaman=`` (from 1) and ``?ukuran=`` (default 50, at most 200)."""

from __future__ import annotations

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

UKURAN_BAWAAN = 50
UKURAN_MAKS = 200


class Halaman(PageNumberPagination):
    page_size = UKURAN_BAWAAN
    page_query_param = "halaman"
    page_query_description = "Nomor halaman (mulai 1)."
    page_size_query_param = "ukuran"
    page_size_query_description = f"Banyak baris per halaman (bawaan {UKURAN_BAWAAN}, paling banyak {UKURAN_MAKS})."
    max_page_size = UKURAN_MAKS
    invalid_page_message = "Halaman {page_number} tidak ada."

    def get_page_size(self, request):
        """``?ukuran=``: a whole number from 1 (else 400, not a silent default); above the maximum it is capped."""
        teks = request.query_params.get(self.page_size_query_param)
        if teks is None or teks == "":
            return self.page_size
        if not (teks.isascii() and teks.isdigit()) or int(teks) < 1:
            raise ValidationError({self.page_size_query_param: f"Tulis bilangan bulat 1–{self.max_page_size}."})
        return min(int(teks), self.max_page_size)

    def get_page_number(self, request, paginator):
        """``?halaman=``: a whole number from 1 (else 400); a page past the end is a 404."""
        teks = request.query_params.get(self.page_query_param) or "1"
        if not (teks.isascii() and teks.isdigit() and len(teks) <= 9) or int(teks) < 1:
            raise ValidationError({self.page_query_param: "Tulis nomor halaman sebagai bilangan bulat mulai 1."})
        return int(teks)

    def get_schema_operation_parameters(self, view):
        daftar = super().get_schema_operation_parameters(view)
        for p in daftar:
            if p["name"] == self.page_size_query_param:
                p["schema"]["minimum"] = 1
            elif p["name"] == self.page_query_param:
                p["schema"]["minimum"] = 1
        return daftar

    def get_paginated_response(self, data):
        return Response({
            "jumlah": self.page.paginator.count,
            "halaman": self.page.number,
            "jumlah_halaman": self.page.paginator.num_pages,
            "berikutnya": self.get_next_link(),
            "sebelumnya": self.get_previous_link(),
            "hasil": data,
        })

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["jumlah", "halaman", "jumlah_halaman", "hasil"],
            "properties": {
                "jumlah": {"type": "integer", "description": "Banyak baris seluruhnya."},
                "halaman": {"type": "integer", "description": "Nomor halaman ini."},
                "jumlah_halaman": {"type": "integer"},
                "berikutnya": {"type": "string", "format": "uri", "nullable": True,
                               "description": "Alamat halaman berikutnya (null di halaman terakhir)."},
                "sebelumnya": {"type": "string", "format": "uri", "nullable": True},
                "hasil": schema,
            },
        }
