import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../services/detection/load-engine.js';
import type { DetectionEngine } from './engine.js';
import { screen } from './screen.js';

/**
 * Generalisation checks written apart from the evaluation corpus: everyday marketplace listings
 * that must pass (at a price that would trip a careless price rule) and illegal offers phrased
 * the way sellers write them, in several languages.
 */
let engine: DetectionEngine;
beforeAll(() => {
  engine = loadEngine({ ownDomains: ['example-market.eu'] });
});

const everyday: string[] = [
  'Apple iPhone 13 128GB Midnight, unlocked, battery 89%', 'Sony WH-1000XM4 wireless headphones', 'Bosch cordless drill 18V with 2 batteries',
  'Garden hose 30m with spray gun', 'Dog food 12kg chicken and rice', 'Cat scratching post 90cm', 'Yoga mat 6mm non-slip',
  'Nespresso Vertuo coffee machine', 'Lego Star Wars Millennium Falcon 75257', 'Barbie Dreamhouse 2023', 'Levi\'s 501 jeans W32 L32',
  'Nike Air Force 1 white size 42, worn twice', 'Adidas Ultraboost 22 running shoes', 'Ray-Ban Wayfarer sunglasses, original case', 'Canon EOS 250D with 18-55 lens',
  'Philips Hue starter kit', 'Dyson V11 vacuum cleaner, used', 'Weber gas grill Spirit II', 'Tefal pan set 3 pieces', 'Samsung 55 inch QLED TV',
  'PlayStation 5 disc edition with 2 controllers', 'Nintendo Switch OLED white', 'Xbox Series X 1TB', 'Call of Duty Modern Warfare PS5',
  'Assassin\'s Creed Valhalla Xbox', 'Hunting jacket camouflage size XL', 'Fishing rod carbon 3m with reel', 'Crossfit kettlebell 16kg',
  'Protein bars box of 12', 'Omega-3 fish oil 1000mg 120 softgels', 'Magnesium citrate 400mg capsules', 'Melatonin 1mg tablets 60',
  'Paracetamol - NOT FOR SALE, empty box for school project', 'First aid kit 100 pieces', 'Blood pressure monitor Omron M3', 'Digital thermometer for babies',
  'Condoms Durex 12 pack', 'Massage oil lavender 100ml', 'Aloe vera gel 200ml', 'Hair dryer Remington 2200W', 'Braun electric shaver series 9',
  'Kids bike helmet', 'Stroller Bugaboo Fox 3', 'Car seat Maxi-Cosi Pebble', 'Baby monitor with camera', 'Doll house Hape',
  'Halloween costume pirate with toy sword', 'Airsoft gun M4 electric 6mm', 'Crossbow for archery 150lbs', 'Kitchen knife set Zwilling',
  'Pocket knife Victorinox Swiss army', 'Machete for garden work', 'Axe Fiskars X7', 'Chainsaw Stihl MS 170',
  'Ammonia cleaner 1L', 'Chlorine tablets for pool 5kg', 'Fertilizer for tomatoes 1kg', 'Rat poison bait station', 'Weed killer glyphosate free',
  'Harry Potter and the Philosopher\'s Stone hardcover', 'Fifty Shades of Grey paperback', 'The Godfather DVD', 'Breaking Bad complete series Blu-ray',
  'Vinyl record The Beatles Revolver', 'Guitar Fender Stratocaster Mexico', 'Drum kit Pearl Export', 'Mini fridge 40L', 'Mini PC Intel N100',
  'Teen girls summer dress size 14', 'School bag for girls pink', 'Sexy Halloween nurse costume women', 'Lingerie bodysuit black lace',
  'Massage gun Theragun Mini', 'Vibration plate fitness', 'Handmade soap with goat milk', 'Candle vanilla scent', 'Tarot card deck',
  'Vintage Rolex advertising poster 1960s', 'Watch winder for automatic watches', 'Casio G-Shock GA-2100', 'Seiko 5 automatic SNK809',
  'Louis Vuitton monogram wallet, authentic, with dust bag', 'Gucci sunglasses GG0061S', 'Michael Kors Jet Set handbag', 'Pandora bracelet with 5 charms',
  'Replacement battery for iPhone 11', 'USB-C charger 65W GaN', 'Screen protector for Galaxy S24', 'Phone holder for bike',
  'Contact lens solution 360ml', 'Reading glasses +2.0', 'Insulin cooler bag for travel', 'Pill crusher and splitter',
  'Tablet holder for bed', 'iPad Air 5th gen 64GB', 'Graphics tablet Wacom Intuos', 'Kindle Paperwhite 11th gen',
  'CBD oil 10% 10ml', 'Hemp seeds 1kg organic', 'Green tea matcha powder 100g', 'Kombucha starter kit', 'Ginseng extract capsules',
  'Snus? No - nicotine free pouches', 'E-liquid 10ml 0mg nicotine', 'Vape starter kit', 'Shisha hookah 4 hoses', 'Cigar humidor cedar',
  'Wine glasses set of 6', 'Whisky Glenfiddich 12 years 0.7L', 'Beer brewing kit', 'Champagne Moët & Chandon Brut',
  'Pepper spray for dogs? no: pepper grinder wooden', 'Flashlight tactical 2000 lumen', 'Taser toy for cats laser', 'Laser level Bosch 360',
  'Laser engraver 10W for wood', 'Laser hair removal device IPL', 'Magnetic building tiles 100 pcs for kids', 'Neodymium magnets 10x2mm 50 pcs for crafts',
  'Strong magnets for fridge', 'Cleaning pads for espresso machine', 'Descaler tablets for coffee machines', 'Test strips for blood glucose 50',
  'Drug test kit 5 panel', 'Book: The Pharmacist of Auschwitz', 'Poster Pulp Fiction', 'Sticker pack 100 pcs',
  'Kinder bueno 30 pack', 'Haribo gummy bears 1kg', 'Energy drink Red Bull 24 cans', 'Cocoa powder 500g',
  'Powder coating gun for paint', 'Nail gun pneumatic', 'Staple gun heavy duty', 'Spray gun HVLP 600W', 'Glue gun mini',
  'Replica Ferrari model 1:18 scale', 'Replica Viking sword decorative', 'Star Wars lightsaber replica', 'Medieval helmet replica',
  '1:1 scale Iron Man helmet wearable', 'AAA rechargeable batteries 4 pack', 'Triple A batteries Energizer',
  'Signal cable HDMI 2m', 'WhatsApp business course ebook', 'Telegram bot development service', 'Instagram ring light 26cm',
  'Free shipping: wooden toy train', 'Price reduced! Sofa must go', 'Contact me for more photos - oak wardrobe', 'Call for details: used car tyres',
];

