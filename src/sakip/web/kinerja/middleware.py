"""A write refused because the data is locked becomes a 423 page (or JSON under /api/), whatever view raised it."""

from __future__ import annotations

from django.http import JsonResponse
from django.shortcuts import render

from sakip.web.kinerja.services import DataTerkunci


class DataTerkunciMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DataTerkunci):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse({"galat": exception.pesan}, status=423)
        return render(request, "kinerja/terkunci.html", {"pesan": exception.pesan,
                                                        "kembali": request.META.get("HTTP_REFERER", "")}, status=423)
