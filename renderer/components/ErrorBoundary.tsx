import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';

/**
 * What the user sees instead of a page that cannot be shown (or an address that leads nowhere): what
 * failed in plain words, and two ways on: the workspaces page, or a reload. The heading takes the focus so
 * a screen reader announces it.
 */
export function PageTrouble({ title, children, onLeave }: { title: string; children: ReactNode; onLeave?: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="callout callout--warning" role="alert" aria-labelledby="page-trouble-title">
      <h1 id="page-trouble-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
      <div className="form-actions">
        <a className="button button--primary" href="#/workspaces" onClick={onLeave}>
          Go to the workspaces page
        </a>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </section>
  );
}

/** The error's own words, when it has any ("Maximum call stack size exceeded"), else a generic sentence. */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim() ? message.trim() : 'An unexpected error.';
}

interface ErrorBoundaryProps {
  /** What is shown, in words a reader knows: "the portfolio", "this use case". */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * Catches an error thrown while showing `children` (one page) and shows what failed in its place, so the
 * rest of the app (header, navigation, dialogs) stays usable. Give it a `key` that changes with the page so
 * that going elsewhere starts afresh.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Lastmile could not show ${this.props.what}:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <PageTrouble title={`Lastmile could not show ${this.props.what}`} onLeave={() => this.setState({ error: null, failed: false })}>
        <p>
          Something went wrong while preparing this page: <q>{errorText(this.state.error)}</q>
        </p>
        <p>Your saved work is not affected. The rest of the app still works: choose another section above, go to the workspaces page, or reload.</p>
      </PageTrouble>
    );
  }
}
