"""Database triggers that make the audit table append-only whatever writes to it.

PostgreSQL refuses UPDATE and DELETE of a row (TRUNCATE, used only by a full
restore ``sakip pulihkan --ya`` and by test teardown, stays possible). SQLite
refuses UPDATE; a row-level DELETE trigger cannot tell a single deletion from a
full restore there, so single deletions are refused by the application
(:class:`~sakip.web.riwayat.models.RiwayatQuerySet`).
"""

from django.db import migrations

PESAN = "riwayat perubahan hanya dapat ditambah: baris tidak boleh diubah atau dihapus"

POSTGRES = [
    f"""CREATE OR REPLACE FUNCTION riwayat_tolak_ubah() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION '{PESAN}'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER riwayat_tambah_saja BEFORE UPDATE OR DELETE ON riwayat_riwayat
    FOR EACH ROW EXECUTE FUNCTION riwayat_tolak_ubah()""",
]
POSTGRES_BALIK = ["DROP TRIGGER IF EXISTS riwayat_tambah_saja ON riwayat_riwayat", "DROP FUNCTION IF EXISTS riwayat_tolak_ubah()"]
SQLITE = [f"""CREATE TRIGGER riwayat_tambah_saja BEFORE UPDATE ON riwayat_riwayat
    BEGIN SELECT RAISE(ABORT, '{PESAN}'); END"""]
SQLITE_BALIK = ["DROP TRIGGER IF EXISTS riwayat_tambah_saja"]


def _jalankan(perintah: dict):
    def jalankan(apps, schema_editor):
        for sql in perintah.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)
    return jalankan


class Migration(migrations.Migration):
    dependencies = [("riwayat", "0001_initial")]

    operations = [
        migrations.RunPython(_jalankan({"postgresql": POSTGRES, "sqlite": SQLITE}),
                             _jalankan({"postgresql": POSTGRES_BALIK, "sqlite": SQLITE_BALIK})),
    ]
