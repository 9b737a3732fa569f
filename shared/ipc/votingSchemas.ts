import { z } from '../zod';
import { ballotSchema, participantSchema, voteSchema } from '../domain/workshop';
import { id } from '../domain/fields';

/**
 * IPC payloads of voting from devices (docs/voting.md): the desktop app serves a voting page on the local network
 * while a session's voting is open; the renderer takes the ballots that came in and stores them with the session.
 */

export const votingStartRequestSchema = z.strictObject({ sessionId: id('Session id'), ballot: ballotSchema });
export type VotingStartRequest = z.infer<typeof votingStartRequestSchema>;

export const votingStartedSchema = z.object({
  /** What a device opens (also in the QR code): `http://<first LAN address>:<port>/#<code>`. */
  url: z.string(),
  /** This computer's IPv4 addresses on the local network, likeliest first; empty when it is on no network. */
  addresses: z.array(z.string()),
  /** The session code shown on the projector (6 characters). */
  code: z.string(),
  port: z.number().int(),
  /** The QR code of `url` as an SVG document (black on white), made offline. */
  qrSvg: z.string(),
});
export type VotingStarted = z.infer<typeof votingStartedSchema>;

export const votingSessionRequestSchema = z.strictObject({ sessionId: id('Session id') });
export type VotingSessionRequest = z.infer<typeof votingSessionRequestSchema>;

/** A device's latest ballot: its participant (via 'device') and all its votes; it replaces that participant's earlier votes. */
export const deviceBallotSchema = z.object({ participant: participantSchema, votes: z.array(voteSchema) });
export type DeviceBallot = z.infer<typeof deviceBallotSchema>;

export const votingTakenSchema = z.object({
  /** Ballots that came in since the last take (each device's latest). */
  ballots: z.array(deviceBallotSchema),
  /** Devices that joined, and how many of them have sent a ballot. */
  devices: z.number().int().nonnegative(),
  received: z.number().int().nonnegative(),
});
export type VotingTaken = z.infer<typeof votingTakenSchema>;

/** The browser host's answer to votingStart (and the other voting methods). */
export const VOTING_NEEDS_DESKTOP = 'Voting from phones needs the desktop app; in the browser, people vote in turn on this screen.';
/** The desktop's answer to votingTake / votingReveal for a session whose voting is not open. */
export const VOTING_NOT_OPEN = 'Voting from devices is not open for this session';
