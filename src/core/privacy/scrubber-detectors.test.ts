import { describe, expect, it } from 'vitest';
import { scrubFields, scrubText } from './scrubber.js';

const scrubbed = (text: string, names?: string[]): string => scrubText(text, { names }).text;

describe('scrubber: product text survives', () => {
  it.each([
    'Apple iPhone 15 Pro 256GB, Natural Titanium',
    'EAN 4006381333931, GTIN 04006381333931, UPC 036000291452',
    'Price €1.299,00 or EUR 49.99; 1 299,00 zł; 12 345 678 €',
    'Vitamin D3 100mg, 2x 500 ml, 60 capsules, 20000mAh, 65W',
    'Released 2025-09-15, in stock from 15.09.2025 or 15/09/2025',
    'Regulation (EU) 2017/1001, Article 9(2); Directive 2009/48/EC; EN 71-3:2019; ISO 9001',
    'Samsung SM-G991B, Bosch GSR 12V-15, Lego 42115, Sony WH-1000XM5',
    'Bluetooth 5.3, charging via USB 3.0, Wi-Fi 6E, 14:30:00',
    'Einweg-Handschuhe 100 Stück, Größe 9; Schlüsselring 2 cm',
    'Order 1234-5678-90, article no. 123 456 789 0',
    'Seller Terms section 7.3 (prohibited review manipulation)',
    'https://eur-lex.europa.eu/eli/reg/2017/1001/oj and https://shop.example/p/123?color=red&size=m',
    'Set of 4 tyres 205/55 R16 91V, 12V 7Ah battery',
  ])('%s', (text) => {
    expect(scrubText(text)).toMatchObject({ text, total: 0 });
  });
});

describe('scrubber: each detector', () => {
  it.each([
    ['e-mail', 'write to max.mustermann+shop@example-mail.de today', 'write to [email] today'],
    ['obfuscated e-mail', 'mail: anna [at] example (dot) com', 'mail: [email]'],
    ['spelled-out e-mail', 'max at beispiel dot de', '[email]'],
    ['international phone', 'WhatsApp +49 170 1234567 please', 'WhatsApp [phone] please'],
    ['00 prefix', 'call 0033 6 12 34 56 78', 'call [phone]'],
    ['(0) in the middle', 'Tel +49 (0)30 1234567', 'Tel [phone]'],
    ['German national', 'Handy: 0171/2345678', 'Handy: [phone]'],
    ['Italian mobile', 'chiama il 333 123 4567', 'chiama il [phone]'],
    ['Greek', 'τηλ: tel. 21 0123 4567', 'τηλ: tel. [phone]'],
    ['IBAN compact', 'IBAN DE89370400440532013000.', 'IBAN [iban].'],
    ['IBAN with BIC after it', 'DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX', '[iban] BIC COBADEFFXXX'],
    ['card', 'card 4111 1111 1111 1111 exp 12/27', 'card [card] exp 12/27'],
    ['IPv4', 'from 203.0.113.77 at night', 'from [ip] at night'],
    ['IPv6', 'from 2001:db8::8a2e:370:7334', 'from [ip]'],
    ['handle', 'follow @shop_anna.official for deals', 'follow [handle] for deals'],
    ['personal URL', 'see https://shop.example/track?order=1&email=a%40b.de now', 'see [url] now'],
    ['URL with user info', 'ftp at https://user:secret@files.example/x', 'ftp at [url]'],
    ['English address', 'ship to 221B Baker Street, London', 'ship to [address], London'],
    ['Spanish address', 'en C/ Alcalá 23, 28014 Madrid', 'en [address]'],
    ['Portuguese address', 'Avenida da Liberdade, 110', '[address]'],
    ['French address with bis', 'au 3 bis avenue Victor Hugo', 'au [address]'],
    ['German address as two words', 'Berliner Straße 5a', '[address]'],
  ])('%s', (_, text, expected) => {
    expect(scrubbed(text)).toBe(expected);
  });

  it('does not take an IBAN that fails mod-97 or a card that fails Luhn', () => {
    expect(scrubbed('ref DE89370400440532013001')).toBe('ref DE89370400440532013001');
    expect(scrubbed('code 4111 1111 1111 1112')).toBe('code 4111 1111 1111 1112');
  });

  it('finds names case- and accent-insensitively, with transliterations, but not inside other words', () => {
    expect(scrubbed('MUELLER and müller and Müllerstraße-Fan, juergen', ['Jürgen Müller'])).toBe('[name] and [name] and Müllerstraße-Fan, [name]');
    expect(scrubbed('Bjørn Ødegård wrote', ['Bjorn Odegard'])).toBe('[name] wrote');
    expect(scrubbed('Anna, Annabelle and Hanna', ['Anna Nowak'])).toBe('[name], Annabelle and Hanna');
    expect(scrubbed('Sanne de Vries / de kleur', ['Sanne de Vries'])).toBe('[name] / de kleur');
  });

  it('leaves kinds the caller keeps', () => {
    expect(scrubText('Shop: Hauptstraße 12, 10115 Berlin', { keep: ['address'] }).text).toBe('Shop: Hauptstraße 12, 10115 Berlin');
  });

  it('scrubs several fields and adds up the report', () => {
    const { record, report } = scrubFields({ a: 'mail x@y.de', b: 'tel. 0170 1234567, x@y.de', n: 3 }, ['a', 'b', 'n']);
    expect(record).toEqual({ a: 'mail [email]', b: 'tel. [phone], [email]', n: 3 });
    expect(report).toMatchObject({ removed: { email: 2, phone: 1 }, total: 3 });
  });
});
