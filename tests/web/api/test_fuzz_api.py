"""Fuzzing the API: every endpoint and method, with valid, revoked, foreign and garbage tokens,
real and random path values, well-formed and hostile bodies.

The contract, for every generated request:

- never a server error (5xx; the test client re-raises any exception a view lets through);
- the answer is JSON (file downloads aside) and every error has an Indonesian ``galat``;
- a read, or any rejected write, leaves the database as it was: the versions of every
  office-year and the row count of every kinerja table (one SQL query) are unchanged;
- an accepted write adds at most one office-year version (none when nothing changed).

Every example runs in a savepoint rolled back afterwards, so each starts from Kalumpang 2023
(offices A and B). Budget: ``SAKIP_FUZZ_API`` requests (default 300; under CI 10 000 on SQLite and
1 000 on PostgreSQL, about 4 min and 40 s on the 2-core machine, on one xdist worker while the
other runs the rest), times ``SAKIP_FUZZ_SKALA``; the
10 000-request run and its figures are in docs/keandalan.md. The count is printed at the end (-s).
"""

from __future__ import annotations

import json
import os

import pytest
from django.apps import apps
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sakip.web.api import services
from sakip.web.kinerja import models as m

from .conftest import KlienApi, catat as _catat

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

SKALA = float(os.environ.get("SAKIP_FUZZ_SKALA", "1") or 1)
ANGGARAN_CONTOH = int(os.environ.get("SAKIP_FUZZ_API") or (
    300 if not os.environ.get("CI") else 1_000 if os.environ.get("SAKIP_TEST_DB") else 10_000))


def _tabel() -> list[str]:
    return [t._meta.db_table for t in apps.get_app_config("kinerja").get_models() if t is not m.Unggahan]


def _potret_sql() -> str:
    hitung = ", ".join(f"(SELECT COUNT(*) FROM {connection.ops.quote_name(t)})" for t in _tabel())
    tk = connection.ops.quote_name(m.TahunKinerja._meta.db_table)
    return f"SELECT {hitung}, (SELECT COALESCE(SUM(versi), 0) FROM {tk})"


def potret(sql: str) -> tuple:
    """Row count of every kinerja table and the sum of the office-years' versions, in one query."""
    with connection.cursor() as c:
        c.execute(sql)
        return tuple(c.fetchone())


# --- what a request is made of ------------------------------------------------------------------

INDIKATOR = ["IKU-1", "IKU-2", "IKU-3", "IK-AKIP", "IK-7.01.01.2.01.0001"]
SUB_KEGIATAN = ["7.01.01.2.01.0001", "7.01.01.2.02.0005", "7.01.01.2.06.0001"]
KODE = INDIKATOR + SUB_KEGIATAN + ["7.01.01", "7.01.01.2.01"]
TEKS_ANEH = ["", " ", "-", "0", "8:9", "88,72", "1.234,5", "133.825.00,00", "2:0", "12 Bulan", "1e309", "NaN", "∞",
             "Rp 1.500.000,50", "3.397.085.593", "-5", "9" * 40, "x" * 250, "<script>", "'; DROP TABLE x;--",
             "a\u0000b", "\ud800", "\u202e", "%s%n", "../../etc/passwd", "null", "1,2,3", "7:9:1", "100 %"]


def biasanya(lazim, jarang, persen: int = 85):
    """*lazim* about *persen* % of the time, else *jarang* (``a | b`` would be an even split)."""
    return st.integers(0, 99).flatmap(lambda x: lazim if x < persen else jarang)


# Mostly values from the lists above (cheap to draw, and they reach the parsers' edges);
# sometimes any text, any JSON value.
teks = biasanya(st.sampled_from(TEKS_ANEH), st.text(max_size=30), 70)
nilai_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True) | teks,
    lambda isi: st.lists(isi, max_size=3) | st.dictionaries(teks, isi, max_size=3), max_leaves=5)
kode_acak = st.sampled_from(KODE) | st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="/?#%"),
                                            min_size=1, max_size=20)
th = biasanya(st.sampled_from([2023, 2023, 2022, 2021, 2020]), st.integers(1000, 9999))
versi = biasanya(st.sampled_from([0, 1, 1, 1, 2, 3]), st.integers(-5, 2**40) | teks | st.none())

