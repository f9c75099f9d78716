-- PostgreSQL refuses every UPDATE, DELETE and TRUNCATE of audit entries and seals, whoever asks.
create function audit_log_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit log is append-only: % on % is not allowed', tg_op, tg_table_name;
end;
$$;

create trigger audit_entries_append_only
    before update or delete on audit_entries
    for each row execute function audit_log_refuse_change();

create trigger audit_entries_no_truncate
    before truncate on audit_entries
    for each statement execute function audit_log_refuse_change();

create trigger audit_seals_append_only
    before update or delete on audit_seals
    for each row execute function audit_log_refuse_change();

create trigger audit_seals_no_truncate
    before truncate on audit_seals
    for each statement execute function audit_log_refuse_change();
