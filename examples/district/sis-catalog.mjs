// Writes sis-catalog.json: the district's catalog in the shape previewProgram and lintProgram read
// (DESIGN.md §13, docs/schema/catalog.schema.json), derived from catalog.json, whose richer shape
// (one creditType and credits, generator hints such as grades and sequence) is the generator's own.
// Usage: node examples/district/sis-catalog.mjs   (writes sis-catalog.json beside this script)

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCatalog } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

// The tests the district administers, as the generator writes them into students' records.
const STATE_TESTS = [
  { testCode: 'EOC-ALG1', stateCode: 'ALG1', subject: 'Math' },
  { testCode: 'EOC-BIO', stateCode: 'BIO', subject: 'Science' },
  { testCode: 'EOC-ENG10', stateCode: 'ENG10', subject: 'ELA' },
  { testCode: 'EOC-USH', stateCode: 'USH', subject: 'Social Studies' },
  { testCode: 'SBAC-HS', stateCode: 'SBAC', subject: 'ELA' },
  { testCode: 'SBAC-HS', stateCode: 'SBAC', subject: 'Math' },
  { testCode: 'PSAT-ERW', subject: 'ELA' },
  { testCode: 'PSAT-M', subject: 'Math' },
  { testCode: 'SAT-ERW', subject: 'ELA' },
  { testCode: 'SAT-M', subject: 'Math' },
];

/** The §13 catalog of the generator's catalog: every course (with its cross-credit lines), then the state tests, AP exams, STAMP tests and certifications. */
export function sisCatalog(catalog = loadCatalog()) {
  const courses = catalog.map((c) => ({
    courseNumber: c.courseNumber,
    stateCode: c.stateCode,
    name: c.name,
    credits: c.creditLines ?? [{ type: c.creditType, amount: c.credits }],
  }));
  const once = (values) => [...new Set(values.filter((v) => v !== undefined))];
  const tests = [
    ...STATE_TESTS,
    ...once(catalog.map((c) => c.apExam)).map((testCode) => ({ testCode, subject: catalog.find((c) => c.apExam === testCode).creditType })),
    ...once(catalog.map((c) => c.language)).map((language) => ({ testCode: `STAMP-${language}`, subject: 'World Language' })),
    ...once(catalog.map((c) => c.certification)).map((testCode) => ({ testCode })),
  ];
  return { courses, tests };
}

/** The file's exact text: two-space JSON with a final newline. */
export function sisCatalogText(catalog = sisCatalog()) {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const file = join(HERE, 'sis-catalog.json');
  writeFileSync(file, sisCatalogText());
  console.error(`wrote ${file}`);
}
