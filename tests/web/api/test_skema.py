"""The OpenAPI document the app serves is valid, complete and Indonesian; the docs page works
offline (assets from this site) under a Content-Security-Policy without inline code."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from django.urls import get_resolver

from .conftest import url

pytestmark = pytest.mark.django_db


@pytest.fixture
def skema(client):
    r = client.get(url("skema"), {"format": "json"})
    assert r.status_code == 200
    return json.loads(r.content)


def test_skema_sah_menurut_openapi_spec_validator(skema):
    from openapi_spec_validator import validate

    validate(skema)
    assert skema["openapi"].startswith("3.")


def test_skema_yaml_sama_dengan_json(client, skema):
    r = client.get(url("skema"))
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.oai.openapi")
    assert yaml.safe_load(r.content) == skema


def test_setiap_endpoint_terdokumentasi_dalam_bahasa_indonesia(skema):
    pola = {re.sub(r"<[^>]+>", "{}", p) for p in _pola_api()}
    terdokumentasi = {re.sub(r"{[^}]+}", "{}", p) for p in skema["paths"]}
    assert pola == terdokumentasi
    for jalur, operasi in skema["paths"].items():
        for metode, op in operasi.items():
            assert op.get("summary"), (metode, jalur)
            for p in op.get("parameters", []):
                assert p.get("description"), (metode, jalur, p["name"])
            teks = " ".join([op.get("summary", ""), op.get("description", "")]).lower()
            assert not re.search(r"\b(the|endpoints?|returns?|office)\b", teks), (metode, jalur, teks)
            if metode in ("put", "delete"):
                assert {"400", "401", "403", "404", "409", "423"} <= set(op["responses"]), (metode, jalur)
    assert skema["components"]["securitySchemes"]["tokenApi"]["scheme"] == "bearer"


def _pola_api() -> set[str]:
    """Route patterns of the API's endpoints (skema, docs page and the catch-all aside)."""
    from django.urls import URLResolver

    api = next(p for p in get_resolver().url_patterns if isinstance(p, URLResolver) and str(p.pattern) == "api/v1/")
    return {"/api/v1/" + str(p.pattern) for p in api.url_patterns
            if p.name not in ("skema", "dok", "tidak_ada")}


def test_halaman_dokumentasi_luring_dan_csp(client):
    r = client.get(url("dok"))
    assert r.status_code == 200
    html = r.content.decode()
    assert "<style" not in html and not re.search(r"<script(?![^>]*\bsrc=)", html)
    sumber = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sumber and all(s.startswith("/") for s in sumber), sumber  # nothing from another host
    for s in sumber:
        assert client.get(s).status_code == 200, s
    assert "script-src 'self'" in r["Content-Security-Policy"]
