-- The public regulation library's pages are reused while these tables are unchanged (see page_source_version).
create trigger regulation_page_source after insert or update or delete or truncate on regulation
    for each statement execute function bump_page_source_version('regulations');
create trigger regulation_version_page_source after insert or update or delete or truncate on regulation_version
    for each statement execute function bump_page_source_version('regulations');
create trigger regulation_article_page_source after insert or update or delete or truncate on regulation_article
    for each statement execute function bump_page_source_version('regulations');
