-- Everyone who signs in. The email is the login: stored trimmed and lower-cased, unique.
create table users (
    id            uuid         not null primary key,
    version       bigint       not null,
    email         varchar(254) not null,
    password_hash varchar(100) not null,
    full_name     varchar(120) not null,
    phone         varchar(13),
    role          varchar(20)  not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    constraint users_email_unique unique (email),
    constraint users_email_normalized check (email = lower(trim(email))),
    constraint users_role_known check (role in ('CLINIC', 'MANUFACTURER', 'ADMIN', 'SUPPORT')),
    constraint users_phone_indian_mobile check (phone is null or phone like '+91__________')
);

create index users_role on users (role);
