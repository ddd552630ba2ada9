import { createActor } from 'xstate';
import { flowMachine, selectFlowView } from '../../src/core/index.js';
import { eventsOf, type FixtureFlowProps } from '../support/fixture-flow.js';

interface StoryExport {
  args?: Partial<FixtureFlowProps>;
}

interface StoriesModule {
  default: { title?: string; component?: unknown; args?: Partial<FixtureFlowProps> };
  [name: string]: unknown;
}

/**
 * Every step story of the kit (stories/*.stories.tsx), loaded when the gallery renders: a file
 * that fails to load fails its own stories and is left out here.
 */
const MODULES = import.meta.glob<StoriesModule>('../*.stories.tsx');

async function loadModules(): Promise<[string, StoriesModule][]> {
  const loaded = await Promise.all(
    Object.entries(MODULES).map(async ([path, load]) => {
      try {
        return [[path, await load()] as [string, StoriesModule]];
      } catch {
        return [];
      }
    }),
  );
  return loaded.flat();
}

/** The gallery is cut by step family, so each story stays small enough for axe in every mode. */
export const GALLERY_GROUPS = {
  entry: ['identifier-step', 'email-step', 'password-step', 'reset-password-step', 'set-password', 'choice-picker'],
  codes: ['code-step'],
  links: ['email-link'],
  extras: ['passkey-step', 'captcha-step', 'agreements-step', 'profile-step', 'consent-step'],
  /** Callbacks, errors, whole screens, and any step file not named above. */
  screens: [],
} as const satisfies Record<string, readonly string[]>;

export type GalleryGroup = keyof typeof GALLERY_GROUPS;

function groupOf(file: string): GalleryGroup {
  const named = (Object.keys(GALLERY_GROUPS) as GalleryGroup[]).find((group) =>
    (GALLERY_GROUPS[group] as readonly string[]).includes(file),
  );
  return named ?? 'screens';
}

export interface GalleryFlow {
  id: string;
  events: FixtureFlowProps['events'];
  input: FixtureFlowProps['input'];
}

/** `../code-step.stories.tsx` → `code-step`. */
function fileOf(path: string): string {
  return path.replace(/^.*\/|\.stories\.tsx$/g, '');
}

function isStory(value: unknown): value is StoryExport {
  return typeof value === 'object' && value !== null;
}

/**
 * What a flow looks like, coarsely: the step, sign-in or sign-up, busy or not, and which kind of
 * error shows. Two stories alike in this use the same parts and colours.
 */
function lookOf(flow: GalleryFlow): string {
  const actor = createActor(flowMachine, { input: flow.input });
  actor.start();
  eventsOf(flow.events).forEach((event) => actor.send(event));
  const view = selectFlowView(actor.getSnapshot());
  actor.stop();
  const data = view.choice?.data as Record<string, unknown> | undefined;
  const error = view.formError !== null ? 'form-error' : Object.keys(view.fieldErrors).length > 0 ? 'field-error' : '';
  return [view.step, data?.['enrollment'] === true, view.busy, error].join('|');
}

/**
 * The state each fixture story shows, from its replayed events alone: what the step looks like
 * before any `play`, one story per look (see `lookOf`), so the gallery stays small enough for axe
 * to check in every mode. Stories that talk to the emulator (whole flows, the session) have no
 * events and are left out; their steps are the same components.
 */
/** Loaded with this module (top-level await), so the story's own time is spent on the story. */
const LOADED = await loadModules();

export function galleryFlows(group: GalleryGroup): GalleryFlow[] {
  const seen = new Set<string>();
  return allFlows(LOADED.filter(([path]) => groupOf(fileOf(path)) === group)).filter((flow) => {
    const look = lookOf(flow);
    if (seen.has(look)) {
      return false;
    }
    seen.add(look);
    return true;
  });
}

function allFlows(modules: [string, StoriesModule][]): GalleryFlow[] {
  return modules
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([path, module]) =>
      Object.entries(module)
        .filter(([name]) => name !== 'default')
        .flatMap(([name, story]) => {
          const args = { ...module.default.args, ...(isStory(story) ? story.args : undefined) };
          return args.events === undefined
            ? []
            : [{ id: `${fileOf(path)}/${name}`, events: args.events, input: args.input }];
        }),
    );
}
