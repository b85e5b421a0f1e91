-- Schema 10: holidays and calendars named in both languages.
--
-- A holiday had one name, typed in one language; a department sets up its
-- calendar in the application and imports public holidays from iCalendar
-- files that may carry a name in each language. As for departments
-- (007.sql), name stays the name shown when no name was given in the
-- language asked; name_en and name_fr, when given, are the name in that
-- language. Existing rows have neither.
ALTER TABLE calendars ADD COLUMN name_en TEXT;
ALTER TABLE calendars ADD COLUMN name_fr TEXT;
ALTER TABLE calendar_days ADD COLUMN name_en TEXT;
ALTER TABLE calendar_days ADD COLUMN name_fr TEXT;
