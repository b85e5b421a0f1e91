-- Schema 7: a department's name in each language of its documents.
--
-- A charter has its title in English and in French; the department that
-- provides the service had one name, printed in whatever language it was
-- typed, so that a French charter read "Human Resources". name stays the
-- name the directory shows and sorts by; name_en and name_fr, when given,
-- are the name in that language, for documents and for an interface in
-- that language. Existing departments have neither: their name is used.
ALTER TABLE departments ADD COLUMN name_en TEXT;
ALTER TABLE departments ADD COLUMN name_fr TEXT;
