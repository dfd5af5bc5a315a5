/** Demo marketplace generator: the seeder and benchmarks import from here. */
export { DEFAULT_DEMO_SEED, DEFAULT_DEMO_SIZE, DEMO_MAX_SIZE, demoSizeFor, generateDemoCatalog } from './generate-demo-catalog.js';
export { DEMO_LANGUAGES, type DemoLanguage } from './languages.js';
export { HARD_NEGATIVE_SHARE, IMAGE_ORIGIN, MARKET_ORIGIN, PROBLEM_SHARE } from './listings.js';
export { ORDER_WINDOW_MONTHS } from './orders.js';
export {
  DEMO_EVASIONS, DEMO_PROBLEM_KINDS,
  type DemoCatalog, type DemoCatalogOptions, type DemoCatalogSize, type DemoEvasion, type DemoExpectedAction,
  type DemoListingInput, type DemoListingLabel, type DemoListingRecord, type DemoOrderRecord, type DemoProblemKind,
  type DemoStream, type DemoTraderLabel, type DemoTraderRecord,
} from './types.js';
