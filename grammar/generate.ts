import { writeFileSync } from "node:fs";
import { renderDiagramHtml } from "./diagram.js";

// Run from the package root by `npm run grammar`.
writeFileSync("grammar/expression.html", renderDiagramHtml());
