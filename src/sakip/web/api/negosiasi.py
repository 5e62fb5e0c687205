"""The API answers JSON whatever the ``Accept`` header says (no 406). Only a view offering
several formats (the OpenAPI document: YAML or ``?format=json``) negotiates, and only for GET."""

from django.http import Http404
from rest_framework.exceptions import NotAcceptable
from rest_framework.negotiation import DefaultContentNegotiation


class SelaluJson(DefaultContentNegotiation):
    def select_renderer(self, request, renderers, format_suffix=None):
        if request.method not in ("GET", "HEAD"):  # an error about the method: JSON like everywhere else
            json = [r for r in renderers if r.format == "json"]
            renderers = json or renderers
        if len(renderers) > 1:
            try:
                return super().select_renderer(request, renderers, format_suffix)
            except (NotAcceptable, Http404):
                pass
        return renderers[0], renderers[0].media_type
