import { describeAssessment } from "./example-assessment";
import { describeInventory } from "./example-inventory";
import { describeRegister } from "./example-register";
import { describeSoa } from "./example-soa";
import { describeMapping } from "./example-mapping";
import { describeMoreFields } from "./example-more-fields";
import { describeProfile } from "./example-profile";

describeRegister("German (de)", {
  header: ["Risiko-ID", "Risiko", "Beschreibung", "Eintrittswahrscheinlichkeit", "Auswirkung", "Risikoeigner", "Status", "Risikobehandlung"],
  rows: [
    ["R-1", "Model drift", "Model drift (de)", "Niedrige", "Hoch", "Ann Lee", "Offen", "Mindern"],
    ["R-2", "Prompt injection", "Prompt injection (de)", "Mittlere", "gering", "Bo Chen", "In Bearbeitung", "Akzeptieren"],
    ["R-3", "Biased scoring", "Biased scoring (de)", "HOHE", "Mittel", "Cy Dee", "Geschlossen", "Vermeiden"],
  ],
  yes: "Ja",
  no: "Nein",
  inOperation: "Im Betrieb",
});

describeSoa("German (de)", {
  header: ["Kontroll-ID", "Maßnahmentitel", "Anwendbarkeit", "Begründung", "Umsetzungsstatus", "Umsetzungsbeschreibung", "Nachweise"],
  applicable: ["Ja", "Anwendbar", "ja", "JA", "Nicht anwendbar"],
  status: ["Umgesetzt", "Teilweise umgesetzt", "Geplant", "Nicht umgesetzt", "Ausgeschlossen"],
});

describeInventory("German (de)", {
  header: ["Systemname", "Zweck", "Verantwortlich", "Lebenszyklusphase", "Rolle der Organisation", "Datenquellen", "Lieferanten"],
  stage: ["Entwurf", "Validierung", "Einführung", "Im Betrieb"],
  role: ["Anbieter", "Entwickler", "Betreiber", "Nutzer"],
});

describeAssessment("German (de)", {
  header: ["KI-System", "Bestimmungsgemäße Verwendung", "Vorhersehbarer Missbrauch", "Betroffene", "Auswirkung", "Art der Auswirkung", "Schutzmaßnahmen", "Status"],
  impactKind: ["Schaden", "Nutzen", "Negativ"],
  status: ["Entwurf", "In Prüfung", "Freigegeben"],
});

describeProfile("German (de)", {
  header: ["Unterkategorie", "Ist-Zustand", "Zielstand", "Maßnahme"],
});

describeMapping("German (de)", {
  header: ["Kontroll-ID", "Kontrolle", "Beschreibung", "ISO/IEC 42001", "NIST AI RMF"],
});

describeMoreFields("German (de)", {
  register: ["Risiko", "Eintrittswahrscheinlichkeit", "Auswirkung", "Ursache", "Folgen", "Risikokategorie", "Bestehende Maßnahmen", "Maßnahmenplan"],
  inventory: ["Systemname", "Zweck", "KI-Technologie", "Risikostufe", "Abteilung", "Inbetriebnahme"],
});
