"""Helper run in a subprocess against the database the environment names (``SAKIP_DATA_DIR``,
``DATABASE_URL``), by ``tests/cli/test_cadangan.py`` and ``tests/web/tangguh/test_proses_mati.py``.

``python _basis_data.py isi``  fills a migrated database: the demo Pemda, offices and users,
Kecamatan Kalumpang's 2023 data, a login attempt, an admin log entry and uploaded files.
``python _basis_data.py isi_semua [semua]`` prints every row of every table as canonical JSON
(content types and permissions by natural key, foreign keys by natural key where one exists);
sessions and pending uploads are left out unless ``semua`` is given.
``python _basis_data.py siap_server SANDI`` gives ``operator.kalumpang`` that password,
generates Kalumpang's 2023 LKj (a draft with its files) and collects the static files.
``python _basis_data.py ajukan`` submits Kalumpang 2023 for review (it is then locked).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sakip.web import peladen

peladen.siapkan_django()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core import serializers  # noqa: E402
from django.core.serializers.json import DjangoJSONEncoder  # noqa: E402

TIDAK = {"sessions.session", "kinerja.unggahan"}
KUNCI_ALAMI = {"contenttypes.contenttype", "auth.permission"}


def isi() -> None:
    from django.contrib.admin.models import ADDITION, LogEntry
    from django.contrib.auth.models import Group, Permission, User

    from sakip.berkas import baca
    from sakip.web import contoh
    from sakip.web.keamanan.models import PercobaanMasuk
    from sakip.web.kinerja.services import berkas_simpan
    from sakip.web.organisasi.models import Instansi

    contoh.muat_contoh()
    akar = Path(__file__).resolve().parents[1]
    operator = User.objects.get(username="operator.kalumpang")
    kalumpang = Instansi.objects.get(nama="Kecamatan Kalumpang")
    berkas_simpan(instansi=kalumpang, tahun=2023, berkas=baca(akar / "contoh/kalumpang-2023/kalumpang-2023.yaml"), oleh=operator)
    g = Group.objects.create(name="Tim SAKIP")
    g.permissions.add(*Permission.objects.filter(codename__startswith="view_")[:3])
    operator.groups.add(g)
    PercobaanMasuk.objects.create(username="operator.kalumpang", ip="10.0.0.7", hasil="gagal")
    LogEntry.objects.log_action(user_id=User.objects.get(username="admin").pk, content_type_id=None, object_id="1",
                                object_repr="Kalumpang", action_flag=ADDITION, change_message="uji")
    media = Path(settings.MEDIA_ROOT)
    (media / "bukti" / "2023").mkdir(parents=True, exist_ok=True)
    (media / "bukti" / "2023" / "foto kegiatan.jpg").write_bytes(bytes(range(256)) * 40)
    (media / "bukti" / "notulen.pdf").write_bytes(b"%PDF-1.4\n% uji\n")
    (media / "impor").mkdir(exist_ok=True)
    (media / "impor" / "sementara.xlsx").write_bytes(b"PK\x03\x04")


def _baris(model) -> list:
    alami = model._meta.label_lower in KUNCI_ALAMI
    data = serializers.serialize("python", model._base_manager.order_by("pk"), use_natural_foreign_keys=True,
                                 use_natural_primary_keys=alami)
    banyak = {f.name for f in model._meta.many_to_many}
    hasil = []
    for o in data:
        if alami:
            o.pop("pk", None)
        o["fields"] = {k: sorted(v, key=repr) if k in banyak else v for k, v in o["fields"].items()}
        hasil.append(json.loads(json.dumps(o, cls=DjangoJSONEncoder, sort_keys=True)))
    return sorted(hasil, key=lambda o: json.dumps(o, sort_keys=True)) if alami else hasil


def isi_semua(semua: bool = False) -> dict:
    return {m._meta.label_lower: _baris(m) for m in apps.get_models() if semua or m._meta.label_lower not in TIDAK}


def siap_server(sandi: str) -> None:
    from django.contrib.auth.models import User

    from sakip.web.dokumen.services import dokumen_susun
    from sakip.web.kinerja.models import TahunKinerja

    operator = User.objects.get(username="operator.kalumpang")
    operator.set_password(sandi)
    operator.save()
    tk = TahunKinerja.objects.get(instansi__nama="Kecamatan Kalumpang", tahun=2023)
    dokumen_susun(tahun_kinerja=tk, jenis="lkj", oleh=operator)
    peladen.kumpulkan_statis_bila_perlu()


def ajukan() -> None:
    from django.contrib.auth.models import User

    from sakip.web.kinerja.models import TahunKinerja
    from sakip.web.kinerja.services_alur import status_ubah

    tk = TahunKinerja.objects.get(instansi__nama="Kecamatan Kalumpang", tahun=2023)
    status_ubah(objek=tk, transisi="ajukan", oleh=User.objects.get(username="operator.kalumpang"))


if __name__ == "__main__":
    if sys.argv[1] == "isi":
        peladen.migrasi()
        isi()
    elif sys.argv[1] == "siap_server":
        siap_server(sys.argv[2])
    elif sys.argv[1] == "ajukan":
        ajukan()
    else:
        print(json.dumps(isi_semua(semua=sys.argv[2:] == ["semua"]), sort_keys=True))
