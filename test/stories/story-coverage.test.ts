/**
 * Fails when a machine state or a known choice (in one of its variants) has no story. The states
 * come from the machine's definition, the choices from the wire schemas, and what a story covers
 * from replaying its own events (CSF, composed as Storybook composes them), plus the
 * `parameters.covers` a story declares for what its `play` brings about.
 */
import { composeStories } from '@storybook/react-vite';
import { describe, expect, it } from 'vitest';
import type { FlowEvent, FlowInput } from '../../src/core/index.js';
import { eventsOf, type FixtureEvents } from '../../stories/support/fixture-flow.js';
import {
  coveredBy,
  KNOWN_CHOICES,
  requiredVariantsOf,
  restingStatesOf,
  type StoryCover,
} from './story-coverage.js';

type StoriesModule = Parameters<typeof composeStories>[0];
const MODULES = import.meta.glob<StoriesModule>('../../stories/*.stories.tsx', { eager: true });

/** What this test reads of a composed story: its merged args and parameters. */
interface ComposedStory {
  args: Record<string, unknown>;
  parameters: Record<string, unknown>;
}

interface StoryRecord {
  id: string;
  events: readonly FlowEvent[] | undefined;
  input: FlowInput | undefined;
  covers: readonly StoryCover[];
}

function storiesOf(): StoryRecord[] {
  return Object.entries(MODULES).flatMap(([path, module]) =>
    Object.entries(composeStories(module) as Record<string, ComposedStory>).map(([name, story]) => {
      const args = story.args as { events?: FixtureEvents; input?: FlowInput };
      const declared = story.parameters['covers'] as StoryCover | readonly StoryCover[] | undefined;
      return {
        id: `${path.replace(/^.*\//, '')} ${name}`,
        events: args.events === undefined ? undefined : eventsOf(args.events),
        input: args.input,
        covers: declared === undefined ? [] : Array.isArray(declared) ? declared : [declared as StoryCover],
      };
    }),
  );
}

interface Coverage {
  /** `(state a.b)` and `(choice c, variant)`, for each one no story shows. */
  missing: string[];
  /** Declared covers that name a choice their story's flow does not have. */
  unfounded: string[];
}

function coverageOf(stories: readonly StoryRecord[]): Coverage {
  const states = new Set<string>();
  const pairs = new Set<string>();
  const unfounded: string[] = [];
  for (const story of stories) {
    const covered = story.events === undefined ? undefined : coveredBy({ events: story.events, input: story.input });
    if (covered !== undefined) {
      states.add(covered.state);
      covered.pairs.forEach((pair) => pairs.add(pair));
    }
    for (const cover of story.covers) {
      for (const choice of [cover.choice].flat()) {
        // A declared cover must name a choice the story's flow shows or offers.
        if (covered !== undefined && !covered.visible.has(choice)) {
          unfounded.push(`${story.id}: ${choice} is not in its flow`);
        }
        pairs.add(`${choice}:${cover.variant}`);
      }
    }
  }
  const missing = [
    ...restingStatesOf()
      .filter((state) => !states.has(state))
      .map((state) => `(state ${state})`),
    ...KNOWN_CHOICES.flatMap((choice) =>
      requiredVariantsOf(choice)
        .filter((variant) => !pairs.has(`${choice}:${variant}`))
        .map((variant) => `(choice ${choice}, ${variant})`),
    ),
  ];
  return { missing, unfounded };
}

describe('every machine state and every known choice has stories', () => {
  const stories = storiesOf();

  it('reads the stories', () => {
    expect(stories.length).toBeGreaterThan(100);
  });

  it('has a story for each state the machine rests in and each known choice in each of its variants', () => {
    const { missing } = coverageOf(stories);
    if (missing.length > 0) {
      console.log(`Without a story:\n${missing.map((entry) => `  ${entry}`).join('\n')}`);
    }
    expect(missing).toEqual([]);
  });

  it('declares covers only for choices its story shows', () => {
    expect(coverageOf(stories).unfounded).toEqual([]);
  });

  it('names exactly what a missing story leaves uncovered', () => {
    const without = (ids: string[]) => stories.filter((story) => !ids.includes(story.id));
    expect(coverageOf(without(['code-step.stories.tsx TotpServerError'])).missing).toEqual(['(choice totp, server-error)']);
    expect(coverageOf(without(['flow-screens.stories.tsx Expired'])).missing).toEqual(['(state expired)']);
    const saml = [
      'identifier-step.stories.tsx WithProviders',
      'callbacks.stories.tsx SamlReturnPending',
      'callbacks.stories.tsx SamlReturnAccepted',
      'callbacks.stories.tsx SamlReturnRefused',
    ];
    // The provider buttons' story covers social's idle state too.
    expect(coverageOf(without(saml)).missing).toEqual([
      '(choice social, idle)',
      '(choice saml, idle)',
      '(choice saml, pending)',
      '(choice saml, server-error)',
      '(choice saml, callback)',
    ]);
  });

  it('knows the machine\'s resting states and the wire\'s choices from the code', () => {
    expect(restingStatesOf()).toContain('update.submitting');
    expect(restingStatesOf()).not.toContain('routing');
    expect(KNOWN_CHOICES).toContain('oauth_consent');
  });
});
