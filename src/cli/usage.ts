import { EXIT } from "./errors.js";

const TOOL = `Usage: program-criteria <command> [options]

Validate program definitions and evaluate students against them.

Commands:
  check <definitions.json…>        validate program definitions
  evaluate --programs FILE <students.ndjson | ->
                                   write one progress report per student
  explain --programs FILE --student FILE
                                   print one student's report as a tree
  lint --programs FILE --catalog FILE
                                   check definitions against the course catalog
  preview --programs FILE --catalog FILE
                                   list the catalog courses and tests each requirement matches
  schedule -p FILE --students FILE --requests FILE --sections FILE [--seed N]
                                   place course requests into sections, priority first
  ed-fi convert DIR                Ed-Fi resource files → NDJSON student records
  ed-fi plan FILE                  an Ed-Fi graduation plan → a starting program definition
  help [command]                   show the help of the tool or of a command

Options:
  -h, --help       show this help (and \`<command> --help\` a command's)
  -v, --version    print the version

Exit codes: 0 ok, 1 invalid input (definitions, files, student), 2 some students
skipped (evaluate), 64 wrong command line, 70 internal error.
Docs: docs/cli.md`;

const CHECK = `Usage: program-criteria check <definitions.json…>

Validates program definitions. Each file holds one definition or an array of them;
all the definitions given form one set, each validated with the others as the
programs its academic-program requirements may name. Prints every problem as
\`file: path: message\`, then warnings that the definitions themselves cause (such
as mixedDisplayOrder), then a count.

Options:
  -h, --help     show this help

Exit codes: 0 no problems (warnings allowed), 1 a problem or an unreadable file,
64 wrong command line.`;

const EVALUATE = `Usage: program-criteria evaluate --programs FILE [options] <students.ndjson | - | --ed-fi DIR>

Evaluates every student (one JSON record per line; \`-\` reads standard input)
against a program, streaming: one output line per student, in input order.
With --ed-fi DIR, the students are converted from Ed-Fi resource files first.

Options:
  -p, --programs FILE   program definitions (one or an array); may be repeated, all
                        files form one set (required)
      --program ID      the program to evaluate (default: the first definition);
                        the others are the programs it may name
  -f, --format FORMAT   ndjson (default): the report JSON per line
                        csv: one row per student, with a header row
                        summary: only a table of counts by status
      --detail DETAIL   full (default): the whole report per NDJSON line
                        compact: statuses, figures and remaining, without record
                        listings or the program's static text (for cohorts)
  -j, --jobs N          worker threads (default: one per 16 MB of a file, up to
                        the number of cores; 1 for standard input); output order
                        never changes
  -o, --output FILE     write there instead of standard output (never an input)
      --ed-fi DIR       read the students from a folder of Ed-Fi resource files
                        (one <resource>.json per API resource, each a JSON array)
                        instead of NDJSON; the adapter's warnings go to stderr
      --ed-fi-options FILE
                        the adapter's options (grade scale, credit types, …) as JSON
  -h, --help            show this help

A line that is not JSON or not a valid student record is reported on stderr
(\`line 17 (student "S0042"): transcript.0.courseNumber: is required\`) and
skipped. A progress bar is shown when stderr is a terminal; a summary line always
ends the run.

Exit codes: 0 every student evaluated, 1 invalid definitions or unreadable file,
2 some lines skipped, 64 wrong command line.`;

const EXPLAIN = `Usage: program-criteria explain --programs FILE --student FILE [options]

Prints one student's progress report as a tree.

Options:
  -p, --programs FILE   program definitions (one or an array); may be repeated (required)
      --program ID      the program to evaluate (default: the first definition)
  -s, --student FILE    one JSON student record, or an NDJSON file with --id (required;
                        \`-\` reads standard input)
      --id ID           pick the student with this id from an NDJSON file
      --ascii           ASCII marks and branches instead of Unicode
  -h, --help            show this help

Exit codes: 0 ok, 1 invalid definitions, invalid or missing student, 64 wrong
command line.`;

