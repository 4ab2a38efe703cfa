// What the API's errors say, in the page's language. The API words its errors in English (graphql-js's wording for
// request errors, FluentValidation's for payload validation errors). The Persian page shows a Persian sentence instead:
// a request error's by its `extensions.code`, a payload error's by its type. In both languages a ValidationError reads
// as a person would write it: the field it names under the form's own label, the rule it broke by its `code` (never by
// reading the API's message, whose field names are the schema's camelCase ones). The English page keeps the API's own
// words for a request error, a payload error of another type, and a ValidationError whose code the page does not know.
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

// A ValidationError's code (schema/README.md, "Validation errors") -> the key of its sentence under 'error.rule.'. The
// values the sentence needs come beside the code: min and max (numbers or dates, as text), otherField (a path).
const RULES = {
  REQUIRED: 'required',
  ONE_OF_REQUIRED: 'oneOfRequired',
  NOT_BLANK: 'notBlank',
  MAX_LENGTH: 'maxLength',
  MAX_ITEMS: 'maxItems',
  BETWEEN: 'between',
  AT_LEAST: 'atLeast',
  AFTER: 'after',
  NOT_BEFORE: 'notBefore',
  LEFT_OUT: 'leftOut',
  NEEDS: 'needs',
  DIFFERENT: 'different',
  CONFLICTS: 'conflicts',
  NOT_ALLOWED: 'notAllowed',
  NOT_A_VALUE: 'notAValue',
  DUPLICATE: 'twice',
  URL: 'url',
  ID: 'id',
  VERSION: 'version',
  UNCHANGED: 'unchanged',
};

// The rule a ValidationError reports, in the page's language; `labelOf(path)` gives a field's label in the form. The
// other field is named by its label in the form (by its full path, else by its own name), else by its path.
function ruleText(err, labelOf) {
  const key = RULES[err.code];
  if (!key) return t('error.rule.other');
  const other = err.otherField ? labelOf(err.otherField) ?? labelOf(err.otherField.slice(err.otherField.lastIndexOf('.') + 1)) ?? err.otherField : '';
  // AT_LEAST compares with a number, or with another field's value.
  const sentence = key === 'atLeast' && err.otherField ? 'atLeastField' : key;
  return t(`error.rule.${sentence}`, { min: digits(err.min), max: digits(err.max), other });
}

// A payload error: { text, beside } where `beside` is what to show beside the field (validation errors only).
export function payloadErrorText(err, labelOf = () => null) {
  const en = lang() === 'en';
  if (err.__typename !== 'ValidationError') {
    return { text: en ? `${t(`errorType.${err.__typename}`)}: ${err.message}` : t(`error.payload.${err.__typename}`), beside: null };
  }
  if (en && !RULES[err.code]) {
    return { text: labelOf(err.field) ? err.message : `${err.field}: ${err.message}`, beside: err.message };
  }
  const rule = ruleText(err, labelOf);
  return { text: t('error.field', { label: labelOf(err.field) ?? err.field, rule }), beside: rule };
}
