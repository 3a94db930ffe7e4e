-- Every free text has one limit per kind of field (system/TextLimits), and the columns hold at least that much.
-- A goal's resources and evaluation method are comments: 2,000 characters, as the forms and the server allow.
ALTER TABLE agreement_goal ALTER COLUMN resources SET DATA TYPE VARCHAR(2000);
ALTER TABLE agreement_goal ALTER COLUMN evaluation_method SET DATA TYPE VARCHAR(2000);

-- Texts the server composes from what was submitted have no fixed length: a budget milestone's outcome is the
-- secretary's text (up to 10,000 characters) after the decision ("Godkendt. ", "Ikke godkendt; behandles igen. "),
-- and a milestone's message carries every forum's outcome (one per committee), escaped as JSON.
ALTER TABLE budget_milestone ALTER COLUMN outcome SET DATA TYPE VARCHAR;
ALTER TABLE budget_ledger ALTER COLUMN payload SET DATA TYPE VARCHAR;
