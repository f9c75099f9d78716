-- Refunds and payout transfers whose Razorpay call failed because Razorpay was out of reach are tried again by
-- themselves: how many calls in a row failed, since when, and when the next one is due (none: a person has to look).
alter table refunds add column gateway_attempts integer not null default 0;
alter table refunds add column failing_since timestamp with time zone;
alter table refunds add column next_attempt_at timestamp with time zone;
create index refunds_next_attempt on refunds (next_attempt_at);

alter table payout_transfers add column gateway_attempts integer not null default 0;
alter table payout_transfers add column failing_since timestamp with time zone;
alter table payout_transfers add column next_attempt_at timestamp with time zone;
create index payout_transfers_next_attempt on payout_transfers (next_attempt_at);
