/**
 * Prescription-only medicines offered without a prescription, phrased the way grey-market
 * sellers do: "no Rx", discreet envelope, "same active ingredient as at the pharmacy".
 */
import type { Loc } from './languages.js';
import { oneEach, type ProblemOffer, type SlotValues } from './offer-types.js';

const TITLES: Loc<readonly string[]> = [
  ['{term} {dose} – {pack}, no prescription needed, discreet delivery', 'Buy {term} {dose} online without prescription | {pack}', '{term} {dose} x{qty} – fast & discreet, no Rx required'],
  ['{term} {dose} – {pack}, ohne Rezept, diskreter Versand', '{term} {dose} rezeptfrei kaufen | {pack} | Expressversand', 'Original {term} {dose} – {pack}, ohne Rezept aus EU-Lager'],
  ['{term} {dose} – {pack} sans ordonnance, livraison discrète', 'Acheter {term} {dose} sans ordonnance | {pack}', '{term} {dose} générique – {pack}, envoi rapide et discret'],
  ['{term} {dose} – {pack} sin receta, envío discreto', 'Comprar {term} {dose} sin receta médica | {pack}', '{term} genérico {dose} – {pack}, entrega en 24/48 h'],
  ['{term} {dose} – {pack} senza ricetta, spedizione discreta', 'Acquista {term} {dose} senza ricetta | {pack}', '{term} generico {dose} – {pack}, consegna rapida'],
  ['{term} {dose} – {pack} bez recepty, dyskretna wysyłka', '{term} {dose} bez recepty | {pack} | wysyłka 24h', 'Oryginalny {term} {dose} – {pack}, bez recepty'],
  ['{term} {dose} – {pack} zonder recept, discrete verzending', '{term} {dose} kopen zonder recept | {pack}', '{term} {dose} generiek – {pack}, snel en discreet geleverd'],
  ['{term} {dose} – {pack} sem receita, envio discreto', 'Comprar {term} {dose} sem receita médica | {pack}', '{term} genérico {dose} – {pack}, entrega rápida'],
];

const DESCRIPTIONS: Loc<readonly string[]> = [
  ['Same active ingredient as at the pharmacy, just without the doctor visit. {term} {dose}, {pack} in sealed blisters. Sent in a plain envelope with no mention of the contents. {extra}',
    '{term} {dose} – {use}. No prescription, no questions. We ship from an EU warehouse, tracking included. Bigger quantities on request. {extra}'],
  ['Gleicher Wirkstoff wie in der Apotheke, nur ohne Arztbesuch. {term} {dose}, {pack} im versiegelten Blister. Versand im neutralen Umschlag ohne Hinweis auf den Inhalt. {extra}',
    '{term} {dose} – {use}. Kein Rezept, keine Fragen. Versand aus EU-Lager mit Sendungsverfolgung. Größere Mengen auf Anfrage. {extra}'],
  ["Même principe actif qu'en pharmacie, sans passer par le médecin. {term} {dose}, {pack} sous blister scellé. Envoi sous pli neutre, sans mention du contenu. {extra}",
    "{term} {dose} – {use}. Pas d'ordonnance, pas de questions. Expédié depuis un entrepôt dans l'UE, avec suivi. Grandes quantités sur demande. {extra}"],
  ['El mismo principio activo que en la farmacia, pero sin pasar por el médico. {term} {dose}, {pack} en blísteres sellados. Enviado en sobre neutro sin indicar el contenido. {extra}',
    '{term} {dose}: {use}. Sin receta y sin preguntas. Enviamos desde un almacén en la UE con seguimiento. Cantidades mayores bajo pedido. {extra}'],
  ['Stesso principio attivo della farmacia, ma senza passare dal medico. {term} {dose}, {pack} in blister sigillati. Spedito in busta anonima senza indicazione del contenuto. {extra}',
    '{term} {dose} – {use}. Niente ricetta, niente domande. Spediamo da un magazzino UE con tracciamento. Quantità maggiori su richiesta. {extra}'],
  ['Ta sama substancja czynna co w aptece, tylko bez wizyty u lekarza. {term} {dose}, {pack} w zaplombowanych blistrach. Wysyłka w neutralnej kopercie bez informacji o zawartości. {extra}',
    '{term} {dose} – {use}. Bez recepty i bez zbędnych pytań. Wysyłamy z magazynu w UE, z numerem śledzenia. Większe ilości na zapytanie. {extra}'],
  ['Dezelfde werkzame stof als bij de apotheek, alleen zonder doktersbezoek. {term} {dose}, {pack} in verzegelde strips. Verzonden in een neutrale envelop zonder vermelding van de inhoud. {extra}',
    '{term} {dose} – {use}. Geen recept, geen vragen. Verzending vanuit een EU-magazijn met track & trace. Grotere aantallen op aanvraag. {extra}'],
  ['O mesmo princípio ativo da farmácia, mas sem ir ao médico. {term} {dose}, {pack} em blisters selados. Enviado em envelope neutro sem referência ao conteúdo. {extra}',
    '{term} {dose} – {use}. Sem receita e sem perguntas. Enviamos de um armazém na UE com seguimento. Quantidades maiores por encomenda. {extra}'],
];

