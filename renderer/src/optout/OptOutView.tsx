/**
 * "Opt out & block": the instance's opt-out state, the four hosts, the reviewer's values, and
 * tabs with the commands that turn usage data off and the rules that block egress, each with
 * a copy button. The state is read once, when the view is first opened; everything else is
 * built here from it as the reviewer types.
 */
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';

import type { ConnectionTarget } from '../../../shared/ipc/target-schema.ts';
import type { OptOutState, PlatformName } from '../../../shared/optout/types.ts';
import { optOutStateQuery } from '../api/queries.ts';
import { useTransport } from '../api/transport-context.tsx';
import { ErrorMessage } from '../common/ErrorMessage.tsx';
import '../styles/optout.css';
import { buildViewContent, type ViewContent } from './build-view.ts';
import { EMPTY_FORM, type OptOutForm } from './check-form.ts';
import { EgressSection } from './EgressSection.tsx';
import { MethodsSection } from './MethodsSection.tsx';
import { StatePanel } from './StatePanel.tsx';

interface Props {
  target: ConnectionTarget;
  /** The state is read the first time the view is shown, not when the inspector opens. */
  visible: boolean;
}

export function OptOutView({ target, visible }: Props) {
  const transport = useTransport();
  const query = useQuery({ ...optOutStateQuery(transport, target), enabled: visible });
  const retry = () => void query.refetch();

  if (query.data === undefined) {
    return query.isError ? (
      <section className="optout-view" aria-label="Opt out and block">
        <ReadProblem error={query.error} title="The opt-out state cannot be read" onRetry={retry} />
      </section>
    ) : (
      <p className="loading">Reading the opt-out state…</p>
    );
  }

  // A failed re-read keeps the last state and what was typed; the problem shows on top.
  const problem = query.isError ? (
    <ReadProblem
      error={query.error}
      title="The opt-out state cannot be read again; below is the state as last read"
      onRetry={retry}
    />
  ) : null;

  return (
    <OptOutContent
      state={query.data}
      problem={problem}
      refreshing={query.isFetching}
      onRefresh={retry}
    />
  );
}

function ReadProblem(props: { error: unknown; title: string; onRetry: () => void }) {
  return (
    <div className="optout-problem">
      <ErrorMessage error={props.error} title={props.title} />
      <button type="button" className="button" onClick={props.onRetry}>
        Try again
      </button>
    </div>
  );
}

type Built = { ok: true; content: ViewContent } | { ok: false; error: unknown };

interface ContentProps {
  state: OptOutState;
  problem: ReactNode;
  refreshing: boolean;
  onRefresh: () => void;
}

function OptOutContent({ state, problem, refreshing, onRefresh }: ContentProps) {
  const [form, setForm] = useState<OptOutForm>(EMPTY_FORM);
  // null: the first tab, which is managed mode when it forces collection on, else the API.
  const [methodId, setMethodId] = useState<string | null>(null);
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
      {problem}
      <StatePanel state={state} refreshing={refreshing} onRefresh={onRefresh} />
      {built.ok ? (
        <>
          <MethodsSection
            content={built.content}
            form={form}
            onForm={setForm}
            methodId={methodId}
            onMethod={setMethodId}
          />
          <EgressSection
            content={built.content}
            form={form}
            onForm={setForm}
            platform={platform}
            onPlatform={setPlatform}
          />
        </>
      ) : (
        <ErrorMessage error={built.error} />
      )}
    </section>
  );
}
