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
      "actief", "geïdentificeerd", "aberto", "novo", "ativo", "pendente",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "отворен", "отворена", "открит", "otvoren", "otvoreno", "otevřený", "otevřeno", "otevřené", "otvorený",
      "otvorené", "odprto", "odprt", "åben", "åbent", "öppen", "öppet", "åpen", "åpent", "avoin", "avattu", "avatud",
      "atvērts", "atvērta", "atidaryta", "atvira", "nyitott", "deschis", "deschisă", "otwarte", "otwarty", "otwarta",
      "ανοιχτός", "ανοιχτό", "ανοικτό", "ανοιχτή", "miftuħ", "miftuħa", "oscailte", "açık", "未対応", "オープン", "未着手", "打开",
      "开放", "未关闭", "未處理", "열림", "미조치"],
  },
  {
    value: "in-progress",
    words: ["in progress", "ongoing", "in treatment", "being treated", "wip", "work in progress", "treating", "started",
      "under treatment", "en cours", "en traitement", "in bearbeitung", "in behandlung", "laufend", "in arbeit",
      "en curso", "en progreso", "en tratamiento", "in corso", "in lavorazione", "in trattamento", "lopend",
      "in behandeling", "in uitvoering", "em andamento", "em curso", "em tratamento",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "в процес", "в изпълнение", "u tijeku", "probíhá", "v řešení", "prebieha", "v riešení", "v teku", "i gang",
      "igangværende", "pågående", "pågår", "käynnissä", "työn alla", "töös", "käimas", "procesā", "vykdoma",
      "folyamatban", "în curs", "în desfășurare", "w toku", "w trakcie", "w realizacji", "σε εξέλιξη", "għaddej",
      "ar siúl", "ar bun", "devam ediyor", "sürüyor", "対応中", "進行中", "处理中", "處理中", "进行中", "進行中", "진행 중", "진행중", "조치 중"],
  },
  {
    value: "monitoring",
    words: ["monitoring", "monitored", "monitor", "under review", "watch", "watching", "accepted", "tolerated",
      "under monitoring", "surveillé", "sous surveillance", "suivi", "en surveillance", "accepté", "überwacht",
      "überwachung", "beobachtung", "akzeptiert", "monitoreado", "en seguimiento", "vigilado", "seguimiento", "aceptado",
      "monitorato", "sotto monitoraggio", "in osservazione", "accettato", "gemonitord", "bewaakt", "onder toezicht",
      "geaccepteerd", "monitorado", "monitorizado", "em monitoramento", "acompanhamento", "aceito",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "наблюдение", "мониторинг", "praćenje", "monitorování", "sledování", "monitorovanie", "sledovanie",
      "spremljanje", "overvåget", "overvågning", "övervakas", "bevakas", "övervakning", "overvåkes", "overvåking",
      "seurannassa", "seuranta", "jälgimisel", "seire", "uzraudzībā", "stebima", "megfigyelés alatt", "monitorozás",
      "monitorizat", "monitorizare", "monitorowane", "monitorowanie", "παρακολούθηση", "monitoraġġ",
      "faoi fhaireachán", "izleniyor", "izlemede", "監視中", "モニタリング", "监控中", "監控中", "监控", "모니터링", "관찰"],
  },
  {
    value: "closed",
    words: ["closed", "close", "resolved", "done", "complete", "completed", "remediated", "eliminated", "retired",
      "obsolete", "clos", "fermé", "clôturé", "résolu", "terminé", "geschlossen", "erledigt", "abgeschlossen", "behoben",
      "cerrado", "resuelto", "completado", "chiuso", "risolto", "completato", "gesloten", "afgesloten", "opgelost",
      "fechado", "encerrado", "resolvido", "concluído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "затворен", "затворена", "закрит", "zatvoren", "zatvoreno", "uzavřený", "uzavřeno", "uzavřené", "uzavretý",
      "uzavreté", "zaprto", "zaprt", "lukket", "stängd", "stängt", "avslutad", "avsluttet", "suljettu", "suletud",
      "slēgts", "slēgta", "uždaryta", "uždarytas", "lezárt", "lezárva", "închis", "închisă", "zamknięte", "zamknięty",
      "zamknięta", "κλειστός", "κλειστό", "κλειστή", "magħluq", "magħluqa", "dúnta", "kapalı", "kapatıldı", "完了",
      "クローズ", "対応済み", "已关闭", "关闭", "已關閉", "關閉", "已完成", "종료", "완료", "닫힘"],
  },
]);
