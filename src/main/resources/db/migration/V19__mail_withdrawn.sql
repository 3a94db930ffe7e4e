-- A mail not yet sent is withdrawn when its recipient turns mails off; it is kept, marked, and never sent.
ALTER TABLE mail_outbox ADD withdrawn_at TIMESTAMP WITH TIME ZONE;
