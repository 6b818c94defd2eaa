/**
 * Header words shared by several sheet kinds, in the importer's 30 languages (English, French,
 * German, Spanish, Italian, Dutch and Portuguese first, then the others in the order of the
 * comment above their words). Accents are optional (everything is folded before comparison).
 */

export const OWNER = [
  "owner", "risk owner", "control owner", "system owner", "business owner", "product owner", "model owner",
  "responsible", "responsible person", "accountable", "accountable person", "assigned to", "assignee", "=raci",
  "propriétaire", "propriétaire du risque", "responsable", "pilote", "porteur", "propriétaire du contrôle",
  "verantwortlich", "verantwortlicher", "verantwortliche person", "eigentümer", "risikoeigner", "risikoeigentümer",
  "risikoverantwortlicher", "zuständig", "zuständigkeit",
  "propietario", "propietario del riesgo", "dueño", "responsable del riesgo",
  "responsabile", "proprietario", "titolare", "proprietario del rischio",
  "eigenaar", "risico-eigenaar", "risicoeigenaar", "verantwoordelijke", "verantwoordelijk",
  "proprietário", "responsável", "dono", "proprietário do risco",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "собственик", "собственик на риска", "отговорник", "vlasnik", "vlasnik rizika", "odgovorna osoba", "vlastník",
  "vlastník rizika", "odpovědná osoba", "vlastník rizika", "zodpovedná osoba", "lastnik", "lastnik tveganja",
  "odgovorna oseba", "ejer", "risikoejer", "ansvarlig", "ägare", "riskägare", "ansvarig", "eier", "risikoeier",
  "omistaja", "riskin omistaja", "vastuuhenkilö", "vastuuhenkilo", "omanik", "riski omanik", "vastutaja", "īpašnieks",
  "riska īpašnieks", "atbildīgais", "savininkas", "rizikos savininkas", "atsakingas", "tulajdonos", "kockázatgazda",
  "felelős", "proprietar", "proprietarul riscului", "właściciel", "właściciel ryzyka", "odpowiedzialny", "ιδιοκτήτης",
  "ιδιοκτήτης κινδύνου", "υπεύθυνος", "=sid", "sid tar-riskju", "responsabbli", "úinéir", "úinéir riosca", "sahibi",
  "risk sahibi", "sorumlu", "=責任者", "=リスクオーナー", "=担当者", "=负责人", "=負責人", "=风险责任人", "=风险负责人", "=責任人", "=담당자", "=위험 소유자",
  "=책임자", "=리스크 오너",
];

export const ID = [
  "=id", "=ref", "=ref.", "=reference", "=no", "=no.", "=nr", "=nr.", "=#", "=n°", "=n", "=num", "=number", "=key",
  "identifier", "unique id", "reference number", "ref no", "ref number",
  "identifiant", "référence", "numéro", "réf",
  "kennung", "nummer", "kennzeichen", "referenz", "lfd nr",
  "identificador", "código", "referencia", "número",
  "identificativo", "codice", "riferimento", "numero",
  "kenmerk", "referentie", "nummer",
  "referência", "código",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "=риск id", "=id на риска", "=№", "=br", "=č", "=číslo", "=nr", "=numer", "=lp", "=sz", "=nro", "=no", "=sıra no",
  "=番号", "=编号", "=編號", "=序号", "=번호",
];

export const NEXT_REVIEW = [
  "review date", "next review", "next review date", "review", "date of review", "review due", "review due date",
  "re-assessment date", "reassessment date",
  "date de revue", "date de révision", "prochaine revue", "prochaine révision", "révision", "revue",
  "überprüfung", "überprüfungsdatum", "prüfdatum", "nächste überprüfung", "review-datum", "wiedervorlage",
  "fecha de revisión", "próxima revisión", "revisión",
  "data di revisione", "prossima revisione", "revisione", "riesame", "data riesame", "prossimo riesame",
  "reviewdatum", "herziening", "volgende review", "volgende herziening", "beoordelingsdatum", "herbeoordeling",
  "data de revisão", "próxima revisão", "revisão",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "дата на преглед", "следващ преглед", "datum pregleda", "sljedeći pregled", "datum přezkoumání",
  "příští přezkoumání", "datum revize", "dátum preskúmania", "ďalšie preskúmanie", "dátum revízie", "naslednji pregled",
  "dato for gennemgang", "næste gennemgang", "revisionsdato", "granskningsdatum", "nästa granskning", "nästa översyn",
  "dato for gjennomgang", "neste gjennomgang", "revisjonsdato", "tarkistuspäivä", "seuraava tarkistus",
  "seuraava katselmointi", "ülevaatuse kuupäev", "järgmine ülevaatus", "pārskatīšanas datums", "nākamā pārskatīšana",
  "peržiūros data", "kita peržiūra", "felülvizsgálat dátuma", "következő felülvizsgálat", "data revizuirii",
  "următoarea revizuire", "data przeglądu", "następny przegląd", "data następnego przeglądu",
  "ημερομηνία επανεξέτασης", "επόμενη επανεξέταση", "data tar-reviżjoni", "dáta athbhreithnithe",
  "gözden geçirme tarihi", "sonraki gözden geçirme", "見直し日", "次回見直し日", "レビュー日", "评审日期", "下次评审",
  "審查日期", "下次審查", "검토일", "다음 검토일", "검토 일자",
];

