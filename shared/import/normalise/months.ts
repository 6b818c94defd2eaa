/**
 * Month names and abbreviations as people type them in dates, in the importer's languages: the 24
 * official EU languages, Norwegian and Turkish (Japanese, Chinese and Korean write months as
 * numbers: 2026年3月15日, 2026년 3월 15일, which the date reader handles). Where a language puts
 * the month in another case in a date (Polish "15 marca", Czech "15. března", Finnish "15.
 * maaliskuuta", Greek "15 Μαρτίου", Lithuanian "kovo 15 d."), that form is listed too.
 *
 * Words are folded as the importer folds text (lower case, no accents), so "März", "marz" and
 * "MÄRZ" meet. A folded word that names different months in different languages ("listopad" is
 * November in Polish and Czech but October in Croatian) is left out: such a date is reported as
 * unreadable rather than read as the wrong month. Irish September and October are two words
 * ("Meán Fómhair") and are not read. Only used where a whole cell has the shape of a date, so
 * words like "mar" or "out" inside ordinary text are never read as months.
 */
import { fold } from "../text";

const BY_MONTH: readonly (readonly string[])[] = [
  [
    "january jan", "janvier janv", "januar janner jaen", "enero ene", "gennaio gen", "januari", "janeiro",
    "януари яну", "siječanj siječnja sij", "leden ledna led", "jaanuar", "tammikuu tammikuuta tammi",
    "Ιανουάριος Ιανουαρίου Ιαν", "január januára", "Eanáir", "gennaio", "janvāris janvārī janv",
    "sausis sausio saus", "Jannar", "styczeń stycznia sty", "ianuarie ian", "januarja", "ocak oca",
  ],
  [
    "february feb febr", "février févr fév", "februar", "febrero", "febbraio", "februari", "fevereiro fev",
    "февруари фев", "veljača veljače velj", "únor února úno", "veebruar veebr", "helmikuu helmikuuta helmi",
    "Φεβρουάριος Φεβρουαρίου Φεβ", "február februára", "Feabhra", "februāris februārī", "vasaris vasario vas",
    "Frar", "luty lutego lut", "februarie", "februarja", "şubat şub",
  ],
  [
    "march mar", "mars", "märz maerz mrz", "marzo", "maart mrt", "março", "март", "ožujak ožujka ožu",
    "březen března bře", "marts märts", "maaliskuu maaliskuuta maalis", "Μάρτιος Μαρτίου Μαρ", "március márc",
    "Márta", "martā", "kovas kovo", "Marzu", "marzec marca", "martie", "marec", "mart",
  ],
  [
    "april apr", "avril avr", "abril abr", "aprile", "април апр", "travanj travnja tra", "duben dubna dub",
    "aprill", "huhtikuu huhtikuuta huhti", "Απρίλιος Απριλίου Απρ", "április ápr", "Aibreán", "aprīlis aprīlī",
    "balandis balandžio bal", "kwiecień kwietnia kwi", "aprilie", "apríl apríla", "aprila", "nisan nis",
  ],
  [
    "may", "mai", "mayo", "maggio mag", "mei", "maio", "май", "svibanj svibnja svi", "květen května kvě",
    "maj", "toukokuu toukokuuta touko", "Μάιος Μαΐου Μαΐ Μαι", "május máj", "Bealtaine", "maijs maijā",
    "gegužė gegužės geg", "Mejju", "maja", "mayıs may",
  ],
  [
    "june jun", "juin", "juni", "junio", "giugno giu", "junho", "юни", "lipanj lipnja lip", "červen června čer",
    "juuni", "kesäkuu kesäkuuta kesä", "Ιούνιος Ιουνίου Ιουν", "június jún", "Meitheamh", "jūnijs jūnijā",
    "birželis birželio birž", "Ġunju", "czerwiec czerwca cze", "iunie iun", "jún júna", "junij junija",
    "haziran haz",
  ],
  [
    "july jul", "juillet juil", "juli", "julio", "luglio lug", "julho", "юли", "srpanj srpnja srp",
    "červenec července čvc", "juuli", "heinäkuu heinäkuuta heinä", "Ιούλιος Ιουλίου Ιουλ", "július júl",
    "Iúil", "jūlijs jūlijā", "liepa liepos", "Lulju", "lipiec lipca", "iulie iul", "júl júla", "julij julija",
    "temmuz tem",
  ],
  [
    "august aug", "août", "agosto ago", "augustus", "август авг", "kolovoz kolovoza kol", "srpen srpna srp",
    "elokuu elokuuta elo", "Αύγουστος Αυγούστου Αυγ", "augusztus", "Lúnasa", "augusts augustā",
    "rugpjūtis rugpjūčio rugp", "Awwissu", "sierpień sierpnia sie", "augusta", "avgust avgusta", "augusti",
    "ağustos ağu",
  ],
  [
    "september sep sept", "septembre", "septiembre setiembre", "settembre set", "setembro", "септември сеп",
    "rujan rujna ruj", "září zář", "syyskuu syyskuuta syys", "Σεπτέμβριος Σεπτεμβρίου Σεπ", "szeptember szept",
    "septembris septembrī", "rugsėjis rugsėjo rugs", "Settembru", "wrzesień września wrz", "septembrie",
    "septembra", "eylül eyl",
  ],
  [
    "october oct", "octobre", "oktober okt", "octubre", "ottobre ott", "outubro out", "октомври окт",
    "říjen října říj", "oktoober", "lokakuu lokakuuta loka", "Οκτώβριος Οκτωβρίου Οκτ", "október",
    "oktobris oktobrī", "spalis spalio spal", "Ottubru", "październik października paź", "octombrie",
    "októbra", "oktobra", "ekim eki",
  ],
  [
    "november nov", "novembre", "noviembre", "novembro", "ноември ное", "studeni studenoga studenog stu",
    "listopadu", "marraskuu marraskuuta marras", "Νοέμβριος Νοεμβρίου Νοε", "Samhain", "novembris novembrī",
    "lapkritis lapkričio lapkr", "Novembru", "noiembrie noi", "novembra", "kasım kas",
  ],
  [
    "december dec", "décembre déc", "dezember dez", "diciembre dic", "dicembre", "dezembro", "декември дек",
    "prosinac prosinca pro", "prosinec prosince", "detsember dets", "joulukuu joulukuuta joulu",
    "Δεκέμβριος Δεκεμβρίου Δεκ", "Nollaig", "decembris decembrī", "gruodis gruodžio gruod", "Diċembru",
    "grudzień grudnia gru", "decembrie", "decembra", "desember des", "aralık ara",
  ],
];

/** Folded month word → month, built once; a word two months claim is dropped (see above). */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const found = new Map<string, number>();
  const clashing = new Set<string>();
  BY_MONTH.forEach((groups, index) => {
    for (const word of groups.flatMap((group) => group.split(" "))) {
      const key = fold(word);
      const month = found.get(key);
      if (month !== undefined && month !== index + 1) clashing.add(key);
      found.set(key, index + 1);
    }
  });
  for (const key of clashing) found.delete(key);
  return found;
})();

/** 1–12 for a folded month name or abbreviation (a trailing dot allowed), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.replace(/\.$/, ""));
}
