import { WorkbookReadError } from "./limits";
import { textDecoder } from "./text-decoder";

/**
 * Reads a zip's central directory (without inflating anything) and refuses archives whose
 * declared uncompressed size is beyond `maxUncompressed`: a zip bomb disguised as .xlsx would
 * otherwise be inflated in memory by the parser.
 */
export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

export function checkZip(bytes: Uint8Array, maxUncompressed: number): ZipEntryInfo[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new WorkbookReadError("The file is damaged: it starts like an .xlsx/.ods (zip) file but its end is missing or corrupt.");
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  const list: ZipEntryInfo[] = [];
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      if (entries === 0xffff || offset === 0xffffffff) return list; // zip64: the parser's own checks apply
      throw new WorkbookReadError("The file is damaged: its zip directory is corrupt.");
    }
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) {
      throw new WorkbookReadError("The file declares a part larger than 4 GB, far beyond any real workbook; it was not read.");
    }
    total += size;
    if (total > maxUncompressed) {
      throw new WorkbookReadError(
        `The file unpacks to more than ${Math.round(maxUncompressed / 1024 / 1024)} MB, far beyond any real workbook; it was not read (it may be a zip bomb).`,
      );
    }
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    list.push({
      name: textDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size,
      localOffset: view.getUint32(offset + 42, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return list;
}
