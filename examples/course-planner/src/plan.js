// The planner's state: the student's transcript as a list of entries with stable keys, so that
// records can be added and removed while the engine only ever sees plain student records.

/** Catalog entries a student can plan: everything but middle-school (standards-based) courses. */
export function plannableCourses(catalog) {
  return catalog.filter((course) => course.level !== "middleSchool");
}

/** The credit lines a course awards: its cross-credit lines when it has them, else one line. */
export function creditLines(course) {
  return course.creditLines ?? [{ type: course.creditType, amount: course.credits }];
}

/** A planned transcript record (DESIGN.md §2) for a catalog entry. */
export function plannedRecord(course) {
  return {
    courseNumber: course.courseNumber,
    name: course.name,
    stateCode: course.stateCode,
    status: "planned",
    credits: creditLines(course).map((line) => ({ type: line.type, amount: line.amount })),
  };
}

export function createPlan(student) {
  let nextKey = 0;
  const wrap = (record, added) => ({ key: `r${nextKey++}`, record, added });
  const initial = student.transcript ?? [];
  let entries = initial.map((record) => wrap(record, false));

  return {
    get entries() {
      return entries;
    },
    /** The student record the engine evaluates: the original with the current transcript. */
    student() {
      return { ...student, transcript: entries.map((entry) => entry.record) };
    },
    add(course) {
      const entry = wrap(plannedRecord(course), true);
      entries = [...entries, entry];
      return entry;
    },
    /** Removes a planned record; completed and in-progress records stay. */
    remove(key) {
      const entry = entries.find((e) => e.key === key);
      if (!entry || (entry.record.status ?? "completed") !== "planned") return undefined;
      entries = entries.filter((e) => e.key !== key);
      return entry;
    },
    /**
     * Where the student stands with a catalog course: "completed" (a completed record that earned
     * credit), "inProgress", "planned", "noCredit" (completed without credit: a retake may be
     * planned), or undefined.
     */
    stateOf(courseNumber) {
      const records = entries.map((e) => e.record).filter((r) => r.courseNumber === courseNumber);
      const earned = (r) => (r.credits ?? []).some((c) => Number(c.amount) > 0);
      const states = new Set(records.map((r) => ((r.status ?? "completed") === "completed" && !earned(r) ? "noCredit" : (r.status ?? "completed"))));
      return ["completed", "inProgress", "planned", "noCredit"].find((state) => states.has(state));
    },
    reset() {
      entries = initial.map((record) => wrap(record, false));
    },
  };
}
