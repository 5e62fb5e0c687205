"""Reviu: read an LKj handed in (TXT, DOCX, PDF) and find what an Inspektorat
auditor with a calculator finds (PermenPANRB 53/2014, reviu atas LKj).

    >>> from sakip.reviu import reviu_berkas  # doctest: +SKIP
    >>> hasil = reviu_berkas("lkj.pdf")       # doctest: +SKIP
    >>> hasil.ringkasan()                     # doctest: +SKIP
    {'kesalahan': 12, 'peringatan': 5, 'catatan': 3, 'jumlah': 20}
"""
