/** Prohibited weapons and weapon parts, dressed up as "collector's items". */
import type { DemoLanguage, Loc } from './languages.js';
import { oneEach, type ProblemOffer, type SlotValues } from './offer-types.js';

const TITLES: Loc<readonly string[]> = [
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – collectors only'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – nur für Sammler'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – pour collectionneurs'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – solo coleccionistas'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – solo per collezionisti'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – tylko dla kolekcjonerów'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – alleen voor verzamelaars'],
  ['{name} – {pitch}', '{name} | {pitch}', '{name}, {pitch} – só para colecionadores'],
];

const DESCRIPTIONS: Loc<readonly string[]> = [
  ["{detail} Sold as a collector's item only; the buyer is responsible for checking local laws. Shipped in neutral packaging, no returns.",
    '{detail} Sale to adults only. The shipping label does not show the contents.'],
  ['{detail} Verkauf ausschließlich als Sammlerstück; der Käufer ist selbst für die Einhaltung der örtlichen Gesetze verantwortlich. Versand in neutraler Verpackung, keine Rücknahme.',
    '{detail} Abgabe nur an Volljährige. Der Versandaufkleber lässt keinen Rückschluss auf den Inhalt zu.'],
  ["{detail} Vendu uniquement comme objet de collection ; l'acheteur doit vérifier la législation locale. Envoi en emballage neutre, ni repris ni échangé.",
    "{detail} Vente réservée aux majeurs. L'étiquette d'envoi ne mentionne pas le contenu."],
  ['{detail} Se vende solo como artículo de colección; el comprador debe comprobar la legislación local. Envío en embalaje neutro, sin devoluciones.',
    '{detail} Venta solo a mayores de edad. La etiqueta del envío no indica el contenido.'],
  ["{detail} Venduto solo come oggetto da collezione; l'acquirente è responsabile del rispetto delle leggi locali. Spedizione in imballo neutro, nessun reso.",
    "{detail} Vendita solo a maggiorenni. L'etichetta di spedizione non indica il contenuto."],
  ['{detail} Sprzedaż wyłącznie jako przedmiot kolekcjonerski; kupujący sam odpowiada za sprawdzenie lokalnych przepisów. Wysyłka w neutralnym opakowaniu, bez zwrotów.',
    '{detail} Sprzedaż tylko osobom pełnoletnim. Etykieta na paczce nie zdradza zawartości.'],
  ['{detail} Uitsluitend verkocht als verzamelobject; de koper is zelf verantwoordelijk voor de lokale wetgeving. Verzending in neutrale verpakking, geen retour.',
    '{detail} Alleen verkoop aan volwassenen. Op het verzendlabel staat niets over de inhoud.'],
  ['{detail} Vendido apenas como artigo de coleção; o comprador é responsável por verificar a legislação local. Envio em embalagem neutra, sem devoluções.',
    '{detail} Venda apenas a maiores de idade. A etiqueta de envio não indica o conteúdo.'],
];

interface WeaponText { term: SlotValues; name: Loc; pitch: Loc; detail: Loc }

function weapon(topic: string, text: WeaponText, path: readonly string[], price: readonly [number, number], languages?: readonly DemoLanguage[]): ProblemOffer {
  return {
    kind: 'weapon', topic, path, price, titles: TITLES, descriptions: DESCRIPTIONS, evade: ['term'],
    slots: { term: text.term, name: oneEach(text.name), pitch: oneEach(text.pitch), detail: oneEach(text.detail) },
    brands: [null, '{house}'], gtin: 'none', ...(languages ? { languages } : {}),
  };
}

