-- :count (1,000 measured; fewer to warm up) confirmed orders, numbered :'prefix'-000001 on, of the demo clinic from Sahyadri (Maharashtra → Kerala: IGST), two lines each, and the tax
-- invoice each is owed, as if their payments had just been captured. Figures per order: 3 × ₹70.00 + 2 × ₹150.00 =
-- ₹510.00 taxable, IGST 5 % ₹25.50, ₹535.50 — the same as the tax calculator gives, so every invoice can be issued.
create temporary table bench_parties as
select c.id as clinic_id, c.owner_user_id as clinic_user_id, c.legal_name as clinic_name, c.gstin as clinic_gstin,
       c.address_line1, c.address_line2, c.city, c.pincode, c.state_code,
       m.id as manufacturer_id, m.owner_user_id as manufacturer_user_id, m.company_name, m.gstin as manufacturer_gstin,
       (select id from products p where p.manufacturer_id = m.id order by sku limit 1) as first_product,
       (select id from products p where p.manufacturer_id = m.id order by sku offset 1 limit 1) as second_product
from clinics c, manufacturers m
where c.gstin = '32AAFCA1234K1Z3' and m.gstin = '27AABCS5678M1ZO';

create temporary table bench_orders as
select gen_random_uuid() as id, n from generate_series(1, :count) as n;

insert into orders (id, version, order_number, clinic_id, clinic_user_id, clinic_name, clinic_gstin, manufacturer_id,
                    manufacturer_user_id, manufacturer_name, manufacturer_gstin, manufacturer_state_code, source, status,
                    shipping_address_line1, shipping_address_line2, shipping_city, shipping_pincode, shipping_state_code,
                    tax_type, subtotal, cgst_total, sgst_total, igst_total, total, created_at, updated_at)
select o.id, 0, :'prefix' || '-' || lpad(o.n::text, 6, '0'), p.clinic_id, p.clinic_user_id, p.clinic_name, p.clinic_gstin,
       p.manufacturer_id, p.manufacturer_user_id, p.company_name, p.manufacturer_gstin, '27', 'WEB', 'CONFIRMED',
       p.address_line1, p.address_line2, p.city, p.pincode, p.state_code, 'INTER_STATE', 510.00, 0, 0, 25.50, 535.50,
       now(), now()
from bench_orders o, bench_parties p;

insert into order_items (id, order_id, line_number, product_id, product_name, sku, hsn_code, pack_size, quantity,
                         unit_price, gst_rate, taxable_value, cgst, sgst, igst, line_total, commission_rate, status)
select gen_random_uuid(), o.id, 1, p.first_product, 'Bench Triphala Churna', 'BENCH-1', '30049011', '100 g', 3, 70.00, 5,
       210.00, 0, 0, 10.50, 220.50, 10.00, 'ORDERED'
from bench_orders o, bench_parties p
union all
select gen_random_uuid(), o.id, 2, p.second_product, 'Bench Dhanwantharam Thailam', 'BENCH-2', '30049011', '200 ml', 2,
       150.00, 5, 300.00, 0, 0, 15.00, 315.00, 10.00, 'ORDERED'
from bench_orders o, bench_parties p;

insert into invoice_requests (id, request_key, kind, manufacturer_id, order_id, payment_id, amount, money_moved_at,
                              requested_at, attempts)
select gen_random_uuid(), 'TAX_INVOICE:' || o.id, 'TAX_INVOICE', p.manufacturer_id, o.id, gen_random_uuid(), 535.50,
       now(), now(), 0
from bench_orders o, bench_parties p;
