import { useState } from 'react';
import { Tabs } from '@renderer/components/Tabs';
import { ChangeLogView } from './ChangeLogView';
import { DecisionRecord } from './DecisionRecord';
import { SinceLastBoard } from './SinceLastBoard';
import { YourNameField } from './YourNameField';
import './record.css';

type View = 'since' | 'decisions' | 'log';
const VIEWS = [
  { key: 'since', label: 'Since last board' },
  { key: 'decisions', label: 'Decisions' },
  { key: 'log', label: 'Change log' },
] as const;

/** The workspace's record: what changed since the last board, the decisions taken, and who changed what. */
export function RecordPage({ workspaceId }: { workspaceId: string }) {
  const [view, setView] = useState<View>('since');
  return (
    <section className="page record-page" aria-labelledby="record-title">
      <header className="page__header">
        <h1 id="record-title">Record</h1>
        <YourNameField />
      </header>
      <Tabs tabs={VIEWS} selected={view} onSelect={setView} label="Record views">
        {view === 'since' && <SinceLastBoard workspaceId={workspaceId} />}
        {view === 'decisions' && <DecisionRecord workspaceId={workspaceId} />}
        {view === 'log' && <ChangeLogView workspaceId={workspaceId} />}
      </Tabs>
    </section>
  );
}
