"""The examples in the docstrings of the IKM, IDM and LKE rules run and hold."""

from __future__ import annotations

import doctest

import pytest

from sakip.core import idm, ikm, lke, pecahan


@pytest.mark.parametrize("modul", [ikm, idm, lke, pecahan], ids=lambda m: m.__name__)
def test_contoh_docstring(modul):
    hasil = doctest.testmod(modul)
    assert hasil.attempted > 0 and hasil.failed == 0
