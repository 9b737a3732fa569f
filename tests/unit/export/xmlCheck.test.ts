import { describe, expect, it } from 'vitest';
import { runText, unescapeXml, xmlFaults } from './xmlCheck';

describe('xml check (test helper)', () => {
  it('accepts well-formed XML and reads its text runs', () => {
    const xml = '<?xml version="1.0"?><a:p x="1 &amp; 2"><a:r><a:t>A &lt;b&gt; &amp; &quot;c&quot;</a:t></a:r><a:br/></a:p>';
    expect(xmlFaults(xml)).toEqual([]);
    expect(runText(xml)).toBe('A <b> & "c"');
  });

  it('finds raw markup, bare ampersands and unbalanced tags', () => {
    expect(xmlFaults('<a:t>x & y</a:t>')).toEqual(['bare "&" at 7']);
    expect(xmlFaults('<a:t>1 < 2</a:t>')).toHaveLength(1);
    expect(xmlFaults('<a><b></a>')).toEqual(['</a> closes <b>', 'unclosed <a>']);
    expect(unescapeXml('&#x3C;&#60;&apos;')).toBe("<<'");
  });

  it('finds characters XML 1.0 does not allow, raw or as references', () => {
    expect(xmlFaults('<a:t>bell\u0007</a:t>')).toEqual(['character U+0007 at 9 is not allowed in XML']);
    expect(xmlFaults('<a:t>\uFFFE \uD800</a:t>')).toHaveLength(2);
    expect(xmlFaults('<a x="&#11;">&#xFFFF;</a>')).toHaveLength(2);
    expect(xmlFaults('<a:t>tab\t\u{1F600} &#x1F600; &#9;</a:t>')).toEqual([]);
  });
});
