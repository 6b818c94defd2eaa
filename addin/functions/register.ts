/// <reference types="custom-functions-runtime" />
// Entry of functions.js: binds each function to its id in functions.json (the upper-cased name,
// as custom-functions-metadata derives it). Outside Excel's runtime (tests) there is nothing to bind.
import * as functions from "./functions";

if (typeof CustomFunctions !== "undefined") {
  for (const [name, fn] of Object.entries(functions)) CustomFunctions.associate(name.toUpperCase(), fn);
}