const EXTRA: Loc<readonly string[]> = [
  ['Payment also by bank transfer.', 'Reorder discount of 10 %.', 'Stock is limited, order today.'],
  ['Zahlung auch per Überweisung möglich.', '10 % Rabatt bei Nachbestellung.', 'Nur noch wenige auf Lager.'],
  ['Paiement possible par virement.', '10 % de remise sur la deuxième commande.', "Stock limité, commandez aujourd'hui."],
  ['También se acepta pago por transferencia.', '10 % de descuento en tu segundo pedido.', 'Existencias limitadas, pide hoy.'],
  ['Pagamento anche con bonifico.', 'Sconto del 10 % sul secondo ordine.', 'Scorte limitate, ordina oggi.'],
  ['Możliwa płatność przelewem.', '10 % rabatu przy kolejnym zamówieniu.', 'Ograniczona ilość, zamów już dziś.'],
  ['Betalen kan ook per overboeking.', '10 % korting bij nabestelling.', 'Beperkte voorraad, bestel vandaag nog.'],
  ['Pagamento também por transferência bancária.', '10 % de desconto na segunda encomenda.', 'Stock limitado, encomende hoje.'],
];

const PACKS = {
  tab: [['{qty} tablets'], ['{qty} Tabletten'], ['{qty} comprimés'], ['{qty} comprimidos'], ['{qty} compresse'], ['{qty} tabletek'], ['{qty} tabletten'], ['{qty} comprimidos']],
  caps: [['{qty} capsules'], ['{qty} Kapseln'], ['{qty} gélules'], ['{qty} cápsulas'], ['{qty} capsule'], ['{qty} kapsułek'], ['{qty} capsules'], ['{qty} cápsulas']],
  pen: [['{qty} x pre-filled pen'], ['{qty} x Fertigpen'], ['{qty} x stylo prérempli'], ['{qty} x pluma precargada'], ['{qty} x penna preriempita'],
    ['{qty} szt. wstrzykiwacz'], ['{qty} x voorgevulde pen'], ['{qty} x caneta pré-cheia']],
} as const satisfies Record<string, Loc<readonly string[]>>;

function rx(topic: string, term: SlotValues, dose: readonly string[], form: keyof typeof PACKS, use: Loc, path: readonly string[], price: readonly [number, number]): ProblemOffer {
  return {
    kind: 'prescription_drug', topic, path, price, titles: TITLES, descriptions: DESCRIPTIONS, evade: ['term'],
    slots: {
      term, dose, pack: PACKS[form], extra: EXTRA, qty: form === 'pen' ? ['1', '2', '4'] : ['10', '20', '30', '60', '90'],
      use: oneEach(use),
    },
    brands: [null, null, 'Generic'], gtin: 'none',
  };
}

