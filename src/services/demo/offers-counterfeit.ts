/**
 * Counterfeits: luxury and popular brands at implausible prices with the vocabulary replica
 * sellers use ("1:1", "AAA", "mirror quality", "inspired by").
 */
import type { Loc } from './languages.js';
import type { ProblemOffer, SlotValues } from './offer-types.js';

const TITLES: Loc<readonly string[]> = [
  ['{brand} {item} – {spin}', '{spin} {brand} {item}, {extra}', '{brand} {item} {spin} – with box and papers'],
  ['{brand} {item} – {spin}', '{spin} {brand} {item}, {extra}', '{brand} {item} {spin} – mit Box und Papieren'],
  ['{brand} {item} – {spin}', '{item} {brand} {spin}, {extra}', '{brand} {item} {spin} – avec boîte et certificat'],
  ['{brand} {item} – {spin}', '{item} {brand} {spin}, {extra}', '{brand} {item} {spin} – con caja y papeles'],
  ['{brand} {item} – {spin}', '{item} {brand} {spin}, {extra}', '{brand} {item} {spin} – con scatola e garanzia'],
  ['{brand} {item} – {spin}', '{item} {brand} {spin}, {extra}', '{brand} {item} {spin} – z pudełkiem i dokumentami'],
  ['{brand} {item} – {spin}', '{spin} {brand} {item}, {extra}', '{brand} {item} {spin} – met doos en papieren'],
  ['{brand} {item} – {spin}', '{item} {brand} {spin}, {extra}', '{brand} {item} {spin} – com caixa e certificado'],
];

const DESCRIPTIONS: Loc<readonly string[]> = [
  ['Highest quality on the market, {spin}. Nobody will see the difference from the original – same materials, same weight, all logos and engravings. Comes with box, dust bag and papers. The shop price of the original is ten times higher.',
    '{brand} {item}, {spin}. Photos are of the actual item. Please do not ask whether it is original – the price says it all. Discreet packaging, no brand name on the parcel.'],
  ['Beste Qualität auf dem Markt, {spin}. Kein Unterschied zum Original erkennbar – gleiche Materialien, gleiches Gewicht, alle Logos und Gravuren. Mit Box, Staubbeutel und Papieren. Das Original kostet im Laden das Zehnfache.',
    '{brand} {item}, {spin}. Die Fotos zeigen den echten Artikel. Bitte nicht fragen, ob es Original ist – der Preis sagt alles. Diskrete Verpackung ohne Markennamen auf dem Paket.'],
  ["La meilleure qualité du marché, {spin}. Impossible de voir la différence avec l'original : mêmes matériaux, même poids, tous les logos et gravures. Livré avec boîte, pochette et certificat. L'original coûte dix fois plus cher en boutique.",
    "{brand} {item}, {spin}. Photos réelles de l'article. Merci de ne pas demander si c'est l'original : le prix parle de lui-même. Emballage discret, sans nom de marque sur le colis."],
  ['La mejor calidad del mercado, {spin}. Nadie notará la diferencia con el original: mismos materiales, mismo peso, todos los logotipos y grabados. Incluye caja, bolsa y papeles. En tienda el original cuesta diez veces más.',
    '{brand} {item}, {spin}. Las fotos son del artículo real. Por favor, no preguntes si es original: el precio lo dice todo. Embalaje discreto, sin marca en el paquete.'],
  ["La migliore qualità sul mercato, {spin}. Nessuno noterà la differenza con l'originale: stessi materiali, stesso peso, tutti i loghi e le incisioni. Con scatola, sacchetto e garanzia. In negozio l'originale costa dieci volte tanto.",
    "{brand} {item}, {spin}. Le foto sono dell'articolo reale. Per favore non chiedete se è originale: il prezzo dice tutto. Imballo discreto, senza marchio sul pacco."],
  ['Najwyższa jakość na rynku, {spin}. Nikt nie zauważy różnicy w porównaniu z oryginałem – te same materiały, ta sama waga, wszystkie logo i grawery. W komplecie pudełko, worek i dokumenty. Oryginał w sklepie kosztuje dziesięć razy więcej.',
    '{brand} {item}, {spin}. Zdjęcia przedstawiają prawdziwy produkt. Prosimy nie pytać, czy to oryginał – cena mówi wszystko. Dyskretne opakowanie, bez nazwy marki na paczce.'],
  ["De beste kwaliteit op de markt, {spin}. Niemand ziet het verschil met het origineel: dezelfde materialen, hetzelfde gewicht, alle logo's en gravures. Met doos, stofzak en papieren. In de winkel kost het origineel tien keer zoveel.",
    "{brand} {item}, {spin}. De foto's zijn van het echte artikel. Vraag alsjeblieft niet of het origineel is – de prijs zegt genoeg. Discrete verpakking, zonder merknaam op het pakket."],
  ['A melhor qualidade do mercado, {spin}. Ninguém vai notar a diferença para o original: mesmos materiais, mesmo peso, todos os logótipos e gravações. Com caixa, saco e certificado. Na loja, o original custa dez vezes mais.',
    '{brand} {item}, {spin}. As fotos são do artigo real. Por favor não pergunte se é original: o preço diz tudo. Embalagem discreta, sem marca na encomenda.'],
];

