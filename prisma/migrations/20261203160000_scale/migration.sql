-- Lists that grow with the number of sessions and documents are read a page at a time, in an order an index gives.

-- The document registry's order is the documentation list's: …/2018/2 before …/2018/10, Add.1 before Add.2. A plain
-- text order puts "10" before "2", so each symbol carries a sort key with its numbers zero-padded (and letters in
-- lower case, as a reader's alphabetical order ignores case). The trigger keeps it current on every insert and symbol
-- change, so no write path can forget it.
CREATE FUNCTION "plenary_symbol_sort_key"(symbol TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT COALESCE(string_agg(CASE WHEN part[1] ~ '^[0-9]' THEN lpad(part[1], 12, '0') ELSE lower(part[1]) END, '' ORDER BY n), '')
  FROM regexp_matches(symbol, '([0-9]+|[^0-9]+)', 'g') WITH ORDINALITY AS t(part, n)
$$;

CREATE FUNCTION "plenary_document_symbol_key"() RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
  NEW."symbolKey" := "plenary_symbol_sort_key"(NEW."symbol");
  RETURN NEW;
END;
$$;

ALTER TABLE "Document" ADD COLUMN "symbolKey" TEXT NOT NULL DEFAULT '';

CREATE TRIGGER "Document_symbolKey"
BEFORE INSERT OR UPDATE OF "symbol", "symbolKey" ON "Document"
FOR EACH ROW EXECUTE FUNCTION "plenary_document_symbol_key"();

UPDATE "Document" SET "symbolKey" = "plenary_symbol_sort_key"("symbol");

-- CreateIndex
CREATE INDEX "Document_bodyId_symbolKey_idx" ON "Document"("bodyId", "symbolKey");

-- The workspace's session list (all sessions, latest first) and the public one (the same order, drafts left out) read
-- their first page from this index instead of sorting every session.
-- CreateIndex
CREATE INDEX "Session_startDate_ordinal_idx" ON "Session"("startDate", "ordinal");

-- The public list's sessions under way or to come (those that have not ended) without reading every past session.
-- CreateIndex
CREATE INDEX "Session_endDate_idx" ON "Session"("endDate");
