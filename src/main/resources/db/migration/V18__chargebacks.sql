-- A chargeback: the clinic's bank disputing a captured payment with Razorpay, one row per Razorpay dispute id,
-- kept up to date from the payment.dispute.* webhooks for the team to answer before respond_by. Nothing else
-- follows from it (no refund, no change to the payout): the team acts in Razorpay's dashboard.
create table chargebacks (
    id                  uuid           not null primary key,
    version             bigint         not null,
    razorpay_dispute_id varchar(40)    not null,
    payment_id          uuid           not null,
    razorpay_payment_id varchar(40)    not null,
    order_id            uuid           not null,
    order_number        varchar(20)    not null,
    -- amounts in rupees, as everywhere; Razorpay reports them in paise
    amount              numeric(14, 2) not null,
    -- what Razorpay took from the balance (0 until the dispute is lost, or at once under "deduct at onset")
    amount_deducted     numeric(14, 2) not null,
    currency            varchar(3)     not null,
    reason_code         varchar(100),
    reason_description  varchar(500),
    -- Razorpay's phase as it sends it: chargeback, pre_arbitration, arbitration, fraud, retrieval
    phase               varchar(30)    not null,
    status              varchar(20)    not null,
    respond_by          timestamp with time zone,
    -- when Razorpay opened the dispute (its created_at)
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    -- the event that set the row as it is, and when Razorpay sent it: older or lesser reports change nothing
    last_event          varchar(60)    not null,
    last_event_at       timestamp with time zone not null,
    constraint chargebacks_dispute_unique unique (razorpay_dispute_id),
    constraint chargebacks_payment_fk foreign key (payment_id) references payments (id),
    constraint chargebacks_amounts check (amount >= 0 and amount_deducted >= 0),
    constraint chargebacks_status_known check (status in ('OPEN', 'UNDER_REVIEW', 'WON', 'LOST', 'CLOSED'))
);

create index chargebacks_by_order on chargebacks (order_id);
create index chargebacks_by_status on chargebacks (status, respond_by);
create index chargebacks_by_time on chargebacks (created_at);
