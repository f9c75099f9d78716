-- 10,000 approved clinics (half in Kerala, the platform's state: CGST + SGST; half in Karnataka: IGST), each with an
-- ACTIVE subscription to Clinic (₹999 + 18 % GST = ₹1,178.82 a month, paid by UPI AutoPay) whose cycle ended a minute
-- ago, as if its first month had been paid and nothing had happened since: the sandbox (told of them by its
-- renewal-run control) charges every one of them at once. Heard from just now, so the reconciliation job leaves them be.
create or replace function pg_temp.gstin_check(body text) returns text language plpgsql as $$
declare
    characters constant text := '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    total integer := 0;
    v integer;
begin
    for i in 1..14 loop
        v := (position(substr(body, i, 1) in characters) - 1) * (case when i % 2 = 0 then 2 else 1 end);
        total := total + v / 36 + v % 36;
    end loop;
    return body || substr(characters, (36 - total % 36) % 36 + 1, 1);
end $$;

update subscription_plans set gateway_plan_id = 'plan_BenchClinc117882'
where id = '0a7b0000-0000-4000-8000-000000000002' and gateway_plan_id is null;

create temporary table bench_clinics as
select n, gen_random_uuid() as user_id, gen_random_uuid() as clinic_id, gen_random_uuid() as subscription_id,
       case when n % 2 = 0 then '32' else '29' end as state_code
from generate_series(1, 10000) as n;

insert into users (id, version, email, password_hash, full_name, phone, role, enabled, created_at)
select b.user_id, 0, 'bench.clinic' || b.n || '@bench.ayurlahi.in', u.password_hash, 'Bench Clinic ' || b.n,
       '+9197' || lpad(b.n::text, 8, '0'), 'CLINIC', true, now() - interval '60 days'
from bench_clinics b, users u where u.email = 'clinic@demo.ayurlahi.in';

insert into clinics (id, version, owner_user_id, legal_name, gstin, address_line1, city, pincode, state_code,
                     licence_number, licence_expiry, contact_person, contact_phone, contact_email, status, approved_at,
                     created_at, updated_at)
select b.clinic_id, 0, b.user_id, 'Bench Ayurveda Clinic ' || b.n,
       pg_temp.gstin_check(b.state_code || 'AABC' || chr(65 + b.n / 10000) || lpad((b.n % 10000)::text, 4, '0')
                           || 'K1Z'),
       b.n || ' Bench Road', case when b.state_code = '32' then 'Thrissur' else 'Bengaluru' end,
       case when b.state_code = '32' then '680001' else '560003' end, b.state_code, 'BENCH-' || b.n, date '2030-03-31',
       'Dr. Bench ' || b.n, '+9197' || lpad(b.n::text, 8, '0'), 'bench.clinic' || b.n || '@bench.ayurlahi.in',
       'APPROVED', now() - interval '59 days', now() - interval '60 days', now() - interval '59 days'
from bench_clinics b;

insert into subscriptions (id, version, clinic_id, plan_id, status, gateway_subscription_id, authorisation_url,
                           payment_method, effective_from, current_start, current_end, next_charge_at, paid_count,
                           cancel_at_cycle_end, gateway_cancel_due, last_report_at, last_synced_at, authorised_at,
                           created_at, updated_at)
select b.subscription_id, 0, b.clinic_id, '0a7b0000-0000-4000-8000-000000000002', 'ACTIVE',
       'sub_Bench' || lpad(b.n::text, 9, '0'), '/sandbox/razorpay/subscriptions/sub_Bench' || lpad(b.n::text, 9, '0'),
       'UPI', now() - interval '30 days 1 minute', now() - interval '30 days 1 minute', now() - interval '1 minute',
       now() - interval '1 minute', 1, false, false, now() - interval '30 days 1 minute', now(),
       now() - interval '30 days 1 minute', now() - interval '30 days 2 minutes', now()
from bench_clinics b;