export const LAST_REVIEW = [
  "last review", "last reviewed", "date reviewed", "last review date", "reviewed on", "last assessed",
  "dernière revue", "dernière révision", "date de dernière revue",
  "letzte überprüfung", "zuletzt geprüft", "letzte prüfung",
  "última revisión", "fecha de última revisión",
  "ultima revisione", "ultimo riesame",
  "laatste review", "laatste herziening", "laatst beoordeeld",
  "última revisão", "data da última revisão",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "последен преглед", "posljednji pregled", "poslední přezkoumání", "poslední revize", "posledné preskúmanie",
  "posledná revízia", "zadnji pregled", "seneste gennemgang", "sidst gennemgået", "senaste granskning",
  "senast granskad", "siste gjennomgang", "sist gjennomgått", "viimeisin tarkistus", "viimeksi tarkistettu",
  "viimane ülevaatus", "pēdējā pārskatīšana", "paskutinė peržiūra", "utolsó felülvizsgálat", "ultima revizuire",
  "ostatni przegląd", "data ostatniego przeglądu", "τελευταία επανεξέταση", "l-aħħar reviżjoni",
  "athbhreithniú deireanach", "son gözden geçirme", "最終見直し日", "前回見直し日", "最終レビュー日", "上次评审",
  "最近评审日期", "上次審查", "최종 검토일", "마지막 검토일",
];

export const DUE_DATE = [
  "due date", "due", "target date", "deadline", "completion date", "target completion date", "implementation date",
  "action due date", "by when", "planned completion", "date due",
  "échéance", "date d'échéance", "date cible", "date limite", "délai", "date de fin prévue",
  "fälligkeit", "fälligkeitsdatum", "fällig am", "termin", "frist", "zieldatum", "umsetzungstermin", "erledigung bis",
  "fecha límite", "fecha de vencimiento", "fecha objetivo", "plazo", "fecha prevista",
  "scadenza", "data di scadenza", "data obiettivo", "termine", "data prevista",
  "vervaldatum", "streefdatum", "einddatum", "uiterlijke datum", "deadline",
  "prazo", "data limite", "data prevista", "data alvo", "data de conclusão",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "срок", "краен срок", "срок за изпълнение", "rok izvršenja", "krajnji rok", "termín splnění", "lhůta",
  "termín splnenia", "lehota", "rok izvedbe", "tidsfrist", "forfaldsdato", "förfallodatum", "slutdatum", "måldatum",
  "forfallsdato", "määräaika", "takaraja", "eräpäivä", "tavoitepäivä", "tähtaeg", "termiņš", "izpildes termiņš",
  "terminas", "įvykdymo terminas", "határidő", "céldátum", "termen", "termen limită", "data limită",
  "termin realizacji", "termin wykonania", "προθεσμία", "ημερομηνία ολοκλήρωσης", "data tal-iskadenza",
  "spriocdháta", "dáta dlite", "son tarih", "hedef tarih", "期限", "対応期限", "完了予定日", "截止日期", "到期日",
  "完成期限", "기한", "완료 기한", "목표일", "마감일",
];

