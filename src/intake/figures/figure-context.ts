// What extracting figures reads beside the sentences: shared by the extraction and each figure's label.
import type { Language } from '../../content/schema.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';
import type { IntakePhrases } from '../drafts/phrases.js';

export interface FigureContext {
  lang: Language;
  published: string;
  phrases: Readonly<Record<Language, IntakePhrases>>;
  incidents: readonly ExtractedIncident[];
}
