/**
 * Messages about what the islands could not use (a broken share link, say), announced as an alert
 * and dismissable. Renders nothing when there is nothing to say.
 */
export function Notices({ notices, onDismiss, className, testId }: { notices: readonly string[]; onDismiss: () => void; className: string; testId?: string }) {
  if (notices.length === 0) return null;
  return (
    <div className={className} role="alert" data-testid={testId}>
      {notices.map((n, i) => (
        <p key={i}>{n}</p>
      ))}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
