// A Jest runner that runs its project's files one at a time (Jest has no per-project maxWorkers): the chaos drills
// kill the stack's own processes, so two of them at once would measure each other.
const { default: TestRunner } = require('jest-runner');

module.exports = class SerialTestRunner extends TestRunner {
  isSerial = true;
};