const everydayEu: string[] = [
  'Cartouches d\'encre HP 304 noir', 'Druckerpatronen für Canon Pixma', 'Cartuchos de tinta Epson 603', 'Balles de tennis Wilson x4', 'Balas de goma sabor morango 1kg',
  'YSL Black Opium eau de parfum 90ml', 'DNP DS620 photo printer', 'Grenade protein bar box of 12', 'Wall primer 5L white', 'Ammo can storage box metal',
  'Pistol grip drill 18V', 'Rifle scope 4-16x50 with mount', 'Designer brand sunglasses, new', 'Luxury brand leather wallet', 'Please contact me before buying to check availability',
  'Falso techo de escayola 60x60', 'Copia de seguridad disco duro 2TB', 'Kopie des Gemäldes Mona Lisa auf Leinwand', 'Pastillas de freno Brembo delanteras', 'Tabletki do zmywarki Finish 100 szt',
  'Patronen für Sodastream', 'Kogellager 6204 2RS', 'Naboje do długopisu Parker', 'Coltello da cucina 20 cm', 'Carabina da softair con pallini',
  'Fusil de pêche', 'Pistolet à silicone', 'Air rifle scope mounts', 'Hunting knife with leather sheath', 'Crossbow bolts 20 pcs',
  'Chanel No 5 Eau de Parfum 100ml original', 'Gucci Bloom perfume tester', 'Adidas Originals hoodie M', 'Ralph Lauren polo shirt, worn once',
  'Lot de 3 bougies parfumées', 'Zestaw garnków ze stali', 'Camisola do Benfica oficial', 'Maglia replica Juventus ufficiale',
  'Kit de primeiros socorros', 'Termómetro digital infantil', 'Massagegerät für Nacken', 'Sexy Halloween Kostüm Krankenschwester',
  'Mini vibrating massager for neck and shoulders', 'Adult tricycle 26 inch', 'Adult colouring book mandalas', 'Book: The Cocaine Diaries paperback',
  'Opium poppy seeds for baking 500g', 'Mohn blau 1kg zum Backen', 'Magnetic eyelashes kit', 'Laser printer Brother HL-L2350DW',
  'Weed barrier fabric 2x50m', 'Hash brown potatoes frozen 1kg', 'Speed bag for boxing', 'Ice cube tray silicone', 'Crystal glasses set of 6',
];

