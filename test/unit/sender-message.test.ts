import { describe, expect, it } from 'vitest';
import { senderMessageOf } from '../../main/signinghub/mappers.js';

describe('senderMessageOf', () => {
  it('keeps the sender’s words and paragraphs', () => {
    expect(senderMessageOf('Please sign by Friday.\r\n\r\nThanks, Priya')).toEqual({ senderMessage: 'Please sign by Friday.\n\nThanks, Priya' });
    expect(senderMessageOf('Merci – 署名してください 👍🏽')).toEqual({ senderMessage: 'Merci – 署名してください 👍🏽' });
  });

  it('drops control and bidi characters and runs of blank lines', () => {
    expect(senderMessageOf('\u202eevil\u202c\u0000 text\u2028more\n\n\n\nend\u2067')).toEqual({ senderMessage: 'evil textmore\n\nend' });
  });

  it('is left out when nothing readable remains', () => {
    expect(senderMessageOf('')).toEqual({});
    expect(senderMessageOf(' \u200e\u0007\n ')).toEqual({});
  });
});
