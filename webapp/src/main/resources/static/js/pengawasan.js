// Keeps the supervision page current while it is open: every minute it reads the same page (with the same filters)
// and swaps in the summary, the load tables and the clocks. It waits while the officer is choosing in one of the
// forms, so a refresh never takes a half-made choice away. Without this script the page shows its loading time.
(function () {
    'use strict';
    var main = document.getElementById('isi');
    var seconds = main && Number(main.getAttribute('data-segarkan'));
    if (!seconds || !window.fetch || !window.DOMParser) {
        return;
    }
    var regions = ['ringkasan', 'beban', 'beban-petugas', 'daftar-jam'];
    var source = function () {
        var url = new URL(window.location.href);
        url.searchParams.delete('berhasil');
        return url.toString();
    };
    var busy = function () {
        var active = document.activeElement;
        return active && active !== document.body && main.contains(active) && active.closest('form');
    };
    var swap = function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        regions.forEach(function (id) {
            var now = document.getElementById(id);
            var next = fresh.getElementById(id);
            if (now && next) {
                now.replaceWith(document.adoptNode(next));
            }
        });
        main.setAttribute('data-diperbarui', new Date().toISOString());
    };
    setInterval(function () {
        if (busy()) {
            return;
        }
        fetch(source(), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) { if (html) { swap(html); } })
            .catch(function () { /* the next minute tries again */ });
    }, seconds * 1000);
}());
