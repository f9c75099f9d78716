-- One profile per CLINIC user. The state comes from the GSTIN; contact details are platform-owned.
create table clinics (
    id              uuid         not null primary key,
    version         bigint       not null,
    owner_user_id   uuid         not null,
    legal_name      varchar(200) not null,
    gstin           varchar(15)  not null,
    address_line1   varchar(120) not null,
    address_line2   varchar(120),
    city            varchar(60)  not null,
    pincode         varchar(6)   not null,
    state_code      varchar(2)   not null,
    licence_number  varchar(60)  not null,
    licence_expiry  date         not null,
    contact_person  varchar(120) not null,
    contact_phone   varchar(13)  not null,
    contact_email   varchar(254) not null,
    status          varchar(20)  not null,
    status_reason   varchar(500),
    approved_at     timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint clinics_owner_unique unique (owner_user_id),
    constraint clinics_owner_fk foreign key (owner_user_id) references users (id),
    constraint clinics_gstin_unique unique (gstin),
    constraint clinics_gstin_state check (substring(gstin, 1, 2) = state_code),
    constraint clinics_pincode_format check (length(pincode) = 6),
    constraint clinics_status_known check (status in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'SUSPENDED'))
);

create index clinics_status_created on clinics (status, created_at);
create index clinics_state on clinics (state_code);
