/** What the import wizard accepts as a file; kept apart from read-file.ts so SheetJS stays lazy. */
export const ACCEPTED_FILES = ".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt";
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
