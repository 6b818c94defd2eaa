import { describeAssessment } from "./example-assessment";
import { describeRegister } from "./example-register";
import { describeInventory } from "./example-inventory";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

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

describeInventory("Greek (el)", {
  header: ["Όνομα συστήματος", "Σκοπός", "Ιδιοκτήτης", "Στάδιο κύκλου ζωής", "Ρόλος", "Δεδομένα", "Προμηθευτές"],
  stage: ["Σχεδίαση", "Επικύρωση", "Εγκατάσταση", "Σε παραγωγή"],
  role: ["Πάροχος", "Προγραμματιστής", "Φορέας εφαρμογής", "Χρήστης"],
});

describeAssessment("Greek (el)", {
  header: ["Σύστημα ΤΝ", "Προβλεπόμενη χρήση", "Κακή χρήση", "Επηρεαζόμενα μέρη", "Επίπτωση", "Είδος επίπτωσης", "Μέτρα", "Κατάσταση"],
  impactKind: ["Βλάβη", "Όφελος", "Αρνητικό"],
  status: ["Προσχέδιο", "Υπό αναθεώρηση", "Εγκρίθηκε"],
});

describeProfile("Greek (el)", {
  header: ["Υποκατηγορία", "Τρέχουσα κατάσταση", "Επιθυμητή κατάσταση", "Ενέργειες"],
});

describeMapping("Greek (el)", {
  header: ["Αναγνωριστικό ελέγχου", "Έλεγχος", "Περιγραφή", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("Greek (el)", {
  register: ["Κίνδυνος", "ΠΙΘΑΝΟΤΗΤΑ", "ΕΠΙΠΤΩΣΗ", "Αιτία", "Περιγραφή συνεπειών", "Κατηγορία", "Υφιστάμενα μέτρα", "Σχέδιο δράσης"],
  inventory: ["Όνομα συστήματος", "Σκοπός", "Τεχνολογία", "Επίπεδο κινδύνου", "Τμήμα", "Ημερομηνία ανάπτυξης"],
});
