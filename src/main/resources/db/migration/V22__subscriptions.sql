-- Clinic subscriptions: the platform's plans, each clinic's subscriptions to them at Razorpay, the charges they
-- made, the team's complimentary grants, and the orders each clinic placed per month against its plan's limit.

-- A plan's version: what a clinic subscribes to. A price or feature change is a new version of the same code;
-- subscribers keep the version they have until they change plan. A retired version takes no new subscribers.
create table subscription_plans (
    id                  uuid           not null primary key,
    code                varchar(40)    not null,
    version             integer        not null,
    name                varchar(80)    not null,
    description         varchar(300),
    -- per month, excluding GST, in rupees
    monthly_price       numeric(14, 2) not null,
    -- the features, each typed: null orders_per_month means unlimited
    orders_per_month    integer,
    whatsapp_ordering   boolean        not null,
    dispute_window_days integer        not null,
    priority_support    boolean        not null,
    -- Razorpay's plan (plan_…) made for this version, once someone subscribes to it; free plans have none
    gateway_plan_id     varchar(40),
    created_at          timestamp with time zone not null,
    retired_at          timestamp with time zone,
    constraint subscription_plans_version_unique unique (code, version),
    constraint subscription_plans_gateway_unique unique (gateway_plan_id),
    constraint subscription_plans_price_not_negative check (monthly_price >= 0),
    constraint subscription_plans_orders_positive check (orders_per_month is null or orders_per_month >= 0),
    constraint subscription_plans_window_positive check (dispute_window_days between 1 and 90)
);

