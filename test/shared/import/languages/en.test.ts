import { describeRegister } from "./example-register";

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
