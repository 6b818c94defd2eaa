/**
 * Month names and abbreviations (folded: lower case, no accents) in English, French, German,
 * Spanish, Italian, Dutch and Portuguese. Only used where a whole cell has the shape of a date,
 * so words like "mar" or "out" inside ordinary text are never read as months.
 */
const NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "janvier", "janv", "januar", "janner", "jaen", "enero", "ene", "gennaio", "gen", "januari", "janeiro"],
  ["february", "feb", "febr", "fevrier", "fevr", "fev", "februar", "febrero", "febbraio", "februari", "fevereiro"],
  ["march", "mar", "mars", "marz", "maerz", "mrz", "marzo", "maart", "mrt", "marco"],
  ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "mei", "maio"],
  ["june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"],
  ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"],
  ["august", "aug", "aout", "agosto", "ago", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
  ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"],
];

const MONTHS = new Map<string, number>();
NAMES.forEach((names, index) => {
  for (const name of names) MONTHS.set(name, index + 1);
});

/** 1–12 for a folded month name or abbreviation (a trailing dot allowed), else undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.replace(/\.$/, ""));
}
