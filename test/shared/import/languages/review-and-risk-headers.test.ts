import { describe, expect, it } from "vitest";
import { createHeaderScorer } from "../../../../shared/import/header-match";
import { KIND_SPECS } from "../../../../shared/import/kinds/index";

// Per language: next review, last review and linked risks, as an SoA or an inventory heads them.
const HEADERS: Readonly<Record<string, readonly [string, string, string]>> = {
  bg: ["Следващ преглед", "Последен преглед", "Свързани рискове"],
  hr: ["Datum pregleda", "Posljednji pregled", "Povezani rizici"],
  cs: ["Datum přezkoumání", "Poslední přezkoumání", "Související rizika"],
  sk: ["Dátum preskúmania", "Posledné preskúmanie", "Súvisiace riziká"],
  sl: ["Naslednji pregled", "Zadnji pregled", "Povezana tveganja"],
  da: ["Næste gennemgang", "Seneste gennemgang", "Tilknyttede risici"],
  sv: ["Nästa granskning", "Senast granskad", "Kopplade risker"],
  no: ["Neste gjennomgang", "Siste gjennomgang", "Tilknyttede risikoer"],
  fi: ["Seuraava tarkistus", "Viimeisin tarkistus", "Liittyvät riskit"],
  et: ["Järgmine ülevaatus", "Viimane ülevaatus", "Seotud riskid"],
  lv: ["Nākamā pārskatīšana", "Pēdējā pārskatīšana", "Saistītie riski"],
  lt: ["Kita peržiūra", "Paskutinė peržiūra", "Susijusios rizikos"],
  hu: ["Következő felülvizsgálat", "Utolsó felülvizsgálat", "Kapcsolódó kockázatok"],
  ro: ["Următoarea revizuire", "Ultima revizuire", "Riscuri asociate"],
  pl: ["Data następnego przeglądu", "Data ostatniego przeglądu", "Powiązane ryzyka"],
  el: ["Επόμενη επανεξέταση", "Τελευταία επανεξέταση", "Σχετικοί κίνδυνοι"],
  mt: ["Data tar-reviżjoni", "L-aħħar reviżjoni", "Riskji marbuta"],
  ga: ["Dáta athbhreithnithe", "Athbhreithniú deireanach", "Rioscaí gaolmhara"],
  tr: ["Sonraki gözden geçirme", "Son gözden geçirme", "İlgili riskler"],
  ja: ["次回見直し日", "最終見直し日", "関連リスク"],
  zh: ["下次评审", "上次评审", "相关风险"],
  ko: ["다음 검토일", "최종 검토일", "관련 위험"],
};

const score = createHeaderScorer(Object.values(KIND_SPECS));
const best = (text: string, kind: string) => score(text).find((m) => m.kind === kind)?.field.name;

describe("review dates and linked risks are named in every language", () => {
  it.each(Object.entries(HEADERS))("%s", (_, [next, last, risks]) => {
    expect([best(next, "ai-inventory"), best(last, "ai-inventory"), best(last, "soa"), best(risks, "soa")]).toEqual(
      ["reviewDate", "lastReview", "lastReview", "linkedRisks"],
    );
  });
});

// Per language: a treatment's due date, who accepted the risk and when.
const ACCEPTANCE: Readonly<Record<string, readonly [string, string, string]>> = {
  bg: ["Краен срок", "Одобрено от", "Дата на одобрение"],
  hr: ["Krajnji rok", "Odobrio", "Datum odobrenja"],
  cs: ["Termín splnění", "Schválil", "Datum schválení"],
  sk: ["Termín splnenia", "Schválil", "Dátum schválenia"],
  sl: ["Rok izvedbe", "Odobril", "Datum odobritve"],
  da: ["Tidsfrist", "Godkendt af", "Godkendelsesdato"],
  sv: ["Förfallodatum", "Godkänd av", "Datum för godkännande"],
  no: ["Tidsfrist", "Godkjent av", "Godkjenningsdato"],
  fi: ["Määräaika", "Hyväksyjä", "Hyväksymispäivä"],
  et: ["Tähtaeg", "Kinnitaja", "Kinnitamise kuupäev"],
  lv: ["Izpildes termiņš", "Apstiprināja", "Apstiprināšanas datums"],
  lt: ["Įvykdymo terminas", "Patvirtino", "Patvirtinimo data"],
  hu: ["Határidő", "Jóváhagyó", "Jóváhagyás dátuma"],
  ro: ["Termen limită", "Aprobat de", "Data aprobării"],
  pl: ["Termin realizacji", "Zatwierdził", "Data zatwierdzenia"],
  el: ["Προθεσμία", "Εγκρίθηκε από", "Ημερομηνία έγκρισης"],
  mt: ["Data tal-iskadenza", "Approvat minn", "Data tal-approvazzjoni"],
  ga: ["Spriocdháta", "Ceadaithe ag", "Dáta formheasa"],
  tr: ["Hedef tarih", "Onaylayan", "Onay tarihi"],
  ja: ["対応期限", "承認者", "承認日"],
  zh: ["截止日期", "审批人", "批准日期"],
  ko: ["완료 기한", "승인자", "승인일"],
};

describe("due dates and risk acceptance are named in every language", () => {
  it.each(Object.entries(ACCEPTANCE))("%s", (_, [due, approver, date]) => {
    expect([best(due, "risk-register"), best(approver, "risk-register"), best(date, "risk-register"), best(approver, "impact-assessment")]).toEqual(
      ["dueDate", "acceptanceApprover", "acceptanceDate", "approver"],
    );
  });
});
