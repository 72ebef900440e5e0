// Warns two minutes before the idle timeout (WCAG 2.2.1) and lets the user extend the session with one click.
(function () {
    var meta = document.querySelector('meta[name="session-idle-seconds"]');
    if (!meta) { return; }
    var idle = parseInt(meta.getAttribute('content'), 10);
    if (!(idle > 180)) { return; }
    var box = document.getElementById('session-warning');
    var timer;
    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(function () { if (box) { box.hidden = false; box.querySelector('button').focus(); } }, (idle - 120) * 1000);
    }
    if (box) {
        box.querySelector('button').addEventListener('click', function () {
            fetch(box.getAttribute('data-ping'), { credentials: 'same-origin' }).then(function () {
                box.hidden = true;
                schedule();
            });
        });
    }
    schedule();
})();
