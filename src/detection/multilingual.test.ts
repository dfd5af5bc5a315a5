import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../services/detection/load-engine.js';
import type { DetectionEngine } from './engine.js';
import { screen } from './screen.js';

/**
 * Every priority class in every screening language, each with a look-alike that must pass (DET-2).
 * The listings are written to read like marketplace text, not copied from the lexicons.
 */
let engine: DetectionEngine;
beforeAll(() => {
  engine = loadEngine({ ownDomains: ['example-market.eu'] });
});
const verdictOf = (title: string, description = '', extra: Record<string, unknown> = {}) =>
  screen({ id: 'x', title, description, ...extra }, engine);

const flagged: [string, string, string, string][] = [
  ['en', 'medicine', 'Lorazepam 1mg, 28 tablets, next day delivery', 'medicine'],
  ['de', 'medicine', 'Tilidin Tropfen 50 ml, ohne Rezept', 'medicine'],
  ['fr', 'medicine', 'Tramadol 50 mg gélules, livraison rapide', 'medicine'],
  ['es', 'medicine', 'Alprazolam 0,5 mg 30 comprimidos sin receta', 'medicine'],
  ['it', 'medicine', 'Diazepam 5 mg compresse senza ricetta', 'medicine'],
  ['pl', 'medicine', 'Sildenafil 100 mg tabletki bez recepty', 'medicine'],
  ['nl', 'medicine', 'Oxycodon 10 mg tabletten zonder recept', 'medicine'],
  ['pt', 'medicine', 'Tadalafila 20 mg comprimidos sem receita', 'medicine'],
  ['de', 'medicine', 'Schlaftabletten stark ohne Rezept', 'medicine'],
  ['pl', 'medicine', 'Clonazepamum 2mg', 'medicine'],
  ['es', 'supplement', 'Cápsulas para adelgazar con fenolftaleína', 'supplement'],
  ['en', 'supplement', 'Fat burner capsules with DNP, 100 caps', 'supplement'],
  ['de', 'supplement', 'Pre-Workout Booster mit DMAA, 300 g', 'supplement'],
  ['fr', 'supplement', 'Gélules minceur à la sibutramine', 'supplement'],
  ['es', 'supplement', 'Ostarine MK-2866 cápsulas 60 unidades', 'supplement'],
  ['it', 'supplement', 'Integratore con efedrina per dimagrire', 'supplement'],
  ['pl', 'supplement', 'Suplement diety z DMAA przedtreningówka', 'supplement'],
  ['nl', 'supplement', 'Phenibut poeder 50 gram supplement', 'supplement'],
  ['pt', 'supplement', 'Cardarina GW-501516 cápsulas', 'supplement'],
  ['en', 'adult', 'Bullet vibrator, 10 speeds', 'adult'],
  ['de', 'adult', 'Dildo aus Silikon mit Saugfuß', 'adult'],
  ['fr', 'adult', 'Sextoy vibromasseur rechargeable', 'adult'],
  ['es', 'adult', 'Vibrador con mando a distancia', 'adult'],
  ['it', 'adult', 'Vibratore in silicone per coppie', 'adult'],
  ['pl', 'adult', 'Wibrator z pilotem dla par', 'adult'],
  ['nl', 'adult', 'Dildo met zuignap, siliconen', 'adult'],
  ['pt', 'adult', 'Vibrador de silicone para casais', 'adult'],
  ['en', 'counterfeit', 'Prada Re-Edition bag replica', 'counterfeit'],
  ['de', 'counterfeit', 'Louis Vuitton Tasche Kopie', 'counterfeit'],
  ['fr', 'counterfeit', 'Montre Rolex Daytona réplique', 'counterfeit'],
  ['es', 'counterfeit', 'Bolso Gucci imitación', 'counterfeit'],
  ['it', 'counterfeit', 'Cintura Hermes falsa', 'counterfeit'],
  ['pl', 'counterfeit', 'Kurtka Moncler podróbka', 'counterfeit'],
  ['nl', 'counterfeit', 'Nike Dunk Low namaak', 'counterfeit'],
  ['pt', 'counterfeit', 'Óculos Ray-Ban falsificados', 'counterfeit'],
  ['en', 'weapon', 'Switchblade knife, 4 inch blade', 'weapon'],
  ['de', 'weapon', 'Elektroschocker mit Taschenlampe', 'weapon'],
  ['fr', 'weapon', 'Couteau papillon, lame acier', 'weapon'],
  ['es', 'weapon', 'Munición 9mm, caja de 50', 'weapon'],
  ['it', 'weapon', 'Coltello a farfalla affilato', 'weapon'],
  ['pl', 'weapon', 'Nóż motylkowy, stal', 'weapon'],
  ['nl', 'weapon', 'Stroomstootwapen 1 miljoen volt', 'weapon'],
  ['pt', 'weapon', 'Faca borboleta afiada', 'weapon'],
  ['en', 'unsafe', 'Buckyballs magnetic balls 216', 'unsafe'],
  ['de', 'unsafe', 'Quecksilbercreme zur Hautaufhellung', 'unsafe'],
  ['fr', 'unsafe', 'Pointeur laser vert 2000mW', 'unsafe'],
  ['es', 'unsafe', 'Puntero láser 1000mW', 'unsafe'],
  ['it', 'unsafe', 'Sfere magnetiche 5mm gioco', 'unsafe'],
  ['pl', 'unsafe', 'Laser zielony 3000mW', 'unsafe'],
  ['nl', 'unsafe', 'Illegaal vuurwerk cobra 12', 'unsafe'],
  ['pt', 'unsafe', 'Esferas magnéticas brinquedo', 'unsafe'],
  ['en', 'hidden_link', 'Hidden link - do not buy directly', 'hidden_link'],
  ['de', 'hidden_link', 'Versteckter Link, nicht direkt kaufen', 'hidden_link'],
  ['fr', 'hidden_link', 'Lien caché, ne pas acheter directement', 'hidden_link'],
  ['es', 'hidden_link', 'Enlace oculto, no comprar directamente', 'hidden_link'],
  ['it', 'hidden_link', 'Link nascosto, non acquistare direttamente', 'hidden_link'],
  ['pl', 'hidden_link', 'Ukryty link, nie kupuj bezpośrednio', 'hidden_link'],
  ['nl', 'hidden_link', 'Verborgen link, niet direct kopen', 'hidden_link'],
  ['pt', 'hidden_link', 'Link oculto, não compre diretamente', 'hidden_link'],
  ['en', 'off_platform', 'Sofa for sale, text me on WhatsApp +44 7911 123456', 'off_platform'],
  ['de', 'off_platform', 'Kinderwagen, melde dich auf Telegram @kiwa_berlin', 'off_platform'],
  ['fr', 'off_platform', 'Vélo, écrivez-moi : velo.paris@gmail.com', 'off_platform'],
  ['es', 'off_platform', 'Mesa, más info en muebles-baratos.shop', 'off_platform'],
  ['it', 'off_platform', 'Divano, WhatsApp +39 333 123 4567', 'off_platform'],
  ['pl', 'off_platform', 'Rower, napisz na Telegram @rowery_pl', 'off_platform'],
  ['nl', 'off_platform', 'Bank, app me: +31 6 23456789', 'off_platform'],
  ['pt', 'off_platform', 'Sofá, fale comigo no WhatsApp +351 912 345 678', 'off_platform'],
];

