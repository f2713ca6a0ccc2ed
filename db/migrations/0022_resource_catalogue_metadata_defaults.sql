-- Versions saved before the national catalogue's core metadata (issue 14) get the schema's defaults,
-- so every stored version has the fields its type promises. Keys already present win (right side of ||).
UPDATE "resource_versions" SET "content" = jsonb_build_object(
  'catalogueClass', 'department',
  'catalogueItem', '',
  'catalogueSubject', '',
  'catalogueDetail', '',
  'sharingChannel', 'platform',
  'updateFrequencyNote', '',
  'linkedCodes', '[]'::jsonb,
  'informationSystem', ''
) || "content";
