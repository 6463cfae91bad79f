// punycode.js ships no types; this is the one function Desk Signer uses. Imported by path, because a
// bare "punycode" names Node's deprecated built-in module.
declare module 'punycode/punycode.js' {
  /** The parts of punycode.js that Desk Signer uses. */
  const punycode: {
    /** Decodes a Punycode string (the part of a label after "xn--"); throws RangeError when it is not valid. */
    decode(input: string): string;
  };
  export default punycode;
}