MEDAN = {
    "realisasi": ["nilai", "tw1", "tw2", "tw3", "tw4", "keterangan", "uraian"],
    "anggaran": ["pagu_murni", "pagu_perubahan", "realisasi", "realisasi_tw1", "realisasi_tw2", "realisasi_tw3",
                 "realisasi_tw4", "sumber_dana", "keterangan"],
    "target_pk": ["sasaran", "target", "tw1", "tw2", "tw3", "tw4"],
}


@st.composite
def badan(draw, jenis: str):
    """A body: mostly the right shape with fuzzed values, sometimes any JSON at all."""
    if draw(st.integers(0, 9)) == 0:
        return draw(nilai_json)
    isi = {"versi": draw(versi)}
    for f in draw(st.lists(st.sampled_from(MEDAN[jenis]), max_size=4, unique=True)):
        isi[f] = draw(teks if draw(st.integers(0, 9)) else nilai_json)
    return isi


BACA = ["/api/v1/instansi/", "/api/v1/instansi/{i}/", "/api/v1/instansi/{i}/tahun/", "{d}", "{d}indikator/", "{d}indikator/{k}/",
        "{d}target/", "{d}realisasi/", "{d}realisasi/{k}/{t}/", "{d}capaian/", "{d}anggaran/", "{d}anggaran/{s}/", "{d}pk/",
        "{d}pk/{n}/target/", "{d}pk/{n}/target/{k}/", "{d}dokumen/", "{d}dokumen/{n}/{f}/", "/api/v1/saya/", "/api/v1/skema/",
        "/api/v1/{k}/"]
TULIS = [("put", "{d}realisasi/{k}/{t}/", "realisasi"), ("put", "{d}anggaran/{s}/", "anggaran"),
         ("put", "{d}pk/{n}/target/{k}/", "target_pk"), ("delete", "{d}pk/{n}/target/{k}/", None)]
LAIN = ["post", "patch", "delete", "put", "options", "head"]


@st.composite
def permintaan(draw, ids: dict):
    """(method, path, body kind or None, body, query)."""
    a, b = ids["A"], ids["B"]
    inst = draw(biasanya(st.sampled_from([a, a, a, a, b, ids["L"]]), st.integers(0, 10**9), 90))
    tahun = draw(biasanya(st.just(2023), st.sampled_from([2022, 2024]) | st.integers(0, 99999), 90))
    nilai = {"i": inst, "d": f"/api/v1/instansi/{inst}/tahun/{tahun}/", "t": draw(th),
             "k": draw(biasanya(st.sampled_from(INDIKATOR), kode_acak)), "s": draw(biasanya(st.sampled_from(SUB_KEGIATAN), kode_acak)),
             "n": draw(biasanya(st.sampled_from([0, 0, 1, 2]), st.integers(0, 10**9), 90)), "f": draw(st.sampled_from(["pdf", "docx", "html", "exe"]))}
    jenis_permintaan = draw(st.integers(0, 9))
    if jenis_permintaan < 3:  # reads
        metode, pola, jenis = "get", draw(st.sampled_from(BACA)), None
    elif jenis_permintaan < 9:  # writes: where data could be lost
        metode, pola, jenis = draw(st.sampled_from(TULIS))
    else:  # a method the address does not take
        metode, pola, jenis = draw(st.sampled_from(LAIN)), draw(st.sampled_from(BACA + [t[1] for t in TULIS])), "realisasi"
    isi = draw(badan(jenis)) if jenis else None
    kueri = draw(st.dictionaries(st.sampled_from(["halaman", "ukuran", "iku", "tahun", "indikator", "level", "versi", "format"]),
                                 teks | st.integers(-3, 300).map(str), max_size=2))
    if metode == "delete" and draw(st.booleans()):
        kueri["versi"] = str(draw(st.sampled_from([0, 1, 2, 3])))
    return metode, pola.format(**nilai), isi, kueri


