"""Permissions map of the organisasi app: which role may do which action.

Visibility (which instansi a user sees at all) is decided by the selectors
from the *scope* of each role row; this table decides what a role may *do*
within its scope. A user without any role sees nothing; a superuser (IT staff
who installed the system) may do everything.

This is the one map for every app (the ``kinerja`` app's actions are here
too), so the selectors of every app filter with the same rule.
"""

from __future__ import annotations

from typing import Final

from sakip.web.organisasi.models import Peran

J = Peran.Jenis

# action -> roles allowed (within the role's scope)
IZIN: Final[dict[str, frozenset[str]]] = {
    "instansi.lihat": frozenset(J.values),
    "instansi.ubah": frozenset({J.ADMIN_PEMDA}),
    "pengguna.lihat": frozenset({J.ADMIN_PEMDA}),
    "pengguna.ubah": frozenset({J.ADMIN_PEMDA}),
    # office-year performance data (app kinerja): everyone in scope reads it;
    # the office's operator and the Bagian Organisasi import and edit it.
    "kinerja.lihat": frozenset(J.values),
    "kinerja.ubah": frozenset({J.ADMIN_PEMDA, J.OPERATOR_INSTANSI}),
}


def peran_boleh(peran: str, aksi: str) -> bool:
    """Whether role *peran* may do *aksi*; unknown actions are refused.

    >>> peran_boleh("admin_pemda", "instansi.ubah")
    True
    >>> peran_boleh("operator_instansi", "instansi.ubah")
    False
    """
    return peran in IZIN.get(aksi, frozenset())


def peran_untuk(aksi: str) -> list[str]:
    """Roles allowed to do *aksi*, for filtering querysets."""
    return sorted(IZIN.get(aksi, frozenset()))