-- A clinic's subscription to a paid plan version at Razorpay (sub_…), from its creation (waiting for the clinic to
-- authorise the mandate) to its end. A plan change is a new subscription that replaces the old one (replaces_id).
-- The plan's features apply from effective_from once the mandate is in place (AUTHENTICATED onwards), until it ends
-- or is restricted.
create table subscriptions (
    id                        uuid           not null primary key,
    version                   bigint         not null,
    clinic_id                 uuid           not null,
    plan_id                   uuid           not null,
    status                    varchar(20)    not null,
    gateway_subscription_id   varchar(40),
    authorisation_url         varchar(300),
    -- how the clinic authorised the mandate: UPI, CARD or EMANDATE (null until it did)
    payment_method            varchar(20),
    -- when the plan's features start to apply (at once for a new subscription or an upgrade, at the end of the
    -- paid cycle for a downgrade)
    effective_from            timestamp with time zone not null,
    -- when the first charge is due at Razorpay (start_at); null: at once, on authorisation
    starts_at                 timestamp with time zone,
    -- the prorated amount charged on authorisation (an upgrade's rest of the cycle), GST included
    upfront_amount            numeric(14, 2),
    current_start             timestamp with time zone,
    current_end               timestamp with time zone,
    next_charge_at            timestamp with time zone,
    paid_count                integer        not null,
    past_due_since            timestamp with time zone,
    cancel_at_cycle_end       boolean        not null,
    -- Razorpay still has to be told to cancel (at cycle end) this subscription: it was replaced or cancelled
    gateway_cancel_due        boolean        not null,
    ended_at                  timestamp with time zone,
    replaces_id               uuid,
    replaced_by_id            uuid,
    -- the time of the last Razorpay report applied (events older than this don't move the status back)
    last_report_at            timestamp with time zone,
    -- when we last heard from Razorpay about it (a webhook or the reconciliation job's fetch)
    last_synced_at            timestamp with time zone,
    gateway_error             varchar(500),
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    constraint subscriptions_clinic_fk foreign key (clinic_id) references clinics (id),
    constraint subscriptions_plan_fk foreign key (plan_id) references subscription_plans (id),
    constraint subscriptions_replaces_fk foreign key (replaces_id) references subscriptions (id),
    constraint subscriptions_gateway_unique unique (gateway_subscription_id),
    constraint subscriptions_status_known check (status in ('CREATED', 'AUTHENTICATED', 'ACTIVE', 'PAST_DUE',
                                                            'RESTRICTED', 'CANCELLED', 'COMPLETED', 'EXPIRED')),
    constraint subscriptions_method_known check (payment_method is null
                                                 or payment_method in ('UPI', 'CARD', 'EMANDATE')),
    constraint subscriptions_paid_count_not_negative check (paid_count >= 0)
);

create index subscriptions_by_clinic on subscriptions (clinic_id, created_at);
create index subscriptions_by_status on subscriptions (status, last_synced_at);

-- A charge a subscription made at Razorpay (the authorisation's upfront amount, or a cycle's renewal), recorded once
-- per Razorpay payment; the platform's tax invoice is issued for each, and a refund of one gets a credit note.
create table subscription_charges (
    id                  uuid           not null primary key,
    subscription_id     uuid           not null,
    clinic_id           uuid           not null,
    plan_id             uuid           not null,
    kind                varchar(20)    not null,
    gateway_payment_id  varchar(40)    not null,
    gateway_invoice_id  varchar(40),
    -- what was captured, GST included, and the taxable value it is made of
    amount              numeric(14, 2) not null,
    taxable_value       numeric(14, 2) not null,
    period_start        timestamp with time zone,
    period_end          timestamp with time zone,
    payment_method      varchar(20),
    charged_at          timestamp with time zone not null,
    refunded_amount     numeric(14, 2) not null,
    recorded_at         timestamp with time zone not null,
    constraint subscription_charges_subscription_fk foreign key (subscription_id) references subscriptions (id),
    constraint subscription_charges_payment_unique unique (gateway_payment_id),
    constraint subscription_charges_kind_known check (kind in ('UPFRONT', 'RENEWAL')),
    constraint subscription_charges_amount_positive check (amount > 0 and taxable_value > 0),
    constraint subscription_charges_refund_within check (refunded_amount >= 0 and refunded_amount <= amount)
);

create index subscription_charges_by_clinic on subscription_charges (clinic_id, charged_at);
create index subscription_charges_by_time on subscription_charges (charged_at);

-- The team's grant of a plan to a clinic until a date (complimentary, or an override of its limits), with why and
-- by whom; a grant ends at its date or when revoked. At most one grant applies at a time: the latest granted.
create table subscription_overrides (
    id          uuid         not null primary key,
    clinic_id   uuid         not null,
    plan_id     uuid         not null,
    valid_until timestamp with time zone not null,
    reason      varchar(300) not null,
    granted_by  uuid         not null,
    granted_at  timestamp with time zone not null,
    revoked_at  timestamp with time zone,
    constraint subscription_overrides_clinic_fk foreign key (clinic_id) references clinics (id),
    constraint subscription_overrides_plan_fk foreign key (plan_id) references subscription_plans (id)
);

create index subscription_overrides_by_clinic on subscription_overrides (clinic_id, granted_at);

-- The orders each clinic placed in a calendar month (Indian time), counted in the checkout's transaction: a plan's
-- limit is checked and the count raised by one conditional update, so two checkouts at the limit can't both pass.
create table clinic_order_usage (
    clinic_id uuid    not null,
    usage_month char(7) not null,
    orders    integer not null,
    constraint clinic_order_usage_pk primary key (clinic_id, usage_month),
    constraint clinic_order_usage_not_negative check (orders >= 0)
);

-- The dispute window an order was placed with (the clinic's plan then); null for orders placed before plans
-- existed, which keep the configured window.
alter table orders add column dispute_window_days integer;

-- The platform's own documents to clinics: the tax invoice of a subscription charge and the credit note of its
-- refund. They have no manufacturer and no order.
alter table invoice_requests alter column manufacturer_id drop not null;
alter table invoice_requests add column clinic_id uuid;
alter table invoice_requests add column subscription_charge_id uuid;
alter table invoice_requests drop constraint invoice_requests_kind_known;
alter table invoice_requests add constraint invoice_requests_kind_known
    check (kind in ('TAX_INVOICE', 'CREDIT_NOTE', 'COMMISSION_INVOICE', 'SUBSCRIPTION_INVOICE',
                    'SUBSCRIPTION_CREDIT_NOTE'));

alter table invoices alter column manufacturer_id drop not null;
alter table invoices alter column manufacturer_user_id drop not null;
alter table invoices add column clinic_id uuid;
alter table invoices add column subscription_charge_id uuid;
alter table invoices drop constraint invoices_kind_known;
alter table invoices add constraint invoices_kind_known
    check (kind in ('TAX_INVOICE', 'CREDIT_NOTE', 'COMMISSION_INVOICE', 'SUBSCRIPTION_INVOICE',
                    'SUBSCRIPTION_CREDIT_NOTE'));
alter table invoices drop constraint invoices_credit_note_refers;
alter table invoices add constraint invoices_credit_note_refers
    check ((kind in ('CREDIT_NOTE', 'SUBSCRIPTION_CREDIT_NOTE')) = (original_invoice_id is not null));
create index invoices_by_subscription_charge on invoices (subscription_charge_id);

-- The demo plans every installation starts with.
insert into subscription_plans (id, code, version, name, description, monthly_price, orders_per_month,
                                whatsapp_ordering, dispute_window_days, priority_support, created_at)
values ('0a7b0000-0000-4000-8000-000000000001', 'FREE', 1, 'Free', 'For trying the marketplace out.', 0.00, 10,
        false, 7, false, timestamp with time zone '2026-12-01 00:00:00+05:30'),
       ('0a7b0000-0000-4000-8000-000000000002', 'CLINIC', 1, 'Clinic', 'Unlimited orders, and ordering on WhatsApp.',
        999.00, null, true, 7, false, timestamp with time zone '2026-12-01 00:00:00+05:30'),
       ('0a7b0000-0000-4000-8000-000000000003', 'CLINIC_PLUS', 1, 'Clinic Plus',
        'Everything in Clinic, with priority support and a 15-day dispute window.', 2499.00, null, true, 15, true,
        timestamp with time zone '2026-12-01 00:00:00+05:30');
