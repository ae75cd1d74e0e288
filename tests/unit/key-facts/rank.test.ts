import { describe, expect, it } from 'vitest';
import { extractKeyFacts, KEY_POINTS, MORE_POINTS } from '@/utils/key-facts';

const lead = [
  'Storms flooded large parts of the coastal city of Porto on Monday, forcing 3,000 people from their homes.',
  'Emergency services said the river rose two metres overnight after record rainfall across the region.',
  'The mayor of Porto asked residents of the low-lying districts to stay indoors until Wednesday.',
  'Schools and the main railway station will remain closed for at least two days, officials said.',
  'Forecasters expect more rain over the weekend before conditions improve next week.',
  'The last comparable flood in the city was recorded in 2001, when a bridge collapsed.',
  'Insurers estimate the damage at several hundred million euros.',
];

describe('key points', () => {
  it('starts from the lead: three points for the popup, five for the panel, in article order', () => {
    const facts = extractKeyFacts({ text: lead.join(' '), lang: 'en' });
    expect(facts.keyPoints).toEqual(lead.slice(0, KEY_POINTS));
    expect(facts.morePoints).toHaveLength(MORE_POINTS);
    expect(facts.morePoints!.slice(0, 3)).toEqual(lead.slice(0, 3));
  });

  it('skips a caption, a heading, a fragment and a question in favour of news sentences', () => {
    const text = [
      'Mayor Rui Moreira and a rescue team at the edge of the flooded river in Porto on Monday.', // no verb: a caption
      'Floods in Porto', // a heading
      `${lead[0]} How bad is it?`,
      'Yes.',
      lead.slice(1).join(' '),
    ].join('\n\n');
    const facts = extractKeyFacts({ text, lang: 'en' });
    expect(facts.keyPoints).toEqual(lead.slice(0, 3));
  });

  it('never gives the same point twice', () => {
    const repeated = 'Storms flooded large parts of the coastal city of Porto on Monday, forcing 3,000 people from their homes!';
    const facts = extractKeyFacts({ text: [lead[0], repeated, ...lead.slice(1)].join(' '), lang: 'en' });
    expect(facts.keyPoints).toEqual(lead.slice(0, 3));
  });

  it('prefers a sentence on the headline’s subject over a lead sentence off it', () => {
    const text = [
      'It was a grey morning in the north of the country, as it often is in the spring.',
      'Residents of the town had been warned for days.',
      'Torrential storms flooded the river district of Porto and forced thousands of people from their homes on Monday.',
      'Officials in the region said they were preparing shelters for the night.',
      'Others said the warnings had come far too late for most families.',
    ].join(' ');
    const facts = extractKeyFacts({ text, title: 'Storms flood Porto river district, thousands forced from homes', lang: 'en' });
    expect(facts.keyPoints).toContain('Torrential storms flooded the river district of Porto and forced thousands of people from their homes on Monday.');
  });

  it('copes with short and empty articles', () => {
    expect(extractKeyFacts({ text: '' }).keyPoints).toEqual([]);
    expect(extractKeyFacts({ text: 'One sentence only, about a flood in Porto on Monday.' }).keyPoints).toEqual([
      'One sentence only, about a flood in Porto on Monday.',
    ]);
  });

  it('still finds points in text with no full stops at all', () => {
    const text = 'กรุงเทพฯ น้ำท่วมหนัก ประชาชนหลายพันคนต้องอพยพ\n\nฝนตกหนักต่อเนื่องสามวัน\n\nทางการเปิดศูนย์พักพิงชั่วคราว';
    expect(extractKeyFacts({ text, lang: 'th' }).keyPoints).toHaveLength(3);
  });

  it('ranks text in any language', () => {
    const text =
      'Президент России Владимир Путин прибыл в Пхеньян с первым за 24 года визитом. ' +
      'Во вторник он встретится с лидером КНДР Ким Чен Ыном. ' +
      'В последний раз лидеры встречались в сентябре на космодроме Восточный. ' +
      'Визит продлится два дня.';
    const facts = extractKeyFacts({ text, lang: 'ru' });
    expect(facts.keyPoints).toHaveLength(3);
    expect(facts.keyPoints[0]).toMatch(/^Президент России/);
    expect(facts.entitiesSupported).toBe(false);
  });
});
