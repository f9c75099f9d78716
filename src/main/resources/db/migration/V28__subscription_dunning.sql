-- A subscription's dunning, step by step: each time it fell past due, was restricted, or was paid again. The
-- subscription itself keeps only its current spell (past_due_since, restricted_at, cleared once paid), so the team's
-- history of a clinic reads its earlier spells here. Written in the transaction of the change; no foreign key, since
-- the row may be written before the subscription's own change is flushed.
create table subscription_dunning (
    id              uuid        not null primary key,
    subscription_id uuid        not null,
    clinic_id       uuid        not null,
    from_status     varchar(20) not null,
    to_status       varchar(20) not null,
    happened_at     timestamp with time zone not null,
    constraint subscription_dunning_to_known check (to_status in ('PAST_DUE', 'RESTRICTED', 'ACTIVE'))
);

create index subscription_dunning_by_clinic on subscription_dunning (clinic_id, happened_at);
