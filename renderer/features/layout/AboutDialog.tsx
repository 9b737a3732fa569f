import { useEffect, useState } from 'react';
import { getApi, type AppInfo } from '@renderer/api';
import { megabytes } from '@shared/export/fileLimits';
import { Dialog } from '@renderer/components/Dialog';
import { readStorageState, type StorageState } from '@renderer/state/storagePersistence';
import { useUi } from '@renderer/state/ui';

/** "Storage: …" in plain words: whether the workspaces are kept, and the space used of what the system allows. */
export function storageSentence(state: StorageState): string {
  const kept =
    state.persisted === true
      ? 'kept until you delete it'
      : state.persisted === false
        ? 'may be cleared by the system when space runs low; export your workspaces to keep a copy'
        : 'this browser does not say whether it keeps it when space runs low';
  const used =
    state.usage !== null && state.quota !== null
      ? ` Using ${megabytes(state.usage)} of about ${megabytes(state.quota)} available.`
      : state.usage !== null
        ? ` Using ${megabytes(state.usage)}.`
        : '';
  return `Storage: ${kept}.${used}`;
}

/** Help → About: version and host; everything stays on this machine, and whether the system keeps it. */
export function AboutDialog() {
  const { aboutOpen, setAboutOpen } = useUi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [storage, setStorage] = useState<StorageState | null>(null);
  useEffect(() => {
    if (!aboutOpen) return;
    void getApi().getAppInfo().then((r) => r.ok && setInfo(r.value));
    void readStorageState().then(setStorage);
  }, [aboutOpen]);
  return (
    <Dialog title="About Lastmile" open={aboutOpen} onClose={() => setAboutOpen(false)}>
      <p>
        Lastmile {info?.version ?? ''} — a problem-first portfolio of AI use cases: pilot and last-mile cost, readiness, ranking, funding and board-ready
        export.
      </p>
      <p>
        {info ? `Running as the ${info.host === 'desktop' ? 'desktop app' : 'browser host'} on ${info.platform}. ` : ''}Your workspaces are stored on this machine only;
        nothing is sent over the network.
      </p>
      {storage && <p>{storageSentence(storage)}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAboutOpen(false)} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
