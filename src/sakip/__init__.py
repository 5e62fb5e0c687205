"""sakip: Sistem Akuntabilitas Kinerja Instansi Pemerintah (Perpres 29/2014).

Layers point one way: ``cli`` / ``web`` -> ``reports`` / ``reviu`` / ``berkas`` / ``io`` -> ``core``.
``core`` is pure Python (standard library, Decimal, YAML, Babel).
"""

__version__ = "0.1.0"
