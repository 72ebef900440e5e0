-- The current term's id is read by most pages: cached by ReferenceData, evicted on every instance when terms change.
create trigger term_reference_data after insert or update or delete or truncate on term
    for each statement execute function notify_reference_data();
