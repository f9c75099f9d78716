-- Spring Modulith's event publication registry (JDBC, schema v2): events for listeners in other modules are
-- stored in the publishing transaction and marked complete once handled, so none is lost in a crash.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_by_completion_date on event_publication (completion_date);

-- In-app notifications: what happened to a user's profile, shown on their next visit.
create table notifications (
    id         uuid          not null primary key,
    user_id    uuid          not null,
    message    varchar(1000) not null,
    link       varchar(200),
    level      varchar(10)   not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone,
    constraint notifications_user_fk foreign key (user_id) references users (id),
    constraint notifications_level_known check (level in ('SUCCESS', 'INFO', 'WARNING', 'DANGER'))
);

create index notifications_user_unread on notifications (user_id, read_at, created_at);
