import { Vocabulary } from "./vocabulary";

import type { AiSystemRole } from "../../model/ai-system";

export type { AiSystemRole };

/** The organisation's role towards an AI system (a cell may name several: "Developer / Deployer"). */
export const ROLE_WORDS = new Vocabulary<AiSystemRole>([
  {
    value: "provider",
    words: ["provider", "vendor", "supplier", "ai provider", "fournisseur", "anbieter", "proveedor", "fornitore", "aanbieder",
      "leverancier", "fornecedor",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "доставчик", "pružatelj", "poskytovatel", "poskytovateľ", "ponudnik", "udbyder", "leverantör", "tilbyder",
      "tarjoaja", "pakkuja", "nodrošinātājs", "tiekėjas", "szolgáltató", "furnizor", "dostawca", "πάροχος",
      "fornitur", "soláthraí", "sağlayıcı", "提供者", "プロバイダー", "提供商", "제공자"],
  },
  {
    value: "developer",
    words: ["developer", "develop", "built in-house", "in-house", "in house", "internal development", "developed in-house",
      "builder", "développeur", "entwickler", "desarrollador", "sviluppatore", "ontwikkelaar", "desenvolvedor",
      "programador",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "разработчик", "razvijatelj", "vývojář", "vývojár", "razvijalec", "udvikler", "utvecklare", "utvikler",
      "kehittäjä", "arendaja", "izstrādātājs", "kūrėjas", "fejlesztő", "dezvoltator", "deweloper", "twórca",
      "προγραμματιστής", "żviluppatur", "forbróir", "geliştirici", "開発者", "开发者", "開發者", "개발자"],
  },
  {
    value: "deployer",
    words: ["deployer", "operator", "deploy", "déployeur", "exploitant", "betreiber", "responsable del despliegue",
      "implementador", "operatore", "gebruiksverantwoordelijke", "responsável pela implantação", "operador",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "внедрител", "subjekt koji uvodi sustav", "zavádějící subjekt", "nasadzujúci subjekt", "uvajalec",
      "idriftsætter", "tillhandahållare", "idriftsetter", "käyttöönottaja", "juurutaja", "uzturētājs", "diegėjas",
      "alkalmazó", "implementator", "podmiot stosujący", "φορέας εφαρμογής", "implimentatur", "imscarthóir",
      "uygulayıcı", "導入者", "部署者", "배포자"],
  },
  {
    value: "user",
    words: ["user", "customer", "consumer", "end user", "utilisateur", "nutzer", "anwender", "usuario", "utente",
      "utilizzatore", "gebruiker", "usuário", "utilizador",
      // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
      "потребител", "korisnik", "uživatel", "používateľ", "uporabnik", "bruger", "användare", "bruker", "käyttäjä",
      "kasutaja", "lietotājs", "naudotojas", "felhasználó", "utilizator", "użytkownik", "χρήστης", "utent",
      "úsáideoir", "kullanıcı", "利用者", "ユーザー", "用户", "用戶", "使用者", "사용자", "이용자"],
  },
]);
