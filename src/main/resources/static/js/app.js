// Small behaviours for every page. Loaded from our own origin (the Content-Security-Policy allows no inline script).
(function () {
    'use strict';

    function showRequestError(message) {
        var box = document.getElementById('request-error');
        if (!box) {
            return;
        }
        box.textContent = message;
        box.classList.remove('d-none');
    }

    function hideRequestError() {
        var box = document.getElementById('request-error');
        if (box) {
            box.classList.add('d-none');
        }
    }

    // htmx does not swap error responses; say what happened instead of doing nothing.
    document.addEventListener('htmx:responseError', function (event) {
        var status = event.detail.xhr.status;
        if (status === 403) {
            showRequestError('Your role may not do this.');
        } else if (status === 429) {
            showRequestError('Too many requests. Please wait a moment and try again.');
        } else if (status >= 500) {
            showRequestError('Something went wrong on our side. Please try again.');
        } else {
            showRequestError('That did not work (error ' + status + '). Please reload the page and try again.');
        }
    });

    document.addEventListener('htmx:sendError', function () {
        showRequestError('The server cannot be reached. Check your connection and try again.');
    });

    // A refused htmx action shows its reason in its error slot (the element "<id>-error", or #page-error; see
    // PortalExceptionHandler): a new attempt starts with the slot empty.
    function clearErrorSlot(element) {
        var slot = element && element.id ? document.getElementById(element.id + '-error')
            : document.getElementById('page-error');
        if (slot) {
            slot.replaceChildren();
        }
    }

    // An upload form marked data-upload-progress shows in its <progress> how much of the file has gone up.
    document.addEventListener('htmx:xhr:progress', function (event) {
        var form = event.target.closest ? event.target.closest('form[data-upload-progress]') : null;
        var bar = form ? form.querySelector('progress') : null;
        if (bar && event.detail.total) {
            bar.value = Math.round(100 * event.detail.loaded / event.detail.total);
        }
    });

    // A deadline written as the time left (data-deadline: the instant) counts down while the page is open, as the
    // server writes it: "40 min", "31 h", "2 days 4 h", then "overdue".
    function timeLeft(deadline) {
        var minutes = Math.floor((Date.parse(deadline) - Date.now()) / 60000);
        if (isNaN(minutes)) {
            return null;
        }
        if (minutes <= 0) {
            return 'overdue';
        }
        var hours = Math.floor(minutes / 60);
        if (hours < 1) {
            return minutes + ' min';
        }
        return hours < 48 ? hours + ' h' : Math.floor(hours / 24) + ' days ' + (hours % 24) + ' h';
    }

    setInterval(function () {
        document.querySelectorAll('[data-deadline]').forEach(function (element) {
            var left = timeLeft(element.getAttribute('data-deadline'));
            if (left !== null) {
                element.textContent = left;
            }
        });
    }, 30000);

    // Focus after an htmx swap. htmx gives focus back to an element with the same id in the new content; when the
    // focused element was swapped away without a twin (a removed cart line, an order moved to the next queue), focus
    // goes to the swapped region's message (what the action did), its heading, or the region itself, instead of
    // falling to the page's top. A refusal
    // (4xx with fragments/form :: refusal) is focused when the user acted with a button or link; while typing in a
    // field focus stays there and the alert is read out by its role. Polled regions never take focus: they only
    // change focus that was inside them and is now gone.
    var focusBeforeSwap = null;

    function focusable(element) {
        if (!element.hasAttribute('tabindex') && !element.matches('a[href], button, input, select, textarea')) {
            element.setAttribute('tabindex', '-1');
        }
        element.focus({ preventScroll: false });
    }

    function isField(element) {
        return element && element.matches && element.matches('input, select, textarea');
    }

    document.addEventListener('htmx:beforeSwap', function (event) {
        var target = event.detail.target;
        var active = document.activeElement;
        focusBeforeSwap = target && active && active !== document.body && target.contains(active)
            ? { targetId: target.id, element: active } : null;
    });

    document.addEventListener('htmx:afterSettle', function (event) {
        var xhr = event.detail.xhr;
        var target = event.detail.target;
        var region = target && target.isConnected ? target
            : (focusBeforeSwap && focusBeforeSwap.targetId ? document.getElementById(focusBeforeSwap.targetId) : null);
        var active = document.activeElement;
        var refusal = xhr && xhr.status >= 400 && region ? region.querySelector('[role="alert"]') : null;
        if (refusal) {
            if (!isField(active)) {
                focusable(refusal);
            }
        } else if (focusBeforeSwap && region && (!active || active === document.body || !active.isConnected)) {
            focusable(region.querySelector('[role="status"]:not(:empty), h1, h2, h3, h4, h5, h6') || region);
        }
        focusBeforeSwap = null;
    });

    document.addEventListener('htmx:beforeRequest', function (event) {
        hideRequestError();
        clearErrorSlot(event.detail.elt);
    });
})();
