/**
 * "Turn usage data off": the FusionAuth URL and API key the commands use, then one tab per
 * way to opt out (the API, the admin UI, Kickstart, Terraform, opting back in, Cloud).
 */
import type { ViewContent } from './build-view.ts';
import { fallbackNotice } from './build-view.ts';
import type { OptOutForm } from './check-form.ts';
import { GuideView } from './GuideView.tsx';
import { methodTabs } from './guide-tabs.ts';
import { panelId, TabStrip, tabId } from './TabStrip.tsx';
import { ApiValues } from './ValueFields.tsx';

interface Props {
  content: ViewContent;
  form: OptOutForm;
  onForm: (form: OptOutForm) => void;
  methodId: string | null;
  onMethod: (id: string) => void;
}

export function MethodsSection({ content, form, onForm, methodId, onMethod }: Props) {
  const { checked, methods } = content;
  // Managed mode adds a tab, which may come and go with a re-read: the first tab stands in.
  const method = methods.find((guide) => guide.id === methodId) ?? methods[0]!;
  const notice = fallbackNotice(checked, ['fusionAuthUrl', 'apiKey']);

  return (
    <section className="optout-section" aria-labelledby="optout-methods-heading">
      <div className="section-heading">
        <h2 id="optout-methods-heading">Turn usage data off</h2>
        <span className="hint">
          Any one of these. Values typed here fill the commands in; they are kept in this window
          only, never saved and never sent.
        </span>
      </div>
      <ApiValues
        form={form}
        problems={checked.problems}
        warnings={checked.warnings}
        configuredUrl={content.configuredUrl}
        onChange={onForm}
      />
      <TabStrip
        tabs={methodTabs(methods)}
        selected={method.id}
        onSelect={onMethod}
        label="Ways to turn usage data off"
        idPrefix="optout-method"
      />
      <div
        className="tab-panel"
        role="tabpanel"
        id={panelId('optout-method')}
        aria-labelledby={tabId('optout-method', method.id)}
      >
        {notice !== null && <p className="message message-info">{notice}</p>}
        <GuideView guide={method} />
      </div>
    </section>
  );
}
