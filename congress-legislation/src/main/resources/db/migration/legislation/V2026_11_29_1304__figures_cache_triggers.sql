-- Tables whose figures the annual report caches (ConsultationFigures: FigureSource.tables).
create trigger consultation_figures after insert or update or delete or truncate on consultation
    for each statement execute function notify_figures();
create trigger draft_comment_figures after insert or update or delete or truncate on draft_comment
    for each statement execute function notify_figures();
