-- Portal sessions, kept by Spring Session (JDBC) so that every instance sees them and a restart forgets none. The
-- tables and columns are the ones Spring Session's JdbcIndexedSessionRepository reads and writes; times are epoch
-- milliseconds. Expired rows are removed by Spring Session's own clean-up (a plain delete, safe on many instances).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval integer      not null,
    expiry_time           bigint       not null,
    -- the signed-in user's email: how a password change finds and ends the user's other sessions
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- Each session attribute (security context, CSRF token, flash messages…) as Java-serialised bytes.
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
