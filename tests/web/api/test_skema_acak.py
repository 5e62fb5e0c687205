"""Schemathesis against the app's own OpenAPI document, in process (the Django WSGI app, no
network): for every operation, requests generated from the schema — valid and, in negative mode,
invalid — with a valid token of the office's operator. Checks: no server error, every status code
and content type documented, every JSON answer matches its documented schema; a rejected write
leaves the data unchanged. The wider Hypothesis fuzz (tokens, roles, hostile bodies) is
``test_fuzz_api.py``."""

from __future__ import annotations

import os

import pytest
import schemathesis
from django.db import transaction
from hypothesis import HealthCheck, settings

from sakip.web.api import services
from sakip.web.wsgi import application

from .test_fuzz_api import _potret_sql, potret

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

schema = schemathesis.openapi.from_wsgi("/api/v1/skema/?format=json", application)
CONTOH = max(1, int(int(os.environ.get("SAKIP_FUZZ_SKEMA") or 25) * float(os.environ.get("SAKIP_FUZZ_SKALA", "1") or 1)))


@pytest.fixture
def rahasia(orang, tk_a, tk_b):
    return services.token_buat(user=orang["operator_a"], nama="schemathesis")[1]


@schema.parametrize()
@settings(max_examples=CONTOH, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much,
                                 HealthCheck.data_too_large])
def test_sesuai_skema(case, rahasia):
    with transaction.atomic():
        sebelum = potret(_potret_sql())
        respons = case.call_and_validate(headers={"Authorization": f"Token {rahasia}"})
        sesudah = potret(_potret_sql())
        transaction.set_rollback(True)
    if case.method.upper() == "GET" or respons.status_code >= 300:
        assert sesudah == sebelum
