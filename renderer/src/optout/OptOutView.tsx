/**
 * "Opt out & block": the instance's opt-out state, the four hosts, the reviewer's values, and
 * tabs with the commands that turn usage data off and the rules that block egress, each with
 * a copy button. The state is read once, when the view is first opened; everything else is
 * built here from it as the reviewer types.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import type { OptOutState, PlatformName } from '../../../shared/optout/types.ts';
import { optOutStateQuery } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import '../styles/optout.css';
import { buildViewContent, fallbackNotice, type ViewContent } from './build-view.ts';
import { EMPTY_FORM, type OptOutForm } from './check-form.ts';
import { GuideView } from './GuideView.tsx';
import { methodTabs, PLATFORM_TABS } from './guide-tabs.ts';
import { HostTable } from './HostTable.tsx';
import { InputsForm } from './InputsForm.tsx';
import { StatePanel } from './StatePanel.tsx';
import { panelId, TabStrip, tabId } from './TabStrip.tsx';
import { VerificationView } from './VerificationView.tsx';

interface Props {
  target: ConnectionTarget;
  /** The state is read the first time the view is shown, not when the inspector opens. */
  visible: boolean;
}

export function OptOutView({ target, visible }: Props) {
  const transport = useTransport();
  const query = useQuery({ ...optOutStateQuery(transport, target), enabled: visible });

  if (query.isError) {
    return (
      <section className="optout-view" aria-label="Opt out and block">
        <div className="optout-problem">
          <ErrorMessage error={query.error} title="The opt-out state cannot be read" />
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Try again
          </button>
        </div>
      </section>
    );
  }

  if (query.data === undefined) {
    return <p className="loading">Reading the opt-out state…</p>;
  }

  return (
    <OptOutContent
      state={query.data}
      refreshing={query.isFetching}
      onRefresh={() => void query.refetch()}
    />
  );
}

type Built = { ok: true; content: ViewContent } | { ok: false; error: unknown };

interface ContentProps {
  state: OptOutState;
  refreshing: boolean;
  onRefresh: () => void;
}

function OptOutContent({ state, refreshing, onRefresh }: ContentProps) {
  const [form, setForm] = useState<OptOutForm>(EMPTY_FORM);
  const [methodId, setMethodId] = useState('api');
  const [platform, setPlatform] = useState<PlatformName>('hosts');

  const built = useMemo<Built>(() => {
    try {
      return { ok: true, content: buildViewContent(form, state, platform) };
    } catch (error) {
      // A generator bug must not blank the view: the state and the form stay usable.
      return { ok: false, error };
    }
  }, [form, state, platform]);

  return (
    <section className="optout-view" aria-label="Opt out and block">
      <StatePanel state={state} refreshing={refreshing} onRefresh={onRefresh} />
      {built.ok ? (
        <Guides
          content={built.content}
          form={form}
          onForm={setForm}
          methodId={methodId}
          onMethod={setMethodId}
          platform={platform}
          onPlatform={setPlatform}
        />
      ) : (
        <ErrorMessage error={built.error} />
      )}
    </section>
  );
}

interface GuidesProps {
  content: ViewContent;
  form: OptOutForm;
  onForm: (form: OptOutForm) => void;
  methodId: string;
  onMethod: (id: string) => void;
  platform: PlatformName;
  onPlatform: (platform: PlatformName) => void;
}

function Guides(props: GuidesProps) {
  const { checked, hostTable, methods, egress } = props.content;
  // Managed mode adds a tab, which may come and go with a re-read; fall back to the first.
  const method = methods.find((guide) => guide.id === props.methodId) ?? methods[0]!;
  const methodNotice = fallbackNotice(checked, ['fusionAuthUrl', 'apiKey']);
  const egressNotice = fallbackNotice(checked, ['namespace', 'podLabels', 'block']);

  return (
    <>
      <HostTable
        table={hostTable}
        chosen={props.form.block}
        problem={checked.problems.block}
        onChoose={(block) => props.onForm({ ...props.form, block })}
      />
      <InputsForm
        form={props.form}
        problems={checked.problems}
        warnings={checked.warnings}
        onChange={props.onForm}
      />
      <section className="optout-section" aria-labelledby="optout-methods-heading">
        <div className="section-heading">
          <h2 id="optout-methods-heading">Turn usage data off</h2>
          <span className="hint">Any one of these; the API works on every version from 1.55.</span>
        </div>
        <TabStrip
          tabs={methodTabs(methods)}
          selected={method.id}
          onSelect={props.onMethod}
          label="Ways to turn usage data off"
          idPrefix="optout-method"
        />
        <div
          className="tab-panel"
          role="tabpanel"
          id={panelId('optout-method')}
          aria-labelledby={tabId('optout-method', method.id)}
        >
          {methodNotice !== null && <p className="message message-info">{methodNotice}</p>}
          <GuideView guide={method} />
        </div>
      </section>
      <section className="optout-section" aria-labelledby="optout-egress-heading">
        <div className="section-heading">
          <h2 id="optout-egress-heading">Block egress</h2>
          <span className="hint">
            Rules for the ticked hosts on one platform, each with the checks that prove it works.
          </span>
        </div>
        <TabStrip
          tabs={PLATFORM_TABS}
          selected={props.platform}
          onSelect={props.onPlatform}
          label="Platforms to block egress on"
          idPrefix="optout-platform"
        />
        <div
          className="tab-panel"
          role="tabpanel"
          id={panelId('optout-platform')}
          aria-labelledby={tabId('optout-platform', props.platform)}
        >
          {egressNotice !== null && <p className="message message-info">{egressNotice}</p>}
          <GuideView guide={egress} />
          <VerificationView verification={egress.verification} />
        </div>
      </section>
    </>
  );
}
