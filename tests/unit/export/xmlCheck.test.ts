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
});
