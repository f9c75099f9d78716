-- The dashboards (issue 18). Their daily figures per manufacturer (daily_sales) and the indexes of the team's
-- counts are the database's own: db/vendor/postgresql/V37_1 (a table a trigger keeps up to date) and
-- db/vendor/h2/V37_1 (a view, for the dev profile's small database).

-- At or below this many units in stock a product shows on its manufacturer's dashboard as running low.
alter table products add column low_stock_threshold integer not null default 10;
alter table products add constraint products_low_stock_threshold_range
    check (low_stock_threshold between 0 and 1000000);