@st.composite
def kredensial(draw, rahasia: dict):
    nama = draw(biasanya(st.sampled_from(["operator_a", "operator_a", "operator_a", "admin", "pembaca_a", "operator_b"]),
                         st.sampled_from(["dicabut", "nonaktif", "acak", "tanpa", "rusak", "sesi_tanpa_csrf"]), 80))
    if nama in rahasia:
        return nama, {"HTTP_AUTHORIZATION": f"{draw(st.sampled_from(['Token', 'Bearer']))} {rahasia[nama]}"}
    if nama == "acak":
        return nama, {"HTTP_AUTHORIZATION": "Token " + draw(st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=60))}
    if nama == "rusak":
        return nama, {"HTTP_AUTHORIZATION": draw(st.sampled_from(["Token", "Token a b", "Basic dXNlcjpwdw==", "Bearer",
                                                                   "Token \u00ff\u00fe"]))}
    return nama, {}


# --- the test -------------------------------------------------------------------------------------


@pytest.fixture
def dunia(orang, tk_a, tk_b, instansi_lain, django_user_model):
    rahasia = {n: services.token_buat(user=orang[n], nama="fuzz")[1] for n in ("operator_a", "admin", "pembaca_a", "operator_b")}
    t, rahasia["dicabut"] = services.token_buat(user=orang["reviewer"], nama="dicabut")
    services.token_cabut(token=t)
    _, rahasia["nonaktif"] = services.token_buat(user=orang["pimpinan_a"], nama="nonaktif")
    django_user_model.objects.filter(pk=orang["pimpinan_a"].pk).update(is_active=False)
    sesi = KlienApi(enforce_csrf_checks=True)
    sesi.force_login(orang["operator_a"])
    return {"rahasia": rahasia, "ids": {"A": tk_a.instansi_id, "B": tk_b.instansi_id, "L": instansi_lain.pk},
            "klien": KlienApi(), "sesi": sesi, "sql": _potret_sql()}


BOLEH = {200, 204, 400, 401, 403, 404, 405, 409, 415, 423}


@pytest.fixture(autouse=True)
def _tanpa_log_4xx():
    """Django logs every 4xx as a warning: thousands of lines here, and slower."""
    import logging

    log = logging.getLogger("django.request")
    lama = log.level
    log.setLevel(logging.ERROR)
    yield
    log.setLevel(lama)


@settings(max_examples=max(1, int(ANGGARAN_CONTOH * SKALA)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.filter_too_much])
@given(data=st.data())
def test_api_acak(dunia, data):
    siapa, kepala = data.draw(kredensial(dunia["rahasia"]))
    metode, jalur, isi, kueri = data.draw(permintaan(dunia["ids"]))
    klien = dunia["sesi"] if siapa == "sesi_tanpa_csrf" else dunia["klien"]
    with transaction.atomic():
        sebelum = potret(dunia["sql"])
        if metode == "get":
            r = klien.generic("GET", jalur, **kepala, QUERY_STRING=_kueri(kueri))
        else:
            tubuh = b"" if isi is None else json.dumps(isi, ensure_ascii=data.draw(st.booleans())).encode("utf-8", "surrogatepass")
            r = klien.generic(metode.upper(), jalur, tubuh, content_type="application/json", QUERY_STRING=_kueri(kueri), **kepala)
        sesudah = potret(dunia["sql"])
        transaction.set_rollback(True)
    _catat(f"status.{r.status_code}")
    _catat(f"{metode}.{r.status_code}")
    assert r.status_code in BOLEH, (r.status_code, metode, jalur, isi, r.content[:500])
    jenis = r.get("Content-Type", "")
    if r.status_code != 204 and metode not in ("head", "options") and not (r.status_code == 200 and "dokumen/" in jalur):
        assert jenis.startswith(("application/json", "application/vnd.oai.openapi")), (jenis, jalur)
    if r.status_code >= 400 and metode != "head":
        assert json.loads(r.content)["galat"].strip()
    if metode == "get" or r.status_code >= 300:
        assert sesudah == sebelum, ("data berubah", r.status_code, metode, jalur, isi)
        _catat("ditolak_utuh" if metode != "get" else "baca_utuh")
    else:
        assert sesudah[-1] - sebelum[-1] in (0, 1), ("lebih dari satu versi", metode, jalur, isi)
        _catat("tulis_diterima")


def _kueri(kueri: dict) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v.encode("utf-8", "surrogatepass") for k, v in kueri.items()})
