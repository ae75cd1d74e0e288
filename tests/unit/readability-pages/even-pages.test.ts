import { CORPUS_IDS, describeCorpus, describeTables } from './corpus';

describeTables();
describeCorpus(CORPUS_IDS.filter((_, i) => i % 2 === 0));
