"""``konflik``: the other person's changes behind a refused save (set by the entry views on ``request``)."""


def konflik(request):
    return {"konflik": getattr(request, "konflik_riwayat", None)}
