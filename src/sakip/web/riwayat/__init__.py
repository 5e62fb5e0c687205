"""Append-only audit trail (riwayat) of every change to office-year data and its status."""
