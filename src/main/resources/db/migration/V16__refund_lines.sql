-- A refund that settles a claim (a dispute about delivered goods) names the claim and the order lines it gives
-- money back for: how many units and how much, GST included, split into taxable value and tax at the line's
-- rate, as the manufacturer's credit note prints them. Refunds of cancellations have no lines.
alter table refunds add column claim varchar(24);

create table refund_lines (
    refund_id     uuid           not null,
    order_item_id uuid           not null,
    quantity      integer        not null,
    amount        numeric(14, 2) not null,
    taxable_value numeric(14, 2) not null,
    cgst          numeric(14, 2) not null,
    sgst          numeric(14, 2) not null,
    igst          numeric(14, 2) not null,
    constraint refund_lines_pk primary key (refund_id, order_item_id),
    constraint refund_lines_refund_fk foreign key (refund_id) references refunds (id),
    constraint refund_lines_quantity_positive check (quantity > 0),
    constraint refund_lines_amount_positive check (amount > 0),
    constraint refund_lines_add_up check (taxable_value + cgst + sgst + igst = amount)
);
