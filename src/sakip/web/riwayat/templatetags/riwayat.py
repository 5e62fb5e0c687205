"""``{% url_riwayat tk baris %}``: the audit trail of the office-year, or of the one row a screen edits."""

from urllib.parse import urlencode

from django import template
from django.urls import reverse

from sakip.web.riwayat.selectors import objek_riwayat

register = template.Library()


@register.simple_tag
def url_riwayat(tk, baris=None) -> str:
    alamat = reverse("riwayat:riwayat_list", args=[tk.instansi_id, tk.tahun])
    objek = objek_riwayat(baris) if baris else None
    return f"{alamat}?{urlencode({'entitas': objek[0], 'kunci': objek[1]})}" if objek else alamat
