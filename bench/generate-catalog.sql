-- 100,000 generated products for the benchmark, split between the two approved demo manufacturers, with names,
-- compositions and search text built from Ayurvedic words the way the catalog builds them (lower-cased name,
-- SKU, composition and manufacturer name). Stock is large so that the throughput run never runs out.
with words(herb, n) as (
    select herb, row_number() over () - 1
    from unnest(array['Ashwagandha', 'Triphala', 'Brahmi', 'Shatavari', 'Guduchi', 'Amalaki', 'Haritaki', 'Bibhitaki',
                      'Punarnava', 'Yashtimadhu', 'Manjishtha', 'Neem', 'Tulasi', 'Arjuna', 'Bala', 'Guggulu', 'Kutaja',
                      'Vidanga', 'Pippali', 'Shunthi', 'Haridra', 'Musta', 'Chitraka', 'Dashamoola', 'Jatamansi',
                      'Shankhapushpi', 'Vacha', 'Kalmegh', 'Bhringraj', 'Gokshura', 'Kapikacchu', 'Vasa']) as herb
),
forms(form, label, pack, n) as (
    select form, label, pack, row_number() over () - 1
    from (values ('CHURNA', 'Churna', '100 g'), ('GULIKA', 'Vati', '60 tablets'), ('TAILAM', 'Tailam', '200 ml'),
                 ('ARISHTAM', 'Arishtam', '450 ml'), ('CAPSULE', 'Capsules', '60 capsules'),
                 ('KASHAYAM', 'Kashayam', '200 ml'), ('LEHYAM', 'Lehyam', '250 g'), ('GHRITAM', 'Ghritam', '150 g'))
             as f(form, label, pack)
),
sellers(id, name, n) as (
    select s.manufacturer_id, s.name, row_number() over (order by s.name) - 1
    from catalog_sellers s where s.status = 'APPROVED'
),
generated as (
    select g, w1.herb, w2.herb as second_herb, f.form, f.label, f.pack, s.id as seller_id, s.name as seller_name
    from generate_series(1, 100000) as g
    join words w1 on w1.n = g % 32
    join words w2 on w2.n = (g / 32) % 32
    join forms f on f.n = (g / 1024) % 8
    join sellers s on s.n = g % (select count(*) from sellers)
)
insert into products (id, version, manufacturer_id, name, sku, hsn_code, gst_rate, unit_price, mrp, pack_size, dosage_form,
                      composition, description, min_order_quantity, stock_quantity, active, medical_supervision,
                      ever_ordered, archived_at, search_text, created_at, updated_at)
select gen_random_uuid(), 0, seller_id,
       herb || ' ' || second_herb || ' ' || label || ' No. ' || g,
       'BENCH-' || g,
       '30049011', 5.00,
       (50 + g % 450)::numeric(14, 2),
       ((50 + g % 450) * 1.3)::numeric(14, 2),
       pack, form,
       herb || ' (root), ' || second_herb || ' (leaf), Pippali, Shunthi',
       null, 1, 1000000, true, false, false, null,
       lower(herb || ' ' || second_herb || ' ' || label || ' No. ' || g || ' BENCH-' || g || ' '
             || herb || ' (root), ' || second_herb || ' (leaf), Pippali, Shunthi ' || seller_name),
       now() - (g || ' seconds')::interval, now()
from generated;

-- The table as autovacuum keeps it on a live database: vacuumed (the visibility map and hint bits set, so that a
-- read does not first write; some servers here run with autovacuum off) and analyzed (it would not analyze three
-- sellers by itself: below its threshold of 50 changed rows, the planner's guess for catalog_sellers makes it sort
-- thousands of matches instead of walking the name index).
vacuum analyze;
