-- H2 (the dev profile) has no PL/pgSQL triggers: daily_sales is a view over the settlement ledger with the same
-- columns as PostgreSQL's table (db/vendor/postgresql/V37_1), summed when read. The dev database holds demo volumes.
create view daily_sales as
select cast(recorded_at at time zone 'Asia/Kolkata' as date) as sales_day, manufacturer_id,
       cast(sum(case when kind = 'CAPTURED' then 1 else 0 end) as integer) as paid_orders,
       cast(sum(case when kind = 'CAPTURED' then amount else 0 end) as numeric(14, 2)) as captured,
       cast(sum(case when kind = 'COMMISSION' then amount else 0 end) as numeric(14, 2)) as commission,
       cast(sum(case when kind = 'PAYOUT' then amount else 0 end) as numeric(14, 2)) as payout
from ledger_entries
where kind in ('CAPTURED', 'COMMISSION', 'PAYOUT')
group by cast(recorded_at at time zone 'Asia/Kolkata' as date), manufacturer_id;
