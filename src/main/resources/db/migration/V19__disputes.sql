-- A clinic's claim about the goods of one of its orders (damaged, short, wrong, expired, not delivered…): the
-- manufacturer answers before its deadline, the team decides what is escalated, and money or a replacement follows.
create sequence dispute_number_seq start with 1;

create table disputes (
    id                    uuid           not null primary key,
    version               bigint         not null,
    dispute_number        varchar(20)    not null,
    order_id              uuid           not null,
    order_number          varchar(20)    not null,
    -- the order while the dispute is open: at most one open dispute per order
    open_order_id         uuid,
    clinic_id             uuid           not null,
    clinic_user_id        uuid           not null,
    clinic_name           varchar(200)   not null,
    manufacturer_id       uuid           not null,
    manufacturer_user_id  uuid           not null,
    manufacturer_name     varchar(200)   not null,
    status                varchar(24)    not null,
    description           varchar(2000)  not null,
    -- when the manufacturer must have answered (while it waits for it)
    respond_by            timestamp with time zone,
    -- when the manufacturer first answered (or the deadline passed), for its median response time
    answered_at           timestamp with time zone,
    resolution            varchar(20),
    decision_note         varchar(1000),
    refund_id             uuid,
    refund_total          numeric(14, 2),
    replacement_carrier   varchar(60),
    replacement_tracking  varchar(60),
    reopened              boolean        not null,
    opened_at             timestamp with time zone not null,
    decided_at            timestamp with time zone,
    updated_at            timestamp with time zone not null,
    constraint disputes_number_unique unique (dispute_number),
    constraint disputes_one_open_per_order unique (open_order_id),
    constraint disputes_order_fk foreign key (order_id) references orders (id),
    constraint disputes_status_known check (status in ('AWAITING_MANUFACTURER', 'AWAITING_CLINIC', 'ESCALATED',
        'RESOLVED', 'REJECTED', 'WITHDRAWN')),
    constraint disputes_resolution_known check (resolution is null
        or resolution in ('REFUND_IN_FULL', 'REFUND_AMOUNT', 'REPLACEMENT', 'REJECTED')),
    constraint disputes_open_means_open check ((open_order_id is null) = (status in ('RESOLVED', 'REJECTED', 'WITHDRAWN')))
);

create index disputes_by_clinic_user on disputes (clinic_user_id, opened_at);
create index disputes_by_manufacturer_user on disputes (manufacturer_user_id, status, respond_by);
create index disputes_by_status on disputes (status, respond_by);
create index disputes_by_order on disputes (order_id);

-- An order line the dispute is about: how many units and why, what the manufacturer offered for it and what was
-- settled (units and money, GST included).
create table dispute_lines (
    dispute_id       uuid           not null,
    order_item_id    uuid           not null,
    line_number      integer        not null,
    product_name     varchar(200)   not null,
    quantity         integer        not null,
    reason           varchar(30)    not null,
    offer_quantity   integer,
    offer_amount     numeric(14, 2),
    settled_quantity integer,
    settled_amount   numeric(14, 2),
    constraint dispute_lines_pk primary key (dispute_id, order_item_id),
    constraint dispute_lines_dispute_fk foreign key (dispute_id) references disputes (id),
    constraint dispute_lines_quantity_positive check (quantity > 0),
    constraint dispute_lines_reason_known check (reason in ('DAMAGED_IN_TRANSIT', 'SHORT_OR_MISSING', 'WRONG_ITEM',
        'EXPIRED_OR_SHORT_EXPIRY', 'QUALITY_COMPLAINT', 'NOT_DELIVERED', 'OTHER'))
);

-- A photo or PDF a party gave as evidence, kept in the object storage with its SHA-256.
create table dispute_evidence (
    id            uuid         not null primary key,
    dispute_id    uuid         not null,
    storage_key   varchar(300) not null,
    file_name     varchar(200) not null,
    content_type  varchar(40)  not null,
    size          bigint       not null,
    sha256        varchar(64)  not null,
    uploaded_by   uuid         not null,
    uploader_role varchar(20)  not null,
    uploaded_at   timestamp with time zone not null,
    constraint dispute_evidence_dispute_fk foreign key (dispute_id) references disputes (id),
    constraint dispute_evidence_type_known check (content_type in ('image/jpeg', 'image/png', 'application/pdf'))
);

create index dispute_evidence_by_dispute on dispute_evidence (dispute_id, uploaded_at);

-- Every status the dispute reached, by whom, when and why: its timeline.
create table dispute_timeline (
    dispute_id uuid          not null,
    step       integer       not null,
    status     varchar(24)   not null,
    at         timestamp with time zone not null,
    actor_id   uuid,
    actor_role varchar(20)   not null,
    note       varchar(1000),
    constraint dispute_timeline_pk primary key (dispute_id, step),
    constraint dispute_timeline_dispute_fk foreign key (dispute_id) references disputes (id)
);

-- The thread between clinic, manufacturer and team; internal notes are the team's alone.
create table dispute_messages (
    id          uuid          not null primary key,
    dispute_id  uuid          not null,
    at          timestamp with time zone not null,
    author_id   uuid,
    author_role varchar(20)   not null,
    text        varchar(2000) not null,
    internal    boolean       not null,
    constraint dispute_messages_dispute_fk foreign key (dispute_id) references disputes (id)
);

create index dispute_messages_by_dispute on dispute_messages (dispute_id, at);
