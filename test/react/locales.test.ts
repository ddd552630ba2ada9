import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import english from '../../src/locales/en.js';
import pseudo from '../../src/locales/en-XA.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import ja from '../../src/locales/ja.js';
import ptBR from '../../src/locales/pt-BR.js';
import zhCN from '../../src/locales/zh-CN.js';
import { directionOf } from '../../src/react/i18n/direction.js';
import type { Message, Messages } from '../../src/react/i18n/message-types.js';
import { coreMessages, formatMessage } from '../../src/react/i18n/messages.js';

const LOCALES: Record<string, Messages> = { es, fr, de, 'pt-BR': ptBR, ja, 'zh-CN': zhCN, ar };

function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

function formsOf(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** The placeholders a message uses, over all its forms; `count` aside (a form may spell it: "one second"). */
function namedPlaceholders(message: Message): string[] {
  return [...new Set(formsOf(message).flatMap(placeholdersOf))].filter((name) => name !== 'count').sort();
}

describe('locales', () => {
  it.each(Object.keys(LOCALES))('%s has every key of English and no other', (tag) => {
    const catalog = LOCALES[tag]!;
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.keys(LOCALES))('%s keeps the placeholders of English', (tag) => {
    const catalog = LOCALES[tag]!;
    const mismatched = Object.entries(english).filter(
      ([key, message]) => namedPlaceholders(catalog[key as keyof Messages]).join() !== namedPlaceholders(message).join(),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it.each(Object.keys(LOCALES))('%s gives every plural message exactly the categories its language needs', (tag) => {
    const catalog = LOCALES[tag]!;
    const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories.slice().sort();
    for (const [key, message] of Object.entries(english)) {
      const translated = catalog[key as keyof Messages];
      expect(typeof translated, key).toBe(typeof message);
      if (typeof translated === 'object') {
        expect(Object.keys(translated).sort(), key).toEqual(needed);
        // The form for most numbers names the number.
        expect(translated.other, key).toContain('{count}');
      }
    }
  });

  it.each(Object.keys(LOCALES))('%s translates: no sentence is left in English', (tag) => {
    const catalog = LOCALES[tag]!;
    // Brand names, `*` and `{country} (+{code})` stay as they are; a sentence never does.
    const untranslated = Object.entries(english).filter(
      ([key, message]) =>
        typeof message === 'string' &&
        /\p{L}+\s+\p{L}/u.test(message.replace(/\{\w+\}/g, '')) &&
        catalog[key as keyof Messages] === message,
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });

  it('writes the English plural forms each language needs', () => {
    expect(formatMessage(ar['code.countdown.waiting'], { count: 2 }, 'ar')).toBe('يمكنك طلب رمز جديد بعد ثانيتين.');
    expect(formatMessage(ar['code.countdown.waiting'], { count: 5 }, 'ar')).toBe('يمكنك طلب رمز جديد بعد 5 ثوانٍ.');
    expect(formatMessage(fr['error.rateLimited'], { count: 0 }, 'fr')).toBe('Trop de tentatives. Réessayez dans 0 seconde.');
    expect(formatMessage(de['password.rule.length'], { count: 8 }, 'de')).toBe('Mindestens 8 Zeichen');
    expect(formatMessage(ja['error.rateLimited'], { count: 1 }, 'ja')).toBe('試行回数が多すぎます。1 秒後にもう一度お試しください。');
  });
});

describe('pseudo-locale (en-XA)', () => {
  const outside = (text: string) => text.replace(/\{\w+\}/g, '');

  it('transforms every string: bracketed, accented, ~35 % longer, placeholders intact', () => {
    for (const [key, message] of Object.entries(english)) {
      const pseudoMessage = pseudo[key as keyof Messages];
      expect(typeof pseudoMessage, key).toBe(typeof message);
      const pairs =
        typeof message === 'string'
          ? [[message, pseudoMessage as string]]
          : Object.entries(message).map(([category, form]) => [form, (pseudoMessage as Record<string, string>)[category]!]);
      for (const [source, transformed] of pairs) {
        expect(transformed, key).toMatch(/^\[.*\]$/s);
        expect(outside(transformed!), key).not.toMatch(/[A-Za-z]/);
        expect(placeholdersOf(transformed!), key).toEqual(placeholdersOf(source!));
        expect(transformed!.length, key).toBeGreaterThanOrEqual(Math.floor(source!.length * 1.3));
      }
    }
  });
});

describe('text direction', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, left to right otherwise', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur-PK', 'az-Arab']) {
      expect(directionOf(tag), tag).toBe('rtl');
    }
    for (const tag of ['en', 'en-XA', 'es', 'fr', 'de', 'pt-BR', 'ja', 'zh-CN', 'arn', 'ur-Latn']) {
      expect(directionOf(tag), tag).toBe('ltr');
    }
  });

  it('reads the script only before an extension, and knows the older and rarer right-to-left tags', () => {
    // Western digits in Arabic text stay Arabic text; Arabic digits in English text stay English.
    for (const tag of ['ar-u-nu-latn', 'ar-EG-u-nu-latn', 'iw', 'iw-IL', 'ks', 'syr', 'he-x-private']) {
      expect(directionOf(tag), tag).toBe('rtl');
    }
    for (const tag of ['en-u-nu-arab', 'en-US-u-nu-arab', 'sd-Deva', 'pa-Guru', 'en-x-arab']) {
      expect(directionOf(tag), tag).toBe('ltr');
    }
  });
});

describe('English split per step', () => {
  const SRC = join(import.meta.dirname, '../../src/react');

  function filesUnder(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : /\.tsx?$/.test(path) ? [path] : [];
    });
  }

  /** The English modules of `src/react/i18n/en`, by the export name a file imports. */
  const areas = new Map<string, Set<string>>();
  for (const file of readdirSync(join(SRC, 'i18n/en'))) {
    const text = readFileSync(join(SRC, 'i18n/en', file), 'utf8');
    const name = /export const (\w+)/.exec(text)![1]!;
    areas.set(name, new Set([...text.matchAll(/^ {2}'([^']+)':/gm)].map((match) => match[1]!)));
  }
  const core = new Set(Object.keys(coreMessages));

  it('holds each key once, and the first screen holds only its own and the errors', () => {
    const all = [...core, ...[...areas.values()].flatMap((keys) => [...keys])];
    expect(all.length).toBe(new Set(all).size);
    expect(all.sort()).toEqual(Object.keys(english).sort());
  });

  it('gives each file the English of the keys it uses: the first screen, or an area its folder imports', () => {
    const keys = Object.keys(english);
    const files = filesUnder(SRC).filter((path) => !path.includes(`${join('i18n', 'en')}`) && !path.endsWith('messages.ts'));
    // A folder's files share the areas any of them imports (a helper gets `t` from its step).
    const areasOfFolder = new Map<string, Set<string>>();
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const folder = areasOfFolder.get(dirname(path)) ?? new Set<string>();
      for (const name of areas.keys()) {
        if (new RegExp(`import \\{[^}]*\\b${name}\\b[^}]*\\} from '[./]*i18n/en/`).test(text)) {
          folder.add(name);
        }
      }
      areasOfFolder.set(dirname(path), folder);
    }
    const missing: string[] = [];
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const allowed = new Set(core);
      for (const name of areasOfFolder.get(dirname(path)) ?? []) {
        areas.get(name)!.forEach((key) => allowed.add(key));
      }
      for (const key of keys.filter((candidate) => text.includes(`'${candidate}'`))) {
        if (!allowed.has(key)) {
          missing.push(`${relative(SRC, path)}: ${key}`);
        }
      }
      // `password.rule.${id}`: some key of that family must be reachable.
      for (const [, prefix] of text.matchAll(/`([a-zA-Z.]+)\.\$\{/g)) {
        if (![...allowed].some((key) => key.startsWith(`${prefix}.`))) {
          missing.push(`${relative(SRC, path)}: ${prefix}.*`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
