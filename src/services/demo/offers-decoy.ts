/**
 * Hidden links and decoy listings: placeholder offers ("price difference", "VIP link", a 0.99
 * "gift") used to take payment for goods that never appear on the marketplace.
 */
import type { Loc } from './languages.js';
import type { ProblemOffer } from './offer-types.js';

function decoy(topic: string, path: readonly string[], price: readonly [number, number], titles: Loc<readonly string[]>, descriptions: Loc<readonly string[]>): ProblemOffer {
  return { kind: 'hidden_link', topic, path, price, titles, descriptions, slots: {}, brands: [null], gtin: 'none' };
}

export const DECOY_OFFERS: readonly ProblemOffer[] = [
  decoy('price_difference', ['Home & Kitchen'], [0.5, 2], [
    ['Price difference', 'Extra payment for shipping difference', 'Price difference link – do not buy without contacting us'],
    ['Preisdifferenz', 'Nachzahlung Versandkosten-Differenz', 'Differenzbetrag – bitte nur nach Absprache kaufen'],
    ['Différence de prix', 'Complément de frais de port', 'Lien différence de prix – ne pas acheter sans nous contacter'],
    ['Diferencia de precio', 'Pago de diferencia de envío', 'Enlace diferencia de precio – no comprar sin consultar'],
    ['Differenza di prezzo', 'Integrazione spese di spedizione', 'Link differenza prezzo – non acquistare senza contattarci'],
    ['Dopłata', 'Dopłata do wysyłki', 'Link do dopłaty – nie kupować bez kontaktu'],
    ['Prijsverschil', 'Bijbetaling verzendkosten', 'Link prijsverschil – niet kopen zonder contact'],
    ['Diferença de preço', 'Pagamento da diferença de portes', 'Link diferença de preço – não comprar sem falar connosco'],
  ], [
    ['This link is only for customers who have agreed a price with us. Buy the quantity we told you.', 'Only for agreed orders. Other purchases will be cancelled.'],
    ['Dieser Link ist nur für Kunden, die mit uns einen Preis vereinbart haben. Bitte die vereinbarte Stückzahl kaufen.', 'Nur für abgesprochene Bestellungen. Andere Käufe werden storniert.'],
    ["Ce lien est réservé aux clients qui ont convenu d'un prix avec nous. Achetez la quantité indiquée.", 'Uniquement pour les commandes convenues. Les autres achats seront annulés.'],
    ['Este enlace es solo para clientes que han acordado un precio con nosotros. Compra la cantidad que te indicamos.', 'Solo para pedidos acordados. Las demás compras se cancelarán.'],
    ['Questo link è solo per i clienti che hanno concordato un prezzo con noi. Acquista la quantità indicata.', 'Solo per ordini concordati. Gli altri acquisti verranno annullati.'],
    ['Ten link jest tylko dla klientów, którzy uzgodnili z nami cenę. Kup ilość, którą podaliśmy.', 'Tylko dla uzgodnionych zamówień. Inne zakupy zostaną anulowane.'],
    ['Deze link is alleen voor klanten die een prijs met ons hebben afgesproken. Koop het aantal dat we hebben doorgegeven.', 'Alleen voor afgesproken bestellingen. Andere aankopen worden geannuleerd.'],
    ['Este link é apenas para clientes que combinaram um preço connosco. Compre a quantidade indicada.', 'Apenas para encomendas combinadas. Outras compras serão canceladas.'],
  ]),
  decoy('vip_link', ['Fashion', 'Bags', 'Handbags'], [0.99, 9.99], [
    ['Special link for VIP customers', 'VIP customer link – contact us first', 'Custom order link'],
    ['Sonderlink für VIP-Kunden', 'VIP-Kundenlink – bitte vorher Kontakt aufnehmen', 'Link für Sonderbestellung'],
    ['Lien spécial clients VIP', 'Lien client VIP – contactez-nous avant', 'Lien commande personnalisée'],
    ['Enlace especial para clientes VIP', 'Enlace cliente VIP – contáctanos antes', 'Enlace para pedido personalizado'],
    ['Link speciale per clienti VIP', 'Link clienti VIP – contattaci prima', 'Link ordine personalizzato'],
    ['Specjalny link dla klientów VIP', 'Link dla klientów VIP – najpierw napisz', 'Link do zamówienia indywidualnego'],
    ['Speciale link voor VIP-klanten', 'VIP-klantenlink – eerst contact opnemen', 'Link voor maatwerkbestelling'],
    ['Link especial para clientes VIP', 'Link cliente VIP – fale connosco primeiro', 'Link para encomenda personalizada'],
  ], [
    ['Regular customers know what this is for. Send us a message with the item you want and we will tell you the quantity to buy here.', 'The real product is not shown here for "reasons". Ask us for photos.'],
    ['Stammkunden wissen, wofür dieser Link ist. Schreiben Sie uns, welchen Artikel Sie möchten, und wir sagen Ihnen, welche Stückzahl Sie hier kaufen.', 'Der eigentliche Artikel wird hier aus „Gründen“ nicht gezeigt. Fragen Sie uns nach Fotos.'],
    ["Les habitués savent à quoi sert ce lien. Envoyez-nous l'article souhaité et nous vous dirons quelle quantité acheter ici.", "Le vrai produit n'est pas affiché ici pour des « raisons ». Demandez-nous des photos."],
    ['Los clientes habituales saben para qué es este enlace. Escríbenos con el artículo que quieres y te diremos qué cantidad comprar aquí.', 'El producto real no se muestra aquí por «motivos». Pídenos fotos.'],
    ['I clienti abituali sanno a cosa serve questo link. Scrivici quale articolo vuoi e ti diremo quante unità acquistare qui.', 'Il prodotto vero non è mostrato qui per "motivi". Chiedici le foto.'],
    ['Stali klienci wiedzą, do czego służy ten link. Napisz, jaki produkt chcesz, a podamy ilość do kupienia tutaj.', 'Właściwego produktu nie pokazujemy tu z „pewnych powodów”. Poproś nas o zdjęcia.'],
    ['Vaste klanten weten waar deze link voor is. Stuur ons een bericht met het artikel dat je wilt en wij zeggen welk aantal je hier koopt.', 'Het echte product staat hier om "redenen" niet op. Vraag ons om foto\'s.'],
    ['Os clientes habituais sabem para que serve este link. Diga-nos qual o artigo que quer e indicamos a quantidade a comprar aqui.', 'O produto verdadeiro não é mostrado aqui por «motivos». Peça-nos fotos.'],
  ]),
  decoy('placeholder_item', ['Electronics', 'Accessories'], [0.5, 1.5], [
    ['Gift', 'Product 1', 'Accessory – read description'], ['Geschenk', 'Artikel 1', 'Zubehör – Beschreibung lesen'],
    ['Cadeau', 'Produit 1', 'Accessoire – lire la description'], ['Regalo', 'Producto 1', 'Accesorio – leer descripción'],
    ['Regalo', 'Prodotto 1', 'Accessorio – leggere la descrizione'], ['Prezent', 'Produkt 1', 'Akcesorium – przeczytaj opis'],
    ['Cadeau', 'Product 1', 'Accessoire – lees de beschrijving'], ['Presente', 'Produto 1', 'Acessório – ler a descrição'],
  ], [
    ['Contact us for the real item before buying.', 'Do not buy! Message us for the real product and price.'],
    ['Vor dem Kauf bitte wegen des eigentlichen Artikels Kontakt aufnehmen.', 'Nicht kaufen! Schreiben Sie uns wegen des richtigen Artikels und Preises.'],
    ["Contactez-nous pour l'article réel avant d'acheter.", 'Ne pas acheter ! Écrivez-nous pour le vrai produit et le prix.'],
    ['Contáctanos por el artículo real antes de comprar.', '¡No compres! Escríbenos para el producto real y el precio.'],
    ["Contattaci per l'articolo reale prima di acquistare.", 'Non acquistare! Scrivici per il prodotto vero e il prezzo.'],
    ['Przed zakupem skontaktuj się z nami w sprawie właściwego produktu.', 'Nie kupuj! Napisz do nas po prawdziwy produkt i cenę.'],
    ['Neem vóór aankoop contact op voor het echte artikel.', 'Niet kopen! Stuur ons een bericht voor het echte product en de prijs.'],
    ['Contacte-nos pelo artigo verdadeiro antes de comprar.', 'Não compre! Fale connosco para saber o produto verdadeiro e o preço.'],
  ]),
];
