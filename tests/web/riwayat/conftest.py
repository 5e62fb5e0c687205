from web.entri.conftest import kalumpang, tk_a, tk_b, url  # noqa: F401  (shared fixtures)
