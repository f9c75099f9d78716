-- A payout is no longer released when its order is delivered: it waits for the dispute window after delivery
-- (ayurlahi.payments.payout-release-after-delivery), and for as long as a dispute about the order is open. The
-- payout-release job makes the release due once release_at has passed and no dispute holds it.
alter table payout_transfers add column delivered_at timestamp with time zone;
alter table payout_transfers add column release_at timestamp with time zone;

-- Transfers whose orders were delivered before this change were due for release at delivery, as they still are.
update payout_transfers set delivered_at = updated_at, release_at = updated_at where release_due;

create index payout_transfers_by_release on payout_transfers (release_at);

-- The open disputes that hold a payout: the transfer is not released while any is open, whatever its window.
create table payout_transfer_holds (
    transfer_id    uuid        not null,
    dispute_number varchar(40) not null,
    constraint payout_transfer_holds_pk primary key (transfer_id, dispute_number),
    constraint payout_transfer_holds_transfer_fk foreign key (transfer_id) references payout_transfers (id)
);
