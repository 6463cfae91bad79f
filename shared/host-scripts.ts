// Which scripts a host label mixes, by the rule browsers use for look-alike hosts (ICU's "highly
// restrictive" level): one script per label, apart from Latin with Han and Japanese kana, with Han and
// Bopomofo, or with Han and Hangul. Characters are classified by the engine's own Unicode data through
// \p{Script=…}; the list below only names the scripts to ask about.

/** ISO 15924 codes of Unicode's scripts (not Common or Inherited, which go with any script). */
const SCRIPT_CODES: readonly string[] = [
  'Latn',
  'Adlm',
  'Aghb',
  'Ahom',
  'Arab',
  'Armi',
  'Armn',
  'Avst',
  'Bali',
  'Bamu',
  'Bass',
  'Batk',
  'Beng',
  'Berf',
  'Bhks',
  'Bopo',
  'Brah',
  'Brai',
  'Bugi',
  'Buhd',
  'Cakm',
  'Cans',
  'Cari',
  'Cham',
  'Cher',
  'Chrs',
  'Copt',
  'Cpmn',
  'Cprt',
  'Cyrl',
  'Deva',
  'Diak',
  'Dogr',
  'Dsrt',
  'Dupl',
  'Egyp',
  'Elba',
  'Elym',
  'Ethi',
  'Gara',
  'Geor',
  'Glag',
  'Gong',
  'Gonm',
  'Goth',
  'Gran',
  'Grek',
  'Gujr',
  'Gukh',
  'Guru',
  'Hang',
  'Hani',
  'Hano',
  'Hatr',
  'Hebr',
  'Hira',
  'Hluw',
  'Hmng',
  'Hmnp',
  'Hung',
  'Ital',
  'Java',
  'Kali',
  'Kana',
  'Kawi',
  'Khar',
  'Khmr',
  'Khoj',
  'Kits',
  'Knda',
  'Krai',
  'Kthi',
  'Lana',
  'Laoo',
  'Lepc',
  'Limb',
  'Lina',
  'Linb',
  'Lisu',
  'Lyci',
  'Lydi',
  'Mahj',
  'Maka',
  'Mand',
  'Mani',
  'Marc',
  'Medf',
  'Mend',
  'Merc',
  'Mero',
  'Miao',
  'Mlym',
  'Modi',
  'Mong',
  'Mroo',
  'Mtei',
  'Mult',
  'Mymr',
  'Nagm',
  'Nand',
  'Narb',
  'Nbat',
  'Newa',
  'Nkoo',
  'Nshu',
  'Ogam',
  'Olck',
  'Onao',
  'Orkh',
  'Orya',
  'Osge',
  'Osma',
  'Ougr',
  'Palm',
  'Pauc',
  'Perm',
  'Phag',
  'Phli',
  'Phlp',
  'Phnx',
  'Plrd',
  'Prti',
  'Rjng',
  'Rohg',
  'Runr',
  'Samr',
  'Sarb',
  'Saur',
  'Sgnw',
  'Shaw',
  'Shrd',
  'Sidd',
  'Sidt',
  'Sind',
  'Sinh',
  'Sogd',
  'Sogo',
  'Sora',
  'Soyo',
  'Sund',
  'Sunu',
  'Sylo',
  'Syrc',
  'Tagb',
  'Takr',
  'Tale',
  'Talu',
  'Taml',
  'Tang',
  'Tavt',
  'Tayo',
  'Telu',
  'Tfng',
  'Tglg',
  'Thaa',
  'Thai',
  'Tibt',
  'Tirh',
  'Tnsa',
  'Todr',
  'Tols',
  'Toto',
  'Tutg',
  'Ugar',
  'Vaii',
  'Vith',
  'Wara',
  'Wcho',
  'Xpeo',
  'Xsux',
  'Yezi',
  'Yiii',
  'Zanb',
];

/** Script mixes that ordinary names in Japanese, Chinese and Korean need. */
const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latn', 'Hani', 'Hira', 'Kana']),
  new Set(['Latn', 'Hani', 'Bopo']),
  new Set(['Latn', 'Hani', 'Hang']),
];

/** Digits, punctuation and combining marks belong to no one script. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

/** Stands for a character whose script this engine could not name. */
const UNKNOWN = 'Zzzz';

let matchers: { code: string; pattern: RegExp }[] | null = null;

/** One matcher per script the engine knows (an older engine may lack the newest scripts). */
function scriptMatchers(): { code: string; pattern: RegExp }[] {
  matchers ??= SCRIPT_CODES.flatMap((code) => {
    try {
      return [{ code, pattern: new RegExp(`^\\p{Script=${code}}$`, 'u') }];
    } catch {
      return [];
    }
  });
  return matchers;
}

/** The script code of one character, or null for a neutral one. */
function scriptOf(char: string): string | null {
  if (NEUTRAL.test(char)) return null;
  return scriptMatchers().find((matcher) => matcher.pattern.test(char))?.code ?? UNKNOWN;
}

/** A script's English name, e.g. "Cyrillic" for Cyrl. */
function scriptName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'script' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The English names of the scripts a label mixes (sorted), or null when the mix is allowed. */
export function mixedScripts(label: string): string[] | null {
  const scripts = new Set<string>();
  for (const char of label) {
    const script = scriptOf(char);
    if (script !== null) scripts.add(script);
  }
  if (scripts.size <= 1 || ALLOWED_MIXES.some((mix) => [...scripts].every((script) => mix.has(script)))) return null;
  return [...scripts].map(scriptName).sort();
}
