/** English: the reference catalogue. Other languages translate these keys; missing keys fall back to English. */
import { casesEn } from './en/cases.js';
import { complaintsConsoleEn, complaintsPublicEn } from './en/complaints.js';
import { consoleEn } from './en/console.js';
import { decisionEn } from './en/decision.js';
import { enforcementEn } from './en/enforcement.js';
import { flaggersEn } from './en/flaggers.js';
import { publicEn } from './en/public.js';
import { categoriesEn, keywordsEn } from './en/taxonomy.js';
import { workEn } from './en/work.js';

export const en = { ...consoleEn, ...casesEn, ...decisionEn, ...categoriesEn, ...keywordsEn, ...publicEn, ...complaintsPublicEn, ...complaintsConsoleEn, ...enforcementEn, ...workEn, ...flaggersEn } as const;

export type MessageKey = keyof typeof en;

/** Everything the public pages show: each public language must translate all of it (the compiler checks). */
export type PublicMessages = Record<keyof typeof publicEn | keyof typeof complaintsPublicEn | Exclude<keyof typeof categoriesEn, 'category.STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE'>, string>;
