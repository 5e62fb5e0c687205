"""Template filters that format with :mod:`sakip.core.format` (the one formatter)."""

from django import template

from sakip.web.entri.hitung import rupiah as _rupiah

register = template.Library()


@register.filter
def rupiah(x) -> str:
    """``3397085593`` -> ``3.397.085.593`` (sen only when present); empty for None."""
    return _rupiah(x)
