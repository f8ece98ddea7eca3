// Keeps the opinion dashboard current while it is open: every minute it fetches the same figures, rendered by the
// server as the page's own panel, and puts them in place of the old ones. Without this script the page shows the
// figures of its loading.
(function () {
    'use strict';
    var main = document.getElementById('isi');
    var source = main && main.getAttribute('data-panel');
    if (!source || !window.fetch || !window.DOMParser) {
        return;
    }
    setInterval(function () {
        fetch(source, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (html) {
                if (!html) {
                    return;
                }
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('panel');
                var old = document.getElementById('panel');
                if (fresh && old) {
                    old.replaceWith(document.importNode(fresh, true));
                    main.setAttribute('data-diperbarui', new Date().toISOString());
                }
            })
            .catch(function () { /* the next minute tries again */ });
    }, 60000);
}());