const offers: [string, string][] = [
  ['Cenforce 200 red pills 10 strips', 'medicine'], ['Buy Adderall XR 30mg online overnight', 'medicine'], ['Lorazepam 2.5mg Tavor ohne Rezept', 'medicine'],
  ['Accutane 20mg acne treatment 30 caps', 'medicine'], ['Clomid 50mg PCT 30 tabs', 'medicine'], ['Semaglutide 5mg vial research peptide', 'medicine'],
  ['Botox 100 units Allergan vial', 'medicine'], ['Tapentadol 100mg', 'medicine'], ['Pregabaline 300 mg gélules', 'medicine'], ['Trenbolone acetate 100mg/ml 10ml', 'medicine'],
  ['Anavar 10mg 100 tabs oxandrolone', 'medicine'], ['HGH somatropin 100iu kit', 'medicine'], ['Melanotan 2 tanning injection 10mg', 'medicine'],
  ['MK-677 ibutamoren liquid 30ml', 'supplement'], ['Kratom red bali 250g', 'supplement'], ['Slimming coffee with sibutramine', 'supplement'],
  ['Noopept 30mg capsules', 'supplement'], ['Yohimbine HCl 5mg fat burner', 'supplement'], ['Tongkat ali cures erectile dysfunction', 'supplement'],
  ['Replica Cartier Love bracelet gold', 'counterfeit'], ['Patek Philippe Nautilus clone 1:1', 'counterfeit'], ['Chanel No 5 perfume dupe 100ml', 'counterfeit'],
  ['Hermes Birkin 30 mirror quality', 'counterfeit'], ['Fake Supreme box logo hoodie', 'counterfeit'], ['AP Royal Oak super clone', 'counterfeit'],
  ['Tazer 50000v stun gun with flashlight', 'weapon'], ['Butterfly knife CSGO style sharp', 'weapon'], ['Solvent trap kit 1/2x28 for cleaning', 'weapon'],
  ['Glock switch auto sear', 'weapon'], ['12 gauge shotgun shells 25 pcs', 'weapon'], ['Knuckle duster with spikes', 'weapon'],
  ['Fleshlight Stamina Training Unit', 'adult'], ['Satisfyer Pro 2 clit sucker', 'adult'], ['Womanizer Premium 2', 'adult'], ['Cock ring vibrating silicone', 'adult'],
  ['100cm tpe sex doll petite young', 'child_safety'], ['Buy MDMA pills 200mg', 'narcotic'], ['Magic mushrooms golden teacher 10g', 'narcotic'],
  ['3-MMC crystals 5g research chemical', 'narcotic'], ['Weed delivery Amsterdam haze 10 grams', 'narcotic'],
  ['Laser pointer 10000mw burn', 'unsafe'], ['Skin bleaching soap mercury', 'unsafe'], ['Buckyballs 216 magnets', 'unsafe'],
  ['Contact me on wechat: luxbags888', 'off_platform'], ['DM me on insta @kickz.store for price', 'off_platform'], ['Text me 07911 123456 for cheaper price', 'off_platform'],
  ['Visit www.cheap-meds-online.com', 'off_platform'], ['Order link - special price for customers from the group', 'hidden_link'],
];

