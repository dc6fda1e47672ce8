export { formatReportTree, type TreeOptions } from "./format-tree.js";
