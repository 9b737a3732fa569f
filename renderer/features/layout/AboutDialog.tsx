import { useEffect, useState } from 'react';
import { getApi, type AppInfo } from '@renderer/api';
import { Dialog } from '@renderer/components/Dialog';
import { useUi } from '@renderer/state/ui';

/** Help → About: version and host; everything stays on this machine. */
export function AboutDialog() {
  const { aboutOpen, setAboutOpen } = useUi();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (aboutOpen) void getApi().getAppInfo().then((r) => r.ok && setInfo(r.value));
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
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setAboutOpen(false)} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
