/**
 * KMS returns ECDSA signatures DER-encoded (SEQUENCE of two INTEGERs); JWS ES256 wants the two
 * 32-byte integers concatenated.
 */
export const derToJoseSignature = (der: Uint8Array, partLength = 32): Uint8Array => {
  let offset = 0;
  const expect = (tag: number) => {
    if (der[offset] !== tag) throw new Error("Not a DER ECDSA signature.");
    offset += 1;
  };
  const readLength = () => {
    const first = der[offset++] as number;
    if (first < 0x80) return first;
    const bytes = first & 0x7f;
    let length = 0;
    for (let index = 0; index < bytes; index += 1) length = (length << 8) | (der[offset++] as number);
    return length;
  };
  const readInteger = () => {
    expect(0x02);
    const length = readLength();
    let integer = der.subarray(offset, offset + length);
    offset += length;
    while (integer.length > partLength && integer[0] === 0) integer = integer.subarray(1);
    if (integer.length > partLength) throw new Error("ECDSA integer too long.");
    const padded = new Uint8Array(partLength);
    padded.set(integer, partLength - integer.length);
    return padded;
  };
  expect(0x30);
  readLength();
  const r = readInteger();
  const s = readInteger();
  const signature = new Uint8Array(partLength * 2);
  signature.set(r, 0);
  signature.set(s, partLength);
  return signature;
};
