-- How the money of each paid order splits: what the clinic paid (CAPTURED), the platform's commission on each
-- item's taxable value at its snapshot rate (COMMISSION), GST on that commission (COMMISSION_GST), TCS collected
-- under GST section 52 on the net taxable value (TCS), and what the manufacturer is owed (PAYOUT). Rows are only
-- ever added. For every payment: CAPTURED = COMMISSION + COMMISSION_GST + TCS + PAYOUT, to the paisa.
create table ledger_entries (
    id              uuid           not null primary key,
    payment_id      uuid           not null,
    order_id        uuid           not null,
    order_number    varchar(20)    not null,
    manufacturer_id uuid           not null,
    kind            varchar(20)    not null,
    amount          numeric(14, 2) not null,
    recorded_at     timestamp with time zone not null,
    constraint ledger_entries_payment_fk foreign key (payment_id) references payments (id),
    constraint ledger_entries_kind_known check (kind in ('CAPTURED', 'COMMISSION', 'COMMISSION_GST', 'TCS', 'PAYOUT')),
    constraint ledger_entries_amount_not_negative check (amount >= 0),
    -- a capture is settled once
    constraint ledger_entries_once_per_kind unique (payment_id, kind)
);

create index ledger_entries_by_manufacturer on ledger_entries (manufacturer_id, recorded_at);
create index ledger_entries_by_order on ledger_entries (order_id);
