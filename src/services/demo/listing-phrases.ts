/** Per-language building blocks of ordinary listings: variants, description openers and closers. */
import type { Loc } from './languages.js';

/** Same colour at the same position in every language (Polish shops write "kolor …"). */
export const COLORS: Loc<readonly string[]> = [
  ['Black', 'White', 'Blue', 'Grey', 'Red', 'Green', 'Beige', 'Pink'],
  ['Schwarz', 'Weiß', 'Blau', 'Grau', 'Rot', 'Grün', 'Beige', 'Rosa'],
  ['Noir', 'Blanc', 'Bleu', 'Gris', 'Rouge', 'Vert', 'Beige', 'Rose'],
  ['Negro', 'Blanco', 'Azul', 'Gris', 'Rojo', 'Verde', 'Beige', 'Rosa'],
  ['Nero', 'Bianco', 'Blu', 'Grigio', 'Rosso', 'Verde', 'Beige', 'Rosa'],
  ['kolor czarny', 'kolor biały', 'kolor niebieski', 'kolor szary', 'kolor czerwony', 'kolor zielony', 'kolor beżowy', 'kolor różowy'],
  ['Zwart', 'Wit', 'Blauw', 'Grijs', 'Rood', 'Groen', 'Beige', 'Roze'],
  ['Preto', 'Branco', 'Azul', 'Cinzento', 'Vermelho', 'Verde', 'Bege', 'Rosa'],
];

export const SIZE_LABEL: Loc = ['Size', 'Größe', 'Taille', 'Talla', 'Taglia', 'rozmiar', 'Maat', 'Tamanho'];
export const CLOTHING_SIZES: readonly string[] = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];
export const SHOE_SIZES: readonly string[] = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46'];

/** Word sellers put in the brand field of unbranded goods. */
export const NO_BRAND: Loc = ['Generic', 'Markenlos', 'Sans marque', 'Genérico', 'Generico', 'Bez marki', 'Merkloos', 'Genérico'];

/** Share of titles written "product name first, then brand", as is common in Romance languages. */
export const NAME_FIRST_SHARE: Loc<number> = [0.1, 0.1, 0.5, 0.5, 0.5, 0.4, 0.15, 0.5];

export const OPENERS: Loc<readonly string[]> = [
  ['{product} – brand new in its original packaging.', 'You are buying: {product}.', '{product}, new. Stock item, dispatched from our own warehouse.'],
  ['{product} – neu und originalverpackt.', 'Sie kaufen: {product}.', '{product}, Neuware. Lagerartikel, Versand aus eigenem Lager.'],
  ["{product} – article neuf, dans son emballage d'origine.", 'Vous achetez : {product}.', '{product}. Article neuf en stock, expédié depuis notre entrepôt.'],
  ['{product}: artículo nuevo, en su embalaje original.', 'Estás comprando: {product}.', '{product}. Artículo nuevo en stock, enviado desde nuestro almacén.'],
  ['{product} – articolo nuovo, nella confezione originale.', 'Stai acquistando: {product}.', '{product}. Articolo nuovo disponibile, spedito dal nostro magazzino.'],
  ['{product} – fabrycznie nowy produkt w oryginalnym opakowaniu.', 'Przedmiotem sprzedaży jest: {product}.', '{product}. Produkt fabrycznie nowy, dostępny od ręki, wysyłka z naszego magazynu.'],
  ['{product} – nieuw in de originele verpakking.', 'U koopt: {product}.', '{product}, nieuw. Op voorraad, verzonden vanuit ons eigen magazijn.'],
  ['{product} – artigo novo, na embalagem original.', 'Está a comprar: {product}.', '{product}. Artigo novo em stock, enviado do nosso armazém.'],
];

export const AFTER_SALES: Loc<readonly string[]> = [
  ['2-year statutory warranty; an invoice showing VAT is included.', 'Returns accepted within 30 days.', 'Any questions? Just use the message button on this page.'],
  ['2 Jahre gesetzliche Gewährleistung, Rechnung mit ausgewiesener MwSt. liegt bei.', '30 Tage Rückgaberecht.', 'Fragen? Nutzen Sie einfach die Nachrichtenfunktion auf dieser Seite.'],
  ['Garantie légale de conformité de 2 ans, facture avec TVA fournie.', 'Retours acceptés sous 30 jours.', 'Une question ? Utilisez la messagerie de cette page.'],
  ['Garantía legal de 3 años, factura con IVA incluida.', 'Devoluciones aceptadas en un plazo de 30 días.', '¿Dudas? Escríbenos desde el botón de mensajes de esta página.'],
  ['Garanzia legale di 2 anni, fattura con IVA inclusa.', 'Reso gratuito entro 30 giorni.', 'Domande? Scrivici tramite il pulsante messaggi di questa pagina.'],
  ['Do każdego zamówienia wystawiamy fakturę VAT.', 'Możliwość zwrotu w ciągu 30 dni.', 'Pytania? Skorzystaj z przycisku wiadomości na tej stronie.'],
  ['2 jaar garantie, factuur met btw wordt meegestuurd.', '30 dagen bedenktijd.', 'Vragen? Gebruik de berichtknop op deze pagina.'],
  ['Garantia legal de 3 anos, fatura com IVA incluída.', 'Devoluções aceites no prazo de 30 dias.', 'Dúvidas? Utilize o botão de mensagens desta página.'],
];

export const SHIPPING: Loc<readonly string[]> = [
  ['Dispatched within 24 hours on working days.', 'Delivery in 2–4 working days.', 'Shipped with tracking.'],
  ['Versand innerhalb von 24 Stunden an Werktagen.', 'Lieferzeit 2–4 Werktage.', 'Versand mit Sendungsverfolgung.'],
  ['Expédition sous 24 h les jours ouvrés.', 'Livraison en 2 à 4 jours ouvrés.', 'Envoi suivi.'],
  ['Envío en 24 horas en días laborables.', 'Entrega en 2-4 días laborables.', 'Envío con seguimiento.'],
  ['Spedizione entro 24 ore nei giorni lavorativi.', 'Consegna in 2-4 giorni lavorativi.', 'Spedizione tracciata.'],
  ['Wysyłka w ciągu 24 godzin w dni robocze.', 'Dostawa w 2–4 dni robocze.', 'Przesyłka z numerem do śledzenia.'],
  ['Op werkdagen binnen 24 uur verzonden.', 'Levering in 2-4 werkdagen.', 'Verzending met track & trace.'],
  ['Envio em 24 horas nos dias úteis.', 'Entrega em 2 a 4 dias úteis.', 'Envio com seguimento.'],
];
