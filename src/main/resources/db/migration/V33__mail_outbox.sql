-- Emails to send, written in the transaction of the change that causes them and sent afterwards by one instance at a
-- time (claimed with FOR UPDATE SKIP LOCKED), so that a slow mail server never holds a transaction. A sent email's
-- row is deleted: its body (a password reset link) is not kept. One given up on keeps its recipient and error only.
create table mail_outbox (
    id              uuid          not null primary key,
    recipient       varchar(254)  not null,
    subject         varchar(200)  not null,
    body            text,
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer       not null,
    last_error      varchar(500),
    given_up_at     timestamp with time zone
);

create index mail_outbox_due on mail_outbox (next_attempt_at);
