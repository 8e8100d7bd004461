/**
 * "Share or embed": the link to a tool's current state and the <iframe> code that shows the tool in
 * that state on another site, each copied in one click. Thin over embed-code.ts. On a tool page the
 * page's address always holds the tool's whole state (both tools write it there), so the control reads
 * it (`fromAddress`) and needs nothing from the tool itself; elsewhere it takes the tool's share address.
 * Links name the public site (SITE_URL), so what a reader shares works wherever they copied it from.
 */
import { useEffect, useRef, useState } from 'react';
import { SITE_URL } from '../../lib/site.ts';
import { embedUrl, iframeCode, type Tool } from './embed-code.ts';
import './share-embed.css';

export interface ShareOrEmbedProps {
  tool: Tool;
  /** the tool's share address for the current state, e.g. /tools/simulator/?sim=…&fail=… */
  href: string;
  /** what the state shows, for the iframe's title */
  title?: string;
  /**
   * the page's own address holds the full state (the full tool, where a reader's own model is written
   * into the address asynchronously): read it when the control is opened, focused or used
   */
  fromAddress?: boolean;
}

type Copied = { what: 'link' | 'embed code'; ok: boolean } | null;

/** Copies text: the Clipboard API where the page may use it, else the selected field and execCommand. */
async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function ShareOrEmbed({ tool, href, title, fromAddress = false }: ShareOrEmbedProps) {
  const [address, setAddress] = useState<string | null>(null);
  const refresh = () => {
    if (fromAddress) setAddress(location.search);
  };
  useEffect(refresh, [fromAddress]);
  const given = new URL(href, SITE_URL);
  const link = address === null ? given.href : `${given.origin}${given.pathname}${address}`;
  const code = iframeCode(embedUrl(SITE_URL, tool, new URL(link).search), tool, title);
  const [copied, setCopied] = useState<Copied>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const copy = async (what: 'link' | 'embed code', field: HTMLInputElement | HTMLTextAreaElement | null) => {
    // what is copied is what the address holds now, and what the field shows after this render
    const search = fromAddress ? location.search : given.search;
    const now = `${given.origin}${given.pathname}${search}`;
    setAddress(fromAddress ? search : null);
    setCopied({ what, ok: await copyText(what === 'link' ? now : iframeCode(embedUrl(SITE_URL, tool, search), tool, title), field) });
  };
  const id = `share-${tool}`;
  return (
    <details className="share-embed no-print" data-testid={id} onToggle={refresh} onFocus={refresh}>
      <summary>Share or embed</summary>
      <div className="share-embed-row">
        <label htmlFor={`${id}-link`}>Link to this state</label>
        <input id={`${id}-link`} ref={linkRef} readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid={`${id}-link`} />
        <button type="button" onClick={() => copy('link', linkRef.current)}>Copy link</button>
      </div>
      <div className="share-embed-row">
        <label htmlFor={`${id}-code`}>Embed on your site</label>
        <textarea id={`${id}-code`} ref={codeRef} readOnly rows={3} value={code} onFocus={(e) => e.currentTarget.select()} data-testid={`${id}-code`} />
        <button type="button" onClick={() => copy('embed code', codeRef.current)}>Copy embed code</button>
      </div>
      <p className="share-embed-status" role="status">
        {copied && (copied.ok ? `Copied the ${copied.what}.` : `Could not copy the ${copied.what} here: it is selected, press Ctrl+C (⌘C on a Mac).`)}
      </p>
    </details>
  );
}