const KNIVES = ['Sports & Outdoors', 'Camping', 'Knives & Multitools'];
export const WEAPON_OFFERS: readonly ProblemOffer[] = [
  weapon('switchblade', {
    term: oneEach(['Switchblade', 'Springmesser', 'Couteau automatique', 'Navaja automática', 'Coltello a scatto', 'Nóż sprężynowy', 'Stiletto', 'Navalha automática']),
    name: ['OTF {term}, Double Action', 'OTF {term}, Double Action', '{term} OTF double action', '{term} OTF de doble acción',
      '{term} OTF a doppia azione', '{term} OTF, podwójne działanie', 'OTF {term}, double action', '{term} OTF de dupla ação'],
    pitch: ['opens with one thumb, 9 cm blade', 'Einhandbedienung, 9 cm Klinge', "ouverture d'une main, lame de 9 cm", 'apertura con una mano, hoja de 9 cm',
      'apertura con una mano, lama da 9 cm', 'otwieranie jedną ręką, ostrze 9 cm', 'met één hand te openen, lemmet van 9 cm', 'abertura com uma mão, lâmina de 9 cm'],
    detail: ['The blade shoots out of the front at the push of a button and locks solid. D2 steel, aluminium handle, belt clip.',
      'Die Klinge schnellt auf Knopfdruck nach vorne heraus und rastet fest ein. D2-Stahl, Aluminiumgriff, Gürtelclip.',
      "La lame jaillit vers l'avant d'une simple pression et se verrouille. Acier D2, manche en aluminium, clip de ceinture.",
      'La hoja sale disparada hacia delante al pulsar el botón y queda bloqueada. Acero D2, mango de aluminio, clip para el cinturón.',
      'La lama scatta in avanti premendo il pulsante e si blocca saldamente. Acciaio D2, manico in alluminio, clip da cintura.',
      'Ostrze wyskakuje do przodu po naciśnięciu przycisku i pewnie się blokuje. Stal D2, aluminiowa rękojeść, klips do paska.',
      'Het lemmet schiet met één druk op de knop naar voren en vergrendelt stevig. D2-staal, aluminium heft, riemclip.',
      'A lâmina sai disparada para a frente ao carregar no botão e fica bloqueada. Aço D2, cabo em alumínio, clipe de cinto.'],
  }, KNIVES, [19, 49]),
  weapon('butterfly_knife', {
    term: oneEach(['Butterfly Knife', 'Butterflymesser', 'Couteau papillon', 'Navaja mariposa', 'Coltello a farfalla', 'Nóż motylkowy', 'Vlindermes', 'Navalha borboleta']),
    name: ['{term} Balisong, Sharpened', '{term} Balisong, scharf geschliffen', '{term} balisong, lame affûtée', '{term} balisong, afilada',
      '{term} balisong, lama affilata', '{term} balisong, naostrzony', '{term} balisong, geslepen', '{term} balisong, afiada'],
    pitch: ['real blade, not a trainer', 'echte Klinge, kein Trainer', "vraie lame, pas un modèle d'entraînement", 'hoja real, no es de entrenamiento',
      'lama vera, non da allenamento', 'prawdziwe ostrze, nie treningowy', 'echt lemmet, geen trainer', 'lâmina verdadeira, não é de treino'],
    detail: ['Stainless steel blade, skeletonised handles, latch lock. Perfect for flipping tricks.', 'Edelstahlklinge, skelettierte Griffschalen, Verriegelung. Perfekt für Flipping-Tricks.',
      'Lame en inox, manches ajourés, verrou. Parfait pour le flipping.', 'Hoja de acero inoxidable, mangos calados y cierre. Perfecta para hacer trucos.',
      'Lama in acciaio inox, manici scheletrati, chiusura a levetta. Perfetto per i trick.', 'Ostrze ze stali nierdzewnej, ażurowe okładki, blokada. Idealny do trików.',
      'RVS lemmet, opengewerkte heften, vergrendeling. Perfect voor flipping-trucs.', 'Lâmina em aço inoxidável, cabos vazados e trinco. Perfeita para truques.'],
  }, KNIVES, [14, 39]),
  weapon('brass_knuckles', {
    term: oneEach(['Brass Knuckles', 'Schlagring', 'Poing américain', 'Puño americano', 'Tirapugni', 'Kastet', 'Boksbeugel', 'Soqueira']),
    name: ['{term}, Solid Steel', '{term} aus massivem Stahl', '{term} en acier massif', '{term} de acero macizo',
      '{term} in acciaio massiccio', '{term} z litej stali', '{term} van massief staal', '{term} em aço maciço'],
    pitch: ['self-defence, fits all hand sizes', 'zur Selbstverteidigung, passt jeder Hand', 'autodéfense, taille universelle', 'defensa personal, talla universal',
      'difesa personale, misura universale', 'do samoobrony, pasuje na każdą dłoń', 'zelfverdediging, past elke hand', 'defesa pessoal, tamanho universal'],
    detail: ['Heavy four-finger design, polished edges. Officially sold as a paperweight or belt buckle.',
      'Schwere Ausführung für vier Finger, polierte Kanten. Offiziell als Briefbeschwerer oder Gürtelschnalle.',
      'Modèle lourd quatre doigts, arêtes polies. Vendu officiellement comme presse-papiers ou boucle de ceinture.',
      'Modelo pesado de cuatro dedos, cantos pulidos. Oficialmente se vende como pisapapeles o hebilla de cinturón.',
      'Modello pesante a quattro dita, bordi lucidati. Ufficialmente venduto come fermacarte o fibbia.',
      'Ciężki model na cztery palce, polerowane krawędzie. Oficjalnie sprzedawany jako przycisk do papieru lub klamra do paska.',
      'Zwaar model voor vier vingers, gepolijste randen. Officieel verkocht als presse-papier of riemgesp.',
      'Modelo pesado de quatro dedos, arestas polidas. Oficialmente vendido como pisa-papéis ou fivela de cinto.'],
  }, ['Sports & Outdoors', 'Self-Defence'], [9, 24]),
  weapon('auto_sear', {
    term: ['Auto Sear', 'Glock Switch'],
    name: ['{term} for G17/G19 – Full Auto Conversion', '{term} für G17/G19 – Dauerfeuer-Umbau', '{term} pour G17/G19 – conversion tir automatique', '{term} para G17/G19 – conversión a automático',
      '{term} per G17/G19 – conversione a raffica', '{term} do G17/G19 – przeróbka na ogień ciągły', '{term} voor G17/G19 – ombouw naar volautomatisch', '{term} para G17/G19 – conversão para automático'],
    pitch: ['drop-in, no gunsmith needed', 'einfach einsetzen, kein Büchsenmacher nötig', 'se monte sans armurier', 'se instala sin armero',
      'si monta senza armaiolo', 'montaż bez rusznikarza', 'zelf te plaatsen, geen wapensmid nodig', 'instala-se sem armeiro'],
    detail: ['CNC-machined steel, fits Gen 3–5 slides. Ships declared as a "slide cover plate".', 'CNC-gefräster Stahl, passt für Gen 3–5 Schlitten. Versand deklariert als „Abdeckplatte“.',
      'Acier usiné CNC, compatible culasses Gen 3 à 5. Expédié comme « plaque de culasse ».', 'Acero mecanizado CNC, compatible con correderas Gen 3–5. Se envía declarado como «tapa de corredera».',
      'Acciaio lavorato CNC, compatibile con carrelli Gen 3–5. Spedito dichiarato come "copertura carrello".', 'Stal frezowana CNC, pasuje do zamków Gen 3–5. Wysyłane jako „zaślepka zamka”.',
      'CNC-gefreesd staal, past op Gen 3–5 sleden. Verzonden als "afdekplaatje".', 'Aço maquinado CNC, compatível com corrediças Gen 3–5. Enviado declarado como «tampa de corrediça».'],
  }, ['Sports & Outdoors', 'Hunting & Shooting', 'Accessories'], [24, 69]),
  weapon('unserialised_receiver', {
    term: ['80% Lower Receiver', '80% Lower'],
    name: ['{term} AR-15 with Jig Kit', '{term} AR-15 mit Fräsvorrichtung', '{term} AR-15 avec gabarit de fraisage', '{term} AR-15 con plantilla de fresado',
      '{term} AR-15 con dima di fresatura', '{term} AR-15 z przyrządem do frezowania', '{term} AR-15 met freesmal', '{term} AR-15 com gabarito de fresagem'],
    pitch: ['no serial number, no licence', 'ohne Seriennummer, ohne Erlaubnis', 'sans numéro de série, sans autorisation', 'sin número de serie, sin licencia',
      'senza matricola, senza licenza', 'bez numeru seryjnego, bez pozwolenia', 'zonder serienummer, geen vergunning nodig', 'sem número de série, sem licença'],
    detail: ['Billet aluminium, unfinished.', 'Aus dem Vollen gefrästes Aluminium, unfertig.', 'Aluminium taillé masse, non fini.', 'Aluminio mecanizado, sin terminar.',
      'Alluminio ricavato dal pieno, non finito.', 'Aluminium frezowane z litego bloku, niewykończone.', 'Uit één stuk gefreesd aluminium, onafgewerkt.', 'Alumínio maquinado, por acabar.'],
  }, ['Sports & Outdoors', 'Hunting & Shooting', 'Accessories'], [59, 129]),
  weapon('pepper_spray', {
    term: oneEach(['Pepper Spray', 'Pfefferspray', 'Spray au poivre', 'Spray de pimienta', 'Spray al peperoncino', 'Gaz pieprzowy', 'Pepperspray', 'Spray de pimenta']),
    name: ['{term} 50 ml, Jet', '{term} 50 ml, Strahl', '{term} 50 ml, jet', '{term} 50 ml, chorro', '{term} 50 ml, getto', '{term} 50 ml, strumień', '{term} 50 ml, straal', '{term} 50 ml, jato'],
    pitch: ['stops any attacker, 4 m range', 'stoppt jeden Angreifer, 4 m Reichweite', 'stoppe tout agresseur, portée 4 m', 'detiene a cualquier agresor, alcance 4 m',
      'ferma qualsiasi aggressore, gittata 4 m', 'zatrzyma każdego napastnika, zasięg 4 m', 'houdt elke aanvaller tegen, bereik 4 meter', 'trava qualquer agressor, alcance 4 m'],
    detail: ['For use against people; fits in any handbag.', 'Zur Abwehr von Menschen; passt in jede Handtasche.', "Pour se défendre contre une personne ; tient dans n'importe quel sac.",
      'Para defenderse de personas; cabe en cualquier bolso.', 'Per difendersi dalle persone; sta in qualsiasi borsa.', 'Do obrony przed ludźmi; zmieści się w każdej torebce.',
      'Voor gebruik tegen personen; past in elke handtas.', 'Para defesa contra pessoas; cabe em qualquer mala.'],
  }, ['Sports & Outdoors', 'Self-Defence'], [9, 19], ['nl']),
  weapon('disguised_stun_gun', {
    term: oneEach(['Stun Gun', 'Elektroschocker', 'shocker', 'táser', 'storditore elettrico', 'paralizatorem', 'stroomstootwapen', 'arma de choque']),
    name: ['LED Torch with Built-in {term}', 'LED-Taschenlampe mit eingebautem {term}', 'Lampe torche LED avec {term} intégré', 'Linterna LED con {term} integrado',
      'Torcia LED con {term} integrato', 'Latarka LED z wbudowanym {term}', 'Ledzaklamp met ingebouwd {term}', 'Lanterna LED com {term} integrada'],
    pitch: ['disguised, looks like a normal torch', 'getarnt, sieht aus wie eine normale Lampe', "camouflé, ressemble à une lampe normale", 'camuflado, parece una linterna normal',
      'mimetizzato, sembra una torcia normale', 'zamaskowany, wygląda jak zwykła latarka', 'gecamoufleerd, lijkt op een gewone zaklamp', 'disfarçado, parece uma lanterna normal'],
    detail: ['Nobody will recognise it as a stun gun. Rechargeable, holster included.', 'Niemand erkennt, dass es ein Elektroschocker ist. Aufladbar, mit Holster.',
      "Personne ne devinera que c'est un shocker. Rechargeable, étui inclus.", 'Nadie sabrá que es un táser. Recargable, funda incluida.',
      'Nessuno capirà che è uno storditore. Ricaricabile, fondina inclusa.', 'Nikt nie rozpozna, że to paralizator. Ładowany, z kaburą.',
      'Niemand ziet dat het een stroomstootwapen is. Oplaadbaar, inclusief holster.', 'Ninguém vai perceber que é uma arma de choque. Recarregável, com coldre.'],
  }, ['Sports & Outdoors', 'Self-Defence'], [19, 39], ['de', 'nl']),
];
