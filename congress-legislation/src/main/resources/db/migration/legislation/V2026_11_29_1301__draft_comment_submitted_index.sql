-- The annual report counts the comments submitted in a year (and in the year before, for the change): without an
-- index on the time, even a year with no comments is a scan of every comment ever made.
create index draft_comment_submitted_idx on draft_comment (submitted_at);