const SCHEDULE = `Usage: program-criteria schedule -p FILE --students FILE --requests FILE --sections FILE [options]

Places course requests into sections (scheduling-priority loading): for each
course, in order of its first request, the requests of students assigned the
program who still need a schedulingPriority course requirement matching the
course come first, then the rest; within each, descending grade level (none
last), and a seeded random order within one grade level. Sections of a course
fill in the order given, each to its capacity. Writes the result as JSON:
{ sections: [{ id, courseNumber, roster: [{ studentId, priority, requirements }] }],
  unplaced: [{ studentId, courseNumber, reason }] } (reason full, noSection or
unknownStudent); a summary line goes to stderr.

Options:
  -p, --programs FILE   program definitions (one or an array); may be repeated (required)
      --program ID      the program whose priority requirements count (default: the first)
      --students FILE   student records, one JSON object per line (NDJSON; required)
      --requests FILE   requests: CSV with the header studentId,courseNumber, or NDJSON
                        (required; CSV when the name ends in .csv)
      --sections FILE   sections: CSV with the header id,courseNumber,capacity, or NDJSON
                        (required; CSV when the name ends in .csv)
      --seed N          the random order's seed, any whole number (default 0; a
                        negative one as --seed=-3); the same files and seed give the
                        same rosters
  -o, --output FILE     write there instead of standard output (never an input)
  -h, --help            show this help

Exit codes: 0 ok (unplaced requests allowed), 1 invalid definitions, files or
records, 64 wrong command line.`;

const CATALOG_OPTIONS = `Options:
  -p, --programs FILE   program definitions (one or an array); may be repeated, all
                        files form one set (required)
      --program ID      only this program (default: lint every definition given,
                        preview the first)
  -c, --catalog FILE    the catalog: { courses: [...], tests: [...] } as JSON
                        (docs/schema/catalog.schema.json) (required)
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help`;

const LINT = `Usage: program-criteria lint --programs FILE --catalog FILE [options]

Checks program definitions against the district's course and test catalog and
prints each finding as \`file: path: severity code: message\`, then a count:
deadPattern (a pattern that matches no catalog entry: a renumbered course),
onlyInactive (every matching course is inactive), unreachable (the catalog cannot
give a requirement its minimum: an error), unknownCreditType (a credit type no
catalog course awards). With --format json, the findings as a JSON array.

${CATALOG_OPTIONS}

Exit codes: 0 no error finding (warnings allowed), 1 an error finding, invalid
definitions or an invalid or unreadable catalog, 64 wrong command line.`;

const PREVIEW = `Usage: program-criteria preview --programs FILE --catalog FILE [options]

Lists, for each course and test requirement and each GPA calculation with
courses, the catalog entries it matches, in catalog order (inactive ones marked).
With --format json, previewProgram's result.

${CATALOG_OPTIONS}

Exit codes: 0 ok, 1 invalid definitions or an invalid or unreadable catalog,
64 wrong command line.`;

const ED_FI = `Usage: program-criteria ed-fi convert DIR [options]
       program-criteria ed-fi plan FILE [options]

convert: reads a folder of Ed-Fi API resource files — one <resource>.json per
resource (courseTranscripts.json, studentAcademicRecords.json,
studentAssessments.json, assessments.json, courses.json, …), each a JSON array —
and writes one student record per line (NDJSON), ready for \`evaluate\`.
plan: reads a GraduationPlan (a JSON object, or an array with --index) and
writes a starting program definition to edit.

Every mapping decision that loses or guesses information is a warning on stderr:
\`file: index.field: warning: message (code)\`. Warnings never change the exit code.

Options:
      --ed-fi-options FILE   the adapter's options as JSON (docs/ed-fi.md)
      --index N              plan: the plan to read from an array
  -o, --output FILE          write there instead of standard output
  -h, --help                 show this help

Exit codes: 0 converted (warnings allowed), 1 a malformed resource, bad options
or an unreadable file, 64 wrong command line.
Docs: docs/ed-fi.md`;

export const HELP: Readonly<Record<string, string>> = { check: CHECK, evaluate: EVALUATE, explain: EXPLAIN, lint: LINT, preview: PREVIEW, schedule: SCHEDULE, "ed-fi": ED_FI };

/** The help of the tool (no command) or of a known command. */
export function helpText(command?: string): string {
  return (command !== undefined && Object.hasOwn(HELP, command) ? HELP[command] : undefined) ?? TOOL;
}

/** `--help` was asked for: help goes to stdout and the command succeeds. */
export function printHelp(command?: string): number {
  process.stdout.write(`${helpText(command)}\n`);
  return EXIT.ok;
}
