// Public surface of the pure domain core, shared by the add-in, the API and the CLI.
export {};
