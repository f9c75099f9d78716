-- The rows recorded before refunds existed all record captures: their source is the payment.
update ledger_entries set source_id = payment_id where source_id is null;

alter table ledger_entries alter column source_id set not null;
alter table ledger_entries add constraint ledger_entries_once_per_source unique (source_id, kind);
-- A capture's rows are positive; a refund's REFUND row is negative and its other rows reverse the capture's
-- (negative, or a paisa the other way where rounding each item on its own took a paisa too much before).
alter table ledger_entries add constraint ledger_entries_sign
    check ((source_id = payment_id and kind <> 'REFUND' and amount >= 0)
        or (source_id <> payment_id and kind <> 'CAPTURED' and (kind <> 'REFUND' or amount < 0)));
