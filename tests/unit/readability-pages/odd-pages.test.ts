import { CORPUS_IDS, describeCorpus } from './corpus';

describeCorpus(CORPUS_IDS.filter((_, i) => i % 2 === 1));