export const EVIDENCE = [
  "evidence", "evidence reference", "evidence ref", "evidence of implementation", "evidence location", "supporting evidence",
  "documentation", "documents", "reference documents", "proof", "artefacts", "artifacts", "records", "evidence link",
  "preuve", "preuves", "éléments de preuve", "justificatifs", "documents de référence", "documentation",
  "nachweis", "nachweise", "evidenz", "dokumentation", "belege", "referenzdokumente",
  "evidencia", "evidencias", "documentación", "documentos",
  "evidenza", "evidenze", "documentazione", "prove",
  "bewijs", "bewijsstukken", "documentatie", "onderbouwing",
  "evidência", "evidências", "documentação", "comprovação",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "доказателства", "доказателство", "документация", "dokazi", "dokaz", "dokumentacija", "důkazy", "dokumentace",
  "dôkazy", "dokumentácia", "bevis", "beviser", "belägg", "dokumentasjon", "näyttö", "todisteet",
  "dokumentaatio", "tõendid", "dokumentatsioon", "pierādījumi", "dokumentācija", "įrodymai", "bizonyíték",
  "bizonyítékok", "dokumentáció", "dovezi", "documentație", "dowody", "dowody wdrożenia", "τεκμήρια", "τεκμηρίωση",
  "αποδεικτικά στοιχεία", "provi", "dokumentazzjoni", "fianaise", "kanıt", "kanıtlar", "dokümantasyon", "証跡",
  "エビデンス", "根拠文書", "证据", "證據", "证明材料", "佐证材料", "증적", "증적 자료", "증빙", "증빙 자료", "증거",
];

export const NOTES = [
  "notes", "note", "comments", "comment", "remarks", "additional information",
  "commentaires", "commentaire", "remarques", "observations",
  "bemerkungen", "bemerkung", "kommentar", "kommentare", "anmerkungen", "hinweise",
  "comentarios", "observaciones", "notas",
  "commenti", "osservazioni",
  "opmerkingen", "toelichting", "commentaar",
  "observações", "comentários", "notas",
];

export const STATUS = [
  "status", "state", "current status",
  "statut", "état",
  "status", "zustand", "stand",
  "estado", "situación",
  "stato",
  "status", "toestand",
  "estado", "situação",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "статус", "състояние", "status", "stav", "stanje", "tilstand", "tila", "staatus", "olek", "statuss", "būsena",
  "statusas", "állapot", "státusz", "stare", "κατάσταση", "stádas", "durum", "=ステータス", "=状況", "=状态", "=狀態", "=상태",
  "=진행 상태",
];

export const DESCRIPTION = [
  "description", "details", "detail", "detailed description",
  "description", "descriptif",
  "beschreibung", "erläuterung",
  "descripción",
  "descrizione",
  "beschrijving", "omschrijving",
  "descrição",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "описание", "opis", "popis", "beskrivelse", "beskrivning", "kuvaus", "kirjeldus", "apraksts", "aprašymas", "leírás",
  "descriere", "περιγραφή", "deskrizzjoni", "cur síos", "açıklama", "tanım", "=説明", "=内容", "=リスク内容", "=描述", "=说明",
  "=說明", "=风险描述", "=風險描述", "=설명", "=위험 설명", "descrição do risco",
];

export const TITLE = [
  "title", "=name", "short name", "short description", "summary",
  "titre", "intitulé", "libellé", "=nom",
  "titel", "bezeichnung", "kurzbeschreibung", "=name",
  "título", "=nombre",
  "titolo", "denominazione", "=nome",
  "titel", "=naam", "benaming",
  "título", "designação", "=nome",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "=назив", "=nazwa", "=název", "=nazov", "=navn", "=namn", "=nimi", "=nimetus", "=nosaukums", "=pavadinimas", "=név",
  "=megnevezés", "=denumire", "=όνομα", "=τίτλος", "=isem", "=ainm", "=ad", "=başlık", "=名称", "=名稱", "=件名", "=이름",
  "=제목",
];

export const AI_SYSTEM = [
  "ai system", "system", "ai system id", "system id", "ai system name", "system name", "model", "ai model",
  "application", "use case", "ai use case", "asset", "product", "service",
  "système d'ia", "système ia", "système", "modèle", "cas d'usage",
  "ki-system", "ki system", "system", "ki-anwendung", "anwendung", "modell",
  "sistema de ia", "sistema de ia", "sistema", "modelo", "caso de uso",
  "sistema di ia", "sistema ia", "sistema di intelligenza artificiale", "modello", "caso d'uso",
  "ai-systeem", "ai systeem", "systeem", "toepassing",
  "sistema de ia", "sistema", "modelo", "caso de uso",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "система с ии", "ии система", "система с изкуствен интелект", "sustav umjetne inteligencije", "ai sustav",
  "systém ai", "ai systém", "sistem ui", "ai-system", "ki-system", "tekoälyjärjestelmä", "tehisintellektisüsteem",
  "mi sistēma", "mākslīgā intelekta sistēma", "dirbtinio intelekto sistema", "mi-rendszer", "sistem de ia", "system ai",
  "system si", "σύστημα τν", "σύστημα τεχνητής νοημοσύνης", "sistema tal-ia", "córas ia", "yapay zeka sistemi",
  "yz sistemi", "aiシステム", "ai系统", "ai系統", "人工智能系统", "人工智慧系統", "ai 시스템", "인공지능 시스템",
];

