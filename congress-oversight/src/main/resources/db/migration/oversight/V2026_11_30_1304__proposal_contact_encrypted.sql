-- The contact a member of the public leaves with an oversight topic proposal is stored encrypted (AES-256-GCM, key
-- outside the database; issue 9, PIPL 51): the column holds the longer ciphertext. The form keeps its 100-character
-- limit; earlier plaintext rows are encrypted by the application at start-up (EncryptedColumns).
alter table oversight_proposal alter column contact type varchar(1024);
