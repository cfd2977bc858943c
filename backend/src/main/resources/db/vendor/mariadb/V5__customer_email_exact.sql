-- Emails are stored in one canonical form (trimmed, NFC, lower case) and compared exactly as
-- stored: the database's accent- and case-insensitive collation (utf8mb4_unicode_ci) made
-- 'böss@shop.test' equal 'boss@shop.test'. The unique key is rebuilt with the binary collation.
-- utf8mb4_bin exists on MySQL 8.4 and MariaDB 10.11 alike (the same file serves both vendors);
-- its trailing-space padding can't matter, as canonical emails hold no spaces. H2 compares
-- strings exactly already and needs no change.
ALTER TABLE customer MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
