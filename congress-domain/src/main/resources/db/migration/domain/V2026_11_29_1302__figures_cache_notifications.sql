-- The annual report keeps the figures of sources that are slow to count in every instance's ReferenceData
-- (FigureSource.tables). Each table those figures are read from gets a statement trigger calling this function, so
-- a change by any path, on any instance, drops the cached figures when its transaction commits. rule_value is one:
-- its flags (solved, dissatisfied, face-to-face) decide what some figures count.
create function notify_figures() returns trigger language plpgsql as $$
begin
    perform pg_notify('reference_data', 'figures');
    return null;
end $$;

create trigger rule_value_figures after insert or update or delete or truncate on rule_value
    for each statement execute function notify_figures();
