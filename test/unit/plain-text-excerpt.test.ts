import { describe, expect, it } from 'vitest';
import { EXCERPT_LENGTH, plainTextExcerpt } from '../../main/signinghub/plain-text-excerpt.js';

describe('plainTextExcerpt', () => {
  it('keeps the words of a gateway page and none of its markup, script or style', () => {
    const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>body { color: red }</style>
      <script>window.location = "https://evil.example"</script></head>
      <body><h1>Bad&nbsp;Gateway</h1><p>The proxy server received an invalid
      response from an upstream server &amp; gave up.</p><script>track()</script><hr><center>nginx</center></body></html>`;
    expect(plainTextExcerpt(page)).toBe('Bad Gateway The proxy server received an invalid response from an upstream server & gave up. nginx');
  });

  it('reads plain text as is, collapsing whitespace and dropping control and bidi characters', () => {
    expect(plainTextExcerpt('  Service\tUnavailable\r\n\r\n  try later \u202Eevil\u0007 ')).toBe('Service Unavailable try later evil');
  });

  it('decodes entities without letting them become markup', () => {
    expect(plainTextExcerpt('<p>&lt;script&gt;alert(1)&lt;/script&gt; &#169; &eacute;</p>')).toBe('<script>alert(1)</script> © é');
  });

  it('cuts a long page at a word, near the limit, with an ellipsis', () => {
    const long = `<p>${'word '.repeat(100)}</p>`;
    const excerpt = plainTextExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(excerpt).toMatch(/^(word )+word…$/);
    expect(plainTextExcerpt('x'.repeat(500))).toHaveLength(EXCERPT_LENGTH);
  });

  it('is empty for a page with no text', () => {
    expect(plainTextExcerpt('<html><head><title>t</title></head><body><img src=x><script>1</script></body></html>')).toBe('');
  });
});
