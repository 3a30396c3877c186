-- The languages a reader falls back to, in order, where their own has no final translation, before the original.
ALTER TABLE "Body" ADD COLUMN "workingLanguages" TEXT[] DEFAULT ARRAY['en']::TEXT[];
