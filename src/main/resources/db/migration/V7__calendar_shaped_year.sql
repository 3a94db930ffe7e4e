-- A map sent back from the seminar stays readable as a returned version, with Koncernledelsen's comment.
ALTER TABLE strategy_map ADD COLUMN return_comment VARCHAR(2000);
ALTER TABLE strategy_map DROP CONSTRAINT ck_strategy_map_status;
ALTER TABLE strategy_map ADD CONSTRAINT ck_strategy_map_status CHECK (status IN ('DRAFT', 'APPROVED', 'SUPERSEDED', 'RETURNED'));

-- Koncernledelsen follows up on the initiatives of its own map in Q2 and Q3.
ALTER TABLE follow_up ALTER COLUMN party_kind SET DATA TYPE VARCHAR(16);
ALTER TABLE follow_up DROP CONSTRAINT ck_follow_up_party;
ALTER TABLE follow_up ADD CONSTRAINT ck_follow_up_party CHECK (party_kind IN ('UNIT', 'CENTRE', 'CORPORATE'));
