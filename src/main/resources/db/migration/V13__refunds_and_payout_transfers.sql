-- A refund of money captured for an order: the whole order (what is left of it) when a paid order is cancelled,
-- or one item cancelled before shipping (its taxable value and tax), or money captured for an order that no
-- longer waited for it. It carries how it splits back across the
-- settlement (commission, GST on commission, TCS, payout), computed when it was asked for; the ledger's reversal
-- rows are added from it once Razorpay reports the refund processed.
create table refunds (
    id                 uuid           not null primary key,
    version            bigint         not null,
    payment_id         uuid           not null,
    order_id           uuid           not null,
    order_number       varchar(20)    not null,
    -- the cancelled item this refunds, or null for the rest of the order
    order_item_id      uuid,
    -- the failed refund this one asks Razorpay for again (each failed refund is asked for again at most once)
    replaces           uuid,
    description        varchar(300)   not null,
    reason             varchar(300)   not null,
    amount             numeric(14, 2) not null,
    commission         numeric(14, 2) not null,
    commission_gst     numeric(14, 2) not null,
    tcs                numeric(14, 2) not null,
    payout             numeric(14, 2) not null,
    -- the whole payment at once: Razorpay pulls the transfers back with it (reverse_all)
    full_refund        boolean        not null,
    -- whether the payment was settled in the ledger; money captured for an order that no longer waited for it
    -- (cancelled, or changed and paid again) never was, and its refund moves no share of a settlement
    from_settlement    boolean        not null,
    status             varchar(20)    not null,
    razorpay_refund_id varchar(40),
    -- a partial refund first pulls its share of the payout back from the manufacturer's transfer
    transfer_reversed  boolean        not null,
    -- why the last attempt to hand the refund to Razorpay did not go through (it is tried again)
    submit_error       varchar(500),
    failure_reason     varchar(500),
    created_at         timestamp with time zone not null,
    processed_at       timestamp with time zone,
    updated_at         timestamp with time zone not null,
    constraint refunds_payment_fk foreign key (payment_id) references payments (id),
    constraint refunds_razorpay_refund_unique unique (razorpay_refund_id),
    constraint refunds_replaces_fk foreign key (replaces) references refunds (id),
    constraint refunds_replaced_once unique (replaces),
    constraint refunds_amount_positive check (amount > 0),
    constraint refunds_split_adds_up check ((from_settlement and commission + commission_gst + tcs + payout = amount)
        or (not from_settlement and commission = 0 and commission_gst = 0 and tcs = 0 and payout = 0)),
    constraint refunds_status_known check (status in ('PENDING', 'PROCESSED', 'FAILED'))
);

create index refunds_by_payment on refunds (payment_id, created_at);
create index refunds_by_time on refunds (created_at);

-- The manufacturer's payout of one captured payment, sent to its Razorpay linked account by a Route transfer,
-- held until the order is delivered. Without a linked account it waits (AWAITING_ACCOUNT) and the team sees it.
create table payout_transfers (
    id                   uuid           not null primary key,
    version              bigint         not null,
    payment_id           uuid           not null,
    order_id             uuid           not null,
    order_number         varchar(20)    not null,
    manufacturer_id      uuid           not null,
    linked_account_id    varchar(40),
    -- the payout still owed: the settlement's payout less what refunds took back
    amount               numeric(14, 2) not null,
    reversed             numeric(14, 2) not null,
    status               varchar(20)    not null,
    razorpay_transfer_id varchar(40),
    -- the order was delivered: the hold is to be lifted
    release_due          boolean        not null,
    submit_error         varchar(500),
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint payout_transfers_payment_fk foreign key (payment_id) references payments (id),
    constraint payout_transfers_once_per_payment unique (payment_id),
    constraint payout_transfers_razorpay_unique unique (razorpay_transfer_id),
    constraint payout_transfers_amounts check (amount >= 0 and reversed >= 0),
    constraint payout_transfers_status_known
        check (status in ('AWAITING_ACCOUNT', 'PENDING', 'ON_HOLD', 'RELEASED', 'REVERSED', 'CANCELLED'))
);

create index payout_transfers_by_manufacturer on payout_transfers (manufacturer_id, status);

-- Refunds add reversal rows to the settlement ledger: REFUND (what went back to the clinic) and negative
-- COMMISSION, COMMISSION_GST, TCS and PAYOUT rows. Each row names what it records (source_id): the capture (the
-- payment's id) or a refund (the refund's id), once per kind. For every payment:
-- CAPTURED + REFUND = COMMISSION + COMMISSION_GST + TCS + PAYOUT, to the paisa.
alter table ledger_entries add column source_id uuid;
alter table ledger_entries drop constraint ledger_entries_kind_known;
alter table ledger_entries add constraint ledger_entries_kind_known
    check (kind in ('CAPTURED', 'REFUND', 'COMMISSION', 'COMMISSION_GST', 'TCS', 'PAYOUT'));
alter table ledger_entries drop constraint ledger_entries_amount_not_negative;
alter table ledger_entries drop constraint ledger_entries_once_per_kind;
