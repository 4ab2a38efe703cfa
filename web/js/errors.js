// What the API's errors say, in the page's language. The API words its errors in English (graphql-js's wording for
// request errors, FluentValidation's for payload validation errors); the Persian page shows a Persian sentence instead:
// a request error's by its `extensions.code`, a payload error's by its type and, for a ValidationError, the field it
// names under the form's own label and the rule it broke. The English page keeps the API's own words.
import { t, lang } from './i18n.js';
import { digits } from './format.js';

// extensions.code (the engine's, the transport's and the api's) -> the key of its sentence under 'error.code.'.
const CODES = {
  AUTH_NOT_AUTHENTICATED: 'auth',
  AUTH_NOT_AUTHORIZED: 'forbidden',
  HC0067: 'trusted',
  HC0020: 'trusted',
  BAD_USER_INPUT: 'badInput',
  INVALID_ARGUMENT: 'badInput',
  DATA_ARGUMENT_INVALID: 'badInput',
  HC0078: 'badInput',
  HC0082: 'badInput',
  INVALID_ID: 'badId',
  RATE_LIMITED: 'rateLimited',
  HC0045: 'timeout',
  HC0047: 'tooLarge',
  HC0051: 'tooLarge',
  HC0076: 'tooLarge',
  HC0010: 'tooLarge',
  MAX_DEPTH_EXCEEDED: 'tooLarge',
  MAX_ALIASES_EXCEEDED: 'tooLarge',
  MAX_FIELDS_EXCEEDED: 'tooLarge',
  MAX_FIELD_DUPLICATES_EXCEEDED: 'tooLarge',
  MAX_DIRECTIVES_EXCEEDED: 'tooLarge',
  GRAPHQL_VALIDATION_FAILED: 'rejected',
  HC0014: 'rejected',
  OPERATION_RESOLUTION_FAILURE: 'rejected',
  BAD_REQUEST: 'rejected',
  HC0009: 'rejected',
  HC0011: 'rejected',
  HC0013: 'rejected',
  HC0018: 'internal',
  INTERNAL_SERVER_ERROR: 'internal',
};

export function requestErrorCode(errors) {
  return errors.map((e) => e.extensions?.code).find(Boolean) ?? null;
}

// A request error (an ApiError of kind 'graphql' or 'http') as one sentence.
export function requestErrorText(e) {
  if (lang() === 'en') return t('error.api', { message: e.message });
  const key = CODES[requestErrorCode(e.errors ?? [])];
  if (key) return t(`error.code.${key}`);
  return e.status >= 500 ? t('error.code.internal') : t('error.code.other');
}

// FluentValidation's rules as our validators word them, after the field's quoted name: [pattern, key, fields].
// A group named `other` is another field's path, shown under its label too.
const RULES = [
  [/^must not be empty\.$/, 'required'],
  [/^is required\b/, 'required'],
  [/^must be (\d+) characters or fewer\b/, 'maxLength', ['n']],
  [/^must be between (\d+) and (\d+) characters\b/, 'length', ['min', 'max']],
  [/^must be between (\S+) and (\S+?)\.(?: |$)/, 'between', ['from', 'to']],
  [/^must be (?:after|later than) '([^']+)'/, 'after', ['other']],
  [/^must not be before '([^']+)'/, 'notBefore', ['other']],
  [/^must be before '([^']+)'/, 'before', ['other']],
  [/^must be greater than or equal to '?([^'.]+)'?\./, 'atLeast', ['n']],
  [/^must be greater than '?([^'.]+)'?\./, 'greaterThan', ['n']],
  [/^must be (?:more|greater) than «(.+)»\./, 'greaterThan', ['n']],
  [/^must be less than or equal to '?([^'.]+)'?\./, 'atMost', ['n']],
  [/^may hold at most (\d+)\b/, 'atMostItems', ['n']],
  [/^names (?:a|an) .+ twice\./, 'twice'],
  [/^must be an http or https address\./, 'url'],
  [/^must be left out\b/, 'leftOut'],
  [/^needs '([^']+)' /, 'needs', ['other']],
  [/^has a range of values which does not include/, 'notAValue'],
  [/^must be the version the record was read at\./, 'version'],
  [/^is not a valid\b|^must be a valid\b/, 'format'],
];

// The rule a ValidationError's message states, in Persian; `labelOf(path)` gives a field's label in the form.
// A path the rule names is the field's sibling (`phases[0].endsAt` names 'startsAt') or a top-level field.
function ruleText(message, field, labelOf) {
  const sibling = (path) => (field?.includes('.') ? `${field.slice(0, field.lastIndexOf('.') + 1)}${path}` : path);
  const rest = String(message ?? '').replace(/^The length of '[^']*' /, '').replace(/^'[^']*' /, '');
  for (const [pattern, key, names = []] of RULES) {
    const m = rest.match(pattern);
    if (!m) continue;
    const value = (name, text) => (name === 'other' ? labelOf(sibling(text)) ?? labelOf(text) ?? text : digits(text));
    const params = Object.fromEntries(names.map((name, i) => [name, value(name, m[i + 1])]));
    return t(`error.rule.${key}`, params);
  }
  return t('error.rule.other');
}

// A payload error: { text, beside } where `beside` is what to show beside the field (validation errors only).
export function payloadErrorText(err, labelOf = () => null) {
  if (lang() === 'en') {
    if (err.__typename !== 'ValidationError') return { text: `${t(`errorType.${err.__typename}`)}: ${err.message}`, beside: null };
    const text = labelOf(err.field) ? err.message : `${err.field}: ${err.message}`;
    return { text, beside: err.message };
  }
  if (err.__typename !== 'ValidationError') return { text: t(`error.payload.${err.__typename}`), beside: null };
  const rule = ruleText(err.message, err.field, labelOf);
  return { text: t('error.field', { label: labelOf(err.field) ?? err.field, rule }), beside: rule };
}
