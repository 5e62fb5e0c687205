"""``{% panel_alur tk %}``: status, approval steps and their history on the office-year page."""

from django import template

from sakip.web.kinerja import models as m
from sakip.web.kinerja.services_alur import transisi_untuk
from sakip.web.riwayat.models import Riwayat

register = template.Library()

ARTI = {
    m.StatusAlur.DRAF: "Data dapat diisi dan diubah. Ajukan untuk direviu bila sudah lengkap.",
    m.StatusAlur.DIAJUKAN: "Data terkunci dan menunggu reviu Inspektorat.",
    m.StatusAlur.DIREVIU: "Data terkunci, telah direviu, dan menunggu pengesahan pimpinan.",
    m.StatusAlur.DISAHKAN: "Data terkunci. LKj yang disahkan tersimpan beserta sidik SHA-256-nya.",
}


@register.inclusion_tag("kinerja/_panel_alur.html", takes_context=True)
def panel_alur(context, tk):
    user = context["request"].user
    pk_list = list(tk.perjanjian_kinerja.all())
    langkah = (Riwayat.objects.filter(instansi_id=tk.instansi_id, tahun=tk.tahun, aksi=Riwayat.Aksi.STATUS)
               .order_by("-id")[:6])
    return {
        "tk": tk, "arti": ARTI[tk.status], "transisi": transisi_untuk(user=user, objek=tk),
        "pk": [(p, transisi_untuk(user=user, objek=p)) for p in pk_list], "langkah": langkah,
        "csrf_token": context.get("csrf_token"),
    }
