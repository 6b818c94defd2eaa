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
