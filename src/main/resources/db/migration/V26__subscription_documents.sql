-- The platform's documents for clinic subscriptions (V22 let invoice_requests and invoices hold them): the kind
-- columns take SUBSCRIPTION_CREDIT_NOTE (24 characters), and a charge's credit notes are found by its id.
alter table invoice_requests alter column kind set data type varchar(30);
alter table invoices alter column kind set data type varchar(30);
alter table invoice_series alter column kind set data type varchar(30);

create index invoice_requests_by_subscription_charge on invoice_requests (subscription_charge_id);
