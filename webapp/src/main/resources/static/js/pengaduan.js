// The complaint form works without this script; it only narrows the kelurahan list to the chosen kecamatan,
// hides the identity fields of an anonymous complaint, and fills the map point from the phone's location.
(function () {
    'use strict';
    var kecamatan = document.getElementById('kecamatan');
    var kelurahan = document.getElementById('kelurahan');
    if (kecamatan && kelurahan) {
        var narrow = function () {
            var chosen = kecamatan.value;
            Array.prototype.forEach.call(kelurahan.querySelectorAll('optgroup'), function (group) {
                var shown = !chosen || group.getAttribute('data-kecamatan') === chosen;
                group.hidden = !shown;
                group.disabled = !shown;
            });
            var selected = kelurahan.selectedOptions[0];
            if (selected && selected.parentElement.disabled) {
                kelurahan.value = '';
            }
        };
        kecamatan.addEventListener('change', narrow);
        narrow();
    }
    var anonymous = document.getElementById('anonim');
    var identity = document.getElementById('identitas');
    if (anonymous && identity) {
        var toggle = function () {
            identity.hidden = anonymous.checked;
        };
        anonymous.addEventListener('change', toggle);
        toggle();
    }
    var locate = document.getElementById('lokasi-saya');
    if (locate && navigator.geolocation) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                document.getElementById('lintang').value = position.coords.latitude.toFixed(6);
                document.getElementById('bujur').value = position.coords.longitude.toFixed(6);
            });
        });
    }
}());
