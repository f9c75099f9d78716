-- PostgreSQL refuses every UPDATE and DELETE of an issued document and its lines: a mistake is corrected by a
-- credit note, never by changing what was issued.
create function invoices_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Issued invoices are never changed: % on % is not allowed', tg_op, tg_table_name;
end;
$$;

create trigger invoices_append_only
    before update or delete on invoices
    for each row execute function invoices_refuse_change();

create trigger invoice_lines_append_only
    before update or delete on invoice_lines
    for each row execute function invoices_refuse_change();
