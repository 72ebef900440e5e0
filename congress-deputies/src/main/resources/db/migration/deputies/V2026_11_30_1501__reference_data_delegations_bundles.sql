-- Delegations and suggestion bundles are choices in every staff list's filters: cached in memory by ReferenceData and
-- evicted on every instance when they change (the function is the domain's, see reference_data_notifications).
create trigger delegation_reference_data after insert or update or delete or truncate on delegation
    for each statement execute function notify_reference_data();
create trigger suggestion_bundle_reference_data after insert or update or delete or truncate on suggestion_bundle
    for each statement execute function notify_reference_data();
