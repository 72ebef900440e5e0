// Sessions: the print button of result sheets and appointment letters (no inline scripts under the CSP).
(function () {
    'use strict';
    document.addEventListener('click', function (e) {
        if (e.target.closest('[data-print]')) {
            window.print();
        }
    });
})();
