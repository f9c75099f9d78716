-- The order number and clinic name a payment was made for, copied in like the order's own snapshots, so that the
-- team's payment list needs no other module's tables.
alter table payments add column order_number varchar(20);
alter table payments add column clinic_name varchar(200);
update payments set order_number = (select o.order_number from orders o where o.id = payments.order_id),
                    clinic_name = (select o.clinic_name from orders o where o.id = payments.order_id);
alter table payments alter column order_number set not null;
alter table payments alter column clinic_name set not null;

create index payments_by_time on payments (created_at);