const lookAlikes: [string, string][] = [
  ['en', 'Vitamin D3 2000 IU softgels'], ['de', 'Gesellschaftsspiel Doktor Bibber'], ['fr', 'Livre de recettes sans gluten'],
  ['es', 'Tableta de chocolate negro 85%'], ['it', 'Compresse per lavastoviglie, 60 pezzi'], ['pl', 'Tabletki do zmywarki 100 szt'],
  ['nl', 'Vaatwastabletten 90 stuks'], ['pt', 'Pastilhas para a garganta de mel'],
  ['en', 'Massage oil with lavender'], ['de', 'Puppenwagen für Kinder'], ['fr', 'Lingerie en dentelle noire'],
  ['es', 'Muñeca bebé con biberón'], ['it', 'Bambola di pezza fatta a mano'], ['pl', 'Lalka bobas z wózkiem'],
  ['nl', 'Barbie pop met paard'], ['pt', 'Boneca de pano artesanal'],
  ['en', 'Nike Air Max 90, worn twice, original box'], ['de', 'Adidas Samba OG, neu mit Etikett'],
  ['fr', 'Coque pour AirPods Pro en silicone'], ['es', 'Correa para Apple Watch 45mm'], ['it', 'Cover per Samsung Galaxy S24'],
  ['pl', 'Pasek do zegarka Casio'], ['nl', 'Hoesje voor iPad Air'], ['pt', 'Capa para Nintendo Switch'],
  ['en', 'Replica Viking helmet, decorative'], ['de', 'Historische Replik einer Dampflok, Modell'], ['fr', 'Réplique du casque de Dark Vador, décoration'],
  ['en', 'Water gun for the pool'], ['de', 'Lackierpistole für Kompressor'], ['fr', 'Pistolet à eau géant'], ['es', 'Pistola de calor 2000W'],
  ['it', 'Pistola per silicone professionale'], ['pl', 'Pistolet do malowania natryskowego'], ['nl', 'Waterpistool voor kinderen'], ['pt', 'Pistola de pintura elétrica'],
  ['en', 'Laser level with tripod'], ['de', 'Kühlschrankmagnete 10 Stück'], ['fr', 'Thermomètre médical digital'], ['es', 'Imanes para nevera decorativos'],
  ['en', 'Shipping upgrade to express'], ['de', 'Versandkostenpauschale Express'], ['fr', 'Frais de port express'],
  ['en', 'Phone with WhatsApp preinstalled'], ['de', 'Handy mit Signal und Telegram vorinstalliert'], ['es', 'Bolso bandolera estilo messenger'],
  ['it', 'Zaino da scuola per bambini'],
  ['fr', "Cartouches d'encre HP 304 noir"], ['de', 'Druckerpatronen für Canon Pixma'], ['es', 'Cartuchos de tinta Epson 603'],
  ['fr', 'Balles de tennis Wilson x4'], ['pt', 'Balas de goma sabor morango 1kg'], ['en', 'YSL Black Opium eau de parfum 90ml'],
  ['en', 'DNP DS620 photo printer'], ['en', 'Grenade protein bar box of 12'], ['en', 'Ammo can storage box metal'],
  ['en', 'Pistol grip drill 18V'], ['en', 'Designer brand sunglasses, new'], ['en', 'Please contact me before buying to check availability'],
  ['es', 'Falso techo de escayola 60x60'], ['es', 'Pastillas de freno Brembo delanteras'], ['fr', 'Fusil de pêche sous-marine 75 cm'],
  ['en', 'Opium poppy seeds for baking 500g'], ['de', 'Blaumohn 1kg zum Backen'], ['en', 'Gucci Bloom perfume tester'],
  ['it', 'Maglia replica Juventus ufficiale'], ['en', 'Weed barrier fabric 2x50m'], ['en', 'Laser printer Brother HL-L2350DW'], ['pl', 'Plecak szkolny dla dziewczynki'], ['nl', 'Schooltas voor meisjes'], ['pt', 'Mochila escolar infantil'],
];

describe('every class in every language is flagged', () => {
  it.each(flagged)('%s %s: %s', (_lang, category, title) => {
    const r = verdictOf(title);
    expect(r.verdict).not.toBe('allow');
    expect(r.categories).toContain(category);
  });
});

describe('look-alikes in every language pass', () => {
  it.each(lookAlikes)('%s: %s', (_lang, title) => {
    const r = verdictOf(title, '', { price: 20, currency: 'EUR' });
    expect({ verdict: r.verdict, signals: r.signals.map((s) => s.evidence) }).toEqual({ verdict: 'allow', signals: [] });
  });
});
