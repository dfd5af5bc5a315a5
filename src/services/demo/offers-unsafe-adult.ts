/**
 * Unsafe products of the kinds EU Safety Gate alerts name (small high-powered magnets, drawstrings
 * on children's clothing, banned cosmetic ingredients), and legal adult goods that must be
 * age-restricted rather than removed. Model names are invented, as they would appear in an alert.
 */
import { mapLoc, type Loc } from './languages.js';
import { oneEach, type ProblemOffer } from './offer-types.js';

const MODEL: Loc = ['Model', 'Modell', 'Modèle', 'Modelo', 'Modello', 'Model', 'Model', 'Modelo'];
const UNSAFE_TITLES = mapLoc(MODEL, () => ['{name} {model}', '{model} {name}']);
const FACTORY: Loc = ['Ships directly from the factory.', 'Versand direkt ab Werk.', "Expédié directement depuis l'usine.", 'Envío directo desde fábrica.',
  'Spedito direttamente dalla fabbrica.', 'Wysyłka prosto z fabryki.', 'Rechtstreeks vanuit de fabriek verzonden.', 'Enviado diretamente da fábrica.'];
const UNSAFE_DESCRIPTIONS = mapLoc(MODEL, (word, i) => [`{detail} ${word}: {model}. ${FACTORY[i]}`]);

function unsafe(topic: string, name: Loc, detail: Loc, model: readonly string[], path: readonly string[], price: readonly [number, number], term?: Loc): ProblemOffer {
  return {
    kind: 'unsafe_product', topic, path, price, titles: UNSAFE_TITLES, descriptions: UNSAFE_DESCRIPTIONS,
    slots: { name: oneEach(name), detail: oneEach(detail), model, ...(term ? { term: oneEach(term) } : {}) },
    evade: term ? ['term'] : [], brands: [null, '{house}'], gtin: 'random',
  };
}

