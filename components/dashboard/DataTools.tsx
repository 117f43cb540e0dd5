import { useEffect, useRef, useState } from 'react';
import { localDay } from '../../lib/log/days';
import { useClient } from '../common/app-client';
import { plural } from '../common/format';

type Note = { text: string; error?: boolean } | null;

export interface DataToolsProps {
  total: number;
  /** Called after the log changed (import, delete all). */
  onChanged(): void;
}

/** Export, import and delete-all. An import is checked as a whole: a bad file changes nothing. */
export function DataTools({ total, onChanged }: DataToolsProps) {
  const client = useClient();
  const [note, setNote] = useState<Note>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function exportLog() {
    try {
      const { data } = await client.send({ type: 'log.export' });
      const name = `mindful-send-log-${localDay(client.now())}.json`;
      client.saveFile(name, JSON.stringify(data, null, 2));
      setNote({ text: `Saved ${plural(data.records.length, 'pause', 'pauses')} to ${name}.` });
    } catch {
      setNote({ text: 'The log could not be exported just now. Please try again.', error: true });
    }
  }

  async function importFile(file: File) {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setNote({ text: `${file.name} is not a JSON file Mindful Send can read. Nothing was changed.`, error: true });
      return;
    }
    try {
      const result = await client.send({ type: 'log.import', data });
      if (result.errors.length) {
        setNote({
          text: `${file.name} could not be imported, so nothing was changed. ${result.errors.slice(0, 3).join(' ')}`,
          error: true,
        });
        return;
      }
      setNote({
        text:
          `Imported ${plural(result.imported, 'pause', 'pauses')}.` +
          (result.skipped ? ` ${result.skipped} already in your log, so left as they were.` : ''),
      });
      onChanged();
    } catch {
      setNote({ text: 'The import did not go through. Nothing was changed.', error: true });
    }
  }

  async function deleteAll() {
    setConfirming(false);
    try {
      const { deleted } = await client.send({ type: 'log.delete' });
      setNote({ text: `Deleted ${plural(deleted, 'pause', 'pauses')}. Your log is empty.` });
      onChanged();
    } catch {
      setNote({ text: 'The log could not be deleted just now. Please try again.', error: true });
    }
  }

  return (
    <div className="ms-tools">
      <div className="ms-row">
        <button type="button" onClick={() => void exportLog()} disabled={total === 0}>
          Export as JSON
        </button>
        <label className="ms-button">
          Import a JSON file
          <input
            className="ms-visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" className="ms-danger" onClick={() => setConfirming(true)} disabled={total === 0 || confirming}>
          Delete all…
        </button>
      </div>
      {confirming && (
        <div className="ms-alert" role="group" aria-label="Confirm delete all">
          <p>Delete all {plural(total, 'pause', 'pauses')} from this device? This cannot be undone.</p>
          <div className="ms-row">
            <button type="button" ref={confirmRef} className="ms-danger" onClick={() => void deleteAll()}>
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
      {note && (
        <p className={note.error ? 'ms-alert' : 'ms-ok'} role={note.error ? 'alert' : 'status'} data-testid="tools-note">
          {note.text}
        </p>
      )}
    </div>
  );
}
