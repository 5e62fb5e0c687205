"""Organisation and people: Pemda, Instansi and the roles (Peran) users hold."""
