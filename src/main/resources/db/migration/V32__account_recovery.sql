-- Revocable API tokens: a token carries the version its user had when it was issued; suspending the account or
-- changing or resetting its password moves the version on, and older tokens stop working.
alter table users add column token_version integer default 0 not null;

-- Password resets asked for: a one-time link by email or a six-digit code by WhatsApp. Only a hash of the secret is
-- kept; a reset is used once, within its time, with a few tries for a code.
create table password_resets (
    id           uuid         not null primary key,
    user_id      uuid         not null references users (id),
    channel      varchar(10)  not null,
    secret_hash  varchar(64)  not null,
    requested_at timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    tries_left   integer      not null,
    used_at      timestamp with time zone,
    -- the ADMIN who sent it, when the user did not ask
    sent_by      uuid,
    constraint password_resets_channel_known check (channel in ('EMAIL', 'WHATSAPP')),
    constraint password_resets_tries_not_negative check (tries_left >= 0),
    constraint password_resets_secret_unique unique (secret_hash)
);

create index password_resets_user on password_resets (user_id, requested_at);
