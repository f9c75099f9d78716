-- A clinic's cart: each product once, with its quantity. It lives here, not in the session, so it outlives
-- sign-outs and works on any app instance. Erasing a never-ordered product takes it out of carts.
create table cart_items (
    clinic_id  uuid    not null,
    product_id uuid    not null,
    quantity   integer not null,
    added_at   timestamp with time zone not null,
    constraint cart_items_pk primary key (clinic_id, product_id),
    constraint cart_items_clinic_fk foreign key (clinic_id) references clinics (id),
    constraint cart_items_product_fk foreign key (product_id) references products (id) on delete cascade,
    constraint cart_items_quantity_range check (quantity >= 1 and quantity <= 100000)
);

-- Order numbers AYR-<year>-<six digits>: one sequence, so numbers never repeat (gaps are possible).
create sequence order_number_seq start with 1;

-- An order of one clinic from one manufacturer. Names, GSTINs, the supplier's state and the delivery address
-- are copied in when it is placed (never the clinic's contact details); totals are sums of the lines still
-- ordered.
create table orders (
    id                      uuid           not null primary key,
    version                 bigint         not null,
    order_number            varchar(20)    not null,
    clinic_id               uuid           not null,
    clinic_user_id          uuid           not null,
    clinic_name             varchar(200)   not null,
    clinic_gstin            varchar(15)    not null,
    manufacturer_id         uuid           not null,
    manufacturer_user_id    uuid           not null,
    manufacturer_name       varchar(200)   not null,
    manufacturer_gstin      varchar(15)    not null,
    manufacturer_state_code varchar(2)     not null,
    source                  varchar(10)    not null,
    status                  varchar(20)    not null,
    shipping_address_line1  varchar(120)   not null,
    shipping_address_line2  varchar(120),
    shipping_city           varchar(60)    not null,
    shipping_pincode        varchar(6)     not null,
    shipping_state_code     varchar(2)     not null,
    tax_type                varchar(12)    not null,
    subtotal                numeric(14, 2) not null,
    cgst_total              numeric(14, 2) not null,
    sgst_total              numeric(14, 2) not null,
    igst_total              numeric(14, 2) not null,
    total                   numeric(14, 2) not null,
    carrier                 varchar(60),
    tracking_number         varchar(60),
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint orders_number_unique unique (order_number),
    constraint orders_clinic_fk foreign key (clinic_id) references clinics (id),
    constraint orders_manufacturer_fk foreign key (manufacturer_id) references manufacturers (id),
    constraint orders_source_known check (source in ('WEB', 'WHATSAPP')),
    constraint orders_status_known check (status in ('PENDING', 'PAYMENT_FAILED', 'CONFIRMED', 'PROCESSING', 'SHIPPED',
        'DELIVERED', 'PARTIALLY_FULFILLED', 'CANCELLED', 'REFUNDED', 'FAILED')),
    constraint orders_tax_type_known check (tax_type in ('INTRA_STATE', 'INTER_STATE')),
    constraint orders_total_adds_up check (total = subtotal + cgst_total + sgst_total + igst_total),
    constraint orders_shipped_with_tracking check (status not in ('SHIPPED', 'DELIVERED', 'PARTIALLY_FULFILLED')
        or (carrier is not null and tracking_number is not null))
);

create index orders_by_clinic_user on orders (clinic_user_id, created_at);
create index orders_by_manufacturer_user on orders (manufacturer_user_id, status, created_at);
create index orders_by_status on orders (status, created_at);
create index orders_by_created_at on orders (created_at);

-- One line of an order: a snapshot of the product, its tax and the commission rate when it was placed.
create table order_items (
    id                  uuid           not null primary key,
    order_id            uuid           not null,
    line_number         integer        not null,
    product_id          uuid           not null,
    product_name        varchar(200)   not null,
    sku                 varchar(40)    not null,
    hsn_code            varchar(8)     not null,
    pack_size           varchar(40)    not null,
    quantity            integer        not null,
    unit_price          numeric(14, 2) not null,
    gst_rate            numeric(4, 2)  not null,
    taxable_value       numeric(14, 2) not null,
    cgst                numeric(14, 2) not null,
    sgst                numeric(14, 2) not null,
    igst                numeric(14, 2) not null,
    line_total          numeric(14, 2) not null,
    commission_rate     numeric(5, 2)  not null,
    status              varchar(12)    not null,
    cancellation_reason varchar(300),
    cancelled_at        timestamp with time zone,
    constraint order_items_order_fk foreign key (order_id) references orders (id),
    constraint order_items_product_fk foreign key (product_id) references products (id),
    constraint order_items_line_unique unique (order_id, line_number),
    constraint order_items_product_once unique (order_id, product_id),
    constraint order_items_quantity_positive check (quantity >= 1),
    constraint order_items_total_adds_up check (line_total = taxable_value + cgst + sgst + igst),
    constraint order_items_status_known check (status in ('ORDERED', 'CANCELLED'))
);

-- Every status an order reached (and every item cancelled), by whom and why: the order's timeline.
create table order_status_history (
    id         uuid        not null primary key,
    order_id   uuid        not null,
    step       integer     not null,
    status     varchar(20) not null,
    at         timestamp with time zone not null,
    actor_id   uuid,
    actor_role varchar(20) not null,
    note       varchar(500),
    constraint order_status_history_order_fk foreign key (order_id) references orders (id),
    constraint order_status_history_step_unique unique (order_id, step)
);
