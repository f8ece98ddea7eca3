// Keeps the compliance figures current while the page is open: every minute it reads the same figures as JSON
// and writes them into the table and the chart. Without this script the page shows the figures of its loading.
(function () {
    'use strict';
    var main = document.getElementById('isi');
    var source = main && main.getAttribute('data-sumber');
    if (!source || !window.fetch) {
        return;
    }
    var percent = function (value) { return value === null ? '-' : value + '%'; };
    var plain = function (value) { return value === null ? '-' : String(value); };
    var update = function (months) {
        months.forEach(function (m) {
            var row = document.getElementById('bulan-' + m.month);
            if (!row) {
                return;
            }
            var cells = {
                requests: plain(m.requests), onTimePercent: percent(m.onTimePercent), medianDays: plain(m.medianDays),
                p90Days: plain(m.p90Days), extended: plain(m.extended), objections: m.objections + ' (' + m.upheld + ')',
                disputes: plain(m.disputes), complaints: plain(m.complaints),
                complaintsOnTimePercent: percent(m.complaintsOnTimePercent), answered: plain(m.answered),
                answerMedianDays: plain(m.answerMedianDays), answerP90Days: plain(m.answerP90Days),
                averageRating: m.averageRating === null ? '-' : m.averageRating.toFixed(1),
                mediaIssues: plain(m.mediaIssues), mediaResponded: plain(m.mediaResponded),
                mediaOnTimePercent: percent(m.mediaOnTimePercent), mediaMedianDays: plain(m.mediaMedianDays)
            };
            Object.keys(cells).forEach(function (column) {
                var cell = row.querySelector('[data-kolom="' + column + '"]');
                if (cell) {
                    cell.textContent = cells[column];
                }
            });
            var bar = document.getElementById('batang-' + m.month);
            if (bar) {
                var height = 1.2 * (m.onTimePercent || 0);
                bar.setAttribute('y', String(150 - height));
                bar.setAttribute('height', String(height));
            }
        });
        main.setAttribute('data-diperbarui', new Date().toISOString());
    };
    setInterval(function () {
        fetch(source, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (months) { if (months) { update(months); } })
            .catch(function () { /* the next minute tries again */ });
    }, 60000);
}());
