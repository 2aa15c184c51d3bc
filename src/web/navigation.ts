import { MessageKey } from './messages';

export interface NavLink {
  href: string;
  label: MessageKey;
}

/** How a person stands anywhere in the service: what their navigation offers. */
export interface Standing {
  participant: boolean;
  faculty: boolean;
  facilitator: boolean;
  /** An administrator, or a coordinator of some program. */
  coordinator: boolean;
}

/** The links a person's roles call for, each once, in a fixed order. */
export function linksFor(standing: Standing): NavLink[] {
  const links: (NavLink & { for: boolean })[] = [
    { href: '/home', label: 'nav.home', for: true },
    { href: '/schedule', label: 'nav.schedule', for: standing.participant },
    { href: '/journals', label: 'nav.journals', for: standing.participant },
    { href: '/practicum', label: 'nav.practicum', for: standing.participant },
    { href: '/progress', label: 'nav.progress', for: standing.participant || standing.faculty || standing.facilitator },
    { href: '/certificates', label: 'nav.certificates', for: standing.participant || standing.coordinator },
    { href: '/grading', label: 'nav.grading', for: standing.faculty },
    { href: '/reviews', label: 'nav.reviews', for: standing.facilitator || standing.faculty },
    { href: '/attendance', label: 'nav.attendance', for: standing.facilitator || standing.faculty || standing.coordinator },
    { href: '/programs', label: 'nav.programs', for: standing.coordinator },
    { href: '/people', label: 'nav.people', for: standing.coordinator },
    { href: '/audit', label: 'audit.nav', for: standing.coordinator },
    { href: '/account', label: 'nav.account', for: true },
  ];
  return links.filter((link) => link.for).map(({ href, label }) => ({ href, label }));
}
