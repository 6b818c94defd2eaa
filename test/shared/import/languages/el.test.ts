import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";

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

describeSoa("Greek (el)", {
  header: ["Κωδικός μέτρου", "Μέτρο ελέγχου", "Εφαρμοσιμότητα", "Αιτιολόγηση", "Κατάσταση υλοποίησης", "Περιγραφή υλοποίησης", "Τεκμήρια"],
  applicable: ["Ναι", "Εφαρμόζεται", "ναι", "ΝΑΙ", "Όχι"],
  status: ["Υλοποιημένο", "Μερικώς υλοποιημένο", "Προγραμματισμένο", "Μη υλοποιημένο", "Δεν εφαρμόζεται"],
});
