-- The dashboards' daily figures per manufacturer, from the settlement ledger (rows are only ever added there):
-- paid orders and what their clinics paid (CAPTURED), the platform's commission (COMMISSION) and what the
-- manufacturer is owed (PAYOUT), both net of refunds (whose reversal rows are negative), by the Indian calendar day
-- the row was recorded. A trigger keeps it up to date
-- in the transaction that writes the ledger, so a dashboard reads at most 30 rows per manufacturer instead of
-- scanning a month of orders.
create table daily_sales (
    sales_day       date           not null,
    manufacturer_id uuid           not null,
    paid_orders     integer        not null default 0,
    captured        numeric(14, 2) not null default 0,
    commission      numeric(14, 2) not null default 0,
    payout          numeric(14, 2) not null default 0,
    constraint daily_sales_pk primary key (sales_day, manufacturer_id)
);

create index daily_sales_by_manufacturer on daily_sales (manufacturer_id, sales_day);

create function daily_sales_add() returns trigger language plpgsql as $$
begin
    if new.kind not in ('CAPTURED', 'COMMISSION', 'PAYOUT') then
        return new;
    end if;
    insert into daily_sales as s (sales_day, manufacturer_id, paid_orders, captured, commission, payout)
    values ((new.recorded_at at time zone 'Asia/Kolkata')::date, new.manufacturer_id,
            case when new.kind = 'CAPTURED' then 1 else 0 end,
            case when new.kind = 'CAPTURED' then new.amount else 0 end,
            case when new.kind = 'COMMISSION' then new.amount else 0 end,
            case when new.kind = 'PAYOUT' then new.amount else 0 end)
    on conflict (sales_day, manufacturer_id) do update
        set paid_orders = s.paid_orders + excluded.paid_orders,
            captured = s.captured + excluded.captured,
            commission = s.commission + excluded.commission,
            payout = s.payout + excluded.payout;
    return new;
end
$$;

create trigger ledger_entries_daily_sales after insert on ledger_entries
    for each row execute function daily_sales_add();

insert into daily_sales (sales_day, manufacturer_id, paid_orders, captured, commission, payout)
select (recorded_at at time zone 'Asia/Kolkata')::date, manufacturer_id,
       count(*) filter (where kind = 'CAPTURED'),
       coalesce(sum(amount) filter (where kind = 'CAPTURED'), 0),
       coalesce(sum(amount) filter (where kind = 'COMMISSION'), 0),
       coalesce(sum(amount) filter (where kind = 'PAYOUT'), 0)
from ledger_entries
where kind in ('CAPTURED', 'COMMISSION', 'PAYOUT')
group by 1, 2;

-- What the team's "needs action" counts read, without scanning every payment, refund or transfer.
create index payments_flagged on payments (created_at) where review_reason is not null;
create index refunds_needing_a_person on refunds (created_at) where status = 'FAILED' or submit_error is not null;
create index payout_transfers_needing_a_person on payout_transfers (created_at)
    where status = 'AWAITING_ACCOUNT' or submit_error is not null;
