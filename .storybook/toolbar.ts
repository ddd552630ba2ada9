import type { Messages } from '../src/react/i18n/message-types.js';
import { storyModeOf } from './story-mode.js';

/** The sample themes (stories/themes/*.css): CSS variables on a wrapper class, nothing else. */
export const THEMES = ['default', 'midnight', 'paper'] as const;
export type StoryTheme = (typeof THEMES)[number];

export const SCHEMES = ['auto', 'light', 'dark'] as const;
export type StoryScheme = (typeof SCHEMES)[number];

/** `auto` takes the locale's direction (Arabic is right-to-left). */
export const DIRECTIONS = ['auto', 'ltr', 'rtl'] as const;
export type StoryDirection = (typeof DIRECTIONS)[number];

interface LocaleModule {
  messages: Partial<Messages>;
}

/** Every catalog in src/locales, by tag (`pseudo.ts` is the pseudo-locale's helper, not a locale). */
const LOCALE_MODULES = import.meta.glob<LocaleModule>(['../src/locales/*.ts', '!../src/locales/pseudo.ts']);

function tagOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.ts'.length);
}

/** The locale tags the toolbar offers, English first. */
export const LOCALES = Object.keys(LOCALE_MODULES)
  .map(tagOf)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

const TITLES: Record<string, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
  'zh-CN': '简体中文',
  ar: 'العربية',
  'en-XA': 'Pseudo (en-XA)',
};

export function localeTitle(tag: string): string {
  return TITLES[tag] ?? tag;
}

/** The catalog of a tag; English (the kit's built-in catalog) for `en` or a tag with no file. */
export async function loadLocaleMessages(tag: string): Promise<Partial<Messages> | undefined> {
  const load = Object.entries(LOCALE_MODULES).find(([path]) => tagOf(path) === tag)?.[1];
  if (tag === 'en' || load === undefined) {
    return undefined;
  }
  return (await load()).messages;
}

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

export interface StoryGlobals {
  theme: StoryTheme;
  scheme: StoryScheme;
  locale: string;
  direction: StoryDirection;
}

/** A story's own scheme wins; the rest follow the toolbar, or the dark story run (story-mode.ts). */
function schemeOf(value: unknown): StoryScheme {
  const scheme = oneOf(SCHEMES, value, 'auto');
  return scheme === 'auto' && storyModeOf() === 'dark' ? 'dark' : scheme;
}

/** The toolbar's values, checked: a stale URL or a story's `globals` with a typo falls back. */
export function storyGlobalsOf(globals: Record<string, unknown>): StoryGlobals {
  return {
    theme: oneOf(THEMES, globals.theme, 'default'),
    scheme: schemeOf(globals.scheme),
    locale: typeof globals.locale === 'string' && LOCALES.includes(globals.locale) ? globals.locale : 'en',
    direction: oneOf(DIRECTIONS, globals.direction, 'auto'),
  };
}
