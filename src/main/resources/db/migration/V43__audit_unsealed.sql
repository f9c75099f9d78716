-- The audit entries not sealed yet, written with each entry in its transaction and deleted by the sealer as it seals
-- them. The sealer reads this short list instead of looking for the entries without a seal among all of them, a
-- search that grew with the log (an anti-join of every entry against every seal, every few seconds). An entry
-- whose transaction commits late appears here when it commits, as it appeared to that search.
create table audit_unsealed (
    entry_id uuid not null primary key,
    constraint audit_unsealed_entry_fk foreign key (entry_id) references audit_entries (id)
);

insert into audit_unsealed (entry_id)
select e.id
from audit_entries e
where not exists (select 1 from audit_seals s where s.entry_id = e.id);
