"""A Django admin page that only reads: for rows written solely by services (office-year data, audit trail)."""

from django.contrib import admin


class HanyaBacaAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
