// The Razorpay sandbox's return page: post the checkout's result to Ayurlahi straight away, as Razorpay does.
(function () {
    'use strict';
    document.addEventListener('DOMContentLoaded', function () {
        var form = document.querySelector('form[data-auto-submit]');
        if (form) {
            form.submit();
        }
    });
})();
