"""``{% bagian_dokumen tk %}``: the documents box of the office-year page (the kinerja view stays unchanged)."""

from django import template

from sakip.web.dokumen import selectors
from sakip.web.dokumen.models import DokumenTerbit

register = template.Library()


@register.inclusion_tag("dokumen/_bagian_dokumen.html", takes_context=True)
def bagian_dokumen(context, tk):
    user = context["request"].user
    pk = tk.instansi_id
    return {
        "tk": tk,
        "daftar": selectors.dokumen_list(tahun_kinerja=tk),
        "jenis": DokumenTerbit.Jenis.choices,
        "versi_pk": tk.perjanjian_kinerja.all(),
        "boleh_susun": selectors.boleh(user=user, instansi_pk=pk, aksi="dokumen.susun"),
        "boleh_terbit": selectors.boleh(user=user, instansi_pk=pk, aksi="dokumen.terbitkan"),
        "csrf_token": context.get("csrf_token"),
    }