const SPIN: Loc<readonly string[]> = [
  ['1:1 replica', 'AAA quality', 'mirror quality', 'top copy', 'inspired by the original', 'UA batch'],
  ['1:1 Replika', 'AAA Qualität', 'Spiegelqualität', 'Top-Kopie', 'inspiriert vom Original', '1:1 wie Original'],
  ['réplique 1:1', 'qualité AAA', 'qualité miroir', 'copie haut de gamme', "inspiré de l'original", "1:1 comme l'original"],
  ['réplica 1:1', 'calidad AAA', 'calidad espejo', 'copia top', 'inspirado en el original', 'igual que el original'],
  ['replica 1:1', 'qualità AAA', 'qualità specchio', 'copia perfetta', "ispirato all'originale", "identico all'originale"],
  ['replika 1:1', 'jakość AAA', 'jakość lustrzana', 'najlepsza kopia', 'inspirowany oryginałem', 'jak oryginał'],
  ['1:1 replica', 'AAA kwaliteit', 'spiegelkwaliteit', 'topkopie', 'geïnspireerd op het origineel', 'net als het origineel'],
  ['réplica 1:1', 'qualidade AAA', 'qualidade espelho', 'cópia topo de gama', 'inspirado no original', 'igual ao original'],
];

const EXTRA: Loc<readonly string[]> = [
  ['free shipping', 'new season', 'fast delivery'], ['kostenloser Versand', 'neue Kollektion', 'schnelle Lieferung'],
  ['livraison gratuite', 'nouvelle collection', 'livraison rapide'], ['envío gratis', 'nueva colección', 'entrega rápida'],
  ['spedizione gratuita', 'nuova collezione', 'consegna veloce'], ['darmowa wysyłka', 'nowa kolekcja', 'szybka dostawa'],
  ['gratis verzending', 'nieuwe collectie', 'snelle levering'], ['envio grátis', 'nova coleção', 'entrega rápida'],
];

function fake(topic: string, brand: string, item: SlotValues, path: readonly string[], price: readonly [number, number]): ProblemOffer {
  return {
    kind: 'counterfeit', topic, path, price, titles: TITLES, descriptions: DESCRIPTIONS, evade: ['brand'],
    slots: { brand: [brand], item, spin: SPIN, extra: EXTRA },
    brands: ['{brand}', '{brand}', null, 'Generic'], gtin: 'genuine',
  };
}

const BAGS = ['Fashion', 'Bags', 'Handbags'];
export const COUNTERFEIT_OFFERS: readonly ProblemOffer[] = [
  fake('rolex', 'Rolex', ['Submariner Date 41 mm', 'Daytona Cosmograph', 'Datejust 36'], ['Watches & Jewellery', 'Watches', "Men's Watches"], [79, 249]),
  fake('louis_vuitton', 'Louis Vuitton', ['Neverfull MM', 'Speedy 30', 'Keepall 55'], BAGS, [49, 149]),
  fake('gucci', 'Gucci', [['GG Marmont Belt', 'Dionysus Shoulder Bag'], ['GG Marmont Gürtel', 'Dionysus Umhängetasche'], ['Ceinture GG Marmont', 'Sac Dionysus'],
    ['Cinturón GG Marmont', 'Bolso Dionysus'], ['Cintura GG Marmont', 'Borsa Dionysus'], ['Pasek GG Marmont', 'Torebka Dionysus'],
    ['GG Marmont riem', 'Dionysus schoudertas'], ['Cinto GG Marmont', 'Mala Dionysus']], BAGS, [29, 89]),
  fake('air_jordan', 'Nike', ['Air Jordan 1 Retro High OG', 'Air Jordan 4 Retro', 'Dunk Low Panda'], ['Shoes', 'Sneakers'], [39, 79]),
  fake('chanel', 'Chanel', ['Classic Flap Bag', '2.55 Bag', 'Boy Bag'], BAGS, [59, 159]),
  fake('airpods', 'Apple', ['AirPods Pro 2', 'AirPods Max'], ['Electronics', 'Audio', 'Headphones'], [19, 49]),
  fake('cartier', 'Cartier', ['Love Bracelet', 'Juste un Clou Bracelet'], ['Watches & Jewellery', 'Jewellery', 'Bracelets'], [29, 89]),
  fake('moncler', 'Moncler', ['Maya Down Jacket', 'Maire Down Jacket'], ['Fashion', 'Men', 'Jackets & Coats'], [89, 189]),
  fake('ray_ban', 'Ray-Ban', ['Wayfarer RB2140', 'Aviator RB3025'], ['Fashion', 'Accessories', 'Sunglasses'], [9, 25]),
  fake('dyson', 'Dyson', ['Airwrap Complete', 'Supersonic'], ['Beauty & Cosmetics', 'Hair Care', 'Hair Dryers'], [59, 129]),
  fake('canada_goose', 'Canada Goose', ['Expedition Parka', 'Chilliwack Bomber'], ['Fashion', 'Men', 'Jackets & Coats'], [99, 199]),
];
