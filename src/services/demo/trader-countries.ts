/**
 * Where the demo marketplace's traders are established, with the names and legal forms used
 * there. Weights are percentages of traders; most are EU businesses, a fifth are outside the EU.
 */
import type { DemoLanguage } from './languages.js';

export interface TraderCountry {
  code: string; // ISO 3166-1 alpha-2
  weight: number;
  /** Languages its traders list in, with weights. */
  languages: readonly (readonly [DemoLanguage, number])[];
  first: readonly string[];
  last: readonly string[];
  /** Company legal-name patterns with {last}, {first}, {biz}, {word}, {form} slots. */
  company: readonly string[];
  biz: readonly string[];
  forms: readonly string[];
  /** Sole-trader legal names. */
  sole: readonly string[];
  /** Word bank for shop display names. */
  shop: ShopStyle;
  /** Share of its traders that behave like the high-risk sellers problem listings come from. */
  risk: number;
  plnShare?: number;
}

export type ShopStyle = DemoLanguage | 'cn' | 'tr';

const EVERYWHERE: readonly (readonly [DemoLanguage, number])[] = [
  ['de', 22], ['en', 20], ['fr', 14], ['es', 10], ['it', 10], ['pl', 8], ['nl', 8], ['pt', 8],
];
const NORDIC_CENTRAL: readonly (readonly [DemoLanguage, number])[] = [['en', 60], ['de', 40]];

const DE_FIRST = ['Thomas', 'Andreas', 'Stefan', 'Sabine', 'Claudia', 'Jan', 'Katrin', 'Markus', 'Julia', 'Lukas'];
const DE_LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Wagner'];
const DE_COMPANY = ['{last} {biz} {form}', '{word} {biz} {form}', '{last} & {last2} {form}'];
const DE_BIZ = ['Handels', 'Vertriebs', 'Technik', 'Versandhandel', 'Import & Export', 'Trading'];

