/**
 * The 72 AI RMF 1.0 subcategory ids (NIST AI 100-1, Tables 1–4), embedded so the demo needs no
 * catalog and nothing outside the repository at run time.
 */
export const DEMO_AI_RMF_SUBCATEGORIES = [
  "GOVERN 1.1", "GOVERN 1.2", "GOVERN 1.3", "GOVERN 1.4", "GOVERN 1.5", "GOVERN 1.6", "GOVERN 1.7", "GOVERN 2.1", "GOVERN 2.2", "GOVERN 2.3", "GOVERN 3.1", "GOVERN 3.2", "GOVERN 4.1", "GOVERN 4.2", "GOVERN 4.3", "GOVERN 5.1", "GOVERN 5.2", "GOVERN 6.1", "GOVERN 6.2",
  "MAP 1.1", "MAP 1.2", "MAP 1.3", "MAP 1.4", "MAP 1.5", "MAP 1.6", "MAP 2.1", "MAP 2.2", "MAP 2.3", "MAP 3.1", "MAP 3.2", "MAP 3.3", "MAP 3.4", "MAP 3.5", "MAP 4.1", "MAP 4.2", "MAP 5.1", "MAP 5.2",
  "MEASURE 1.1", "MEASURE 1.2", "MEASURE 1.3", "MEASURE 2.1", "MEASURE 2.2", "MEASURE 2.3", "MEASURE 2.4", "MEASURE 2.5", "MEASURE 2.6", "MEASURE 2.7", "MEASURE 2.8", "MEASURE 2.9", "MEASURE 2.10", "MEASURE 2.11", "MEASURE 2.12", "MEASURE 2.13", "MEASURE 3.1", "MEASURE 3.2", "MEASURE 3.3", "MEASURE 4.1", "MEASURE 4.2", "MEASURE 4.3",
  "MANAGE 1.1", "MANAGE 1.2", "MANAGE 1.3", "MANAGE 1.4", "MANAGE 2.1", "MANAGE 2.2", "MANAGE 2.3", "MANAGE 2.4", "MANAGE 3.1", "MANAGE 3.2", "MANAGE 4.1", "MANAGE 4.2", "MANAGE 4.3",
] as const;
