-- When more than a thousand products match a search, its page is found by walking the products in the page's order
-- until enough of them match (ProductQueries). Along the name's index alone, each step read the product's row from
-- the table to test the search's words, somewhere else in the table each time: 7,600 rows for "sahyadri jatamansi"
-- in the benchmark's catalogue, 14.7 ms. The name's index now carries what a search tests, so the walk reads the
-- index alone (2.0 ms for the same walk). None of these columns changes when an order changes a product's stock, so
-- that update stays in place (V14_2).
--
-- An index entry holds at most 2,704 bytes, so the search text is now cut at 1,600 UTF-8 bytes as well as at 1,500
-- characters (Product.SEARCH_TEXT_BYTES; the name adds at most 800). Texts written before are cut here the same way,
-- a character at a time from the end.
do $$
declare
    product record;
    text_left varchar;
begin
    for product in select id, search_text from products where octet_length(search_text) > 1600 loop
        text_left := product.search_text;
        while octet_length(text_left) > 1600 loop
            text_left := left(text_left, -1);
        end loop;
        update products set search_text = text_left where id = product.id;
    end loop;
end
$$;

drop index products_by_name;
create index products_by_name on products (name, id)
    include (manufacturer_id, search_text, dosage_form, active, archived_at);
