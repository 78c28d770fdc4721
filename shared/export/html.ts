/** Text for HTML and SVG: the five special characters escaped, lone surrogates replaced. */
export function esc(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number for CSS/SVG: two decimals at most. */
export const n = (value: number): string => String(Math.round(value * 100) / 100);

/** Only CSS hex colours pass into style attributes (persona colours come from files). */
export const safeColor = (value: string, fallback = '#868e96'): string => (/^#[0-9a-fA-F]{3,8}$/.test(value) ? value : fallback);
