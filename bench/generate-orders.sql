-- :orders generated orders (1,000,000 by default) over the :days days before now, for the dashboard benchmark:
-- spread over the approved clinics and manufacturers, one line each, 9 in 10 paid (a captured payment and its
-- ledger rows: CAPTURED, COMMISSION at the manufacturer's rate, COMMISSION_GST, TCS, PAYOUT, adding up as the app
-- writes them), 1 in 1,000 payments flagged for review. The ledger's rows are loaded with the daily_sales trigger
-- off and daily_sales rebuilt from the ledger afterwards, as V37's backfill does (the same sums; a bulk load
-- doesn't need 4 million single-row upserts). Run with: psql -v orders=1000000 -v days=365 -f generate-orders.sql
\if :{?orders}
\else
\set orders 1000000
\endif
\if :{?days}
\else
\set days 365
\endif

create temp table bench_clinics as
select id, owner_user_id, legal_name, gstin, address_line1, city, pincode, state_code,
       row_number() over (order by id) - 1 as n
from clinics where status = 'APPROVED';

create temp table bench_makers as
select m.id, m.owner_user_id, m.company_name, m.gstin, m.state_code, coalesce(m.commission_rate, 8.00) as rate,
       row_number() over (order by m.id) - 1 as n
from manufacturers m where m.status = 'APPROVED';

create temp table bench_orders as
select g,
       gen_random_uuid() as id,
       gen_random_uuid() as payment_id,
       c.id as clinic_id, c.owner_user_id as clinic_user_id, c.legal_name, c.gstin as clinic_gstin,
       c.address_line1, c.city, c.pincode, c.state_code as clinic_state,
       m.id as manufacturer_id, m.owner_user_id as maker_user_id, m.company_name, m.gstin as maker_gstin,
       m.state_code as maker_state, m.rate,
       -- taxable value ₹200.00 to ₹20,199.00 in whole rupees, GST at 12 %
       (200 + (g::bigint * 7919) % 20000)::numeric(14, 2) as subtotal,
       now() - (random() * :days * interval '1 day') as at,
       g % 10 <> 0 as paid
from generate_series(1, :orders) as g
join bench_clinics c on c.n = g % (select count(*) from bench_clinics)
join bench_makers m on m.n = (g / 7) % (select count(*) from bench_makers);

alter table bench_orders add column tax numeric(14, 2);
update bench_orders set tax = round(subtotal * 0.12, 2);

insert into orders (id, version, order_number, clinic_id, clinic_user_id, clinic_name, clinic_gstin, manufacturer_id,
                    manufacturer_user_id, manufacturer_name, manufacturer_gstin, manufacturer_state_code, source, status,
                    shipping_address_line1, shipping_city, shipping_pincode, shipping_state_code, tax_type, subtotal,
                    cgst_total, sgst_total, igst_total, total, carrier, tracking_number, created_at, updated_at)
select id, 0, 'BEN-' || lpad(g::text, 10, '0'), clinic_id, clinic_user_id, legal_name, clinic_gstin, manufacturer_id,
       maker_user_id, company_name, maker_gstin, maker_state, 'WEB',
       case when not paid then 'PAYMENT_FAILED' when at < now() - interval '10 days' then 'DELIVERED'
            else 'CONFIRMED' end,
       address_line1, city, pincode, clinic_state,
       case when clinic_state = maker_state then 'INTRA_STATE' else 'INTER_STATE' end, subtotal,
       case when clinic_state = maker_state then round(tax / 2, 2) else 0 end,
       case when clinic_state = maker_state then tax - round(tax / 2, 2) else 0 end,
       case when clinic_state = maker_state then 0 else tax end,
       subtotal + tax,
       case when paid and at < now() - interval '10 days' then 'DTDC' end,
       case when paid and at < now() - interval '10 days' then 'BENCH' || g end,
       at, at
from bench_orders;

insert into payments (id, version, order_id, clinic_user_id, razorpay_order_id, razorpay_payment_id, amount, currency,
                      status, method, review_reason, created_at, captured_at, updated_at, order_number, clinic_name)
select payment_id, 0, id, clinic_user_id, 'order_bench' || g, case when paid then 'pay_bench' || g end,
       subtotal + tax, 'INR', case when paid then 'CAPTURED' else 'FAILED' end, 'UPI',
       case when paid and g % 1000 = 1 then 'Generated for the benchmark: flagged' end,
       at, case when paid then at end, at, 'BEN-' || lpad(g::text, 10, '0'), legal_name
from bench_orders;

alter table ledger_entries disable trigger ledger_entries_daily_sales;
-- commission at the manufacturer's rate on the taxable value, 18 % GST on it, 1 % TCS on the taxable value
insert into ledger_entries (id, payment_id, order_id, order_number, manufacturer_id, kind, amount, recorded_at, source_id)
select gen_random_uuid(), payment_id, id, 'BEN-' || lpad(g::text, 10, '0'), manufacturer_id, kind, amount, at, payment_id
from bench_orders,
     lateral (select round(subtotal * rate / 100, 2) as commission, round(subtotal * 0.01, 2) as tcs) split,
     lateral (values ('CAPTURED', subtotal + tax), ('COMMISSION', commission),
                     ('COMMISSION_GST', round(commission * 0.18, 2)), ('TCS', tcs),
                     ('PAYOUT', subtotal + tax - commission - round(commission * 0.18, 2) - tcs)) as rows(kind, amount)
where paid;
alter table ledger_entries enable trigger ledger_entries_daily_sales;

truncate daily_sales;
insert into daily_sales (sales_day, manufacturer_id, paid_orders, captured, commission, payout)
select (recorded_at at time zone 'Asia/Kolkata')::date, manufacturer_id,
       count(*) filter (where kind = 'CAPTURED'),
       coalesce(sum(amount) filter (where kind = 'CAPTURED'), 0),
       coalesce(sum(amount) filter (where kind = 'COMMISSION'), 0),
       coalesce(sum(amount) filter (where kind = 'PAYOUT'), 0)
from ledger_entries
where kind in ('CAPTURED', 'COMMISSION', 'PAYOUT')
group by 1, 2;

analyze orders;
analyze payments;
analyze ledger_entries;
analyze daily_sales;
