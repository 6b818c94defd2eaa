// The ribbon button uses ShowTaskpane; no ExecuteFunction commands yet. Office needs the page to
// initialise Office.js, which it does on load.
const office = (globalThis as unknown as { Office?: { onReady(): Promise<unknown> } }).Office;
void office?.onReady();
