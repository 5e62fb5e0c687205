"""One module per ``sakip`` sub-command; each defines ``daftarkan(app)``."""
