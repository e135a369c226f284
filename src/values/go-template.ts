/**
 * Just enough of Go's text/template to tell that a string certainly fails when helm renders it with
 * `tpl`: an action left open, or an action that calls a function helm does not define (`{{number}}`).
 * Anything this does not understand is not a failure: the answer is "certainly fails" or nothing.
 */

/** text/template's built-in functions and keywords. */
const GO_BUILTINS = 'and call html index js len not or print printf println slice urlquery eq ge gt le lt ne'.split(' ');
const GO_KEYWORDS = 'if else end range with define template block break continue nil true false'.split(' ');
/** helm's own functions (pkg/engine/funcs.go, helm v3). */
const HELM_FUNCTIONS = 'toToml fromToml toYaml toYamlPretty fromYaml fromYamlArray toJson fromJson fromJsonArray include tpl required lookup'.split(' ');
/** Sprig v3's function names as helm registers them (TxtFuncMap without env and expandenv). */
const SPRIG_FUNCTIONS = (
  'abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc base bcrypt biggest ' +
  'buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date dateInZone dateModify date_in_zone ' +
  'date_modify decryptAES deepCopy deepEqual default derivePassword dict dig dir div divf duration durationRound empty ' +
  'encryptAES ext fail first float64 floor fromJson genCA genCAWithKey genPrivateKey genSelfSignedCert genSelfSignedCertWithKey ' +
  'genSignedCert genSignedCertWithKey get getHostByName has hasKey hasPrefix hasSuffix hello htmlDate htmlDateInZone htpasswd ' +
  'indent initial initials int int64 isAbs join kebabcase keys kindIs kindOf last list lower max maxf merge mergeOverwrite min ' +
  'minf mod mul mulf mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst mustFromJson mustHas mustInitial ' +
  'mustLast mustMerge mustMergeOverwrite mustPrepend mustRegexFind mustRegexFindAll mustRegexMatch mustRegexReplaceAll ' +
  'mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate mustToJson mustToPrettyJson ' +
  'mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit osBase osClean osDir osExt osIsAbs pick pluck ' +
  'plural prepend quote randAlpha randAlphaNum randAscii randBytes randInt randNumeric regexFind regexFindAll regexMatch ' +
  'regexQuoteMeta regexReplaceAll regexReplaceAllLiteral regexSplit repeat replace rest reverse round semver semverCompare seq ' +
  'set sha1sum sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn squote sub subf substr swapcase ' +
  'ternary title toDate toDecimal toJson toPrettyJson toRawJson toString toStrings trim trimAll trimPrefix trimSuffix trimall ' +
  'trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper urlJoin urlParse uuidv4 values ' +
  'without wrap wrapWith'
).split(' ');

const KNOWN = new Set([...GO_BUILTINS, ...GO_KEYWORDS, ...HELM_FUNCTIONS, ...SPRIG_FUNCTIONS]);

/** Whether the string has a template action at all (what `tpl` would interpret). */
export function hasTemplateAction(text: string): boolean {
  return text.includes('{{');
}

/**
 * Why `tpl` certainly fails on this text, in helm's words; undefined when it may well render. Only
 * two forms count: an unclosed `{{`, and an action whose first word is a bare name that is no
 * function (Go refuses to parse a call of an undefined function).
 */
export function certainTplFailure(text: string): string | undefined {
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) return undefined;
    const close = text.indexOf('}}', open + 2);
    if (close < 0) return `"{{" at offset ${open} is never closed (unclosed action)`;
    let body = text.slice(open + 2, close);
    from = close + 2;
    // Trim markers: `{{- ` and ` -}}` (a dash must be followed/preceded by a space to be one).
    body = body.replace(/^-\s/, ' ').replace(/\s-$/, ' ').trim();
    if (body.startsWith('/*')) continue;
    const first = /^[A-Za-z_][A-Za-z0-9_]*/.exec(body)?.[0];
    if (!first) continue;
    // `number.x` would be a field chain on a function result: still a call of `number`.
    if (!KNOWN.has(first)) return `function "${first}" not defined`;
  }
}
