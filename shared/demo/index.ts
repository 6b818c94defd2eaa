export { DEMO_AI_RMF_SUBCATEGORIES } from "./ai-rmf-subcategories";
export { DEMO_ANNEX_A_CONTROLS, type DemoAnnexAControlId } from "./annex-a";
export { addDays } from "./dates";
export { demoSnapshots, type DemoOptions } from "./demo-snapshots";
export { DEMO_HISTORY_OFFSETS, demoHistory, rewind, type DemoWorkbookHistory } from "./history";
export { DEMO_AS_OF, DEMO_ORG, DEMO_SEED } from "./org";
export { createPrng, pick, randomInt, type Random } from "./prng";
export { DEMO_PROBLEMS, type DemoProblem } from "./problems";
export { syntheticSnapshot, type SyntheticOptions } from "./synthetic";
