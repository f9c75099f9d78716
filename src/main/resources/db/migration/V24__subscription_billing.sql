-- Billing of clinic subscriptions: one plan change of a clinic at a time, and refunds of subscription charges.

-- A row per clinic that ever changed its plan, locked (select … for update) while a subscription is started,
-- changed or cancelled: two clicks at once can't start two subscriptions at Razorpay.
create table subscription_billing_locks (
    clinic_id uuid not null primary key,
    constraint subscription_billing_locks_clinic_fk foreign key (clinic_id) references clinics (id)
);

-- A refund of a subscription charge: asked for by an admin (REQUESTED), handed to Razorpay (SUBMITTED), and ended by
-- its refund.processed (PROCESSED: the charge's refunded amount and the platform's credit note) or refund.failed
-- (FAILED). A refund made in Razorpay's dashboard is recorded when its refund.processed arrives. Each Razorpay refund
-- is recorded once.
create table subscription_refunds (
    id                uuid           not null primary key,
    charge_id         uuid           not null,
    clinic_id         uuid           not null,
    amount            numeric(14, 2) not null,
    reason            varchar(300)   not null,
    status            varchar(20)    not null,
    gateway_refund_id varchar(40),
    error             varchar(500),
    requested_by      uuid,
    requested_at      timestamp with time zone not null,
    ended_at          timestamp with time zone,
    constraint subscription_refunds_charge_fk foreign key (charge_id) references subscription_charges (id),
    constraint subscription_refunds_gateway_unique unique (gateway_refund_id),
    constraint subscription_refunds_amount_positive check (amount > 0),
    constraint subscription_refunds_status_known check (status in ('REQUESTED', 'SUBMITTED', 'PROCESSED', 'FAILED'))
);

create index subscription_refunds_by_charge on subscription_refunds (charge_id);
