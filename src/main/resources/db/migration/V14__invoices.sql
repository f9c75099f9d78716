-- Documents the platform owes: a tax invoice for every order whose payment was captured, a credit note for every
-- refund of such an order, a commission invoice to every manufacturer for every month it paid commission. A row
-- is added when the fact happens (from the payments module's events) and marked issued in the transaction that
-- records the document; the invoice-generation job issues whatever is still owed.
create table invoice_requests (
    id              uuid           not null primary key,
    -- what the document is for, once: TAX_INVOICE:<order id>, CREDIT_NOTE:<refund id>, COMMISSION_INVOICE:<manufacturer id>:<yyyy-mm>
    request_key     varchar(100)   not null,
    kind            varchar(20)    not null,
    manufacturer_id uuid           not null,
    order_id        uuid,
    payment_id      uuid,
    refund_id       uuid,
    order_item_id   uuid,
    period_start    date,
    -- the money the document must add up to: what was captured, what was refunded (none for commission)
    amount          numeric(14, 2),
    -- when the money moved: items cancelled before the capture were never paid for
    money_moved_at  timestamp with time zone,
    requested_at    timestamp with time zone not null,
    issued_at       timestamp with time zone,
    attempts        integer        not null,
    last_error      varchar(500),
    last_attempt_at timestamp with time zone,
    constraint invoice_requests_key_unique unique (request_key),
    constraint invoice_requests_kind_known check (kind in ('TAX_INVOICE', 'CREDIT_NOTE', 'COMMISSION_INVOICE'))
);

create index invoice_requests_open on invoice_requests (issued_at, kind, requested_at);
create index invoice_requests_by_order on invoice_requests (order_id);

-- The last number given in each series: per supplier (a manufacturer's id, or PLATFORM), document kind and
-- financial year. Its row is locked while a document is numbered, rendered, stored and recorded, so numbers are
-- consecutive, and a document that fails before it is recorded gives its number back.
create table invoice_series (
    supplier_key   varchar(40) not null,
    kind           varchar(20) not null,
    financial_year varchar(4)  not null,
    last_number    bigint      not null,
    constraint invoice_series_pk primary key (supplier_key, kind, financial_year),
    constraint invoice_series_number_not_negative check (last_number >= 0)
);

-- The letters that start a manufacturer's invoice numbers (KVA in KVA/2627/000042), chosen once and never changed.
create table invoice_prefixes (
    manufacturer_id uuid       not null primary key,
    prefix          varchar(3) not null,
    constraint invoice_prefixes_unique unique (prefix)
);

-- An issued tax invoice, credit note or commission invoice: everything it says, copied in when it was issued, and
-- where its PDF is kept with the PDF's SHA-256. Never changed once written.
create table invoices (
    id                      uuid           not null primary key,
    request_id              uuid           not null,
    kind                    varchar(20)    not null,
    invoice_number          varchar(16)    not null,
    supplier_key            varchar(40)    not null,
    financial_year          varchar(4)     not null,
    sequence_number         bigint         not null,
    issue_date              date           not null,
    issued_at               timestamp with time zone not null,
    manufacturer_id         uuid           not null,
    manufacturer_user_id    uuid           not null,
    order_id                uuid,
    order_number            varchar(20),
    clinic_user_id          uuid,
    original_invoice_id     uuid,
    period_start            date,
    supplier_name           varchar(200)   not null,
    supplier_gstin          varchar(15)    not null,
    supplier_address        varchar(400)   not null,
    supplier_state_code     varchar(2)     not null,
    recipient_name          varchar(200)   not null,
    recipient_gstin         varchar(15)    not null,
    recipient_address       varchar(400)   not null,
    recipient_state_code    varchar(2)     not null,
    place_of_supply_code    varchar(2)     not null,
    delivery_address        varchar(400),
    -- the e-commerce operator a manufacturer's supply was made through: the platform, as it was named then
    operator_name           varchar(200),
    operator_gstin          varchar(15),
    tax_type                varchar(12)    not null,
    taxable_value           numeric(14, 2) not null,
    cgst                    numeric(14, 2) not null,
    sgst                    numeric(14, 2) not null,
    igst                    numeric(14, 2) not null,
    total                   numeric(14, 2) not null,
    reason                  varchar(300),
    storage_key             varchar(300)   not null,
    pdf_sha256              varchar(64)    not null,
    pdf_size                bigint         not null,
    constraint invoices_request_unique unique (request_id),
    constraint invoices_request_fk foreign key (request_id) references invoice_requests (id),
    constraint invoices_number_unique unique (supplier_key, invoice_number),
    constraint invoices_sequence_unique unique (supplier_key, kind, financial_year, sequence_number),
    constraint invoices_original_fk foreign key (original_invoice_id) references invoices (id),
    constraint invoices_kind_known check (kind in ('TAX_INVOICE', 'CREDIT_NOTE', 'COMMISSION_INVOICE')),
    constraint invoices_tax_type_known check (tax_type in ('INTRA_STATE', 'INTER_STATE')),
    constraint invoices_total_adds_up check (total = taxable_value + cgst + sgst + igst),
    constraint invoices_credit_note_refers check ((kind = 'CREDIT_NOTE') = (original_invoice_id is not null))
);

create index invoices_by_order on invoices (order_id, issued_at);
create index invoices_by_clinic_user on invoices (clinic_user_id, issued_at);
create index invoices_by_manufacturer_user on invoices (manufacturer_user_id, issued_at);
create index invoices_by_time on invoices (issued_at);

-- One line of an issued document, as printed.
create table invoice_lines (
    invoice_id    uuid           not null,
    line_number   integer        not null,
    order_item_id uuid,
    hsn_code      varchar(8)     not null,
    description   varchar(300)   not null,
    quantity      integer        not null,
    unit          varchar(10)    not null,
    unit_price    numeric(14, 2) not null,
    gst_rate      numeric(4, 2)  not null,
    taxable_value numeric(14, 2) not null,
    cgst          numeric(14, 2) not null,
    sgst          numeric(14, 2) not null,
    igst          numeric(14, 2) not null,
    line_total    numeric(14, 2) not null,
    constraint invoice_lines_pk primary key (invoice_id, line_number),
    constraint invoice_lines_invoice_fk foreign key (invoice_id) references invoices (id),
    constraint invoice_lines_total_adds_up check (line_total = taxable_value + cgst + sgst + igst)
);

-- Commission invoices add up a month of the settlement ledger's commission rows.
create index ledger_entries_by_kind_time on ledger_entries (kind, recorded_at);

-- Every order paid before invoicing existed is owed its tax invoice.
insert into invoice_requests (id, request_key, kind, manufacturer_id, order_id, payment_id, amount, money_moved_at,
                              requested_at, attempts)
select p.id, 'TAX_INVOICE:' || cast(p.order_id as varchar(36)), 'TAX_INVOICE', o.manufacturer_id, p.order_id, p.id,
       p.amount, p.captured_at, p.captured_at, 0
from payments p
join orders o on o.id = p.order_id
where exists (select 1 from ledger_entries l where l.payment_id = p.id and l.kind = 'CAPTURED');

-- And every refund of such an order processed before then is owed its credit note.
insert into invoice_requests (id, request_key, kind, manufacturer_id, order_id, payment_id, refund_id, order_item_id,
                              amount, money_moved_at, requested_at, attempts)
select r.id, 'CREDIT_NOTE:' || cast(r.id as varchar(36)), 'CREDIT_NOTE', o.manufacturer_id, r.order_id, r.payment_id,
       r.id, r.order_item_id, r.amount, r.processed_at, r.processed_at, 0
from refunds r
join orders o on o.id = r.order_id
where r.status = 'PROCESSED' and r.from_settlement = true;
