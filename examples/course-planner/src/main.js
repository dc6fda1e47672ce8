// The course planner: load the district's program, compiled at build time (vite.config.mjs), with
// the runtime entry — no expression parser or definition schema in the page — then re-evaluate the
// student's progress on every change to the plan. The data is bundled at build time.
import { evaluateProgress, loadCompiledProgram } from "program-criteria/runtime";
import artefact from "virtual:planner-program";
import catalog from "../../district/catalog.json";
import student from "virtual:planner-student";
import { replaceChildren } from "./dom.js";
import { createPlan, creditLines, plannableCourses } from "./plan.js";
import {
  STATUS_LABEL,
  badge,
  catalogItem,
  criterionNode,
  creditGroupsTable,
  recommendationList,
  recordItem,
  stillNeededList,
  statusesList,
  timeList,
} from "./render.js";
import "./style.css";

const $ = (id) => document.getElementById(id);
const compiled = loadCompiledProgram(artefact); // checked once; every evaluation reuses it
const plan = createPlan(student);
const courses = plannableCourses(catalog);
let filter = "";
// Test registrations the student adds here (DESIGN.md §9: `tests[]` entries with status "planned").
const registrations = [];
const evaluated = () => ({ ...plan.student(), tests: [...(student.tests ?? []), ...registrations] });

function announce(text) {
  $("announcer").textContent = text;
}

function renderRecords() {
  replaceChildren($("records"), plan.entries.map((entry) => recordItem(entry, removeEntry)));
}

function renderCatalog() {
  const needle = filter.trim().toLowerCase();
  const shown = courses.filter((c) => {
    if (needle === "") return true;
    const lines = creditLines(c).map((l) => l.type).join(" ");
    return `${c.courseNumber} ${c.name} ${c.creditType} ${lines} ${c.level}`.toLowerCase().includes(needle);
  });
  replaceChildren(
    $("catalog"),
    shown.length > 0
      ? shown.map((c) => catalogItem(c, creditLines(c), plan.stateOf(c.courseNumber), addCourse))
      : [Object.assign(document.createElement("li"), { className: "muted", textContent: "No course matches." })],
  );
}

function renderReport() {
  const started = performance.now();
  const report = evaluateProgress(compiled, evaluated());
  const elapsed = performance.now() - started;

  const overall = $("overall");
  overall.dataset.status = report.status;
  replaceChildren(overall, "Program status ", badge(report.status));
  replaceChildren($("statuses"), report.statuses.length > 0 && "Student statuses: ", statusesList(report.statuses));
  replaceChildren($("still-needed"), stillNeededList(report));
  replaceChildren($("criteria"), report.criteria.map((c) => criterionNode(c)));
  replaceChildren($("credit-groups"), creditGroupsTable(report.creditGroups));
  replaceChildren($("time"), timeList(report));
  replaceChildren($("recommendations"), recommendationList(report.recommendations));
  replaceChildren(
    $("warnings"),
    report.warnings.length > 0
      ? [
          Object.assign(document.createElement("h2"), { textContent: "Warnings" }),
          ...report.warnings.map((w) => Object.assign(document.createElement("p"), { className: "warning", textContent: `${w.code}: ${w.message}` })),
        ]
      : [],
  );
  $("timing").textContent = `Evaluated ${plan.entries.length} records in ${elapsed.toFixed(2)} ms.`;
  return report;
}

function render() {
  renderRecords();
  renderCatalog();
  return renderReport();
}

function addCourse(course) {
  const entry = plan.add(course);
  const report = render();
  // Bring the new record into view inside the records list (not the page).
  const list = $("records");
  const item = [...list.children].find((li) => li.dataset.key === entry.key);
  if (item) list.scrollTop = item.offsetTop - list.clientHeight / 2;
  announce(`Planned ${course.courseNumber} ${course.name}. Program ${STATUS_LABEL[report.status]}.`);
}

function removeEntry(entry) {
  if (!plan.remove(entry.key)) return;
  const report = render();
  announce(`Removed ${entry.record.courseNumber} from the plan. Program ${STATUS_LABEL[report.status]}.`);
  // Keep keyboard focus in the list after the button disappears.
  $("records").querySelector("button")?.focus();
}

$("program-name").textContent = compiled.outline.name ?? compiled.programId;
$("student-summary").textContent = `Student ${student.id} · grade ${student.gradeLevel} · ${student.transcript.length} transcript records · ${(student.tests ?? []).length} test scores`;
$("catalog-filter").addEventListener("input", (event) => {
  filter = event.target.value;
  renderCatalog();
});
$("reset-plan").addEventListener("click", () => {
  plan.reset();
  registrations.length = 0;
  const report = render();
  announce(`Plan reset. Program ${STATUS_LABEL[report.status]}.`);
});
$("timing").before(registrationControl());
render();
document.body.dataset.ready = "true";

/** A form to register the student for a state or college-readiness test: a planned test entry. */
function registrationControl() {
  const tests = [
    ["EOC-ALG1", "Math", "Algebra 1 end-of-course exam"],
    ["EOC-BIO", "Science", "Biology end-of-course exam"],
    ["EOC-ENG10", "ELA", "English 10 end-of-course exam"],
    ["EOC-USH", "Social Studies", "U.S. history end-of-course exam"],
    ["SBAC-HS", "ELA", "Smarter Balanced, ELA"],
    ["SBAC-HS", "Math", "Smarter Balanced, math"],
    ["SAT-M", "Math", "SAT math"],
  ];
  const select = Object.assign(document.createElement("select"), { id: "register-test" });
  select.dataset.testid = "register-test";
  tests.forEach(([code, , label], i) => select.append(new Option(`${code} — ${label}`, String(i))));
  const button = Object.assign(document.createElement("button"), { type: "submit", className: "button-add", textContent: "Register" });
  button.dataset.testid = "register";
  const label = Object.assign(document.createElement("label"), { htmlFor: "register-test", className: "filter-label", textContent: "Register for a test (a planned entry)" });
  const form = document.createElement("form");
  form.className = "panel";
  form.append(Object.assign(document.createElement("h3"), { textContent: "Test registrations" }), label, select, " ", button);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const [testCode, subject, name] = tests[Number(select.value)];
    registrations.push({ testCode, subject, status: "planned" });
    const report = render();
    announce(`Registered for ${name}. Program ${STATUS_LABEL[report.status]}.`);
  });
  return form;
}
