-- Reference data is cached in every application instance (ReferenceData); any change of these tables, by any path,
-- tells every instance through NOTIFY, which PostgreSQL delivers only when the changing transaction commits.
create function notify_reference_data() returns trigger language plpgsql as $$
begin
    perform pg_notify('reference_data', tg_table_name);
    return null;
end $$;

create trigger rule_value_reference_data after insert or update or delete or truncate on rule_value
    for each statement execute function notify_reference_data();
create trigger org_unit_reference_data after insert or update or delete or truncate on org_unit
    for each statement execute function notify_reference_data();
-- The unread count of the header badge is cached per recipient the same way.
create trigger notification_reference_data after insert or update or delete or truncate on notification
    for each statement execute function notify_reference_data();
