"""Our corrections to Django's Indonesian catalogue are compiled and take effect."""

from __future__ import annotations

import gettext
from pathlib import Path

from babel.messages.pofile import read_po
from django.utils import translation

FOLDER = Path(__file__).resolve().parents[2] / "src" / "sakip" / "web" / "locale" / "id" / "LC_MESSAGES"


def test_mo_sesuai_po():
    """django.mo was recompiled after the last edit of django.po."""
    with (FOLDER / "django.po").open("rb") as f:
        katalog = read_po(f)
    with (FOLDER / "django.mo").open("rb") as f:
        mo = gettext.GNUTranslations(f)
    for pesan in katalog:
        if not pesan.id:
            continue
        if isinstance(pesan.id, tuple):
            assert mo.ngettext(pesan.id[0], pesan.id[1], 1) == pesan.string[0], pesan.id
        else:
            assert mo.gettext(pesan.id) == pesan.string, pesan.id


def test_koreksi_dipakai_django():
    with translation.override("id"):
        assert translation.gettext("%(model_name)s with this %(field_labels)s already exists.").endswith("ini sudah ada.")
        assert translation.gettext("Your password can’t be entirely numeric.") == "Kata sandi Anda tidak boleh hanya berisi angka."
        # Untouched strings still come from Django's own catalogue.
        assert translation.gettext("This password is too common.") == "Kata sandi ini terlalu umum."
