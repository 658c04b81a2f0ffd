-- A link can be revoked alone (issue 18 item 5: sent to the wrong person), not only with its purchase. Who did it is
-- kept for the keys dialog's list of links; both stay null for links revoked by a cancellation, whose own events say
-- who cancelled. The download path needs nothing new: it already reads the link's row by its id and checks revoked_at.
alter table download_link
    add column revoked_by_user_name text,
    add column revoked_by_role      text;
