// The spec reporter, except that a todo test which fails (as a todo does until its fix lands) is
// reported as todo, with its reason and without a stack trace, and is not listed under "failing tests".
import { Transform } from "node:stream";
import { spec } from "node:test/reporters";

const inner = new spec();
const reporter = new Transform({
  writableObjectMode: true,
  transform(event, _encoding, callback) {
    if (event.type === "test:fail" && event.data.todo !== undefined) {
      const { error: _error, ...details } = event.data.details;
      event = { type: "test:pass", data: { ...event.data, details } };
    }
    inner.write(event, callback);
  },
  flush(callback) {
    inner.once("end", callback);
    inner.end();
  },
});
inner.on("data", (chunk) => reporter.push(chunk));

export default reporter;