const MEDS = ['Health & Supplements', 'Vitamins & Minerals'];
export const RX_OFFERS: readonly ProblemOffer[] = [
  rx('sildenafil', ['Sildenafil', 'Viagra'], ['50 mg', '100 mg'], 'tab', [
    'for strong and long-lasting erections, works in 30 minutes', 'für eine starke, lang anhaltende Erektion, wirkt nach 30 Minuten',
    'pour des érections fermes et durables, effet en 30 minutes', 'para erecciones firmes y duraderas, efecto en 30 minutos',
    'per erezioni forti e durature, effetto in 30 minuti', 'na mocną i długotrwałą erekcję, działa po 30 minutach',
    'voor een sterke en langdurige erectie, werkt binnen 30 minuten', 'para ereções firmes e duradouras, efeito em 30 minutos'],
  ['Health & Supplements', 'Sexual Wellness'], [19, 79]),
  rx('tadalafil', ['Tadalafil', 'Cialis'], ['5 mg', '20 mg'], 'tab', [
    'ready for up to 36 hours', 'bis zu 36 Stunden bereit', "jusqu'à 36 heures d'effet", 'hasta 36 horas de efecto',
    'effetto fino a 36 ore', 'działanie do 36 godzin', 'tot 36 uur werkzaam', 'efeito até 36 horas'],
  ['Health & Supplements', 'Sexual Wellness'], [24, 89]),
  rx('tramadol', ['Tramadol', 'Tramal'], ['50 mg', '100 mg'], 'caps', [
    'strong relief for back pain, toothache and migraine', 'starke Schmerzlinderung bei Rücken-, Zahn- und Kopfschmerzen',
    'soulage fortement le mal de dos, les douleurs dentaires et la migraine', 'alivio fuerte para dolor de espalda, de muelas y migrañas',
    'sollievo forte per mal di schiena, mal di denti ed emicrania', 'silna ulga przy bólu pleców, zębów i migrenie',
    'sterke verlichting bij rugpijn, kiespijn en migraine', 'alívio forte para dores de costas, de dentes e enxaquecas'],
  MEDS, [29, 99]),
  rx('semaglutide', ['Semaglutide', 'Ozempic', 'Wegovy'], ['1 mg', '2 mg'], 'pen', [
    'lose up to 15 % of your body weight without dieting', 'bis zu 15 % Körpergewicht verlieren, ganz ohne Diät',
    "perdez jusqu'à 15 % de votre poids sans régime", 'pierde hasta un 15 % de tu peso sin dietas',
    'perdi fino al 15 % del peso senza diete', 'schudnij nawet 15 % masy ciała bez diety',
    'verlies tot 15 % van je lichaamsgewicht zonder dieet', 'perca até 15 % do seu peso sem dietas'],
  ['Health & Supplements', 'Weight Management'], [89, 249]),
  rx('amoxicillin', [['Amoxicillin'], ['Amoxicillin'], ['Amoxicilline'], ['Amoxicilina'], ['Amoxicillina'], ['Amoksycylina'], ['Amoxicilline'], ['Amoxicilina']],
    ['500 mg', '1000 mg'], 'caps', [
      'for sinus, throat, ear and tooth infections – no waiting at the doctor', 'bei Nebenhöhlen-, Hals-, Ohren- und Zahnentzündungen – ohne Wartezimmer',
      'contre les sinusites, angines, otites et infections dentaires, sans attendre le médecin', 'para sinusitis, anginas, otitis e infecciones dentales, sin esperar al médico',
      'per sinusite, mal di gola, otite e infezioni dentali, senza aspettare il medico', 'na zapalenie zatok, gardła, ucha i zęba – bez czekania na lekarza',
      'bij bijholte-, keel-, oor- en tandontsteking – zonder wachtkamer', 'para sinusite, garganta, ouvidos e infeções dentárias, sem esperar pelo médico'],
    MEDS, [14, 39]),
  rx('isotretinoin', [['Isotretinoin', 'Roaccutane'], ['Isotretinoin', 'Aknenormin'], ['Isotrétinoïne', 'Roaccutane'], ['Isotretinoína', 'Roacutan'],
    ['Isotretinoina', 'Roaccutan'], ['Izotretynoina', 'Aknenormin'], ['Isotretinoïne', 'Roaccutane'], ['Isotretinoína', 'Roacutan']],
  ['10 mg', '20 mg'], 'caps', [
    'clears severe acne for good in a few weeks', 'befreit in wenigen Wochen dauerhaft von schwerer Akne',
    "élimine durablement l'acné sévère en quelques semaines", 'acaba con el acné severo en pocas semanas',
    "elimina l'acne grave in poche settimane", 'pozbywa się ciężkiego trądziku w kilka tygodni',
    'verhelpt ernstige acne blijvend binnen een paar weken', 'acaba com o acne grave em poucas semanas'],
  ['Beauty & Cosmetics', 'Skin Care'], [39, 89]),
  rx('alprazolam', ['Alprazolam', 'Xanax'], ['1 mg', '2 mg'], 'tab', [
    'calms anxiety and panic attacks, helps you sleep', 'gegen Angst und Panikattacken, hilft beim Einschlafen',
    "calme l'anxiété et les crises de panique, aide à dormir", 'calma la ansiedad y los ataques de pánico, ayuda a dormir',
    "calma l'ansia e gli attacchi di panico, aiuta a dormire", 'łagodzi lęk i ataki paniki, pomaga zasnąć',
    'kalmeert angst en paniekaanvallen, helpt bij het inslapen', 'acalma a ansiedade e os ataques de pânico, ajuda a dormir'],
  ['Health & Supplements', 'Sleep & Relaxation'], [29, 79]),
];
