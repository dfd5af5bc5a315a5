/** Herbal products sold with disease-cure claims, which EU food law forbids outright. */
import type { Loc } from './languages.js';
import { oneEach, type ProblemOffer } from './offer-types.js';

const TITLES: Loc<readonly string[]> = [
  ['{name} – {claim}', '{name}: {claim}, 100 % natural', 'NEW {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % natürlich', 'NEU {name} | {claim}'],
  ['{name} – {claim}', '{name} : {claim}, 100 % naturel', 'NOUVEAU {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % natural', 'NUEVO {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % naturale', 'NOVITÀ {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % natury', 'NOWOŚĆ {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % natuurlijk', 'NIEUW {name} | {claim}'],
  ['{name} – {claim}', '{name}: {claim}, 100 % natural', 'NOVO {name} | {claim}'],
];

const DESCRIPTIONS: Loc<readonly string[]> = [
  ["What doctors don't want you to know: {long} Many customers no longer need their medication after a few weeks. {pack}, 2 a day.",
    '{long} Proven by thousands of satisfied customers. Pure plant extracts, no side effects. {pack}.'],
  ['Was Ärzte Ihnen verschweigen: {long} Viele Kunden brauchen nach wenigen Wochen keine Medikamente mehr. {pack}, 2 täglich.',
    '{long} Von tausenden zufriedenen Kunden bestätigt. Reine Pflanzenextrakte, keine Nebenwirkungen. {pack}.'],
  ["Ce que les médecins ne vous disent pas : {long} Beaucoup de clients n'ont plus besoin de leur traitement après quelques semaines. {pack}, 2 par jour.",
    '{long} Prouvé par des milliers de clients satisfaits. Extraits de plantes purs, sans effets secondaires. {pack}.'],
  ['Lo que los médicos no te cuentan: {long} Muchos clientes dejan la medicación a las pocas semanas. {pack}, 2 al día.',
    '{long} Avalado por miles de clientes satisfechos. Extractos vegetales puros, sin efectos secundarios. {pack}.'],
  ['Quello che i medici non ti dicono: {long} Molti clienti dopo poche settimane non hanno più bisogno dei farmaci. {pack}, 2 al giorno.',
    '{long} Confermato da migliaia di clienti soddisfatti. Estratti vegetali puri, nessun effetto collaterale. {pack}.'],
  ['Tego lekarze ci nie powiedzą: {long} Wielu klientów po kilku tygodniach odstawia leki. {pack}, 2 dziennie.',
    '{long} Potwierdzone przez tysiące zadowolonych klientów. Czyste wyciągi roślinne, bez skutków ubocznych. {pack}.'],
  ['Wat artsen je niet vertellen: {long} Veel klanten hebben na een paar weken hun medicijnen niet meer nodig. {pack}, 2 per dag.',
    '{long} Bewezen door duizenden tevreden klanten. Pure plantenextracten, geen bijwerkingen. {pack}.'],
  ['O que os médicos não lhe dizem: {long} Muitos clientes deixam a medicação ao fim de poucas semanas. {pack}, 2 por dia.',
    '{long} Comprovado por milhares de clientes satisfeitos. Extratos vegetais puros, sem efeitos secundários. {pack}.'],
];

const CAPS_120 = oneEach(['120 capsules', '120 Kapseln', '120 gélules', '120 cápsulas', '120 capsule', '120 kapsułek', '120 capsules', '120 cápsulas']);

function claim(topic: string, term: Loc, name: Loc, claimText: Loc, long: Loc, pack: Loc<readonly string[]>, price: readonly [number, number]): ProblemOffer {
  return {
    kind: 'illegal_health_claim', topic, path: ['Health & Supplements', 'Herbal Supplements'], price, titles: TITLES, descriptions: DESCRIPTIONS,
    evade: ['term'], slots: { term: oneEach(term), name: oneEach(name), claim: oneEach(claimText), long: oneEach(long), pack },
    brands: [null, '{house}', '{house}'], gtin: 'random',
  };
}

