import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("English (en)", {
  header: ["Risk ID", "Risk", "Description", "Likelihood", "Impact", "Risk owner", "Status", "Treatment"],
  rows: [
    ["R-1", "Model drift", "Model drift (en)", "Low", "High", "Ann Lee", "Open", "Mitigate"],
    ["R-2", "Prompt injection", "Prompt injection (en)", "Medium", "low", "Bo Chen", "In progress", "Accept"],
    ["R-3", "Biased scoring", "Biased scoring (en)", "HIGH", "Moderate", "Cy Dee", "Closed", "Avoid"],
  ],
  yes: "Yes",
  no: "No",
  inOperation: "In production",
});

describeSoa("English (en)", {
  header: ["Control ID", "Control title", "Applicable (Y/N)", "Justification for inclusion/exclusion", "Implementation status", "Implementation description", "Evidence"],
  applicable: ["Y", "Yes", "Applicable", "yes", "Not applicable"],
  status: ["Implemented", "Partially implemented", "Planned", "Not implemented", "N/A"],
});

describeInventory("English (en)", {
  header: ["AI system name", "Intended purpose", "System owner", "Lifecycle stage", "Our role", "Data sources", "Third parties"],
  stage: ["Design", "Testing", "Pilot", "In production"],
  role: ["Provider", "Developer", "Deployer", "User"],
});

describeAssessment("English (en)", {
  header: ["AI system", "Intended use", "Foreseeable misuse", "Affected parties", "Potential harm", "Harm or benefit", "Mitigations", "Status"],
  impactKind: ["Harm", "Benefit", "Negative"],
  status: ["Draft", "In review", "Approved"],
});

describeProfile("English (en)", {
  header: ["Subcategory", "Current state", "Target state", "Gap action"],
});

describeMapping("English (en)", {
  header: ["Control ID", "Control", "Description", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("English (en)", {
  register: ["Risk", "Likelihood", "Impact", "Cause", "Consequence description", "Category", "Existing controls", "Action plan"],
  inventory: ["AI system name", "Intended purpose", "Technology", "Risk tier", "Business unit", "Deployment date"],
});
