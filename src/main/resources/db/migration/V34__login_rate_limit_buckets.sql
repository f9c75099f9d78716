-- The sign-in rate limit's token buckets (Bucket4j's PostgreSQL proxy manager keeps them here), one row per client
-- address and limit, shared by every app instance. state: Bucket4j's serialised bucket; expires_at: epoch
-- milliseconds after which the bucket would be full again, so the row can go (the sign-in records clean-up deletes it).
create table login_rate_limit_buckets (
    id         varchar(120) not null primary key,
    state      bytea,
    expires_at bigint
);

create index login_rate_limit_buckets_expires_at on login_rate_limit_buckets (expires_at);
