-- Which roster entry a deputy's account is: every suggestion page and the deputy's dashboard asked the database on
-- every request. Cached in memory by ReferenceData and evicted on every instance when the roster changes (the
-- function is the domain's, see reference_data_notifications).
create trigger deputy_reference_data after insert or update or delete or truncate on deputy
    for each statement execute function notify_reference_data();
