-- Residents' contact data (the resident of a constituent opinion, the party of a service case, the resident who
-- proposed a livelihood project) and the stations' contact phones are stored encrypted (AES-256-GCM with the data key
-- outside the database; issue 9, PIPL 51), like deputies' phones: the columns hold the longer ciphertext
-- (nonce, tag and base64: a 64-character Chinese contact takes about 300 characters, hence 1024). The forms
-- keep the plaintext limits (64, 64, 32, 32 characters); earlier plaintext rows are encrypted by the application at
-- start-up (EncryptedColumns), since the key is not in the database.
alter table constituent_opinion alter column resident_contact type varchar(1024);
alter table service_case alter column party_contact type varchar(1024);
alter table livelihood_project alter column contact_phone type varchar(1024);
alter table liaison_station alter column contact_phone type varchar(1024);
