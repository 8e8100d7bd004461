/**
 * Where a page's OpenGraph image lives: /og/<page path>.png, the home page at /og/index.png. BaseHead
 * writes this URL; the og-images integration renders a PNG there for every page that asks for one.
 */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function ogImagePath(pathname: string): string {
  const trimmed = pathname.replace(/index\.html$/, '').replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${trimmed || 'index'}.png`;
}
