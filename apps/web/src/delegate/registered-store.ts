import type { Schemas } from '../api/client';

export interface Registered {
  email: string;
  registrations: Schemas['RegistrationResponse'][];
}

// The confirmation page shows what the API answered; the tab keeps it so a reload still shows it.
const key = (slug: string) => `plenary.registered.${slug}`;

export function saveRegistered(slug: string, registered: Registered): void {
  sessionStorage.setItem(key(slug), JSON.stringify(registered));
}

export function loadRegistered(slug: string): Registered | null {
  try {
    const saved = sessionStorage.getItem(key(slug));
    return saved ? (JSON.parse(saved) as Registered) : null;
  } catch {
    return null;
  }
}
