-- Deputies' phone numbers are stored encrypted (AES-256-GCM, key outside the database; issue 9, PIPL 51), so the
-- column holds the longer ciphertext. Earlier plaintext values are encrypted by the application at start-up.
alter table deputy alter column phone type varchar(255);