export const CLAIM_OFFERS: readonly ProblemOffer[] = [
  claim('cures_diabetes', ['diabetes', 'Diabetes', 'diabète', 'diabetes', 'diabete', 'cukrzycę', 'diabetes', 'diabetes'],
    ['Bitter Melon & Cinnamon Capsules', 'Bittermelone & Zimt Kapseln', 'Gélules melon amer & cannelle', 'Cápsulas de melón amargo y canela',
      'Capsule di melone amaro e cannella', 'Kapsułki gorzki melon i cynamon', 'Bittere meloen & kaneel capsules', 'Cápsulas de melão amargo e canela'],
    ['cures {term} in 30 days', 'heilt {term} in 30 Tagen', 'guérit le {term} en 30 jours', 'cura la {term} en 30 días',
      'cura il {term} in 30 giorni', 'leczy {term} w 30 dni', 'geneest {term} in 30 dagen', 'cura a {term} em 30 dias'],
    ['This formula cures type 2 {term} and brings your blood sugar back to normal – you can stop insulin.',
      'Diese Formel heilt {term} Typ 2 und bringt den Blutzucker zurück in den Normalbereich – Insulin können Sie absetzen.',
      "Cette formule guérit le {term} de type 2 et normalise la glycémie : vous pouvez arrêter l'insuline.",
      'Esta fórmula cura la {term} tipo 2 y normaliza el azúcar en sangre: podrás dejar la insulina.',
      "Questa formula cura il {term} di tipo 2 e riporta la glicemia alla normalità: potrai sospendere l'insulina.",
      'Ta formuła leczy {term} typu 2 i przywraca prawidłowy poziom cukru – możesz odstawić insulinę.',
      'Deze formule geneest {term} type 2 en brengt je bloedsuiker terug naar normaal – je kunt stoppen met insuline.',
      'Esta fórmula cura a {term} tipo 2 e normaliza o açúcar no sangue: pode deixar a insulina.'],
    CAPS_120, [24, 49]),
  claim('cures_cancer', ['cancer', 'Krebs', 'cancer', 'cáncer', 'cancro', 'raka', 'kanker', 'cancro'],
    ['Turmeric & Graviola Extract', 'Kurkuma & Graviola Extrakt', 'Extrait de curcuma & graviola', 'Extracto de cúrcuma y graviola',
      'Estratto di curcuma e graviola', 'Ekstrakt z kurkumy i graviola', 'Kurkuma & graviola extract', 'Extrato de curcuma e graviola'],
    ['kills {term} cells naturally', 'tötet {term}zellen auf natürliche Weise', 'détruit naturellement les cellules du {term}', 'elimina las células del {term} de forma natural',
      'distrugge le cellule del {term} in modo naturale', 'niszczy komórki {term} w naturalny sposób', 'doodt {term}cellen op natuurlijke wijze', 'destrói as células do {term} naturalmente'],
    ['Graviola is 10,000 times stronger than chemotherapy against {term} – and you keep your hair.',
      'Graviola wirkt 10.000-mal stärker gegen {term} als eine Chemotherapie – ganz ohne Haarausfall.',
      'Le graviola est 10 000 fois plus puissant que la chimiothérapie contre le {term}, sans perte de cheveux.',
      'La graviola es 10.000 veces más potente que la quimioterapia contra el {term}, y sin que se te caiga el pelo.',
      'La graviola è 10.000 volte più potente della chemioterapia contro il {term}, senza perdere i capelli.',
      'Graviola działa na {term} 10 000 razy silniej niż chemioterapia – bez wypadania włosów.',
      'Graviola werkt 10.000 keer sterker tegen {term} dan chemotherapie – zonder haaruitval.',
      'A graviola é 10 000 vezes mais forte do que a quimioterapia contra o {term}, sem queda de cabelo.'],
    CAPS_120, [29, 59]),
  claim('cures_arthritis', ['arthritis', 'Arthrose', 'arthrose', 'artrosis', 'artrosi', 'zwyrodnienie stawów', 'artrose', 'artrose'],
    ['Green-Lipped Mussel Joint Formula', 'Grünlippmuschel Gelenk-Formel', 'Formule articulations à la moule verte', 'Fórmula articular de mejillón verde',
      'Formula articolazioni con cozza verde', 'Formuła na stawy z małżą zielonowargową', 'Groenlipmossel gewrichtsformule', 'Fórmula articular de mexilhão verde'],
    ['reverses {term} for good', 'heilt {term} dauerhaft', "guérit définitivement l'{term}", 'cura la {term} para siempre',
      "guarisce l'{term} per sempre", 'cofa {term} na zawsze', 'geneest {term} blijvend', 'cura a {term} de vez'],
    ['Rebuilds worn cartilage and cures {term} – throw away your painkillers.', 'Baut verschlissenen Knorpel wieder auf und heilt {term} – Schmerzmittel können Sie wegwerfen.',
      "Reconstruit le cartilage usé et guérit l'{term} : jetez vos antidouleurs.", 'Regenera el cartílago desgastado y cura la {term}: tira tus analgésicos.',
      "Ricostruisce la cartilagine usurata e guarisce l'{term}: butta via gli antidolorifici.", 'Odbudowuje zużytą chrząstkę i cofa {term} – wyrzuć leki przeciwbólowe.',
      'Herstelt versleten kraakbeen en geneest {term} – gooi je pijnstillers maar weg.', 'Reconstrói a cartilagem desgastada e cura a {term}: deite fora os analgésicos.'],
    CAPS_120, [19, 39]),
  claim('cures_hypertension', ['high blood pressure', 'Bluthochdruck', 'hypertension', 'hipertensión', 'ipertensione', 'nadciśnienie', 'hoge bloeddruk', 'hipertensão'],
    ['Hawthorn & Garlic Heart Drops', 'Weißdorn & Knoblauch Herztropfen', 'Gouttes cœur aubépine & ail', 'Gotas para el corazón de espino blanco y ajo',
      'Gocce per il cuore biancospino e aglio', 'Krople na serce głóg i czosnek', 'Meidoorn & knoflook hartdruppels', 'Gotas para o coração de pilriteiro e alho'],
    ['cures {term} without pills', 'heilt {term} ohne Tabletten', "guérit l'{term} sans médicaments", 'cura la {term} sin pastillas',
      "cura l'{term} senza pillole", 'leczy {term} bez tabletek', 'geneest {term} zonder pillen', 'cura a {term} sem comprimidos'],
    ['Brings {term} down to 120/80 in two weeks – it replaces your prescription medicine.', 'Senkt {term} in zwei Wochen auf 120/80 – ersetzt Ihre verschreibungspflichtigen Medikamente.',
      "Ramène l'{term} à 12/8 en deux semaines : remplace vos médicaments sur ordonnance.", 'Baja la {term} a 12/8 en dos semanas: sustituye a tus medicamentos con receta.',
      "Riporta l'{term} a 120/80 in due settimane: sostituisce i farmaci da prescrizione.", 'Obniża {term} do 120/80 w dwa tygodnie – zastępuje leki na receptę.',
      'Verlaagt {term} in twee weken naar 120/80 – vervangt je medicijnen op recept.', 'Baixa a {term} para 12/8 em duas semanas: substitui os seus medicamentos receitados.'],
    oneEach(['50 ml', '50 ml', '50 ml', '50 ml', '50 ml', '50 ml', '50 ml', '50 ml']), [19, 34]),
];
