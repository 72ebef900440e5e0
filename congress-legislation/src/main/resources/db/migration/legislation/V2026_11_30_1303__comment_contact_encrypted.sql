-- The contact a person leaves with a public comment is stored encrypted (AES-256-GCM, key outside the database;
-- issue 9, PIPL 51): the column holds the longer ciphertext. The form keeps its 128-character limit; earlier
-- plaintext rows are encrypted by the application at start-up (EncryptedColumns).
alter table draft_comment alter column contact type varchar(1024);
