// A notice at the top of the results when the text is not English: newslens reads English
// news, so what it finds in another language is unreliable. The rest is still shown.
import { el } from '../dom.js';

/** English names of the languages the detector knows, by ISO 639-1 code. */
export const LANGUAGE_NAMES = {
  af: 'Afrikaans', ak: 'Akan', am: 'Amharic', ar: 'Arabic', az: 'Azerbaijani', be: 'Belarusian', bg: 'Bulgarian',
  bn: 'Bengali', ca: 'Catalan', cs: 'Czech', da: 'Danish', de: 'German', el: 'Greek', en: 'English', eo: 'Esperanto',
  es: 'Spanish', et: 'Estonian', fa: 'Persian', fi: 'Finnish', fr: 'French', gu: 'Gujarati', he: 'Hebrew', hi: 'Hindi',
  hr: 'Croatian', hu: 'Hungarian', hy: 'Armenian', id: 'Indonesian', it: 'Italian', ja: 'Japanese', jv: 'Javanese',
  ka: 'Georgian', km: 'Khmer', kn: 'Kannada', ko: 'Korean', la: 'Latin', lt: 'Lithuanian', lv: 'Latvian',
  mk: 'Macedonian', ml: 'Malayalam', mr: 'Marathi', my: 'Burmese', nb: 'Norwegian', ne: 'Nepali', nl: 'Dutch',
  or: 'Odia', pa: 'Punjabi', pl: 'Polish', pt: 'Portuguese', ro: 'Romanian', ru: 'Russian', si: 'Sinhala',
  sk: 'Slovak', sl: 'Slovenian', sn: 'Shona', sr: 'Serbian', sv: 'Swedish', ta: 'Tamil', te: 'Telugu', th: 'Thai',
  tk: 'Turkmen', tl: 'Tagalog', tr: 'Turkish', uk: 'Ukrainian', ur: 'Urdu', uz: 'Uzbek', vi: 'Vietnamese',
  yi: 'Yiddish', zh: 'Chinese', zu: 'Zulu',
};

/** The notice's sentence for a language code. */
export function notice(code) {
  const name = LANGUAGE_NAMES[code] ?? `language “${code}”`;
  return `This looks like ${name}; newslens reads English news, so names, sentiment and key phrases will be unreliable.`;
}

export default {
  id: 'language',
  title: 'Language',
  shows: (analysis) => Boolean(analysis.language) && analysis.language.code !== 'en',
  render(analysis) {
    return el('p', { class: 'language-notice', role: 'note' }, notice(analysis.language.code));
  },
};
