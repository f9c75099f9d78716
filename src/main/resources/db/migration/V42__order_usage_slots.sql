-- A clinic's orders of a month are counted in several rows (slots) instead of one: a clinic on a plan without a
-- limit raises a slot picked at random, so that its orders placed at the same moment don't all wait for one row's
-- lock until each commits; a plan with a limit counts in slot 0, locked, against the sum of all slots. The rows
-- there are slot 0.
alter table clinic_order_usage add column slot smallint not null default 0;
alter table clinic_order_usage drop constraint clinic_order_usage_pk;
alter table clinic_order_usage add constraint clinic_order_usage_pk primary key (clinic_id, usage_month, slot);
