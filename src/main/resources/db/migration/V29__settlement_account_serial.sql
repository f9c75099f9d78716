-- Which of a manufacturer's settlement accounts is on file: 1 for the first, one more at each change of the account
-- number. The audit log shows it next to the masked number, so that a switch to another account with the same last
-- four digits still shows without anything derived from the number itself (entries written before this carry a
-- 4-byte unsalted SHA-256 prefix of the number instead; the log is append-only and keeps them as written).
alter table manufacturers add column settlement_account_serial integer default 0 not null;

update manufacturers set settlement_account_serial = 1 where settlement_account_number is not null;
