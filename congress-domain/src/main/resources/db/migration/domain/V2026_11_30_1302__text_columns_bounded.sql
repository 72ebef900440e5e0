-- Checklist S06: no free-text column is unbounded. Forms limit every field (@Size, checked by FormLengthLimitsTest);
-- varchar columns are bounded by their type, and every text column of the business tables gets a check as the last
-- line behind the forms, generous enough for the longest regulation (a value over it is refused by the database and
-- answered with a Chinese message, never stored). The audit tables keep what they are given: an entry must never be
-- refused for its length.
do $$
declare
    c record;
begin
    for c in select table_name, column_name from information_schema.columns
             where table_schema = current_schema() and data_type = 'text'
               and table_name not like 'audit%' and table_name not like 'flyway%'
               and table_name in (select table_name from information_schema.tables
                                  where table_schema = current_schema() and table_type = 'BASE TABLE')
    loop
        execute format('alter table %I add constraint %I check (char_length(%I) <= 1000000)',
                       c.table_name, left(c.table_name || '_' || c.column_name || '_length', 63), c.column_name);
    end loop;
end $$;
