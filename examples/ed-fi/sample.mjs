// The Ed-Fi Alliance's Grand Bend sample (../shared/ed-fi-sample/, Apache-2.0; read in place, never
// copied into this repository) as the resources object `fromEdFi` takes, keyed by Ed-Fi API
// resource name. The ACAN transcript composite is the `studentTranscriptComposites` resource.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "ed-fi-sample");

/** Resource name → file in the sample folder. `descriptors.json` lists code values; it is no resource. */
export const SAMPLE_FILES = {
  courses: "courses.json",
  assessments: "assessments.json",
  studentAssessments: "studentAssessments.json",
  studentProgramAssociations: "studentProgramAssociations.json",
  studentCTEProgramAssociations: "studentCTEProgramAssociations.json",
  studentTranscriptComposites: "acan-transcript-composite-604837.json",
};

export function readSample(dir = SAMPLE_DIR) {
  const resources = {};
  for (const [resource, file] of Object.entries(SAMPLE_FILES)) {
    resources[resource] = JSON.parse(readFileSync(join(dir, file), "utf8"));
  }
  return resources;
}
