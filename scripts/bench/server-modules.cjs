// Preloaded by `npm run bench` (node --require): the benchmark runs the app's server modules outside
// Next.js, as the tests do (vitest.config.ts), so "server-only" resolves to its empty module. The
// react-server condition would do the same but breaks the server actions' Next.js imports.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file, preloaded with node --require */
const Module = require("node:module");
const path = require("node:path");

const EMPTY = path.resolve(__dirname, "../../node_modules/server-only/empty.js");

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, request === "server-only" ? EMPTY : request, ...rest);
};
