/** Prints one closing line, "jest: N passed, N failed", that CI reads to know tests ran. */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : "");
    process.stdout.write(`\n${line}\n`);
  }
}
module.exports = SummaryReporter;
