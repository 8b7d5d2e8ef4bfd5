// What extracting figures reads beside the sentences: shared by the extraction and each figure's label.
import type { Language } from '../content/schema.js';
import type { ExtractedIncident } from './incident-types.js';
import type { IntakePhrases } from './phrases.js';

export interface FigureContext {
  lang: Language;
  published: string;
  phrases: Readonly<Record<Language, IntakePhrases>>;
  incidents: readonly ExtractedIncident[];
}
