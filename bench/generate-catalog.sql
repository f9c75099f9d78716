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
    select g,
           (select herb from words where n = g % 32) as herb,
           (select herb from words where n = (g / 32) % 32) as second_herb,
           (select f from forms f where f.n = (g / 1024) % 8) as f,
           (select s from sellers s where s.n = g % (select count(*) from sellers)) as s
    from generate_series(1, 100000) as g
)
insert into products (id, version, manufacturer_id, name, sku, hsn_code, gst_rate, unit_price, mrp, pack_size, dosage_form,
                      composition, description, min_order_quantity, stock_quantity, active, medical_supervision,
                      ever_ordered, archived_at, search_text, created_at, updated_at)
select gen_random_uuid(), 0, (s).id,
       herb || ' ' || second_herb || ' ' || (f).label || ' No. ' || g,
       'BENCH-' || g,
       '30049011', 5.00,
       (50 + g % 450)::numeric(14, 2),
       ((50 + g % 450) * 1.3)::numeric(14, 2),
       (f).pack, (f).form,
       herb || ' (root), ' || second_herb || ' (leaf), Pippali, Shunthi',
       null, 1, 1000000, true, false, false, null,
       lower(herb || ' ' || second_herb || ' ' || (f).label || ' No. ' || g || ' BENCH-' || g || ' '
             || herb || ' (root), ' || second_herb || ' (leaf), Pippali, Shunthi ' || (s).name),
       now() - (g || ' seconds')::interval, now()
from generated;

analyze products;
