// Reads {"before": <OpenAPI 3 document>, "after": <OpenAPI 3 document>} as JSON on stdin and
// writes api-smart-diff's list of changes as JSON on stdout: one object per change with its
// action, JSON path (with $refs resolved, so a change inside a component appears at every
// operation that uses it), values before and after, and class. scripts/spec_diff.py drives it.
"use strict";
const { apiCompare } = require("api-smart-diff");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { before, after } = JSON.parse(input);
  const { diffs } = apiCompare(before, after);
  const out = diffs.map((d) => ({
    action: d.action,
    path: d.path,
    before: d.before,
    after: d.after,
    type: d.type,
  }));
  process.stdout.write(JSON.stringify(out));
});
