-- Trigram index for the clinics' catalog search: "search_text LIKE '%term%'" (terms of three characters or more)
-- is answered from this index instead of reading every product. pg_trgm is a trusted extension, so the
-- database owner may create it. H2 has no such index; in dev the catalog is small enough to scan.
create extension if not exists pg_trgm;

create index products_search_trigram on products using gin (search_text gin_trgm_ops);
