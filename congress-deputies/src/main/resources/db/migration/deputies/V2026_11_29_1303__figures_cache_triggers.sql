-- Tables whose figures the annual report caches (SuggestionFigures, StationFigures: FigureSource.tables).
create trigger suggestion_figures after insert or update or delete or truncate on suggestion
    for each statement execute function notify_figures();
create trigger suggestion_round_figures after insert or update or delete or truncate on suggestion_round
    for each statement execute function notify_figures();
create trigger suggestion_contact_figures after insert or update or delete or truncate on suggestion_contact
    for each statement execute function notify_figures();
create trigger liaison_station_figures after insert or update or delete or truncate on liaison_station
    for each statement execute function notify_figures();
create trigger constituent_opinion_figures after insert or update or delete or truncate on constituent_opinion
    for each statement execute function notify_figures();
create trigger service_case_figures after insert or update or delete or truncate on service_case
    for each statement execute function notify_figures();
create trigger deputy_activity_figures after insert or update or delete or truncate on deputy_activity
    for each statement execute function notify_figures();
create trigger activity_participant_figures after insert or update or delete or truncate on activity_participant
    for each statement execute function notify_figures();
