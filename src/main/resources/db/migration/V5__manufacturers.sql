-- One profile per MANUFACTURER user, with the bank account settlements go to and the platform's terms.
create table manufacturers (
    id                        uuid          not null primary key,
    version                   bigint        not null,
    owner_user_id             uuid          not null,
    company_name              varchar(200)  not null,
    gstin                     varchar(15)   not null,
    address_line1             varchar(120)  not null,
    address_line2             varchar(120),
    city                      varchar(60)   not null,
    pincode                   varchar(6)    not null,
    state_code                varchar(2)    not null,
    licence_number            varchar(60)   not null,
    licence_expiry            date          not null,
    contact_person            varchar(120)  not null,
    contact_phone             varchar(13)   not null,
    contact_email             varchar(254)  not null,
    settlement_account_holder varchar(120),
    settlement_ifsc           varchar(11),
    settlement_account_number varchar(18),
    commission_rate           numeric(5, 2) not null,
    razorpay_account_id       varchar(18),
    status                    varchar(20)   not null,
    status_reason             varchar(500),
    approved_at               timestamp with time zone,
    created_at                timestamp with time zone not null,
    updated_at                timestamp with time zone not null,
    constraint manufacturers_owner_unique unique (owner_user_id),
    constraint manufacturers_owner_fk foreign key (owner_user_id) references users (id),
    constraint manufacturers_gstin_unique unique (gstin),
    constraint manufacturers_gstin_state check (substring(gstin, 1, 2) = state_code),
    constraint manufacturers_commission_range check (commission_rate >= 0 and commission_rate <= 100),
    constraint manufacturers_status_known check (status in ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'SUSPENDED'))
);

create index manufacturers_status_created on manufacturers (status, created_at);
create index manufacturers_state on manufacturers (state_code);
