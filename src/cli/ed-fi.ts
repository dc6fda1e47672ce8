import { graduationPlanToProgram, ProgramDefinitionError, StudentRecordError } from "../ed-fi.js";
import { formatPath } from "../errors/index.js";
import { integerOption, parseCommandArgs } from "./args.js";
import { conversionLine, convertFolder, formatWarning, readEdFiFolder, readEdFiOptions, refuseOutputOverInput, resourceFiles } from "./ed-fi-input.js";
import { CliError, EXIT, UsageError } from "./errors.js";
import { openOutput } from "./output.js";
import { readJsonFile } from "./read-json.js";
import { printHelp } from "./usage.js";

/*
 * `program-criteria ed-fi convert DIR`: Ed-Fi resource files → NDJSON student records.
 * `program-criteria ed-fi plan FILE`: a GraduationPlan → a starting program definition.
 * Warnings go to stderr and never change the exit code.
 */

export async function edFi(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("ed-fi", args, {
    "ed-fi-options": { type: "string" },
    output: { type: "string", short: "o" },
    index: { type: "string" },
  });
  if (values.help) return printHelp("ed-fi");
  const [action, target, ...extra] = positionals;
  if (action === undefined) throw new UsageError("give an action: convert DIR or plan FILE", "ed-fi");
  if (action !== "convert" && action !== "plan") throw new UsageError(`unknown action ${JSON.stringify(action)} (convert or plan)`, "ed-fi");
  if (target === undefined) throw new UsageError(action === "convert" ? "give the folder of Ed-Fi resource files" : "give the graduation plan file", "ed-fi");
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`, "ed-fi");
  if (action === "convert" && values.index !== undefined) throw new UsageError("--index is for plan", "ed-fi");
  const optionsFile = values["ed-fi-options"];
  const inputs = action === "convert" ? await resourceFiles(target) : [target];
  await refuseOutputOverInput("ed-fi", values.output, optionsFile === undefined ? inputs : [...inputs, optionsFile]);
  const options = await readEdFiOptions(optionsFile);
  return action === "convert" ? convert(target, options, optionsFile, values.output) : plan(target, options, optionsFile, values.output, values.index);
}

async function convert(dir: string, options: unknown, optionsFile: string | undefined, outputFile: string | undefined): Promise<number> {
  const result = convertFolder(await readEdFiFolder(dir), options, optionsFile);
  for (const w of result.warnings) process.stderr.write(`${formatWarning(dir, w)}\n`);
  const output = openOutput(outputFile);
  for (const student of result.students) await output.write(`${JSON.stringify(student)}\n`);
  await output.close();
  process.stderr.write(`${conversionLine(dir, result)}\n`);
  return EXIT.ok;
}

async function plan(file: string, options: unknown, optionsFile: string | undefined, outputFile: string | undefined, indexText: string | undefined): Promise<number> {
  const value = await readJsonFile(file);
  let planValue = value;
  let prefix: (string | number)[] = [];
  if (Array.isArray(value)) {
    if (value.length === 0) throw new CliError(`${file}: no graduation plan (the array is empty)`);
    if (indexText === undefined && value.length > 1) throw new UsageError(`${file} holds ${value.length} graduation plans: choose one with --index N`, "ed-fi");
    const index = integerOption("ed-fi", "index", indexText, 0, value.length - 1, 0);
    planValue = value[index];
    prefix = [index];
  } else if (indexText !== undefined) {
    throw new UsageError(`${file} holds one graduation plan, not an array: leave out --index`, "ed-fi");
  }
  let result: ReturnType<typeof graduationPlanToProgram>;
  try {
    result = graduationPlanToProgram(planValue, options as Parameters<typeof graduationPlanToProgram>[1]);
  } catch (error) {
    if (StudentRecordError.is(error)) {
      throw new CliError(error.issues.map((i) => `${file}: ${formatPath([...prefix, ...i.path.slice(1)])}: ${i.message}`).join("\n"));
    }
    if (ProgramDefinitionError.is(error)) {
      throw new CliError(error.issues.map((i) => `${optionsFile ?? "options"}: ${formatPath(i.path.slice(1))}: ${i.message}`).join("\n"));
    }
    throw error;
  }
  for (const w of result.warnings) {
    const where = formatPath([...prefix, ...(w.field === null ? [] : [w.field])]);
    process.stderr.write(`${file}: ${where}: warning: ${w.message} (${w.code})\n`);
  }
  const output = openOutput(outputFile);
  await output.write(`${JSON.stringify(result.program, null, 2)}\n`);
  await output.close();
  const n = result.warnings.length;
  process.stderr.write(`program ${result.program.id}: ${result.program.criteria.length} criteria, ${result.program.creditGroups?.length ?? 0} credit groups; ${n} warning${n === 1 ? "" : "s"}\n`);
  return EXIT.ok;
}
