import { useEffect, useState } from 'react';
import { MAX_PARTICIPANTS, type Participant, type WorkshopSessionInput } from '@shared/domain';
import { DEFAULT_AGENDA, newSession } from '@shared/workshop';
import { NumberField, TextArea, TextField } from '@renderer/components/inputs';
import { useYourName } from '@renderer/features/record/useRecord';
import { getApi } from '@renderer/api';

/** Today as "YYYY-MM-DD" on this computer's calendar. */
function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The names typed one per line (blank lines and repeats dropped). */
export function namesOf(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const name = line.trim();
    if (name === '' || seen.has(name.toLocaleLowerCase())) continue;
    seen.add(name.toLocaleLowerCase());
    names.push(name);
  }
  return names;
}

/**
 * Starts a session: its title, day, facilitator and participants (one name per line), on the default agenda
 * (capture problems → pick candidates → vote → fund) with the minutes planned for each step. `onStart` saves it and
 * answers the field errors, or null.
 */
export function StartSessionForm({ onStart, makeId }: { onStart: (input: WorkshopSessionInput) => Promise<Record<string, string> | null>; makeId: () => string }) {
  const yourName = useYourName();
  const [title, setTitle] = useState('Planning session');
  const [date, setDate] = useState(() => localDay(new Date()));
  const [facilitator, setFacilitator] = useState('');
  const [people, setPeople] = useState('');
  const [minutes, setMinutes] = useState<number[]>(() => DEFAULT_AGENDA.map((s) => s.minutes));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (yourName) setFacilitator((f) => f || yourName);
  }, [yourName]);
  const names = namesOf(people);
  return (
    <form
      className="card workshop-start"
      aria-labelledby="workshop-start-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (saving) return;
        if (minutes.some((m) => !Number.isInteger(m) || m < 1)) {
          setErrors({ agenda: 'Plan each step in whole minutes, 1 or more.' });
          return;
        }
        if (names.length > MAX_PARTICIPANTS) {
          setErrors({ participants: `At most ${MAX_PARTICIPANTS} participants` });
          return;
        }
        const participants: Participant[] = names.map((name) => ({ id: makeId(), name, via: 'room' }));
        const input = newSession({ title: title.trim(), date, facilitator: facilitator.trim(), participants }, makeId);
        const agenda = input.agenda.map((s, i) => ({ ...s, minutes: minutes[i] ?? s.minutes }));
        setSaving(true);
        void onStart({ ...input, agenda }).then((refused) => {
          setSaving(false);
          setErrors(refused ?? {});
        });
      }}
    >
      <h2 id="workshop-start-title">Start a session</h2>
      <p className="muted">The agenda: capture problems, pick the candidates to put to the room, vote, and decide what to fund. Each step has a timer.</p>
      <div className="grid-2">
        <TextField label="Session title" value={title} onChange={setTitle} required error={errors.title} />
        <DateField date={date} setDate={setDate} error={errors.date} />
        <TextField label="Facilitator" value={facilitator} onChange={setFacilitator} error={errors.facilitator} />
        <TextArea
          label="Participants, one name per line"
          value={people}
          onChange={setPeople}
          rows={5}
          hint={names.length === 0 ? (getApi().host === 'desktop' ? 'They vote in turn on this screen, or from their own phones and laptops.' : 'They vote in turn on this screen.') : `${names.length} participant${names.length === 1 ? '' : 's'}: ${names.join(', ')}`}
          error={errors.participants}
        />
      </div>
      <fieldset className="workshop-start__minutes">
        <legend>Minutes planned per step</legend>
        {DEFAULT_AGENDA.map((s, i) => (
          <NumberField
            key={s.kind}
            label={s.title}
            kind="number"
            value={minutes[i] ?? s.minutes}
            onChange={(v) => setMinutes((m) => m.map((x, j) => (j === i ? v : x)))}
            suffix="min"
          />
        ))}
        {errors.agenda && (
          <p className="field__error" role="alert">
            {errors.agenda}
          </p>
        )}
      </fieldset>
      {errors[''] && (
        <p className="field__error" role="alert">
          {errors['']}
        </p>
      )}
      <div className="workshop-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Start the session
        </button>
      </div>
    </form>
  );
}

/** The session's day: the browser's date picker (typed or picked with the keyboard). */
function DateField({ date, setDate, error }: { date: string; setDate: (v: string) => void; error: string | undefined }) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor="workshop-date">Date</label>
      <input id="workshop-date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? 'workshop-date-error' : undefined} />
      {error && (
        <p className="field__error" id="workshop-date-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
