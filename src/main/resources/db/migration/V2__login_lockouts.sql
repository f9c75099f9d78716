-- Failed logins per email (whether or not an account has it) and the lock they lead to.
create table login_lockouts (
    email             varchar(254) not null primary key,
    failed_attempts   integer      not null,
    window_started_at timestamp with time zone not null,
    locked_until      timestamp with time zone,
    constraint login_lockouts_attempts_not_negative check (failed_attempts >= 0)
);
