/* Live capaian while typing a realisasi: asks the server (sakip.core computes), shows the answer.
   Without JavaScript the page still works: the capaian is shown after saving. */
(function () {
  "use strict";
  var kotak = document.querySelector("[data-capaian-url]");
  if (!kotak || !window.fetch) { return; }
  var url = kotak.getAttribute("data-capaian-url");
  var medan = Array.prototype.slice.call(document.querySelectorAll("[data-realisasi]"));
  var jeda = null;
  var urutan = 0;

  function isi(nama, teks) {
    var el = kotak.querySelector('[data-c="' + nama + '"]');
    if (el) { el.textContent = teks || ""; el.hidden = !teks; }
    return el;
  }

  function tampil(d) {
    isi("capaian", d.capaian || "–");
    kotak.querySelector('[data-c="capaian"]').hidden = false;
    var kat = isi("kategori", d.kategori);
    if (kat) { kat.style.setProperty("--warna", d.kode_warna || "#6b7785"); kat.title = d.warna || ""; }
    isi("rumus", d.rumus);
    isi("alasan", d.alasan);
    isi("target", d.target || "belum ditetapkan");
    kotak.querySelector('[data-c="target"]').hidden = false;
    isi("sumber_target", d.sumber_target);
    kotak.setAttribute("data-status", d.status);
    medan.forEach(function (m) {
      if (d.medan === m.getAttribute("data-realisasi")) { m.setAttribute("aria-invalid", "true"); }
      else { m.removeAttribute("aria-invalid"); }
    });
  }

  function perbarui() {
    var q = new URLSearchParams();
    medan.forEach(function (m) { q.set(m.getAttribute("data-realisasi"), m.value); });
    var nomor = ++urutan;
    kotak.setAttribute("aria-busy", "true");
    fetch(url + "?" + q.toString(), { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) { if (d && nomor === urutan) { tampil(d); } })
      .catch(function () { /* offline: keep the last result; saving still works */ })
      .then(function () { if (nomor === urutan) { kotak.removeAttribute("aria-busy"); } });
  }

  medan.forEach(function (m) {
    m.addEventListener("input", function () { clearTimeout(jeda); jeda = setTimeout(perbarui, 200); });
  });
})();
