import { Vocabulary } from "./vocabulary";

import type { RiskStatus } from "../../model/risk";

export type { RiskStatus };

/**
 * Where a risk stands. "Accepted" reads as monitoring (the risk stays on the books and is
 * watched); the importer also sets the treatment to accept when none is given.
 */
export const RISK_STATUS_WORDS = new Vocabulary<RiskStatus>([
  {
    value: "open",
    words: ["open", "opened", "new", "identified", "active", "raised", "draft", "to do", "todo", "not started", "pending",
      "ouvert", "nouveau", "actif", "identifié", "en attente", "offen", "neu", "aktiv", "identifiziert", "abierto",
      "nuevo", "activo", "identificado", "pendiente", "aperto", "nuovo", "attivo", "identificato", "open", "nieuw",
      "actief", "geïdentificeerd", "aberto", "novo", "ativo", "pendente"],
  },
  {
    value: "in-progress",
    words: ["in progress", "ongoing", "in treatment", "being treated", "wip", "work in progress", "treating", "started",
      "under treatment", "en cours", "en traitement", "in bearbeitung", "in behandlung", "laufend", "in arbeit",
      "en curso", "en progreso", "en tratamiento", "in corso", "in lavorazione", "in trattamento", "lopend",
      "in behandeling", "in uitvoering", "em andamento", "em curso", "em tratamento"],
  },
  {
    value: "monitoring",
    words: ["monitoring", "monitored", "monitor", "under review", "watch", "watching", "accepted", "tolerated",
      "under monitoring", "surveillé", "sous surveillance", "suivi", "en surveillance", "accepté", "überwacht",
      "überwachung", "beobachtung", "akzeptiert", "monitoreado", "en seguimiento", "vigilado", "seguimiento", "aceptado",
      "monitorato", "sotto monitoraggio", "in osservazione", "accettato", "gemonitord", "bewaakt", "onder toezicht",
      "geaccepteerd", "monitorado", "monitorizado", "em monitoramento", "acompanhamento", "aceito"],
  },
  {
    value: "closed",
    words: ["closed", "close", "resolved", "done", "complete", "completed", "remediated", "eliminated", "retired",
      "obsolete", "clos", "fermé", "clôturé", "résolu", "terminé", "geschlossen", "erledigt", "abgeschlossen", "behoben",
      "cerrado", "resuelto", "completado", "chiuso", "risolto", "completato", "gesloten", "afgesloten", "opgelost",
      "fechado", "encerrado", "resolvido", "concluído"],
  },
]);
