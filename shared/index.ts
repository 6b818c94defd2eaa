// Public surface of the pure domain core, shared by the add-in, the API and the CLI.
export * from "./model/index";
export * from "./scoring/index";
export * from "./diff/index";
export * from "./demo/index";
