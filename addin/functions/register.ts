// Entry of functions.js: binds each function to its id in functions.json (the upper-cased name,
// as custom-functions-metadata derives it).
import * as functions from "./functions";

interface Associate {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

const runtime = (globalThis as { CustomFunctions?: Associate }).CustomFunctions;
if (runtime) {
  for (const [name, fn] of Object.entries(functions)) runtime.associate(name.toUpperCase(), fn as (...args: never[]) => unknown);
}
