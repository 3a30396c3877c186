-- Document search (lib/document-search/search-text.ts says how text is compared; keep the two in step).
-- pg_trgm ships with PostgreSQL (contrib) and with the embedded database (PGlite's contrib build); it is a trusted
-- extension, so the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower case without Latin accents, Arabic diacritics or Arabic letter variants. The functions below repeat the
-- expression instead of calling this one: an index is built with a restricted search_path (PostgreSQL 17+, as
-- in the embedded database), where a call to another function of the schema would not be found.
CREATE OR REPLACE FUNCTION plenary_search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fold$ SELECT lower(translate(value, 'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçЁёأإآٱىةًٌٍَُِّْٰٕٖٜٟٓٔٗ٘ٙٚٛٝٞـ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcЕеاااايه')) $fold$;

-- A symbol by its letters and digits only: "CTOC/COP/WG.4/2018/CRP.1" -> "ctoccopwg42018crp1".
CREATE OR REPLACE FUNCTION plenary_symbol_key(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $key$ SELECT regexp_replace(lower(translate(value, 'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçЁёأإآٱىةًٌٍَُِّْٰٕٖٜٟٓٔٗ٘ٙٚٛٝٞـ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcЕеاااايه')), '[^[:alnum:]]+', '', 'g') $key$;

-- Every language of a document's title and description, folded, as one text.
CREATE OR REPLACE FUNCTION plenary_document_text(title jsonb, description jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $text$
  SELECT lower(translate(concat_ws(' ',
    (SELECT string_agg(t.value, ' ') FROM jsonb_each_text(CASE WHEN jsonb_typeof(title) = 'object' THEN title ELSE '{}'::jsonb END) AS t),
    (SELECT string_agg(d.value, ' ') FROM jsonb_each_text(CASE WHEN jsonb_typeof(description) = 'object' THEN description ELSE '{}'::jsonb END) AS d)), 'ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçЁёأإآٱىةًٌٍَُِّْٰٕٖٜٟٓٔٗ٘ٙٚٛٝٞـ', 'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcЕеاااايه'))
$text$;

CREATE INDEX "Document_symbol_key_trgm" ON "Document" USING gin (plenary_symbol_key("symbol") gin_trgm_ops);
CREATE INDEX "Document_text_trgm" ON "Document" USING gin (plenary_document_text("title", "description") gin_trgm_ops);
CREATE INDEX "Document_text_fts" ON "Document" USING gin (to_tsvector('simple', plenary_document_text("title", "description")));
