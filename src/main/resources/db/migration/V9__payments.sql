-- A payment: one Razorpay order created for one of our orders, for its total at the time, with the attempts
-- made against it (Razorpay lets a clinic retry a failed attempt on the same Razorpay order). The amount is
-- stored in rupees like every amount here; paise exist only at Razorpay's boundary.
create table payments (
    id                  uuid           not null primary key,
    version             bigint         not null,
    order_id            uuid           not null,
    -- The order's id while this payment is still open (the clinic may pay on it), else null: at most one open
    -- payment per order, so two presses of "Pay" can't create two Razorpay orders that could both be paid.
    open_order_id       uuid,
    clinic_user_id      uuid           not null,
    razorpay_order_id   varchar(40)    not null,
    razorpay_payment_id varchar(40),
    amount              numeric(14, 2) not null,
    currency            varchar(3)     not null,
    status              varchar(20)    not null,
    method              varchar(30),
    error_code          varchar(100),
    error_description   varchar(500),
    -- Set when something about the payment needs a person: an amount or currency that doesn't match, money
    -- captured for an order that was cancelled meanwhile.
    review_reason       varchar(500),
    created_at          timestamp with time zone not null,
    captured_at         timestamp with time zone,
    updated_at          timestamp with time zone not null,
    constraint payments_razorpay_order_unique unique (razorpay_order_id),
    constraint payments_razorpay_payment_unique unique (razorpay_payment_id),
    constraint payments_one_open_per_order unique (open_order_id),
    constraint payments_order_fk foreign key (order_id) references orders (id),
    constraint payments_amount_positive check (amount > 0),
    constraint payments_status_known
        check (status in ('CREATED', 'AUTHORIZED', 'CAPTURED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED'))
);

create index payments_by_order on payments (order_id, created_at);

-- Every Razorpay webhook whose signature checked out, stored under Razorpay's event id before anything is
-- done with it: a redelivery finds its id taken and changes nothing. The outcome says what applying it did.
create table razorpay_events (
    event_id            varchar(64)  not null primary key,
    event_type          varchar(60)  not null,
    razorpay_order_id   varchar(40),
    razorpay_payment_id varchar(40),
    payload             text         not null,
    received_at         timestamp with time zone not null,
    outcome             varchar(20)  not null,
    outcome_detail      varchar(500),
    processed_at        timestamp with time zone,
    constraint razorpay_events_outcome_known
        check (outcome in ('RECEIVED', 'APPLIED', 'NO_CHANGE', 'UNKNOWN_ORDER', 'FLAGGED', 'IGNORED'))
);

create index razorpay_events_by_time on razorpay_events (received_at);
create index razorpay_events_by_order on razorpay_events (razorpay_order_id);
