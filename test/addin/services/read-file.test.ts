/**
 * The task pane reads uploaded files with the shared reader, so the CLI's guards hold there too;
 * its messages name the file, and the pane's own size limit applies.
 */
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../../addin/services/file-types";
import { readWorkbookFile } from "../../../addin/services/read-file";
import { inlineCell, sheetXml, xlsxWithSheetXml } from "../../helpers/zip";

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("reading an uploaded file in the task pane", () => {
  it("reads an .xlsx into grids", async () => {
    const read = await readWorkbookFile("risks.xlsx", buffer(xlsxWithSheetXml(sheetXml(`<row r="1">${inlineCell("A1", "Risk ID")}</row>`, "A1"))));
    expect(read.fileName).toBe("risks.xlsx");
    expect(read.sheets[0]?.values).toEqual([["Risk ID"]]);
    expect(read.problems).toEqual([]);
  });

  it("refuses a zip bomb before parsing, naming the file", async () => {
    const bomb = xlsxWithSheetXml(sheetXml(""), { declaredSize: 0xfffffff0 });
    await expect(readWorkbookFile("bomb.xlsx", buffer(bomb))).rejects.toThrow(/^“bomb\.xlsx”: .*(?:unpacks to more than|larger than 4 GB)/);
  });

  it("decodes a Windows-1252 CSV instead of mangling it", async () => {
    const csv = Uint8Array.from([...Buffer.from("Risk;Owner\nBias in scoring;Ren"), 0xe9, ...Buffer.from("e\n")]);
    const read = await readWorkbookFile("risks.csv", buffer(csv));
    expect(read.sheets[0]?.values).toEqual([
      ["Risk", "Owner"],
      ["Bias in scoring", "Renée"],
    ]);
  });

  it("refuses a file above the pane's size limit, and an empty one, with the file's name", async () => {
    await expect(readWorkbookFile("huge.xlsx", new ArrayBuffer(MAX_FILE_BYTES + 1))).rejects.toThrow(/^“huge\.xlsx”: The file is 50\.0 MB; Crosswalk reads files up to 50 MB/);
    await expect(readWorkbookFile("empty.csv", new ArrayBuffer(0))).rejects.toThrow(/^“empty\.csv”: The file is empty/);
  });
});