export const UNSAFE_OFFERS: readonly ProblemOffer[] = [
  unsafe('small_magnets',
    ['Magnetic Balls 5 mm, 216 Pieces – Fidget Toy for Kids', 'Magnetkugeln 5 mm, 216 Stück – Spielzeug für Kinder', 'Billes magnétiques 5 mm, 216 pièces – jouet anti-stress pour enfants',
      'Bolas magnéticas de 5 mm, 216 piezas – juguete antiestrés para niños', 'Palline magnetiche 5 mm, 216 pezzi – gioco antistress per bambini',
      'Kulki magnetyczne 5 mm, 216 szt. – zabawka antystresowa dla dzieci', 'Magneetballetjes 5 mm, 216 stuks – fidget speelgoed voor kinderen',
      'Bolas magnéticas de 5 mm, 216 peças – brinquedo antistress para crianças'],
    ['Super strong neodymium magnets, build any shape. Suitable for children aged 3+.', 'Superstarke Neodym-Magnete, beliebige Formen bauen. Geeignet für Kinder ab 3 Jahren.',
      'Aimants néodyme ultra-puissants, construisez toutes les formes. Convient aux enfants dès 3 ans.', 'Imanes de neodimio superpotentes, construye cualquier forma. Apto para niños a partir de 3 años.',
      'Magneti al neodimio potentissimi, costruisci qualsiasi forma. Adatto ai bambini dai 3 anni.', 'Supersilne magnesy neodymowe, buduj dowolne kształty. Dla dzieci od 3 lat.',
      'Superkrachtige neodymiummagneten, bouw elke vorm. Geschikt voor kinderen vanaf 3 jaar.', 'Ímanes de neodímio superfortes, construa qualquer forma. Adequado para crianças a partir dos 3 anos.'],
    ['MAGWORLD NB-216', 'MagBlox 5-216', 'CUBEMAG Q216'], ['Toys & Baby', 'Toys', 'Puzzles & Brain Teasers'], [7, 19]),
  unsafe('drawstring_hoodie',
    ["Children's Hoodie with Drawstring Cord, Age 2–6", 'Kinder-Kapuzenpullover mit Kordelzug, 2–6 Jahre', 'Sweat à capuche enfant avec cordon de serrage, 2–6 ans',
      'Sudadera con capucha infantil con cordón, 2–6 años', 'Felpa con cappuccio per bambini con coulisse, 2–6 anni', 'Bluza z kapturem dla dzieci ze sznurkiem, 2–6 lat',
      'Kinderhoodie met trekkoord, 2–6 jaar', 'Sweatshirt com capuz para criança com cordão, 2–6 anos'],
    ['Long cords with toggles at the hood, so it stays on in windy weather.', 'Lange Kordeln mit Stoppern an der Kapuze, damit sie auch bei Wind hält.',
      "Longs cordons avec arrêts à la capuche pour qu'elle tienne même par grand vent.", 'Cordones largos con topes en la capucha para que no se caiga con el viento.',
      'Lunghi cordoncini con fermacorda sul cappuccio, così resta su anche con il vento.', 'Długie sznurki ze stoperami przy kapturze, żeby trzymał się nawet przy wietrze.',
      'Lange koorden met stoppers aan de capuchon, zodat hij ook bij wind blijft zitten.', 'Cordões compridos com travas no capuz, para não cair com o vento.'],
    ['KH-2207', 'Little Star LS-26'], ['Fashion', 'Kids', 'Hoodies & Sweatshirts'], [9, 19]),
  unsafe('banned_cosmetic',
    ['Whitening Cream with {term} – Fast Skin Lightening', 'Aufhellungscreme mit {term} – schnelle Hautaufhellung', 'Crème éclaircissante à {term} – éclaircissement rapide',
      'Crema blanqueadora con {term} – aclarado rápido', 'Crema schiarente con {term} – schiarimento rapido', 'Krem wybielający z {term} – szybkie rozjaśnienie skóry',
      'Bleekcrème met {term} – snel een lichtere huid', 'Creme branqueador com {term} – clareamento rápido'],
    ['Visible results in 7 days, removes dark spots and evens out skin tone. Imported, label in English only.',
      'Sichtbare Ergebnisse in 7 Tagen, entfernt dunkle Flecken und gleicht den Hautton aus. Importware, Etikett nur auf Englisch.',
      'Résultats visibles en 7 jours, efface les taches et unifie le teint. Produit importé, étiquette en anglais uniquement.',
      'Resultados visibles en 7 días, elimina manchas y unifica el tono. Producto importado, etiqueta solo en inglés.',
      'Risultati visibili in 7 giorni, elimina le macchie e uniforma il colorito. Prodotto importato, etichetta solo in inglese.',
      'Widoczne efekty w 7 dni, usuwa przebarwienia i wyrównuje koloryt. Produkt importowany, etykieta tylko po angielsku.',
      'Zichtbaar resultaat in 7 dagen, verwijdert donkere vlekken en egaliseert de huidtint. Importproduct, etiket alleen in het Engels.',
      'Resultados visíveis em 7 dias, elimina manchas e uniformiza o tom. Produto importado, rótulo só em inglês.'],
    ['Glow7 Whitening', 'Lumi Fair 7 Days'], ['Beauty & Cosmetics', 'Skin Care', 'Face Creams'], [6, 15],
    ['Hydroquinone 4%', 'Hydrochinon 4 %', 'hydroquinone 4 %', 'hidroquinona al 4 %', 'idrochinone al 4%', 'hydrochinonem 4%', 'hydrochinon 4%', 'hidroquinona a 4%']),
  unsafe('boron_slime',
    ['Giant Fluffy Slime Kit, 24 Colours', 'Riesen Fluffy-Schleim-Set, 24 Farben', 'Kit slime géant fluffy 24 couleurs', 'Kit de slime gigante fluffy, 24 colores',
      'Kit slime gigante fluffy, 24 colori', 'Duży zestaw slime fluffy, 24 kolory', 'Grote fluffy slijmset, 24 kleuren', 'Kit de slime gigante fluffy, 24 cores'],
    ['Stretchy and non-sticky, with glitter and foam beads.', 'Dehnbar und nicht klebrig, mit Glitzer und Schaumperlen.', 'Extensible et non collant, avec paillettes et billes de polystyrène.',
      'Elástico y no pegajoso, con purpurina y bolitas de espuma.', 'Elastico e non appiccicoso, con glitter e palline di polistirolo.', 'Rozciągliwy i nieklejący, z brokatem i kuleczkami piankowymi.',
      'Rekbaar en niet plakkerig, met glitters en schuimbolletjes.', 'Elástico e não pegajoso, com purpurinas e bolinhas de esferovite.'],
    ['SL-24', 'FluffyMax 24'], ['Toys & Baby', 'Toys', 'Craft Kits'], [8, 18]),
  unsafe('unsafe_fairy_lights',
    ['LED Fairy Lights 20 m, 200 LEDs, Plug-In', 'LED-Lichterkette 20 m, 200 LEDs, mit Stecker', 'Guirlande lumineuse LED 20 m, 200 LED, sur secteur',
      'Guirnalda de luces LED de 20 m, 200 LED, con enchufe', 'Catena luminosa LED 20 m, 200 LED, con spina', 'Lampki LED 20 m, 200 diod, na prąd',
      'Led-lichtslinger 20 m, 200 leds, met stekker', 'Fio de luzes LED de 20 m, 200 LED, com ficha'],
    ['Warm white, 8 modes. Thin cable, plug adapter supplied.', 'Warmweiß, 8 Modi. Dünnes Kabel, Steckeradapter liegt bei.', 'Blanc chaud, 8 modes. Câble fin, adaptateur de prise fourni.',
      'Blanco cálido, 8 modos. Cable fino, adaptador de enchufe incluido.', 'Bianco caldo, 8 modalità. Cavo sottile, adattatore per presa incluso.', 'Ciepła biel, 8 trybów. Cienki przewód, przejściówka do gniazdka w zestawie.',
      'Warm wit, 8 standen. Dunne kabel, stekkeradapter meegeleverd.', 'Branco quente, 8 modos. Cabo fino, adaptador de ficha incluído.'],
    ['XM-200', 'StarLite 200'], ['Home & Kitchen', 'Lighting', 'Fairy Lights'], [6, 14]),
];

