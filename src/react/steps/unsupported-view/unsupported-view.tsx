import { useAuthNFlow } from '../../hooks/use-authn-flow.js';
import { useMessages } from '../../i18n/use-messages.js';
import { unsupportedMessages } from '../../i18n/en/unsupported.js';
import { Button } from '../../primitives/button.js';
import { Heading } from '../../primitives/heading.js';
import { usePartAttributes } from '../../primitives/parts.js';

/**
 * The server offers nothing this kit (or the app's `components`) can render.
 * @selector [data-scope="authn"][data-part="unsupported-view"]
 */
export function UnsupportedView() {
  const partAttributes = usePartAttributes();
  const { view, startOver } = useAuthNFlow();
  const t = useMessages(unsupportedMessages);
  return (
    <div {...partAttributes('unsupported-view')}>
      <Heading>{t('unsupported.heading')}</Heading>
      <p {...partAttributes('body')}>{t('unsupported.body')}</p>
      {view.canStartOver ? (
        <Button part="start-over" onClick={startOver}>
          {t('flow.startOver')}
        </Button>
      ) : null}
    </div>
  );
}
