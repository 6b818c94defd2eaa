import { describeRegister } from "./example-register";

describeRegister("Greek (el)", {
  header: ["Κωδικός κινδύνου", "Κίνδυνος", "Περιγραφή", "ΠΙΘΑΝΟΤΗΤΑ", "ΕΠΙΠΤΩΣΗ", "Υπεύθυνος", "Κατάσταση", "Αντιμετώπιση"],
  rows: [
    ["R-1", "Model drift", "Model drift (el)", "ΧΑΜΗΛΗ", "ΥΨΗΛΟΣ", "Ann Lee", "Ανοιχτός", "Μείωση"],
    ["R-2", "Prompt injection", "Prompt injection (el)", "Μέτρια", "χαμηλός", "Bo Chen", "Σε εξέλιξη", "Αποδοχή"],
    ["R-3", "Biased scoring", "Biased scoring (el)", "ΥΨΗΛΗ", "ΜΕΤΡΙΟΣ", "Cy Dee", "ΚΛΕΙΣΤΟΣ", "Αποφυγή"],
  ],
  yes: "Ναι",
  no: "ΟΧΙ",
  inOperation: "Σε παραγωγή",
});
