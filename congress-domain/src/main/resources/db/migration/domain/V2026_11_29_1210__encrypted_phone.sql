-- Users' phone numbers are stored encrypted (AES-256-GCM, key outside the database; issue 9, PIPL 51): the ciphertext
-- of a 32-character value with its nonce and tag, base64 and prefixed, needs up to 103 characters. Values written
-- before encryption are encrypted by the application at start-up (EncryptedColumns), the key not being here.
alter table user_account alter column phone type varchar(255);
