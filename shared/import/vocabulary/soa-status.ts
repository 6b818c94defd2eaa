import { Vocabulary } from "./vocabulary";

import type { ImplementationStatus } from "../../model/soa";

export type { ImplementationStatus };

/** `not-applicable` is not a status: the importer turns it into `applicable: false`. */
export const SOA_STATUS_WORDS = new Vocabulary<ImplementationStatus | "not-applicable">([
  {
    value: "not-applicable",
    words: ["not applicable", "n/a", "na", "excluded", "out of scope", "non applicable", "exclu", "hors périmètre",
      "nicht anwendbar", "ausgeschlossen", "no aplicable", "excluido", "non applicabile", "escluso", "niet van toepassing",
      "uitgesloten", "não aplicável", "excluído",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko pt-BR
      "неприложимо", "неприложима", "не е приложимо", "не се прилага", "nije primjenjivo", "neprimjenjivo",
      "neaplikovatelné", "nepoužitelné", "netýká se", "neaplikovateľné", "nepoužiteľné", "netýka sa", "ni uporabno",
      "se ne uporablja", "ikke relevant", "ikke anvendelig", "fravalgt", "ej tillämplig", "ej tillämpligt",
      "inte tillämplig", "ej relevant", "ikke aktuell", "ei sovelleta", "ei sovellu", "ei kohaldu", "ei ole kohaldatav",
      "mittekohaldatav", "nav piemērojams", "nav piemērojama", "neattiecas", "netaikoma", "netaikomas",
      "nem alkalmazható", "nem releváns", "neaplicabil", "neaplicabilă", "nu se aplică", "nu este aplicabil",
      "nie dotyczy", "nie stosuje się", "niestosowane", "wyłączone", "μη εφαρμόσιμο", "δεν εφαρμόζεται", "δεν ισχύει",
      "mhux applikabbli", "ní bhaineann", "neamhinfheidhme", "uygulanamaz", "uygulanabilir değil", "kapsam dışı",
      "適用外", "対象外", "非適用", "除外", "不适用", "不適用", "删减", "刪減", "해당 없음", "해당없음", "미적용", "제외",
      "não se aplica"],
  },
  {
    value: "not-implemented",
    words: ["not implemented", "no", "not started", "missing", "none", "gap", "not in place", "absent", "non mis en œuvre",
      "non mis en oeuvre", "non implémenté", "non", "nicht umgesetzt", "nicht implementiert", "nein", "offen",
      "no implementado", "non implementato", "niet geïmplementeerd", "nee", "não implementado", "não",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko pt-BR
      "не е внедрена", "не е внедрено", "невнедрена", "невнедрено", "nije implementirano", "nije provedeno",
      "nije uvedeno", "neimplementováno", "nezavedeno", "není implementováno", "neimplementované", "nezavedené",
      "nie je implementované", "ni izvedeno", "ni implementirano", "ni vpeljano", "ikke implementeret",
      "ikke påbegyndt", "ej implementerad", "inte implementerad", "ej infört", "inte infört", "ej påbörjad",
      "ikke implementert", "ikke påbegynt", "ei toteutettu", "toteuttamatta", "rakendamata", "ei ole rakendatud",
      "pole rakendatud", "nav ieviests", "nav ieviesta", "neieviests", "neįgyvendinta", "neįdiegta",
      "nincs megvalósítva", "nem megvalósított", "nincs bevezetve", "neimplementat", "neimplementată",
      "nu este implementat", "nu este implementată", "niewdrożone", "nie wdrożone", "niewdrożony", "niewdrożona",
      "μη υλοποιημένο", "δεν υλοποιήθηκε", "δεν έχει υλοποιηθεί", "mhux implimentat", "mhux implimentata",
      "gan cur i bhfeidhm", "uygulanmadı", "uygulanmıyor", "başlanmadı", "未実施", "未導入", "未対応", "未実装", "未实施",
      "未實施", "未落实", "미이행", "미구현", "não iniciado",
      // a plain "no" in an "Implemented?" column
      "не", "ne", "nie", "nej", "nei", "ei", "nē", "nem", "nu", "όχι", "hayır", "いいえ", "否", "아니오", "아니요"],
  },
  {
    value: "planned",
    words: ["planned", "scheduled", "to do", "future", "roadmap", "intended", "prévu", "planifié", "à faire", "geplant",
      "vorgesehen", "planificado", "previsto", "pianificato", "gepland", "planeado", "planejado",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko pt-BR
      "планирана", "планирано", "планиран", "planirano", "planirana", "plánováno", "plánované", "v plánu",
      "naplánované", "načrtovano", "planlagt", "planerad", "planerat", "suunniteltu", "planeeritud", "kavandatud",
      "plānots", "plānota", "planuojama", "suplanuota", "tervezett", "tervezve", "planificat", "planificată",
      "planowane", "zaplanowane", "planowany", "προγραμματισμένο", "προγραμματισμένη", "σχεδιασμένο", "ippjanat",
      "ippjanata", "beartaithe", "pleanáilte", "planlandı", "planlanan", "planlı", "計画中", "実施予定", "導入予定",
      "计划中", "計劃中", "計畫中", "计划实施", "이행 예정", "구현 예정", "예정"],
  },
  {
    value: "partially-implemented",
    words: ["partial", "partially", "partially implemented", "in progress", "ongoing", "in implementation", "partiellement",
      "partiellement mis en œuvre", "partiellement mis en oeuvre", "en cours", "teilweise", "teilweise umgesetzt",
      "in umsetzung", "parcial", "parcialmente", "parcialmente implementado", "en curso", "parziale", "parzialmente",
      "in corso", "gedeeltelijk", "deels", "em andamento",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko pt-BR
      "частично", "частично внедрена", "частично внедрено", "в процес на внедряване", "djelomično",
      "djelomično implementirano", "djelomično provedeno", "částečně", "částečně implementováno", "částečně zavedeno",
      "čiastočne", "čiastočne implementované", "čiastočne zavedené", "delno", "delno izvedeno", "delno implementirano",
      "delvist", "delvist implementeret", "delvis implementeret", "under implementering", "delvis",
      "delvis implementerad", "delvis infört", "pågår", "delvis implementert", "osittain", "osittain toteutettu",
      "työn alla", "osaliselt", "osaliselt rakendatud", "pooleli", "daļēji", "daļēji ieviests", "daļēji ieviesta",
      "iš dalies", "iš dalies įgyvendinta", "részben", "részben megvalósítva", "részben bevezetve", "parțial implementat",
      "implementat parțial", "în curs de implementare", "częściowo", "częściowo wdrożone", "częściowo wdrożony",
      "częściowo wdrożona", "w trakcie wdrażania", "μερικώς", "μερικώς υλοποιημένο", "υπό υλοποίηση",
      "parzjalment", "parzjalment implimentat", "go páirteach", "curtha i bhfeidhm go páirteach", "kısmen",
      "kısmen uygulandı", "一部実施", "一部実施済み", "部分的に実施", "実施中", "導入中", "部分实施", "部分實施", "实施中",
      "實施中", "부분 이행", "부분 구현", "일부 이행", "이행 중", "구현 중", "parcialmente implantado"],
  },
  {
    value: "implemented",
    words: ["implemented", "in place", "yes", "done", "complete", "completed", "fully implemented", "operational",
      "effective", "mis en œuvre", "mis en oeuvre", "implémenté", "en place", "oui", "umgesetzt", "implementiert",
      "vollständig umgesetzt", "ja", "implementado", "implantado", "sí", "si", "implementato", "attuato",
      "geïmplementeerd", "ingevoerd", "sim",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko pt-BR
      "внедрена", "внедрено", "внедрен", "implementirano", "implementirana", "provedeno", "uvedeno", "implementováno",
      "zavedeno", "realizováno", "implementované", "zavedené", "izvedeno", "vpeljano", "implementeret", "gennemført",
      "implementerad", "implementerat", "infört", "införd", "implementert", "gjennomført", "toteutettu", "rakendatud",
      "juurutatud", "ieviests", "ieviesta", "īstenots", "įgyvendinta", "įdiegta", "megvalósítva", "bevezetve",
      "megvalósult", "implementat", "implementată", "wdrożone", "wdrożony", "wdrożona", "zrealizowane", "υλοποιημένο",
      "υλοποιήθηκε", "εφαρμοσμένο", "implimentat", "implimentata", "curtha i bhfeidhm", "uygulandı", "uygulanıyor",
      "実施済", "実施済み", "導入済", "導入済み", "実装済み", "対応済み", "已实施", "已實施", "已落实", "已落實",
      "이행 완료", "구현 완료", "이행", "구현",
      // a plain "yes" in an "Implemented?" column
      "да", "da", "ano", "áno", "kyllä", "jah", "jā", "taip", "igen", "tak", "ναι", "iva", "evet", "はい", "是", "예"],
  },
]);
