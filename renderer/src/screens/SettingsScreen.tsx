// The settings screen: each setting with its value, and the ones an administrator's policy fixed marked as such.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { settingsQuery } from '../api/settings-query';
import { Spinner } from '../components/Spinner';
import './settings-screen.css';

/** Props of the settings screen. */
export interface SettingsScreenProps {
  onClose: () => void;
}

/** Lists the user's settings and the policy-locked ones ("Set by your administrator"). */
export function SettingsScreen({ onClose }: SettingsScreenProps) {
  const settings = useQuery(settingsQuery());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="settings-screen" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        Settings
      </h1>
      {settings.isPending && (
        <p role="status" className="state state--loading">
          <Spinner /> Loading settings…
        </p>
      )}
      {settings.data && (
        <dl className="settings-list">
          {settings.data.map((row) => (
            <div key={row.key} className="settings-row">
              <dt>{row.label}</dt>
              <dd>
                <span className="settings-value">{row.value}</span>
                {row.locked && <span className="settings-locked">Set by your administrator</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button" onClick={onClose}>
        Back
      </button>
    </section>
  );
}
