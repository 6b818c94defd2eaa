/**
 * TextDecoder is a web-platform global in every runtime the reader runs in (browsers, Node,
 * Lambda); shared/ compiles without DOM or Node types, so it is typed here by the little used.
 */
export interface TextDecoding {
  decode(bytes: Uint8Array): string;
}

type TextDecoderClass = new (label?: string, options?: { readonly fatal?: boolean }) => TextDecoding;

const Decoder = (globalThis as unknown as { readonly TextDecoder: TextDecoderClass }).TextDecoder;

/** A decoder for `label` ("utf-8", "utf-16le", "windows-1252", "latin1"…); `fatal` throws on bad bytes. */
export function textDecoder(label = "utf-8", fatal = false): TextDecoding {
  return new Decoder(label, { fatal });
}
