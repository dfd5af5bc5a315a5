/**
 * Food supplements with ingredients banned in the EU (DMAA, sibutramine, DNP, SARMs, phenibut,
 * yohimbine) and herbal products with illegal disease claims ("cures diabetes").
 */
import type { Loc } from './languages.js';
import { oneEach, type ProblemOffer, type SlotValues } from './offer-types.js';

const BANNED_TITLES: Loc<readonly string[]> = [
  ['{name} – {claim}', '{name} | {claim} | {pack}', 'EXTREME {name} – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', 'EXTREM {name} – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTRÊME – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTREMO – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTREME – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTREME – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTREEM – {claim}'],
  ['{name} – {claim}', '{name} | {claim} | {pack}', '{name} EXTREMO – {claim}'],
];

const BANNED_DESCRIPTIONS: Loc<readonly string[]> = [
  ['Contains {term}, the original formula that was taken off the shelves elsewhere. {long} Not for beginners: start with half a dose. {pack}.',
    '{term} in lab-tested quality, no fillers. {long} Works from the first week or your money back. Ships in plain packaging.'],
  ['Enthält {term} – die Originalformel, die anderswo aus den Regalen verschwunden ist. {long} Nichts für Anfänger: mit halber Dosis beginnen. {pack}.',
    '{term} in laborgeprüfter Qualität, ohne Füllstoffe. {long} Wirkt ab der ersten Woche oder Geld zurück. Versand in neutraler Verpackung.'],
  ["Contient {term} : la formule d'origine, retirée des rayons ailleurs. {long} Pas pour les débutants : commencez par une demi-dose. {pack}.",
    '{term} de qualité testée en laboratoire, sans charges. {long} Résultats dès la première semaine ou remboursé. Envoi en colis neutre.'],
  ['Contiene {term}, la fórmula original que retiraron de las tiendas. {long} No apto para principiantes: empieza con media dosis. {pack}.',
    '{term} de calidad analizada en laboratorio, sin rellenos. {long} Resultados desde la primera semana o te devolvemos el dinero. Envío en paquete neutro.'],
  ['Contiene {term}, la formula originale ritirata dai negozi. {long} Non per principianti: inizia con mezza dose. {pack}.',
    '{term} di qualità testata in laboratorio, senza riempitivi. {long} Risultati dalla prima settimana o rimborso. Spedizione in pacco anonimo.'],
  ['Zawiera {term} – oryginalną formułę, którą wycofano ze sklepów. {long} Nie dla początkujących: zacznij od połowy dawki. {pack}.',
    '{term} w laboratoryjnej jakości, bez wypełniaczy. {long} Efekty od pierwszego tygodnia albo zwrot pieniędzy. Wysyłka w neutralnym opakowaniu.'],
  ['Bevat {term}, de originele formule die elders uit de schappen is gehaald. {long} Niet voor beginners: begin met een halve dosis. {pack}.',
    '{term} van in het lab geteste kwaliteit, zonder vulstoffen. {long} Resultaat vanaf de eerste week of geld terug. Verzending in neutrale verpakking.'],
  ['Contém {term}, a fórmula original que foi retirada das lojas. {long} Não é para principiantes: comece com meia dose. {pack}.',
    '{term} com qualidade testada em laboratório, sem enchimentos. {long} Resultados logo na primeira semana ou devolvemos o dinheiro. Envio em embalagem discreta.'],
];

const CAPS = (n: number): Loc<readonly string[]> =>
  oneEach([`${n} capsules`, `${n} Kapseln`, `${n} gélules`, `${n} cápsulas`, `${n} capsule`, `${n} kapsułek`, `${n} capsules`, `${n} cápsulas`]);

function banned(topic: string, term: SlotValues, name: Loc, claim: Loc, long: Loc, pack: Loc<readonly string[]>, path: readonly string[], price: readonly [number, number]): ProblemOffer {
  return {
    kind: 'banned_supplement', topic, path, price, titles: BANNED_TITLES, descriptions: BANNED_DESCRIPTIONS, evade: ['term'],
    slots: { term, name: oneEach(name), claim: oneEach(claim), long: oneEach(long), pack },
    brands: [null, 'Generic', '{house}', '{house}'], gtin: 'random',
  };
}

