-- PostgreSQL refuses every UPDATE, DELETE and TRUNCATE of the settlement ledger: corrections are new rows.
create function ledger_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The settlement ledger is append-only: % on % is not allowed', tg_op, tg_table_name;
end;
$$;

create trigger ledger_entries_append_only
    before update or delete on ledger_entries
    for each row execute function ledger_refuse_change();

create trigger ledger_entries_no_truncate
    before truncate on ledger_entries
    for each statement execute function ledger_refuse_change();
