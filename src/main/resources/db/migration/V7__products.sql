-- The catalog's own view of who sells: kept in step with manufacturers in the same transaction as every change
-- to a manufacturer (ManufacturerSaved), so that the search can filter by it without reading another module's
-- table. A manufacturer sells while APPROVED with a licence valid on the day.
create table catalog_sellers (
    manufacturer_id uuid         not null primary key,
    name            varchar(200) not null,
    state_code      varchar(2)   not null,
    status          varchar(20)  not null,
    licence_expiry  date         not null,
    constraint catalog_sellers_manufacturer_fk foreign key (manufacturer_id) references manufacturers (id)
);

insert into catalog_sellers (manufacturer_id, name, state_code, status, licence_expiry)
select id, company_name, state_code, status, licence_expiry from manufacturers;

-- A manufacturer's products. Stock is only ever changed by conditional updates in SQL (never written back from
-- an entity), and the check constraint is the last line of defence against overselling. search_text is the
-- lower-cased name, SKU, composition and manufacturer name that the clinics' search matches; PostgreSQL indexes
-- it with trigrams (db/vendor/postgresql).
create table products (
    id                  uuid           not null primary key,
    version             bigint         not null,
    manufacturer_id     uuid           not null,
    name                varchar(200)   not null,
    sku                 varchar(40)    not null,
    hsn_code            varchar(8)     not null,
    gst_rate            numeric(4, 2)  not null,
    unit_price          numeric(14, 2) not null,
    mrp                 numeric(14, 2) not null,
    pack_size           varchar(40)    not null,
    dosage_form         varchar(20)    not null,
    composition         varchar(1000)  not null,
    description         varchar(2000),
    min_order_quantity  integer        not null,
    stock_quantity      integer        not null,
    active              boolean        not null,
    medical_supervision boolean        not null,
    ever_ordered        boolean        not null default false,
    archived_at         timestamp with time zone,
    search_text         varchar(1500)  not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint products_seller_fk foreign key (manufacturer_id) references catalog_sellers (manufacturer_id),
    constraint products_sku_unique unique (manufacturer_id, sku),
    constraint products_stock_not_negative check (stock_quantity >= 0),
    constraint products_gst_rate_allowed check (gst_rate in (0, 5, 12, 18)),
    constraint products_prices_positive check (unit_price > 0 and mrp > 0),
    constraint products_hsn_length check (length(hsn_code) in (4, 6, 8)),
    constraint products_min_order_positive check (min_order_quantity >= 1)
);

create index products_by_name on products (name);
create index products_by_manufacturer_name on products (manufacturer_id, name);
create index products_by_unit_price on products (unit_price);
create index products_by_created_at on products (created_at);
