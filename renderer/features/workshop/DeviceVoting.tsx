import type { Ballot } from '@shared/domain';
import type { DeviceVoting as Voting } from './useDeviceVoting';

/**
 * "Let people vote from their phones" (desktop app): the voting page's address, its session code and a QR code for
 * the projector; how many devices joined and sent a ballot (never what they voted).
 */
export function DeviceVoting({ voting, ballot }: { voting: Voting; ballot: Ballot }) {
  const v = voting.voting;
  return (
    <section className="card workshop-devices" aria-labelledby="workshop-devices-title">
      <h3 id="workshop-devices-title">Voting from phones and laptops</h3>
      {v.state === 'open' ? (
        <>
          <div className="workshop-devices__join">
            <img className="workshop-devices__qr" alt={`QR code of the voting page, ${v.started.url}`} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(v.started.qrSvg)}`} />
            <div>
              <p>On the same network as this computer, open</p>
              <p className="workshop-devices__url">{v.started.url}</p>
              <p>
                and enter the session code <strong className="workshop-devices__code">{v.started.code}</strong>
              </p>
              {v.started.addresses.length === 0 && <p className="field__error">This computer is on no network: the room’s devices cannot reach it. Vote in turn on this screen.</p>}
            </div>
          </div>
          <p role="status">
            {v.devices === 1 ? '1 device joined' : `${v.devices} devices joined`}, {v.received} sent a ballot. Their votes stay hidden until the reveal.
          </p>
          <button type="button" className="button" onClick={() => void voting.stop()}>
            Stop voting from phones
          </button>
        </>
      ) : (
        <>
          <p className="muted">Everyone votes at once from their own device, over this computer’s local network; no internet needed. Only the candidates’ names and one line each are shown on the devices.</p>
          <button type="button" className="button" disabled={v.state === 'starting'} onClick={() => void voting.start(ballot)}>
            Let people vote from their phones
          </button>
          {v.state === 'failed' && (
            <p className="field__error" role="alert">
              {v.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
