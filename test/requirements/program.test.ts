import { describe, expect, it } from "vitest";
import { compileProgram, evaluateProgress } from "../../src/index.js";
import { programWith } from "../helpers.js";
import { courseReq, program, record, run, student, type Json } from "./support.js";

/** A program met by one completed credit of a course numbered `<id>…`. */
const other = (id: string, requirements?: Json[]): Json => ({
  id,
  name: id,
  criteria: [
    {
      id: "K",
      expression: requirements === undefined ? "R" : requirements.map((r) => r["id"]).join(" AND "),
      requirements: requirements ?? [courseReq("R", [`${id}%`], "1")],
    },
  ],
});

const req = (programs: string[], minRequired: number, id = "P1"): Json => ({ id, type: "program", programs, minRequired });
const assign = (...entries: [string, ("assigned" | "completed")?][]) =>
  entries.map(([programId, status]) => (status === undefined ? { programId } : { programId, status }));

describe("program requirement", () => {
  const programs = [other("SEAL"), other("CTE"), other("IB"), other("AP")];

  it("sorts each listed program into completed / onTrack / offTrack / notAssigned in `programs` order", () => {
    const p = program(run([req(["AP", "IB", "CTE", "SEAL"], 2)], student({
      transcript: [record("SEAL1"), record("CTE1", { status: "planned" }), record("AP1")],
      programs: assign(["SEAL"], ["CTE"], ["IB"]),
    }), {}, { programs }), "P1");
    expect(p).toMatchObject({
      id: "P1",
      criterion: "C",
      type: "program",
      status: "onTrack",
      minRequired: 2,
      completed: ["SEAL"],
      onTrack: ["CTE"],
      offTrack: ["IB"],
      notAssigned: ["AP"],
    });
  });

  it("an entry marked completed counts as completed without evaluating to met", () => {
    const p = program(run([req(["SEAL"], 1)], student({ programs: assign(["SEAL", "completed"]) }), {}, { programs }), "P1");
    expect(p).toMatchObject({ status: "met", completed: ["SEAL"], offTrack: [], onTrack: [], notAssigned: [] });
  });

  it("an assigned program whose evaluation is met counts as completed", () => {
    const p = program(run([req(["SEAL"], 1)], student({ transcript: [record("SEAL9")], programs: assign(["SEAL", "assigned"]) }), {}, { programs }), "P1");
    expect(p).toMatchObject({ status: "met", completed: ["SEAL"] });
  });

  it("onTrack when completed + on track reach minRequired", () => {
    const p = program(run([req(["SEAL", "CTE"], 2)], student({
      transcript: [record("SEAL1"), record("CTE1", { status: "inProgress" })],
      programs: assign(["SEAL"], ["CTE"]),
    }), {}, { programs }), "P1");
    expect(p).toMatchObject({ status: "onTrack", completed: ["SEAL"], onTrack: ["CTE"] });
  });

  it("offTrack when even on-track programs fall short", () => {
    const p = program(run([req(["SEAL", "CTE"], 2)], student({
      transcript: [record("CTE1", { status: "inProgress" })],
      programs: assign(["SEAL"], ["CTE"]),
    }), {}, { programs }), "P1");
    expect(p).toMatchObject({ status: "offTrack", onTrack: ["CTE"], offTrack: ["SEAL"] });
  });

  it("a program without an entry is notAssigned and never counts, even when it would evaluate met", () => {
    const p = program(run([req(["SEAL", "CTE"], 1)], student({
      transcript: [record("SEAL1"), record("CTE1")],
    }), {}, { programs }), "P1");
    expect(p).toMatchObject({ status: "offTrack", completed: [], onTrack: [], offTrack: [], notAssigned: ["SEAL", "CTE"] });
  });

  it("minRequired equal to the number listed needs all of them", () => {
    const s = student({ transcript: [record("SEAL1"), record("CTE1")], programs: assign(["SEAL"], ["CTE"], ["IB", "completed"]) });
    expect(program(run([req(["SEAL", "CTE", "IB"], 3)], s, {}, { programs }), "P1").status).toBe("met");
    expect(program(run([req(["SEAL", "CTE", "IB", "AP"], 4)], s, {}, { programs }), "P1").status).toBe("offTrack");
  });

  it("uses the first programs entry when a student lists a program twice", () => {
    const p = program(run([req(["SEAL"], 1)], student({ programs: assign(["SEAL", "completed"], ["SEAL", "assigned"]) }), {}, { programs }), "P1");
    expect(p.completed).toEqual(["SEAL"]);
  });

  it("the other program's credit groups take part in its status", () => {
    const withGroup = { ...other("SEAL"), creditGroups: [{ id: "T", name: "T", minCredits: "5" }] };
    const p = program(run([req(["SEAL"], 1)], student({ transcript: [record("SEAL1")], programs: assign(["SEAL"]) }), {}, { programs: [withGroup] }), "P1");
    expect(p).toMatchObject({ status: "offTrack", offTrack: ["SEAL"] });
  });
});

