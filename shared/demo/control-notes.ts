import type { DemoAnnexAControlId } from "./annex-a";

/**
 * The demo's own wording for each Annex A control: why it is included, how it is implemented and
 * what evidence exists. Written for this project; no ISO text.
 */
export interface ControlNote {
  readonly justification: string;
  readonly implementation: string;
  readonly evidence: readonly string[];
  /** Which role owns the control in each team. */
  readonly owner: "governance" | "platform" | "risk" | "model" | "data" | "compliance" | "product" | "vendor";
}

export const CONTROL_NOTES: Readonly<Record<DemoAnnexAControlId, ControlNote>> = {
  "A.2.2": { owner: "governance", justification: "Group AI policy applies to every AI system the team builds or uses.", implementation: "Group AI Policy v2.1 adopted by the board; team annex lists in-scope systems.", evidence: ["Group AI Policy v2.1 (POL-AI-01)", "Board minutes approving the policy"] },
  "A.2.3": { owner: "governance", justification: "AI policy must fit the information security, privacy and model risk policies already in force.", implementation: "Policy cross-references the ISMS, privacy and model risk policies; overlaps resolved in the policy map.", evidence: ["Policy alignment map", "ISMS policy v5"] },
  "A.2.4": { owner: "governance", justification: "Policy must stay current as regulation (EU AI Act) and the system portfolio change.", implementation: "Annual review scheduled in the GRC calendar; ad-hoc review on regulatory change.", evidence: ["Policy review record 2026"] },
  "A.3.2": { owner: "governance", justification: "Accountability for each AI system and risk must be assigned.", implementation: "RACI per AI system; owners named in the inventory and risk register.", evidence: ["AI RACI matrix", "AI system inventory owners column"] },
  "A.3.3": { owner: "compliance", justification: "Staff and customers need a channel to raise concerns about AI behaviour.", implementation: "Speak-up channel extended to AI concerns; triage by the AI risk lead.", evidence: ["Speak-up procedure v3", "Concern log"] },
  "A.4.2": { owner: "platform", justification: "Resources behind each AI system must be known to manage its risks.", implementation: "Inventory records data, tooling, compute and people per system.", evidence: ["AI system inventory"] },
  "A.4.3": { owner: "data", justification: "Training and inference data are the main source of AI risk.", implementation: "Datasets registered in the data catalogue with owner, lineage and classification.", evidence: ["Data catalogue entries", "Dataset datasheets"] },
  "A.4.4": { owner: "platform", justification: "Tooling (ML platform, labelling, evaluation) shapes system quality.", implementation: "Approved tooling list maintained by the ML platform team.", evidence: ["Approved ML tooling list"] },
  "A.4.5": { owner: "platform", justification: "Compute and hosting affect availability and cost of the AI systems.", implementation: "Compute capacity and hosting recorded per system in the CMDB.", evidence: ["CMDB extract"] },
  "A.4.6": { owner: "governance", justification: "Competent people are needed to build, run and oversee AI systems.", implementation: "Skills matrix and AI training curriculum for builders and reviewers.", evidence: ["Skills matrix", "Training completion report"] },
  "A.5.2": { owner: "risk", justification: "Systems affecting customers and employees require a documented impact assessment.", implementation: "AI impact assessment procedure triggered at intake and on major change.", evidence: ["AI impact assessment procedure v1.2"] },
  "A.5.3": { owner: "risk", justification: "Assessments must be retained as evidence and inputs to risk treatment.", implementation: "Assessments stored in the GRC tool and linked from the inventory.", evidence: ["Impact assessment register"] },
  "A.5.4": { owner: "risk", justification: "Decisions on credit, service and employment directly affect individuals.", implementation: "Assessment template covers fairness, access, autonomy and redress for individuals.", evidence: ["Completed impact assessments"] },
  "A.5.5": { owner: "risk", justification: "Wide-scale use could affect groups and society (financial inclusion, labour market).", implementation: "Societal impact section in the assessment template, reviewed by the ethics panel.", evidence: ["Ethics panel minutes"] },
  "A.6.1.2": { owner: "model", justification: "Responsible development needs explicit objectives (fairness, robustness, transparency).", implementation: "Responsible AI objectives set per system in the model development standard.", evidence: ["Model development standard v4"] },
  "A.6.1.3": { owner: "model", justification: "Design and development must follow a defined, repeatable process.", implementation: "Stage-gated model lifecycle with sign-off at design, validation and release.", evidence: ["Model lifecycle procedure", "Stage-gate sign-offs"] },
  "A.6.2.2": { owner: "model", justification: "Requirements must be specified before building or buying an AI system.", implementation: "Requirements template includes performance, fairness and oversight criteria.", evidence: ["Requirements specifications"] },
  "A.6.2.3": { owner: "model", justification: "Design decisions must be traceable for validation and audit.", implementation: "Design documents and model cards kept in the model repository.", evidence: ["Model cards"] },
  "A.6.2.4": { owner: "model", justification: "Systems must be verified and validated before use and after change.", implementation: "Independent validation before release; regression and fairness test suites.", evidence: ["Validation reports", "Test suite results"] },
  "A.6.2.5": { owner: "platform", justification: "Deployment must be controlled to prevent unapproved changes.", implementation: "Release approval in the CI/CD pipeline with change ticket reference.", evidence: ["Change tickets", "Pipeline approval logs"] },
  "A.6.2.6": { owner: "model", justification: "Behaviour in production must be monitored for drift and failures.", implementation: "Dashboards and alerts on performance, drift and fairness metrics.", evidence: ["Monitoring dashboard", "Alert runbook"] },
  "A.6.2.7": { owner: "model", justification: "Technical documentation is needed by users, validators and regulators.", implementation: "Technical documentation pack maintained per system.", evidence: ["Technical documentation pack"] },
  "A.6.2.8": { owner: "platform", justification: "Event logs are needed to investigate incidents and decisions.", implementation: "Inputs, outputs and model version logged with retention per records policy.", evidence: ["Logging standard", "Log retention configuration"] },
  "A.7.2": { owner: "data", justification: "Data used for development must be fit for purpose.", implementation: "Data requirements defined per system and checked at intake.", evidence: ["Data requirements checklist"] },
  "A.7.3": { owner: "data", justification: "Data acquired from third parties must be lawfully obtained and licensed.", implementation: "Data acquisition reviewed by legal and privacy before use.", evidence: ["Data sharing agreements"] },
  "A.7.4": { owner: "data", justification: "Poor data quality directly degrades model decisions.", implementation: "Automated data quality checks with thresholds in the feature pipeline.", evidence: ["Data quality reports"] },
  "A.7.5": { owner: "data", justification: "Provenance is needed to trace and correct data issues.", implementation: "Lineage captured in the data catalogue from source to feature.", evidence: ["Lineage graph export"] },
  "A.7.6": { owner: "data", justification: "Preparation steps (cleaning, labelling, sampling) affect bias and quality.", implementation: "Preparation scripts version-controlled and peer reviewed.", evidence: ["Feature pipeline repository"] },
  "A.8.2": { owner: "compliance", justification: "Users need information to use the system correctly and understand its limits.", implementation: "User guides and in-product notices describe purpose, limits and escalation.", evidence: ["User guide", "In-product AI notice"] },
  "A.8.3": { owner: "compliance", justification: "Regulators and customers may require external reporting on AI use.", implementation: "External reporting obligations tracked in the compliance register.", evidence: ["Compliance register"] },
  "A.8.4": { owner: "compliance", justification: "Incidents involving AI must be communicated to those affected.", implementation: "Incident procedure includes AI-specific triggers and communication templates.", evidence: ["Incident management procedure v6"] },
  "A.8.5": { owner: "compliance", justification: "Interested parties (customers, staff, works council) need information about AI use.", implementation: "AI transparency page and staff briefings.", evidence: ["AI transparency page"] },
  "A.9.2": { owner: "product", justification: "Use of AI systems must follow defined, responsible processes.", implementation: "Operating procedures define human review and override.", evidence: ["Operating procedures"] },
  "A.9.3": { owner: "product", justification: "Use must serve stated objectives (customer outcomes, fairness).", implementation: "Use objectives recorded per system and reviewed quarterly.", evidence: ["Quarterly use review"] },
  "A.9.4": { owner: "product", justification: "Systems must be used only as intended.", implementation: "Intended use and prohibited uses stated in the model card and access controls.", evidence: ["Model cards", "Access control lists"] },
  "A.10.2": { owner: "vendor", justification: "Responsibilities between the organisation, suppliers and partners must be allocated.", implementation: "Shared-responsibility matrix in each AI supplier contract.", evidence: ["Supplier responsibility matrices"] },
  "A.10.3": { owner: "vendor", justification: "AI suppliers (models, data, SaaS) introduce risks the team must manage.", implementation: "AI supplier due diligence questionnaire and annual review.", evidence: ["Supplier due diligence records"] },
  "A.10.4": { owner: "vendor", justification: "Customers of AI-based services need their expectations and obligations addressed.", implementation: "Customer terms describe AI use and redress.", evidence: ["Customer terms"] },
};