export const TRADER_COUNTRIES: readonly TraderCountry[] = [
  { code: 'DE', weight: 18, languages: [['de', 92], ['en', 8]], first: DE_FIRST, last: DE_LAST, company: DE_COMPANY,
    biz: DE_BIZ, forms: ['GmbH', 'GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'AG'], sole: ['{first} {last} e.K.', '{first} {last}'], shop: 'de', risk: 0.05 },
  { code: 'AT', weight: 3, languages: [['de', 100]], first: ['Florian', 'Elisabeth', 'Johann', 'Lena', 'Matthias'],
    last: ['Gruber', 'Huber', 'Bauer', 'Pichler', 'Steiner', 'Moser'], company: DE_COMPANY, biz: DE_BIZ,
    forms: ['GmbH', 'OG', 'KG'], sole: ['{first} {last} e.U.', '{first} {last}'], shop: 'de', risk: 0.04 },
  { code: 'FR', weight: 9, languages: [['fr', 95], ['en', 5]], first: ['Marie', 'Nicolas', 'Julien', 'Camille', 'Sophie', 'Pierre', 'Élodie'],
    last: ['Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Bernard', 'Rousseau', 'Fontaine'],
    company: ['{word} {form}', '{last} {biz} {form}', '{biz} {last} {form}'], biz: ['Distribution', 'Commerce', 'Diffusion', 'Négoce'],
    forms: ['SARL', 'SAS', 'EURL', 'SASU'], sole: ['{first} {last} EI', '{first} {last}'], shop: 'fr', risk: 0.05 },
  { code: 'BE', weight: 3, languages: [['nl', 55], ['fr', 45]], first: ['Lotte', 'Wout', 'Sofie', 'Luc', 'Chloé'],
    last: ['Peeters', 'Janssens', 'Maes', 'Claes', 'Dupont', 'Lambert'], company: ['{last} {biz} {form}', '{word} {form}'],
    biz: ['Trading', 'Handel', 'Distribution'], forms: ['BV', 'SRL', 'NV'], sole: ['{first} {last}'], shop: 'nl', risk: 0.04 },
  { code: 'LU', weight: 0.5, languages: [['fr', 60], ['de', 40]], first: ['Luc', 'Anne', 'Marc'], last: ['Schmit', 'Muller', 'Weber', 'Hoffmann'],
    company: ['{last} {biz} {form}'], biz: ['Trading', 'Commerce'], forms: ['S.à r.l.', 'S.A.'], sole: ['{first} {last}'], shop: 'fr', risk: 0.03 },
  { code: 'ES', weight: 7, languages: [['es', 95], ['en', 5]], first: ['Javier', 'Lucía', 'Carmen', 'Alejandro', 'Marta', 'Sergio'],
    last: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro'],
    company: ['{biz} {last} {form}', '{word} {biz} {form}', '{last} e Hijos {form}'], biz: ['Distribuciones', 'Comercial', 'Suministros', 'Importaciones'],
    forms: ['S.L.', 'S.L.', 'S.A.', 'S.L.U.'], sole: ['{first} {last} {last2}'], shop: 'es', risk: 0.05 },
  { code: 'IT', weight: 8, languages: [['it', 95], ['en', 5]], first: ['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara'],
    last: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Esposito'],
    company: ['{last} {biz} {form}', '{biz} {last} {form}', '{word} {form}'], biz: ['Forniture', 'Commerciale', 'Distribuzione', 'Import Export'],
    forms: ['S.r.l.', 'S.r.l.', 'S.r.l.s.', 'S.p.A.', 'S.n.c.'], sole: ['{last} {first}', 'Ditta {last} {first}'], shop: 'it', risk: 0.05 },
  { code: 'PL', weight: 8, languages: [['pl', 88], ['de', 7], ['en', 5]], first: ['Piotr', 'Anna', 'Krzysztof', 'Katarzyna', 'Tomasz', 'Agnieszka'],
    last: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński'],
    company: ['{last} {biz} {form}', '{word} {biz} {form}'], biz: ['Trade', 'Handel', 'Dystrybucja', 'Import'],
    forms: ['sp. z o.o.', 'sp. z o.o.', 'sp.j.', 'S.A.'], sole: ['F.H.U. {first} {last}', '{first} {last}'], shop: 'pl', risk: 0.05, plnShare: 0.85 },
  { code: 'NL', weight: 6, languages: [['nl', 90], ['en', 10]], first: ['Daan', 'Sanne', 'Thijs', 'Femke', 'Bram', 'Lieke'],
    last: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit'],
    company: ['{last} {biz} {form}', '{word} {form}'], biz: ['Handelsonderneming', 'Trading', 'Webwinkel', 'Groothandel'],
    forms: ['B.V.', 'B.V.', 'V.O.F.'], sole: ['{first} {last}', '{last} Handel'], shop: 'nl', risk: 0.04 },
  { code: 'PT', weight: 3, languages: [['pt', 95], ['es', 5]], first: ['João', 'Inês', 'Tiago', 'Beatriz', 'Rui', 'Catarina'],
    last: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa', 'Rodrigues'],
    company: ['{last} & Filhos, {form}', 'Comercial {last}, {form}', '{word}, {form}'], biz: ['Comércio'],
    forms: ['Lda.', 'Lda.', 'Unipessoal Lda.', 'S.A.'], sole: ['{first} {last}'], shop: 'pt', risk: 0.04 },
  { code: 'IE', weight: 1, languages: [['en', 100]], first: ['Ciarán', 'Aoife', 'Seán', 'Niamh'], last: ['Murphy', 'Kelly', "O'Brien", 'Walsh', 'Byrne'],
    company: ['{last} {biz} {form}', '{word} {form}'], biz: ['Trading', 'Retail', 'Supplies'], forms: ['Limited', 'Ltd'], sole: ['{first} {last}'], shop: 'en', risk: 0.04 },
  { code: 'SE', weight: 1.5, languages: NORDIC_CENTRAL, first: ['Erik', 'Anna', 'Lars', 'Maja'], last: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson'],
    company: ['{last} {biz} {form}', '{word} {form}'], biz: ['Handel', 'Trading'], forms: ['AB'], sole: ['{first} {last}'], shop: 'en', risk: 0.03 },
  { code: 'DK', weight: 1, languages: NORDIC_CENTRAL, first: ['Mads', 'Freja', 'Rasmus'], last: ['Jensen', 'Nielsen', 'Hansen', 'Pedersen'],
    company: ['{last} {biz} {form}'], biz: ['Handel', 'Trading'], forms: ['ApS', 'A/S'], sole: ['{first} {last}'], shop: 'en', risk: 0.03 },
  { code: 'FI', weight: 0.5, languages: NORDIC_CENTRAL, first: ['Mikko', 'Aino'], last: ['Korhonen', 'Virtanen', 'Mäkinen'],
    company: ['{last} {biz} {form}'], biz: ['Trading', 'Kauppa'], forms: ['Oy'], sole: ['{first} {last}'], shop: 'en', risk: 0.03 },
  { code: 'CZ', weight: 2, languages: NORDIC_CENTRAL, first: ['Jakub', 'Tereza', 'Petr', 'Lucie'], last: ['Novák', 'Svoboda', 'Dvořák', 'Černý'],
    company: ['{last} {biz} {form}', '{word} {form}'], biz: ['Trade', 'Obchod'], forms: ['s.r.o.', 'a.s.'], sole: ['{first} {last}'], shop: 'en', risk: 0.06 },
  { code: 'RO', weight: 1.5, languages: NORDIC_CENTRAL, first: ['Andrei', 'Ioana', 'Mihai'], last: ['Popescu', 'Ionescu', 'Stan', 'Dumitru'],
    company: ['{last} {biz} {form}'], biz: ['Trading', 'Distribuție'], forms: ['S.R.L.'], sole: ['{first} {last} PFA'], shop: 'en', risk: 0.07 },
  { code: 'GR', weight: 1, languages: NORDIC_CENTRAL, first: ['Giorgos', 'Maria', 'Nikos'], last: ['Papadopoulos', 'Georgiou', 'Nikolaidis'],
    company: ['{last} {biz} {form}'], biz: ['Trading', 'Emporiki'], forms: ['I.K.E.', 'E.P.E.', 'A.E.'], sole: ['{first} {last}'], shop: 'en', risk: 0.05 },
  { code: 'HU', weight: 1, languages: NORDIC_CENTRAL, first: ['Bence', 'Eszter', 'Gábor'], last: ['Nagy', 'Kovács', 'Tóth', 'Szabó'],
    company: ['{last} {biz} {form}'], biz: ['Trade', 'Kereskedelmi'], forms: ['Kft.', 'Zrt.'], sole: ['{last} {first} e.v.'], shop: 'en', risk: 0.05 },
  { code: 'CN', weight: 12, languages: EVERYWHERE, first: ['Wei', 'Li', 'Jun', 'Fang', 'Hao'], last: ['Zhang', 'Wang', 'Chen', 'Liu', 'Huang'],
    company: ['Shenzhen {py}{py2} Technology Co., Ltd.', 'Yiwu {py}{py2} Trading Co., Ltd.', 'Guangzhou {py}{py2} E-commerce Co., Ltd.', 'Dongguan {py}{py2} Industrial Co., Ltd.'],
    biz: ['Trading'], forms: ['Co., Ltd.'], sole: ['{last} {first}'], shop: 'cn', risk: 0.35 },
  { code: 'HK', weight: 3, languages: EVERYWHERE, first: ['Ka Wai', 'Siu Ming', 'Wing'], last: ['Chan', 'Wong', 'Lee', 'Cheung'],
    company: ['{word} (HK) Trading Limited', '{py}{py2} International Limited', '{last} Global Sourcing Limited'],
    biz: ['Trading'], forms: ['Limited'], sole: ['{last} {first}'], shop: 'cn', risk: 0.4 },
  { code: 'TR', weight: 3, languages: [['de', 35], ['en', 25], ['fr', 10], ['nl', 10], ['it', 10], ['es', 10]], first: ['Mehmet', 'Ayşe', 'Emre', 'Zeynep'],
    last: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın'], company: ['{last} Tekstil {form}', '{last} Dış Ticaret {form}', '{word} {form}'],
    biz: ['Ticaret'], forms: ['Ltd. Şti.', 'A.Ş.'], sole: ['{first} {last}'], shop: 'tr', risk: 0.25 },
  { code: 'GB', weight: 4, languages: [['en', 100]], first: ['Oliver', 'Emily', 'James', 'Charlotte', 'Harry'], last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Evans', 'Clarke'],
    company: ['{last} {biz} {form}', '{word} {form}', '{last} & {last2} {form}'], biz: ['Trading', 'Retail', 'Supplies', 'Distribution'],
    forms: ['Ltd', 'Ltd', 'Limited', 'LLP'], sole: ['{first} {last}', '{first} {last} t/a {word}'], shop: 'en', risk: 0.08 },
  { code: 'US', weight: 2.5, languages: [['en', 100]], first: ['Michael', 'Jessica', 'David', 'Ashley'], last: ['Johnson', 'Williams', 'Miller', 'Davis', 'Garcia'],
    company: ['{word} {form}', '{last} {biz} {form}'], biz: ['Brands', 'Commerce', 'Supply'], forms: ['LLC', 'LLC', 'Inc.'], sole: ['{first} {last}'], shop: 'en', risk: 0.1 },
];

/** Invented brand-like words for company names and trading names. */
export const COMPANY_WORDS: Readonly<Record<ShopStyle, readonly string[]>> = {
  en: ['Brightline', 'Northgate', 'Bluepeak', 'Oakfield', 'Redwood', 'Silverstone', 'Harbour'],
  de: ['Nordlicht', 'Alpenstern', 'Rheintal', 'Sonnenhof', 'Hansa', 'Elbe'],
  fr: ['Lumière', 'Belle Rive', 'Azur', 'Petit Pont', 'Clair de Lune', 'Provence'],
  es: ['Sol de Levante', 'Iberia', 'Mar Azul', 'Alba', 'Costa Brava'],
  it: ['Aurora', 'Stella Alpina', 'Dolce Casa', 'Vesuvio', 'Laguna'],
  pl: ['Wisła', 'Bałtyk', 'Orzeł', 'Tatry', 'Mazovia'],
  nl: ['Zonnebloem', 'Molenwerf', 'Noordzee', 'Tulpenhof', 'Dijkzicht'],
  pt: ['Atlântico', 'Douro', 'Sol Nascente', 'Tejo', 'Alvorada'],
  cn: ['Sunrise', 'Golden Dragon', 'Everbright', 'Lucky Star', 'Jade'],
  tr: ['Anadolu', 'Boğaziçi', 'Ege', 'Lale', 'Marmara'],
};

export const PINYIN = ['Xin', 'Hua', 'Jia', 'Yuan', 'Sheng', 'Tai', 'Feng', 'Long', 'Mei', 'Rui', 'Da', 'Kang', 'Hong', 'Bo'];