export const AI_RMF = [
  "ai rmf", "nist ai rmf", "ai rmf ref", "ai rmf refs", "ai rmf reference", "ai rmf references", "ai rmf subcategory",
  "ai rmf subcategories", "nist ai rmf 1.0", "nist ai 100-1", "ai rmf mapping", "rmf",
];
export const AI_RMF_WEAK = ["nist ai 600-1", "ai 600-1", "genai profile", "nist"];

export const ISO42001 = [
  "iso 42001", "iso/iec 42001", "42001", "iso 42001 ref", "iso 42001 control", "iso 42001 controls", "iso 42001 annex a",
  "iso 42001 clause", "iso 42001 reference", "iso 42001 mapping",
];
export const ISO42001_WEAK = ["annex a", "annex a control", "annex a controls", "iso"];

export const ISO27001 = [
  "iso 27001", "iso/iec 27001", "27001", "iso 27001 ref", "iso 27001 control", "iso 27001 controls", "iso 27001 annex a",
  "iso 27001 clause", "iso 27001 reference",
];
/** ISO/IEC 27002 numbers its controls as ISO/IEC 27001 Annex A does (5.15 = A.5.15). */
export const ISO27002 = ["iso 27002", "iso/iec 27002", "27002"];

export const SP80053 = ["nist 800-53", "nist sp 800-53", "sp 800-53", "800-53", "nist 800 53"];

export const APPROVER = [
  "accepted by", "approved by", "approver", "acceptance approver", "risk acceptance by", "signed off by", "sign-off",
  "accepté par", "approuvé par", "validé par", "approbateur",
  "akzeptiert von", "genehmigt von", "freigegeben von", "genehmiger",
  "aceptado por", "aprobado por", "aprobador",
  "accettato da", "approvato da", "approvatore",
  "geaccepteerd door", "goedgekeurd door", "akkoord door",
  "aceito por", "aprovado por", "aprovador",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "одобрено от", "одобрил", "odobrio", "odobreno od", "schválil", "odobril", "godkendt af", "accepteret af",
  "godkänd av", "accepterad av", "godkjent av", "akseptert av", "hyväksyjä", "hyväksynyt", "kinnitaja",
  "apstiprināja", "apstiprinātājs", "patvirtino", "tvirtintojas", "jóváhagyó", "jóváhagyta", "elfogadta",
  "aprobat de", "acceptat de", "zatwierdził", "zatwierdzone przez", "zaakceptował", "εγκρίθηκε από", "εγκρίνων",
  "approvat minn", "ceadaithe ag", "onaylayan", "kabul eden", "承認者", "批准人", "审批人", "核准人", "승인자",
];

export const APPROVAL_DATE = [
  "acceptance date", "date accepted", "approval date", "date of acceptance", "date approved", "sign-off date",
  "date d'acceptation", "date d'approbation", "date de validation",
  "akzeptanzdatum", "genehmigungsdatum", "freigabedatum",
  "fecha de aceptación", "fecha de aprobación",
  "data di accettazione", "data di approvazione",
  "acceptatiedatum", "goedkeuringsdatum",
  "data de aceitação", "data de aprovação",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "дата на одобрение", "datum odobrenja", "datum schválení", "dátum schválenia", "datum odobritve",
  "godkendelsesdato", "godkännandedatum", "datum för godkännande", "godkjenningsdato", "hyväksymispäivä",
  "kinnitamise kuupäev", "apstiprināšanas datums", "patvirtinimo data", "jóváhagyás dátuma", "data aprobării",
  "data zatwierdzenia", "data akceptacji", "ημερομηνία έγκρισης", "data tal-approvazzjoni", "dáta formheasa",
  "onay tarihi", "承認日", "批准日期", "审批日期", "승인일",
];

export const RISKS = [
  "linked risks", "related risks", "risks", "risk ids", "risk reference", "risk refs", "risk ref", "associated risks",
  "risques associés", "risques", "zugehörige risiken", "risiken", "riesgos asociados", "riesgos", "rischi associati",
  "rischi", "gerelateerde risico's", "risico's", "riscos associados", "riscos",
  // bg hr cs sk sl da sv no fi et lv lt hu ro pl el mt ga tr ja zh ko
  "свързани рискове", "povezani rizici", "související rizika", "súvisiace riziká", "povezana tveganja",
  "tilknyttede risici", "kopplade risker", "tilknyttede risikoer", "liittyvät riskit", "seotud riskid",
  "saistītie riski", "susijusios rizikos", "kapcsolódó kockázatok", "riscuri asociate", "powiązane ryzyka",
  "σχετικοί κίνδυνοι", "riskji marbuta", "rioscaí gaolmhara", "ilgili riskler", "関連リスク", "相关风险", "相關風險",
  "관련 위험", "관련 리스크",
];

