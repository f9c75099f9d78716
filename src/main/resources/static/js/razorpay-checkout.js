// Opens Razorpay's Standard Checkout with the options the page carries in data attributes; Razorpay posts the
// result (success or failure) to our callback URL. Loaded from our origin: the page allows no inline script.
(function () {
    'use strict';

    function open() {
        var element = document.getElementById('razorpay-checkout');
        if (!element || typeof window.Razorpay !== 'function') {
            return;
        }
        var data = element.dataset;
        var checkout = new window.Razorpay({
            key: data.key,
            amount: data.amount,
            currency: data.currency,
            order_id: data.orderId,
            name: data.name,
            description: data.description,
            prefill: { name: data.prefillName },
            callback_url: data.callbackUrl,
            redirect: true,
            theme: { color: '#1f5c3f' }
        });
        checkout.open();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var button = document.getElementById('razorpay-open');
        if (button) {
            button.addEventListener('click', open);
        }
        open();
    });
})();
