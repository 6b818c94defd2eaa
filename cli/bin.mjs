#!/usr/bin/env node
// The published entry point stays plain JavaScript so `npx crosswalk` works straight after
// `npm install`, with no build step: tsx compiles the TypeScript sources on the fly.
import { register } from "tsx/esm/api";

register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
