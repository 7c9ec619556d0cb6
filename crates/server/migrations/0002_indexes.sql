-- Indexes for the published replies (newest answered first), the statistics and the
-- audit trail of one letter.
CREATE INDEX letters_published ON letters (published, answered DESC, number DESC);
CREATE INDEX letters_received ON letters (received);
CREATE INDEX audit_letter ON audit (letter_id, at);