const SPORTS = ['Health & Supplements', 'Sports Nutrition'];
export const SUPPLEMENT_OFFERS: readonly ProblemOffer[] = [
  banned('dmaa', ['DMAA', '1,3-Dimethylamylamine', 'Geranium Extract (1,3-DMAA)'],
    ['Pre-Workout Booster with {term}', 'Trainingsbooster mit {term}', 'Booster pré-entraînement avec {term}', 'Pre-entreno con {term}',
      'Pre-workout con {term}', 'Przedtreningówka z {term}', 'Pre-workout booster met {term}', 'Pré-treino com {term}'],
    ['insane energy and focus', 'brutale Energie und Fokus', 'énergie et concentration explosives', 'energía y concentración brutales',
      'energia e concentrazione esplosive', 'potężna energia i skupienie', 'extreme energie en focus', 'energia e foco explosivos'],
    ['The pump and focus you remember from the old formulas are back.', 'Pump und Fokus wie bei den alten Rezepturen sind zurück.',
      'Le pump et la concentration des anciennes formules sont de retour.', 'Vuelve la congestión y la concentración de las fórmulas de antes.',
      'Tornano il pump e la concentrazione delle vecchie formule.', 'Wraca pompa i skupienie znane ze starych formuł.',
      'De pump en focus van de oude formules zijn terug.', 'O pump e o foco das fórmulas antigas estão de volta.'],
    oneEach(['300 g powder', '300 g Pulver', '300 g de poudre', '300 g de polvo', '300 g di polvere', '300 g proszku', '300 g poeder', '300 g de pó']),
    [...SPORTS, 'Pre-Workout'], [29, 49]),
  banned('sibutramine', ['Sibutramine', 'Sibutramin'],
    ['Slimming Capsules with {term}', 'Schlankheitskapseln mit {term}', 'Gélules minceur avec {term}', 'Cápsulas adelgazantes con {term}',
      'Capsule dimagranti con {term}', 'Kapsułki odchudzające z {term}', 'Afslankcapsules met {term}', 'Cápsulas emagrecedoras com {term}'],
    ['lose 10 kg in a month', '10 kg in einem Monat abnehmen', 'perdez 10 kg en un mois', 'pierde 10 kg en un mes',
      'perdi 10 kg in un mese', 'schudnij 10 kg w miesiąc', 'val 10 kilo af in een maand', 'perca 10 kg num mês'],
    ['Your appetite disappears from day one, the kilos follow.', 'Der Appetit verschwindet ab dem ersten Tag, die Kilos folgen.',
      "L'appétit disparaît dès le premier jour, les kilos suivent.", 'El apetito desaparece desde el primer día y los kilos detrás.',
      "L'appetito sparisce dal primo giorno e i chili seguono.", 'Apetyt znika od pierwszego dnia, a za nim kilogramy.',
      "De eetlust verdwijnt vanaf dag één, de kilo's volgen.", 'O apetite desaparece desde o primeiro dia e os quilos vão atrás.'],
    CAPS(60), ['Health & Supplements', 'Weight Management'], [19, 39]),
  banned('dnp', ['DNP', '2,4-Dinitrophenol'],
    ['{term} Fat Burner 250 mg', '{term} Fatburner 250 mg', 'Brûleur de graisse {term} 250 mg', 'Quemagrasas {term} 250 mg',
      'Brucia grassi {term} 250 mg', 'Spalacz tłuszczu {term} 250 mg', '{term} vetverbrander 250 mg', 'Queimador de gordura {term} 250 mg'],
    ['burns fat while you sleep', 'verbrennt Fett sogar im Schlaf', 'brûle les graisses même pendant le sommeil', 'quema grasa incluso mientras duermes',
      'brucia i grassi anche mentre dormi', 'spala tłuszcz nawet podczas snu', 'verbrandt vet zelfs terwijl je slaapt', 'queima gordura até enquanto dorme'],
    ['Professional cutting compound for competition prep; drink plenty of water.', 'Profi-Wirkstoff für die Wettkampfdiät; viel Wasser trinken.',
      "Produit de sèche utilisé par les compétiteurs ; buvez beaucoup d'eau.", 'Compuesto profesional para la definición antes de competir; bebe mucha agua.',
      'Composto professionale per la definizione pre-gara; bere molta acqua.', 'Profesjonalny środek na redukcję przed zawodami; pij dużo wody.',
      'Professioneel middel voor de droogtraining voor wedstrijden; drink veel water.', 'Composto profissional para definição antes de competições; beba muita água.'],
    CAPS(50), [...SPORTS, 'Fat Burners'], [39, 69]),
  banned('sarms', ['Ostarine MK-2866', 'RAD-140', 'LGD-4033 Ligandrol'],
    ['{term} 10 mg Capsules', '{term} 10 mg Kapseln', '{term} 10 mg gélules', '{term} 10 mg cápsulas',
      '{term} 10 mg capsule', '{term} 10 mg kapsułki', '{term} 10 mg capsules', '{term} 10 mg cápsulas'],
    ['lean muscle without injections', 'Muskelaufbau ohne Spritzen', 'du muscle sec sans injections', 'músculo magro sin inyecciones',
      'massa magra senza iniezioni', 'czysta masa mięśniowa bez zastrzyków', 'droge spiermassa zonder injecties', 'músculo magro sem injeções'],
    ['Like a cycle, without the needle: +5 kg of lean mass in 8 weeks. "For research purposes only".', 'Wie eine Kur, nur ohne Nadel: +5 kg Muskelmasse in 8 Wochen. „Nur für Forschungszwecke“.',
      'Comme un cycle, sans aiguille : +5 kg de masse sèche en 8 semaines. « Uniquement à des fins de recherche ».', 'Como un ciclo, pero sin agujas: +5 kg de masa magra en 8 semanas. «Solo para investigación».',
      'Come un ciclo, ma senza aghi: +5 kg di massa magra in 8 settimane. "Solo per scopi di ricerca".', 'Jak cykl, tylko bez igły: +5 kg czystej masy w 8 tygodni. „Wyłącznie do celów badawczych”.',
      'Als een kuur, maar zonder naald: +5 kg droge spiermassa in 8 weken. "Alleen voor onderzoeksdoeleinden".', 'Como um ciclo, mas sem agulhas: +5 kg de massa magra em 8 semanas. «Apenas para fins de investigação».'],
    CAPS(60), [...SPORTS, 'Muscle Builders'], [34, 59]),
  banned('phenibut', [['Phenibut'], ['Phenibut'], ['Phénibut'], ['Fenibut'], ['Fenibut'], ['Fenibut'], ['Phenibut'], ['Fenibut']],
    ['{term} HCl 500 mg Capsules', '{term} HCl 500 mg Kapseln', '{term} HCl 500 mg gélules', '{term} HCl 500 mg cápsulas',
      '{term} HCl 500 mg capsule', '{term} HCl 500 mg kapsułki', '{term} HCl 500 mg capsules', '{term} HCl 500 mg cápsulas'],
    ['deep relaxation, no more social anxiety', 'tiefe Entspannung, keine soziale Angst mehr', "relaxation profonde, fini l'anxiété sociale", 'relajación profunda, adiós a la ansiedad social',
      'rilassamento profondo, addio ansia sociale', 'głęboki relaks, koniec z lękiem społecznym', 'diepe ontspanning, geen sociale angst meer', 'relaxamento profundo, adeus ansiedade social'],
    ['Feels like a glass of wine without the hangover; great for sleep too.', 'Wie ein Glas Wein, nur ohne Kater; auch ideal zum Einschlafen.',
      'Comme un verre de vin, sans la gueule de bois ; idéal aussi pour dormir.', 'Como una copa de vino pero sin resaca; también ideal para dormir.',
      'Come un bicchiere di vino ma senza postumi; ottimo anche per dormire.', 'Jak kieliszek wina, tylko bez kaca; świetny też na sen.',
      'Als een glas wijn, maar zonder kater; ook ideaal om in te slapen.', 'Como um copo de vinho, mas sem ressaca; ótimo também para dormir.'],
    CAPS(60), ['Health & Supplements', 'Sleep & Relaxation'], [19, 34]),
  banned('yohimbine', [['Yohimbine HCl'], ['Yohimbin HCl'], ['Yohimbine HCl'], ['Yohimbina HCl'], ['Yohimbina HCl'], ['Johimbina HCl'], ['Yohimbine HCl'], ['Ioimbina HCl']],
    ['{term} 5 mg – Natural Potency Booster', '{term} 5 mg – natürlicher Potenz-Booster', '{term} 5 mg – stimulant naturel de la virilité', '{term} 5 mg – potenciador sexual natural',
      '{term} 5 mg – potenziante naturale', '{term} 5 mg – naturalny wzmacniacz potencji', '{term} 5 mg – natuurlijke potentieboost', '{term} 5 mg – potenciador sexual natural'],
    ['stronger than the blue pill', 'stärker als die blaue Pille', 'plus fort que la pilule bleue', 'más fuerte que la pastilla azul',
      'più forte della pillola blu', 'mocniejszy niż niebieska tabletka', 'sterker dan het blauwe pilletje', 'mais forte que o comprimido azul'],
    ['Pharmaceutical grade: rock hard within an hour, and it melts belly fat too.', 'Pharmaqualität: innerhalb einer Stunde steinhart, und es schmilzt auch noch Bauchfett.',
      "Qualité pharmaceutique : dur comme la pierre en moins d'une heure, et ça fait fondre la graisse du ventre.", 'Grado farmacéutico: duro como una piedra en menos de una hora, y además quema la grasa abdominal.',
      "Grado farmaceutico: duro come la roccia in meno di un'ora, e scioglie anche il grasso addominale.", 'Jakość farmaceutyczna: twardy jak skała w niecałą godzinę, a do tego spala tłuszcz z brzucha.',
      'Farmaceutische kwaliteit: binnen een uur keihard, en het smelt ook nog buikvet weg.', 'Grau farmacêutico: duro como pedra em menos de uma hora, e ainda derrete a gordura abdominal.'],
    oneEach(['90 tablets', '90 Tabletten', '90 comprimés', '90 comprimidos', '90 compresse', '90 tabletek', '90 tabletten', '90 comprimidos']),
    ['Health & Supplements', 'Sexual Wellness'], [14, 29]),
];
