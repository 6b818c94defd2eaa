import { Vocabulary } from "./vocabulary";

import type { AiSystemStage } from "../../model/ai-system";

export type { AiSystemStage };

/** Life-cycle stages as inventories word them (incl. the US federal inventory's OMB stages). */
export const STAGE_WORDS = new Vocabulary<AiSystemStage>([
  {
    value: "planning",
    words: ["planning", "plan", "planned", "idea", "ideation", "concept", "initiated", "initiation", "proposal", "proposed",
      "inception", "exploration", "research", "pre-project", "planification", "idée", "étude", "planung", "idee",
      "konzept", "initiiert", "planificación", "idea", "iniciado", "pianificazione", "ideazione", "avviato", "planning",
      "idee", "verkenning", "planejamento", "planeamento", "ideia", "iniciado",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "планиране", "planiranje", "plánování", "plánovanie", "načrtovanje", "planlægning", "planering", "planlegging",
      "suunnittelu", "planeerimine", "plānošana", "planavimas", "tervezés", "planificare", "planowanie", "σχεδιασμός",
      "ippjanar", "pleanáil", "planlama", "計画", "规划", "規劃", "기획"],
  },
  {
    value: "design",
    words: ["design", "designing", "architecture", "conception", "entwurf", "design", "diseño", "progettazione", "ontwerp",
      "projeto", "desenho",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "проектиране", "дизайн", "dizajn", "projektiranje", "návrh", "zasnova", "designfase", "designfas",
      "projekteerimine", "disain", "projektēšana", "dizains", "projektavimas", "proiectare", "projektowanie", "σχεδίαση",
      "disinn", "dearadh", "tasarım", "設計", "设计", "설계"],
  },
  {
    value: "development",
    words: ["development", "develop", "in development", "build", "building", "acquisition", "acquisition and/or development",
      "acquisition and development", "procurement", "développement", "construction", "en développement", "entwicklung",
      "in entwicklung", "beschaffung", "desarrollo", "en desarrollo", "adquisición", "sviluppo", "in sviluppo",
      "acquisizione", "ontwikkeling", "in ontwikkeling", "aanschaf", "desenvolvimento", "em desenvolvimento", "aquisição",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "разработка", "razvoj", "vývoj", "razvoj", "udvikling", "utveckling", "utvikling", "kehitys", "arendus",
      "izstrāde", "kūrimas", "fejlesztés", "dezvoltare", "rozwój", "ανάπτυξη", "żvilupp", "forbairt", "geliştirme",
      "開発", "开发", "開發", "개발"],
  },
  {
    value: "validation",
    words: ["validation", "testing", "test", "tevv", "verification", "evaluation", "qa", "in testing", "recette",
      "validierung", "prüfung", "erprobung", "validación", "prueba", "pruebas", "validazione", "collaudo", "validatie",
      "testfase", "validação", "teste", "testes",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "валидиране", "тестване", "изпитване", "validacija", "testiranje", "validace", "testování", "validácia",
      "testovanie", "validering", "afprøvning", "testning", "validointi", "testaus", "valideerimine", "testimine",
      "validācija", "testēšana", "validavimas", "testavimas", "validálás", "tesztelés", "validare", "testare",
      "walidacja", "testowanie", "testy", "επικύρωση", "δοκιμές", "validazzjoni", "ittestjar", "bailíochtú", "tástáil",
      "doğrulama", "test aşaması", "検証", "テスト", "验证", "驗證", "测试", "測試", "검증", "테스트"],
  },
  {
    value: "deployment",
    words: ["deployment", "deploy", "deploying", "pilot", "piloting", "rollout", "roll-out", "implementation",
      "implementation and assessment", "go-live", "launch", "déploiement", "pilote", "mise en production", "einführung",
      "bereitstellung", "pilotierung", "despliegue", "implantación", "piloto", "rilascio", "distribuzione",
      "implementazione", "uitrol", "implementatie", "implantação", "implementação",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "внедряване", "uvođenje", "nasazení", "zavádění", "nasadenie", "zavádzanie", "uvajanje", "namestitev",
      "udrulning", "ibrugtagning", "driftsättning", "utrullning", "utrulling", "idriftsettelse", "käyttöönotto",
      "juurutamine", "kasutuselevõtt", "ieviešana", "izvietošana", "diegimas", "bevezetés", "telepítés", "lansare", "wdrożenie",
      "wdrażanie", "εγκατάσταση", "θέση σε λειτουργία", "skjerament", "imscaradh", "dağıtım", "devreye alma", "導入",
      "展開", "部署", "上线", "上線", "배포", "도입"],
  },
  {
    value: "operation",
    words: ["operation", "operations", "operational", "production", "in production", "live", "in use", "in service",
      "operation and maintenance", "maintenance", "run", "in mission", "deployed", "en production", "exploitation",
      "en service", "betrieb", "produktiv", "produktion", "im einsatz", "im betrieb", "operación", "producción",
      "en uso", "en producción", "esercizio", "produzione", "in uso", "in produzione", "productie", "in gebruik",
      "beheer", "in productie", "operação", "produção", "em uso", "em produção",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "експлоатация", "в експлоатация", "produkcija", "u produkciji", "provoz", "v provozu", "prevádzka",
      "v prevádzke", "produkcija", "drift", "i drift", "produktion", "i produktion", "tuotanto", "tuotannossa",
      "käytössä", "tootmine", "ekspluatācijā", "ražošanā", "eksploatacija", "naudojama", "éles", "üzemben",
      "producție", "în producție", "produkcja", "produkcyjny", "w produkcji", "παραγωγή", "σε παραγωγή", "produzzjoni",
      "táirgeadh", "i bhfeidhm", "üretim", "üretimde", "canlı", "運用", "運用中", "本番", "运行", "生产", "運行", "운영", "운영 중"],
  },
  {
    value: "retired",
    words: ["retired", "decommissioned", "sunset", "sunsetted", "withdrawn", "discontinued", "archived", "end of life", "eol",
      "retiré", "décommissionné", "abandonné", "außer betrieb", "stillgelegt", "abgekündigt", "retirado",
      "dado de baja", "ritirato", "dismesso", "uitgefaseerd", "buiten gebruik", "descontinuado", "desativado",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "изведен от експлоатация", "povučen", "vyřazený", "vyradený", "umaknjen", "udfaset", "avvecklad", "avviklet",
      "poistettu käytöstä", "kasutusest kõrvaldatud", "izņemts no ekspluatācijas", "nebenaudojama", "kivezetett",
      "retras", "wycofany", "αποσύρθηκε", "irtirat", "scortha", "kullanımdan kaldırıldı", "廃止", "退役", "已退役", "폐기"],
  },
]);