const DISCREET: Loc = ['discreet delivery', 'diskreter Versand', 'livraison discrète', 'envío discreto', 'spedizione discreta', 'dyskretna wysyłka', 'discrete levering', 'envio discreto'];
const ADULT_TITLES = mapLoc(DISCREET, (discreet) => ['{maker} {name}', `{name} – ${discreet}`]);

function adult(topic: string, name: Loc, detail: Loc, maker: readonly string[], path: readonly string[], price: readonly [number, number]): ProblemOffer {
  return {
    kind: 'adult', topic, path, price, titles: ADULT_TITLES, descriptions: oneEach(detail),
    slots: { name: oneEach(name), maker }, brands: ['{maker}'], gtin: 'random',
  };
}

const WELLNESS = ['Health & Supplements', 'Sexual Wellness'];
export const ADULT_OFFERS: readonly ProblemOffer[] = [
  adult('vibrator',
    ['Rabbit Vibrator with 10 Modes, Rechargeable', 'Rabbit-Vibrator mit 10 Modi, wiederaufladbar', 'Vibromasseur rabbit 10 modes, rechargeable', 'Vibrador rabbit con 10 modos, recargable',
      'Vibratore rabbit con 10 modalità, ricaricabile', 'Wibrator króliczek z 10 trybami, ładowany', 'Rabbit vibrator met 10 standen, oplaadbaar', 'Vibrador rabbit com 10 modos, recarregável'],
    ['Body-safe medical-grade silicone, waterproof and whisper quiet. Shipped in discreet packaging.', 'Aus hautfreundlichem medizinischem Silikon, wasserdicht und flüsterleise. Diskreter Versand.',
      'Silicone médical, étanche et très silencieux. Envoi discret.', 'Silicona de grado médico, sumergible y muy silencioso. Envío discreto.',
      'Silicone medicale, impermeabile e silenziosissimo. Spedizione discreta.', 'Silikon medyczny, wodoodporny i bardzo cichy. Dyskretna wysyłka.',
      'Huidvriendelijke medische siliconen, waterdicht en fluisterstil. Discreet verzonden.', 'Silicone de grau médico, à prova de água e muito silencioso. Envio discreto.'],
    ['Satisfyer', 'Fun Factory', '{house}'], [...WELLNESS, 'Adult Toys'], [29, 89]),
  adult('masturbator',
    ['Male Masturbator Cup, Realistic Texture', 'Masturbator für Männer, realistische Struktur', 'Masturbateur masculin, texture réaliste', 'Masturbador masculino con textura realista',
      'Masturbatore maschile con texture realistica', 'Masturbator dla mężczyzn z realistyczną fakturą', 'Masturbator voor mannen, realistische structuur', 'Masturbador masculino com textura realista'],
    ['Soft TPE sleeve, easy to clean and reusable. Plain packaging, no product name on the parcel.', 'Weiche TPE-Hülle, leicht zu reinigen, wiederverwendbar. Neutrale Verpackung ohne Produktnamen.',
      'Manchon en TPE doux, facile à nettoyer, réutilisable. Colis neutre sans nom de produit.', 'Funda de TPE suave, fácil de limpiar y reutilizable. Paquete neutro sin nombre de producto.',
      'Guaina in TPE morbido, facile da pulire, riutilizzabile. Pacco anonimo senza nome del prodotto.', 'Miękki rękaw z TPE, łatwy w czyszczeniu, wielokrotnego użytku. Neutralna paczka bez nazwy produktu.',
      'Zachte TPE-sleeve, makkelijk schoon te maken, herbruikbaar. Neutrale verpakking zonder productnaam.', 'Manga em TPE macio, fácil de limpar, reutilizável. Embalagem neutra sem nome do produto.'],
    ['Fleshlight', '{house}'], [...WELLNESS, 'Adult Toys'], [19, 59]),
  adult('erotic_dvd',
    ['Erotic Film Collection on DVD, 18+', 'Erotikfilm-Sammlung auf DVD, FSK 18', 'Coffret DVD de films érotiques, interdit aux moins de 18 ans', 'Colección de películas eróticas en DVD, +18',
      'Raccolta di film erotici in DVD, vietato ai minori di 18 anni', 'Kolekcja filmów erotycznych na DVD, 18+', 'Erotische filmcollectie op dvd, 18+', 'Coleção de filmes eróticos em DVD, +18'],
    ['Four films, about six hours in total. Adults only.', 'Vier Filme, insgesamt rund sechs Stunden. Nur für Erwachsene.', 'Quatre films, environ six heures au total. Réservé aux adultes.',
      'Cuatro películas, unas seis horas en total. Solo para adultos.', 'Quattro film, circa sei ore in totale. Solo per adulti.', 'Cztery filmy, łącznie około sześciu godzin. Tylko dla dorosłych.',
      'Vier films, in totaal ongeveer zes uur. Alleen voor volwassenen.', 'Quatro filmes, cerca de seis horas no total. Apenas para adultos.'],
    ['{house}'], [...WELLNESS, 'Erotic Media'], [9, 24]),
  adult('bondage_set',
    ['Bondage Set, 7 Pieces, Beginner Friendly', 'Bondage-Set, 7-teilig, für Einsteiger', 'Kit bondage 7 pièces pour débutants', 'Kit de bondage de 7 piezas para principiantes',
      'Kit bondage da 7 pezzi per principianti', 'Zestaw bondage, 7 elementów, dla początkujących', 'Bondageset, 7-delig, voor beginners', 'Kit de bondage com 7 peças para iniciantes'],
    ['Padded cuffs, blindfold and soft rope in a storage bag. Adults only.', 'Gepolsterte Fesseln, Augenbinde und weiches Seil in einem Aufbewahrungsbeutel. Nur für Erwachsene.',
      'Menottes rembourrées, bandeau et corde douce dans un sac de rangement. Réservé aux adultes.', 'Esposas acolchadas, antifaz y cuerda suave en una bolsa. Solo para adultos.',
      'Manette imbottite, benda e corda morbida in una sacca. Solo per adulti.', 'Wyściełane kajdanki, opaska na oczy i miękka lina w woreczku. Tylko dla dorosłych.',
      'Gevoerde boeien, blinddoek en zacht touw in een opbergzak. Alleen voor volwassenen.', 'Algemas acolchoadas, venda e corda macia num saco. Apenas para adultos.'],
    ['{house}'], [...WELLNESS, 'Adult Toys'], [19, 39]),
];
