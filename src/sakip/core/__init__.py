"""The rules engine: pure, cited, dated calculations (no Django, DOCX or database).

Public entry points::

    from sakip.core import angka, capaian, peringkat, anggaran, ikm, idm, lke
    from sakip.core.parameter import parameter, parameter_berlaku
"""