/**
 * A control's id and its name as headers say them in every importer language: shared by the SoA
 * (whose controls are Annex A's) and the control mapping (whose controls are the organisation's).
 */
export const CONTROL_ID = [
  "control id", "control ref", "control reference", "control no", "control number", "control #", "id du contrôle",
  "kontroll-id", "control-id", "id del control", "referencia del control", "id controllo", "riferimento controllo",
  "controle-id", "maatregel-id", "id do controle", "referência do controlo", "номер на контролата",
  "id на контролата", "id на контрола", "αναγνωριστικό ελέγχου", "αναγνωριστικό μέτρου", "идентификатор на контролата",
  "id kontrole", "oznaka kontrole", "broj kontrole",
  "id opatření", "číslo opatření", "označení opatření", "id kontroly", "číslo kontroly", "id opatrenia",
  "číslo opatrenia", "označenie opatrenia", "številka kontrole", "id ukrepa", "oznaka ukrepa", "kontrol-id",
  "kontrolnummer", "kontrol nr", "kontrollnummer", "kontroll nr", "åtgärds-id", "tiltak nr", "hallintakeinon tunnus",
  "kontrollin tunnus", "hallintakeino nro", "meetme id", "meetme number", "meetme tähis", "kontrolli id",
  "kontroles id", "kontroles numurs", "pasākuma nr", "kontrolės id", "kontrolės nr", "priemonės nr",
  "kontroll azonosító", "kontroll azonosítója", "intézkedés azonosító", "kontroll száma", "id control",
  "număr control", "cod control", "id zabezpieczenia", "nr zabezpieczenia", "numer zabezpieczenia",
  "oznaczenie zabezpieczenia", "id kontroli", "numer kontroli", "κωδικός μέτρου", "κωδικός ελέγχου",
  "αριθμός μέτρου", "id tal-kontroll", "numru tal-kontroll", "aitheantas rialaithe", "uimhir rialaithe",
  "kontrol no", "kontrol numarası", "kontrol id", "kontrol kimliği", "管理策番号", "管理策id", "管理策no", "附属書a番号", "控制编号",
  "控制措施编号", "控制项编号", "控制編號", "控制措施編號", "控制id", "통제 id", "통제 번호", "통제항목 번호", "통제 코드", "통제번호", "id do controlo",
];

export const CONTROL_TITLE = [
  "control title", "control name", "control", "titre de la mesure", "intitulé du contrôle", "contrôle", "kontrolle",
  "maßnahme", "maßnahmentitel", "título del control", "controllo", "titolo del controllo", "beheersmaatregel",
  "maatregel", "controle", "título do controlo", "контрола", "έλεγχος", "контролна мярка", "наименование на контролата",
  "мярка за контрол", "kontrola", "naziv kontrole", "sigurnosna kontrola", "opatření", "název opatření",
  "bezpečnostní opatření", "název kontroly", "opatrenie", "názov opatrenia", "bezpečnostné opatrenie",
  "názov kontroly", "ukrep", "naziv ukrepa", "varnostni ukrep", "kontrol", "kontroltitel", "kontrolnavn",
  "foranstaltning", "sikringsforanstaltning", "kontroll", "kontrollnamn", "säkerhetsåtgärd", "kontrollnavn",
  "sikringstiltak", "hallintakeino", "hallintakeinon nimi", "kontrolli", "meede", "meetme nimetus", "turvameede",
  "kontrole", "kontroles nosaukums", "drošības pasākums", "kontrolė", "kontrolės pavadinimas",
  "priemonės pavadinimas", "saugumo priemonė", "kontroll megnevezése", "intézkedés megnevezése",
  "védelmi intézkedés", "denumire control", "denumirea controlului", "măsură de securitate", "zabezpieczenie",
  "nazwa zabezpieczenia", "nazwa kontroli", "μέτρο", "μέτρο ελέγχου", "τίτλος μέτρου", "τίτλος ελέγχου",
  "titlu tal-kontroll", "isem tal-kontroll", "rialú", "teideal an rialaithe", "kontrol adı", "kontrol başlığı",
  "管理策", "管理策名", "管理策の名称", "控制措施", "控制项", "控制措施名称", "控制名称", "控制項", "控制措施名稱", "控制名稱", "管理策の内容", "통제", "통제항목", "통제 항목",
  "통제명", "통제 항목명", "controlo",
];
