-- A Razorpay payment link for an order placed over WhatsApp: owed from the moment it is asked for (REQUESTED, in
-- the transaction of the checkout), made at Razorpay in the background after commit (ISSUED, with its URL), and
-- ended by Razorpay's webhooks (PAID, EXPIRED, CANCELLED) or by our cancellation when the order no longer waits for
-- it. The amount is the order's total when the link was asked for, in rupees; paise exist only at Razorpay's
-- boundary. No contact details of the clinic are kept here.
create table payment_links (
    id                  uuid           not null primary key,
    version             bigint         not null,
    order_id            uuid           not null,
    order_number        varchar(20)    not null,
    clinic_user_id      uuid           not null,
    -- The link's reference at Razorpay (unique there too): the order number, with "-2", "-3"… for later links of
    -- the same order.
    reference_id        varchar(40)    not null,
    amount              numeric(14, 2) not null,
    status              varchar(20)    not null,
    -- The order's id while this link is owed or payable and not being cancelled, else null: at most one live link
    -- per order, so that a second request can't make a second link that could be paid as well.
    live_order_id       uuid,
    -- When the order stops waiting for its payment (placed + PAYMENT_TIMEOUT): the expiry asked of Razorpay.
    payable_until       timestamp with time zone not null,
    -- When the background worker first set out to make the link at Razorpay (null: never, so a cancellation needs
    -- no call to Razorpay).
    attempted_at        timestamp with time zone,
    razorpay_link_id    varchar(40),
    url                 varchar(300),
    -- The expiry Razorpay set (never less than 15 minutes after the link was made).
    expires_at          timestamp with time zone,
    -- The Razorpay order behind the link and the payment that paid it, learned from the payment's webhooks.
    razorpay_order_id   varchar(40),
    razorpay_payment_id varchar(40),
    -- The order no longer waits for this link: it is to be cancelled at Razorpay.
    cancel_due          boolean        not null,
    cancel_reason       varchar(300),
    -- Why the last call to Razorpay about this link did not go through.
    gateway_error       varchar(500),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint payment_links_order_fk foreign key (order_id) references orders (id),
    constraint payment_links_reference_unique unique (reference_id),
    constraint payment_links_razorpay_unique unique (razorpay_link_id),
    constraint payment_links_one_live_per_order unique (live_order_id),
    constraint payment_links_amount_positive check (amount > 0),
    constraint payment_links_status_known
        check (status in ('REQUESTED', 'ISSUED', 'PAID', 'EXPIRED', 'CANCELLED', 'FAILED'))
);

create index payment_links_by_order on payment_links (order_id, created_at);
create index payment_links_by_razorpay_order on payment_links (razorpay_order_id);
