from web.dasbor.conftest import berkas_kalumpang, disdik, kalumpang  # noqa: F401  (shared fixtures)