describe("nested programs", () => {
  // A requires B requires C; C is met by a completed C course.
  const C = other("C");
  const B = other("B", [req(["C"], 1, "needC")]);
  const A = programWith([req(["B"], 1, "needB")], { id: "A" });

  it("evaluates through the chain when every level is assigned", () => {
    const s = student({ transcript: [record("C1")], programs: assign(["B"], ["C"]) });
    const report = evaluateProgress(A, s, { programs: [B, C] });
    expect(program(report, "needB")).toMatchObject({ status: "met", completed: ["B"] });
    expect(report.status).toBe("met");
  });

  it("an unassigned inner program breaks the chain", () => {
    const s = student({ transcript: [record("C1")], programs: assign(["B"]) });
    const report = evaluateProgress(A, s, { programs: [B, C] });
    expect(program(report, "needB")).toMatchObject({ status: "offTrack", offTrack: ["B"] });
  });

  it("an onTrack inner program makes the outer one onTrack", () => {
    const s = student({ transcript: [record("C1", { status: "planned" })], programs: assign(["B"], ["C"]) });
    const report = evaluateProgress(A, s, { programs: [B, C] });
    expect(program(report, "needB")).toMatchObject({ status: "onTrack", onTrack: ["B"] });
    expect(report.status).toBe("onTrack");
  });

  it("a completed entry for the inner program short-cuts it", () => {
    const s = student({ programs: assign(["B"], ["C", "completed"]) });
    expect(evaluateProgress(A, s, { programs: [B, C] }).status).toBe("met");
  });

  it("a program named from several places (a diamond) gives one consistent status", () => {
    const D = other("D");
    const B2 = other("B2", [req(["D"], 1, "needD")]);
    const C2 = other("C2", [req(["D"], 1, "needD")]);
    const top = {
      id: "TOP",
      name: "TOP",
      criteria: [
        { id: "X", expression: "p AND q", requirements: [req(["B2", "C2"], 2, "p"), req(["D"], 1, "q")] },
        { id: "Y", expression: "r", requirements: [req(["D", "B2"], 2, "r")] },
      ],
    };
    const compiled = compileProgram(top, { programs: [D, B2, C2] });
    for (const [transcript, expected] of [
      [[record("D1")], "met"],
      [[record("D1", { status: "planned" })], "onTrack"],
      [[], "offTrack"],
    ] as const) {
      const report = evaluateProgress(compiled, student({ transcript: [...transcript], programs: assign(["B2"], ["C2"], ["D"]) }));
      expect(report.status).toBe(expected);
      for (const [id, criterion] of [["p", "X"], ["q", "X"], ["r", "Y"]] as const) {
        expect(program(report, id, criterion).status).toBe(expected);
      }
    }
  });

  it("evaluating many students with one compiled program does not carry a program status across students", () => {
    const compiled = compileProgram(A, { programs: [B, C] });
    const met = student({ transcript: [record("C1")], programs: assign(["B"], ["C"]) });
    const off = student({ programs: assign(["B"], ["C"]) });
    expect(evaluateProgress(compiled, met).status).toBe("met");
    expect(evaluateProgress(compiled, off).status).toBe("offTrack");
    expect(evaluateProgress(compiled, met).status).toBe("met");
  });
});