const offersEu: [string, string, string][] = [
  ['de', 'Viagra Generika 100mg 40 Stück günstig', 'medicine'], ['de', 'Abnehmspritze Ozempic 0,5 mg', 'medicine'], ['de', 'Testosteron Enantat 250mg/ml Ampullen', 'medicine'],
  ['de', 'Schlaftabletten stark ohne Rezept', 'medicine'], ['fr', 'Xanax 0,5 mg boîte de 30', 'medicine'], ['fr', 'Valium 10mg pas cher', 'medicine'],
  ['es', 'Viagra genérico 100mg 10 pastillas', 'medicine'], ['es', 'Clenbuterol 40mcg 100 tabletas', 'medicine'], ['it', 'Cialis originale 20mg 4 compresse', 'medicine'],
  ['it', 'Ozempic penna 1 mg nuova', 'medicine'], ['pl', 'Xanax 1mg 30 tabletek', 'medicine'], ['pl', 'Clonazepamum 2mg', 'medicine'],
  ['nl', 'Diazepam 10mg 30 stuks', 'medicine'], ['nl', 'Kamagra jelly week pack', 'medicine'], ['pt', 'Viagra 50mg 8 comprimidos', 'medicine'],
  ['de', 'Rolex Submariner Replik Automatik', 'counterfeit'], ['de', 'Louis Vuitton Neverfull 1:1', 'counterfeit'], ['fr', 'Sac Louis Vuitton copie conforme', 'counterfeit'],
  ['es', 'Bolso Chanel réplica exacta', 'counterfeit'], ['it', 'Orologio Rolex replica perfetta', 'counterfeit'], ['pl', 'Buty Nike podróbki', 'counterfeit'],
  ['nl', 'Rolex horloge replica', 'counterfeit'], ['pt', 'Relógio Rolex réplica', 'counterfeit'],
  ['de', 'Schreckschusspistole 9mm PAK mit Munition', 'weapon'], ['fr', 'Pistolet Glock 17 calibre 9mm', 'weapon'], ['es', 'Escopeta de caza calibre 12', 'weapon'],
  ['it', 'Pistola Beretta 92FS calibro 9', 'weapon'], ['pl', 'Pistolet CZ 75 kaliber 9mm', 'weapon'], ['nl', 'Glock pistool 9mm', 'weapon'], ['pt', 'Revólver calibre 38', 'weapon'],
  ['de', 'Gleitgel und Vibrator Set für Paare', 'adult'], ['fr', 'Poupée sexuelle réaliste 158cm', 'adult'], ['es', 'Juguetes sexuales pack 5', 'adult'],
  ['de', 'Kontakt über WhatsApp 0176 12345678', 'off_platform'], ['fr', 'Contact WhatsApp 06 12 34 56 78', 'off_platform'], ['it', 'Scrivimi su Telegram: @offerte_it', 'off_platform'],
  ['de', 'Fatburner mit Sibutramin', 'supplement'], ['it', 'Integratore con sibutramina', 'supplement'], ['es', 'Cápsulas para adelgazar con fenolftaleína', 'supplement'],
  ['de', 'Laserpointer grün 500mW', 'unsafe'], ['fr', 'Crème blanchissante hydroquinone 4%', 'unsafe'],
];

describe('everyday listings pass', () => {
  it.each([...everyday.map((t) => [t, 50] as const), ...everydayEu.map((t) => [t, 25] as const)])('%s at %d EUR', (title, price) => {
    const r = screen({ id: 'x', title, language: 'en', price, currency: 'EUR' }, engine);
    expect({ verdict: r.verdict, why: r.signals.map((s) => `${s.rule}: ${s.evidence}`) }).toEqual({ verdict: 'allow', why: [] });
  });
});

describe('illegal offers are caught', () => {
  // Two known gaps stay visible here rather than being hidden: an unlisted alias ("AP") and a
  // hidden-link offer worded without any of the cues.
  const knownGaps = new Set(['AP Royal Oak super clone', 'Order link - special price for customers from the group']);
  it.each(offers.filter(([t]) => !knownGaps.has(t)))('%s (%s)', (title) => {
    expect(screen({ id: 'x', title, language: 'en' }, engine).verdict).not.toBe('allow');
  });
  it.each(offersEu)('%s: %s (%s)', (lang, title) => {
    expect(screen({ id: 'x', title, language: lang }, engine).verdict).not.toBe('allow');
  });
  it('still misses the known gaps (update this test when they are closed)', () => {
    for (const title of knownGaps) expect(screen({ id: 'x', title }, engine).verdict).toBe('allow');
  });
});
