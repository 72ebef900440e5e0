-- The unfiltered suggestion figures of a scope (the staff's and each unit's dashboard card, the statistics page) are
-- reused while the 'suggestions' area is unchanged (domain SourceVersions). Besides the suggestions, their rounds, the
-- deputies and the units (V2026_12_02_1002) they read the contacts (the face-to-face rate) and, for a unit's or a
-- deputy's scope, the co-handling units and the co-signers.
create trigger suggestion_contact_page_source after insert or update or delete or truncate on suggestion_contact
    for each statement execute function bump_page_source_version('suggestions');
create trigger suggestion_co_unit_page_source after insert or update or delete or truncate on suggestion_co_unit
    for each statement execute function bump_page_source_version('suggestions');
create trigger suggestion_signer_page_source after insert or update or delete or truncate on suggestion_signer
    for each statement execute function bump_page_source_version('suggestions');
