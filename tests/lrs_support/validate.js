// Validates xAPI statements with Learning Locker's validator (@learninglocker/xapi-validation,
// installed by .ci/lrs-tools; NODE_PATH points at its node_modules).
// Input on stdin: a JSON array of statements. Output: one line per problem,
// "<index>\t<path>\t<kind>\t<expected>\t<value>"; exit 0 when every statement is valid,
// 1 when one is not, 2 when the input is not a JSON array.
"use strict";
const validate = require("@learninglocker/xapi-validation").default;

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  let statements;
  try {
    statements = JSON.parse(input);
  } catch (e) {
    process.stdout.write(`input is not JSON: ${e.message}\n`);
    process.exit(2);
  }
  if (!Array.isArray(statements)) {
    process.stdout.write("input is not a JSON array of statements\n");
    process.exit(2);
  }
  let problems = 0;
  statements.forEach((statement, index) => {
    for (const w of validate(statement)) {
      problems += 1;
      const value = JSON.stringify(w.data);
      const shown = value === undefined ? "(absent)" : value.slice(0, 120);
      process.stdout.write(
        `${index}\t${w.path.join(".")}\t${w.name}\t${w.typeName || w.message}\t${shown}\n`
      );
    }
  });
  process.exit(problems === 0 ? 0 : 1);
});
