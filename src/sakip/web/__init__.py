"""The sakip web workspace (Django project package ``sakip.web``).

Apps live inside this package, one per business area (``organisasi`` now;
``perencanaan``, ``realisasi``, ``anggaran``, ``dokumen``, ``publik`` later).
Settings come from the environment, see :mod:`sakip.web.settings`.
"""
