"""The account screen where a logged-in user creates and revokes their own API tokens."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from sakip.web.api import selectors, services
from sakip.web.api.forms import TokenForm
from sakip.web.organisasi.forms import tambah_galat


@never_cache
@login_required
def token_kelola(request):
    """List of the user's tokens and the form for a new one. The new secret is rendered in the
    response to the POST itself (never stored, never put in a cookie or session) with ``no-store``."""
    form = TokenForm(request.POST or None)
    rahasia = baru = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                baru, rahasia = services.token_buat(user=request.user, nama=form.cleaned_data["nama"])
            except ValidationError as e:
                tambah_galat(form, e)
                status = 400
            else:
                form = TokenForm()
        else:
            status = 400
    konteks = {"form": form, "daftar": selectors.token_list_for_user(user=request.user), "rahasia": rahasia, "baru": baru,
               "alamat_api": request.build_absolute_uri("/api/v1/")}
    return render(request, "api/token_kelola.html", konteks, status=status)


@login_required
@require_POST
def token_cabut(request, pk: int):
    token = selectors.token_get_for_user(user=request.user, pk=pk)
    services.token_cabut(token=token)
    messages.success(request, f"Token “{token.nama}” dicabut; aplikasi yang memakainya kini ditolak.")
    return redirect("akun:token_kelola")
