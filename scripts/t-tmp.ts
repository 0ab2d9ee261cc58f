import { checkTruthfulness, compileProfileFacts, normaliseProfileContent } from '@tailor/domain';
import { readFileSync } from 'node:fs';
const a = JSON.parse(readFileSync('tests/fixtures/applicants/nurse.json','utf8'));
const p = normaliseProfileContent(a.profile, { keep: () => false, next: (() => { let i = 0; return () => `id${i++}`; })() });
const r = checkTruthfulness(compileProfileFacts(p), { kind: 'text', text: 'Dear Rush University Medical Center hiring team,' }, { allowedNames: ['Rush University Medical Center', 'Registered Nurse - Telemetry (Nights)', 'Registered Nurse', 'Maria Okafor'] });
console.log(JSON.stringify(r.claims.filter(c => c.verdict === 'unsupported'), null, 1));
