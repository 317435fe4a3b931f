/**
 * "Block egress": the four hosts with a tick for each one to block, then one tab per
 * platform with its rules and the three checks that prove them. The Kubernetes tab asks for
 * the namespace and pod labels it selects FusionAuth by, right above the policy they change.
 */
import type { InputField } from '../../../shared/optout/escape.ts';
import type { PlatformName } from '../../../shared/optout/types.ts';
import { fallbackNotice, type ViewContent } from './build-view.ts';
import type { OptOutForm } from './check-form.ts';
import { GuideView } from './GuideView.tsx';
import { PLATFORM_TABS } from './guide-tabs.ts';
import { HostTable } from './HostTable.tsx';
import { panelId, TabStrip, tabId } from './TabStrip.tsx';
import { KubernetesValues } from './ValueFields.tsx';
import { VerificationView } from './VerificationView.tsx';

interface Props {
  content: ViewContent;
  form: OptOutForm;
  onForm: (form: OptOutForm) => void;
  platform: PlatformName;
  onPlatform: (platform: PlatformName) => void;
}

export function EgressSection({ content, form, onForm, platform, onPlatform }: Props) {
  const { checked, hostTable, egress } = content;
  const kubernetes = platform === 'kubernetes';
  const fields: InputField[] = kubernetes ? ['namespace', 'podLabels', 'block'] : ['block'];
  const notice = fallbackNotice(checked, fields);

  return (
    <section className="optout-section" aria-labelledby="optout-egress-heading">
      <div className="section-heading">
        <h2 id="optout-egress-heading">Block egress</h2>
        <span className="hint">
          The usage-data flag stops only usage-stats.fusionauth.io. Rules for the hosts you tick, on
          the platform FusionAuth runs on, each with the checks that prove them.
        </span>
      </div>
      <HostTable
        table={hostTable}
        chosen={form.block}
        problem={checked.problems.block}
        onChoose={(block) => onForm({ ...form, block })}
      />
      <TabStrip
        tabs={PLATFORM_TABS}
        selected={platform}
        onSelect={onPlatform}
        label="Platforms to block egress on"
        idPrefix="optout-platform"
      />
      <div
        className="tab-panel"
        role="tabpanel"
        id={panelId('optout-platform')}
        aria-labelledby={tabId('optout-platform', platform)}
      >
        {kubernetes && (
          <KubernetesValues form={form} problems={checked.problems} onChange={onForm} />
        )}
        {notice !== null && <p className="message message-info">{notice}</p>}
        <GuideView guide={egress} />
        <VerificationView verification={egress.verification} />
      </div>
    </section>
  );
}
