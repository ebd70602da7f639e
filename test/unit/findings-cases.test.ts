// The cases where the findings used to say something untrue or unhelpful (issue 13), each with
// what a participant now reads, in both locales, with the kit's own content.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/workbook.ts';
import { findingLines, sentences, who } from './findings-fixtures.ts';

const many = (n: number, extra: Partial<Person>) => Array.from({ length: n }, () => who(extra));
const net = (people: Person[], more: { ties?: [string, string][]; noTiesAmong?: string[] } = {}) => ({
  people,
  ties: more.ties ?? [],
  ...(more.noTiesAmong ? { noTiesAmong: more.noTiesAmong } : {}),
});
const both = (
  name: string,
  network: ReturnType<typeof net>,
  expected: { en: string[]; es: string[] },
  absent: { en: string[]; es: string[] } = { en: [], es: [] },
  needs: string[] = [],
) =>
  it.each(['en', 'es'] as const)(`${name} (%s)`, (locale) => {
    const said = sentences(locale, network, needs);
    for (const s of expected[locale]) expect(said).toContain(s);
    for (const s of absent[locale]) expect(said.join('\n')).not.toContain(s);
  });

describe('range as social systems: the type, the sources finding and the advice agree', () => {
  // Three people from other institutions and two from personal life: nobody from the workplace.
  both(
    'nobody from the workplace: the advice asks for workplace people, not for people beyond it',
    net([
      ...many(3, { source: 'external', closeness: 'moderate', stage: 'above' }),
      ...many(2, { source: 'personal', closeness: 'close', stage: 'same' }),
    ]),
    {
      en: [
        'Opportunistic: your people come from several social systems but most ties are weaker. A wide reach; deepening a few relationships would give you more support.',
        'Your people come from 2 of 3 social systems: other institutions (3) and your personal life (2).',
        'Nobody yet from your own workplace.',
        'Add someone from your own workplace. Worksheet: Meeting new people',
      ],
      es: [
        'Oportunista: tu gente viene de varios sistemas sociales, pero la mayoría de los vínculos son más débiles. Llegas lejos; profundizar algunas relaciones te daría más apoyo.',
        'Tu gente viene de 2 de 3 sistemas sociales: otras instituciones (3) y tu vida personal (2).',
        'Todavía nadie de tu propio lugar de trabajo.',
        'Suma a alguien de tu propio lugar de trabajo. Ficha: Conoce gente nueva',
      ],
    },
    { en: ['beyond your department', 'narrow'], es: ['más allá de tu departamento', 'estrecha'] },
  );

  // Five from the department, four from the institution, one friend: one workplace holds 90%.
  both(
    'nine from the workplace and one friend: low range, and the sources finding says why',
    net([
      ...many(5, { source: 'department', closeness: 'close' }),
      ...many(4, { source: 'institution', closeness: 'close' }),
      who({ source: 'personal', closeness: 'close' }),
    ]),
    {
      en: [
        'Traditional: your people come from few social systems and most ties are close. Close support, mostly from one setting; people from other settings could widen your view.',
        'Range: 2 of 3 social systems. Close ties: 100% of your people.',
        'Your people come from 2 of 3 social systems: your own workplace (9) and your personal life (1).',
        '90% of them come from your own workplace: people from other institutions would widen your network.',
        'Meet people from other institutions. Worksheet: Meeting new people',
      ],
      es: [
        'Tradicional: tu gente viene de pocos sistemas sociales y la mayoría de los vínculos son cercanos. Apoyo cercano, sobre todo de un mismo entorno; gente de otros entornos ampliaría tu visión.',
        'Amplitud: 2 de 3 sistemas sociales. Vínculos cercanos: 100 % de tu gente.',
        'Tu gente viene de 2 de 3 sistemas sociales: tu propio lugar de trabajo (9) y tu vida personal (1).',
        'El 90 % viene de tu propio lugar de trabajo: gente de otras instituciones ampliaría tu red.',
        'Conoce a gente de otras instituciones. Ficha: Conoce gente nueva',
      ],
    },
    { en: ['Entrepreneurial'], es: ['Emprendedora'] },
  );
});

describe('enough to say', () => {
  both(
    'one person: no type yet, and what to add first',
    net([who({ source: 'department', closeness: 'close', stage: 'above' })]),
    {
      en: [
        'Too early to name a type: the kit names one from 4 people who support you now, each with a source. First add 3 more people.',
        'Add 3 more people who support you now: the kit names a network type from 4.',
        'Nobody yet who is at your stage or earlier in their career.',
      ],
      es: [
        'Aún es pronto para darle un tipo: el kit lo nombra a partir de 4 personas que ya te apoyan, cada una con su origen. Primero, añade 3 personas más.',
        'Añade 3 personas más que ya te apoyen: el kit nombra el tipo de red a partir de 4.',
        'Todavía no hay nadie en tu misma etapa o en una etapa anterior.',
      ],
    },
    { en: ['Traditional', 'Receptive'], es: ['Tradicional', 'Receptiva'] },
  );

  both(
    'four peers and nothing else: no type, and every unanswered question listed',
    net(many(4, {})),
    {
      en: [
        'Too early to name a type: the kit names one from 4 people who support you now, each with a source. First say where 4 people come from.',
        'Add where your people come from to see this.',
        'Still open, so the findings are not complete yet',
        'Say where 4 people come from.',
        'Say how close 4 people are: until then they count as distant.',
        'Give the career stage of 4 people.',
        'No background given for 4 people (optional: only if you want to see how varied your network is).',
        'Mark who knows whom, or say that none of your people know each other.',
        'Choose the support you need, to see who gives it. Worksheet: Know yourself',
      ],
      es: [
        'Aún es pronto para darle un tipo: el kit lo nombra a partir de 4 personas que ya te apoyan, cada una con su origen. Primero, indica de dónde vienen 4 personas.',
        'Pendiente: los resultados aún no están completos',
        'Indica de dónde vienen 4 personas.',
        'Indica la cercanía de 4 personas: hasta entonces cuentan como lejanas.',
        'Indica la etapa profesional de 4 personas.',
        'Sin perfil para 4 personas (opcional: solo si quieres ver lo variada que es tu red).',
      ],
    },
    {
      en: ['Entrepreneurial', 'keep tending', 'Nobody yet who is', 'No gaps', 'Nothing open'],
      es: ['Emprendedora', 'Todavía no hay nadie más', 'Nada pendiente'],
    },
  );

  // After edits: a full network, but no background, a planned mentor and no needs chosen.
  const full = [
    who({ roles: ['developmental'], source: 'department', closeness: 'close', stage: 'above' }),
    who({ roles: ['skills'], source: 'external', closeness: 'moderate', stage: 'above' }),
    who({ roles: ['work-life'], source: 'personal', closeness: 'close', stage: 'same' }),
    who({ roles: ['peer'], source: 'institution', closeness: 'moderate', stage: 'same' }),
    who({ roles: ['mentee'], source: 'department', closeness: 'moderate', stage: 'below' }),
  ];
  const planned = who({ name: 'Zoe', roles: ['developmental'], status: 'potential' });
  both(
    '"No gaps" only when nothing is open: open items are listed instead',
    net([...full, planned], { noTiesAmong: full.map((p) => p.id) }),
    {
      en: [
        'No gaps in what you have told the kit so far; the questions below are still open.',
        'Still open, so the findings are not complete yet',
        'No background given for 5 people (optional: only if you want to see how varied your network is).',
        'Planned: Zoe. Once this person supports you, mark them as current. Worksheet: Approaching a potential mentor',
        'Choose the support you need, to see who gives it. Worksheet: Know yourself',
      ],
      es: [
        'No se ven huecos en lo que has indicado hasta ahora; las preguntas de abajo siguen pendientes.',
        'Pendiente: los resultados aún no están completos',
        'Previstas: Zoe. Cuando esta persona te apoye, márcala como actual. Ficha: Acércate a un posible mentor o mentora',
      ],
    },
    { en: ['No gaps found', 'Nothing open'], es: ['Nada pendiente'] },
  );

  it.each(['en', 'es'] as const)('with everything answered, nothing open and no gaps (%s)', (locale) => {
    const answered = full.map((p, i) => ({
      ...p,
      background: { gender: i % 2 ? 'woman' : 'man' },
      supports: i % 2 ? ['friendship'] : ['sponsorship', 'coaching'],
    }));
    const lines = findingLines(locale, net(answered, { noTiesAmong: answered.map((p) => p.id) }), [
      'career-advice',
    ]);
    expect(lines.filter((l) => l.data?.open)).toEqual([]);
    expect(lines.filter((l) => l.section === 'suggestions').map((l) => l.data?.suggestion)).toEqual(['none']);
  });
});

describe('ties answered or not', () => {
  const four = many(4, { source: 'department', closeness: 'close', stage: 'same' });
  both('no ties marked: the question is open, with an answer to give', net(four), {
    en: [
      'Mark who knows whom on the map above to see how connected your network is.',
      'If none of these people know each other, that is an answer too:',
    ],
    es: [
      'Marca en el mapa de arriba quién conoce a quién para ver lo conectada que está tu red.',
      'Si ninguna de estas personas se conoce entre sí, eso también es una respuesta:',
    ],
  });

  it('offers "none of these people know each other" as an answer', () => {
    const lines = findingLines('en', net(four));
    expect(lines.find((l) => l.action)?.action).toBe('none-know');
  });

  both(
    'none of them know each other: effective size n, constraint 1/n, each with what it means',
    net(four, { noTiesAmong: four.map((p) => p.id) }),
    {
      en: [
        'You said none of these people know each other.',
        'Density 0: 0% of the pairs among your people know each other. They are mostly separate circles, and each can bring you something different.',
        'Effective size 4 of 4: about 4 of your people bring news and openings the others do not; people who all know each other count almost as one.',
        'Efficiency 1: 100% of your network is non-redundant, so most people give you something the others do not.',
        'Constraint 0.25, the lowest possible with 4 people: no group of them holds you in, and each is a route of its own.',
      ],
      es: [
        'Has indicado que ninguna de estas personas se conoce entre sí.',
        'Tamaño efectivo 4 de 4: más o menos 4 de tus personas te traen noticias y oportunidades que las demás no; quienes se conocen todos entre sí cuentan casi como una.',
        'Restricción 0,25, la mínima posible con 4 personas: ningún grupo te encierra, y cada persona es un camino propio.',
      ],
    },
  );

  it('someone added after the answer reopens the question', () => {
    const fifth = who({ source: 'external' });
    const lines = findingLines('en', net([...four, fifth], { noTiesAmong: four.map((p) => p.id) }));
    expect(lines.some((l) => l.data?.measure)).toBe(false);
    expect(lines.find((l) => l.action)?.action).toBe('none-know');
  });

  // Everyone knows everyone: a closed circle, with a next step out of it.
  const ties = four.flatMap((a, i) => four.slice(i + 1).map((b) => [a.id, b.id] as [string, string]));
  both('everyone knows everyone: the measures say what it means and what to do', net(four, { ties }), {
    en: [
      'Density 1: 100% of the pairs among your people know each other. They form one close-knit circle: support is easy to coordinate, but news tends to repeat.',
      'Effective size 1 of 4: about 1 of your people brings news and openings the others do not; people who all know each other count almost as one.',
      'Efficiency 0.25: only 25% of your network is non-redundant. Someone from outside this circle would bring new information and opportunities.',
      'Constraint 0.77 (the lowest with 4 people is 0.25): the more your people know each other, the more you depend on one group. A contact outside it gives you another route.',
      'Meet someone from outside the circle whose members all know each other. Worksheet: Meeting new people',
    ],
    es: [
      'Eficiencia 0,25: solo el 25 % de tu red no es redundante. Alguien de fuera de este círculo te traería información y oportunidades nuevas.',
      'Conoce a alguien de fuera del círculo en el que todos se conocen. Ficha: Conoce gente nueva',
    ],
  });
});

describe('planned people', () => {
  both(
    'counted apart, with the same numbers everywhere',
    net([
      ...many(2, { source: 'department', closeness: 'close' }),
      who({ status: 'potential', closeness: 'distant', source: 'external' }),
    ]),
    {
      en: [
        'On your map: 2 current, 1 planned.',
        'The planned person is on your map but not in the findings below: they count once you mark them as current.',
        'Everyone is close (2). Lighter ties bring news and openings from further away.',
      ],
      es: [
        'En tu mapa: 2 actuales, 1 prevista.',
        'La persona prevista está en tu mapa, pero no en los resultados de abajo: contará cuando la marques como actual.',
      ],
    },
  );

  both(
    'only planned people: no request to add what is already there',
    net([who({ name: 'Zoe', status: 'potential', closeness: 'distant', source: 'external' })]),
    {
      en: [
        'On your map: 0 current, 1 planned.',
        'Everyone on your map is planned. The findings start with the first person who supports you now.',
        'Planned: Zoe. Once this person supports you, mark them as current. Worksheet: Approaching a potential mentor',
      ],
      es: [
        'En tu mapa: 0 actuales, 1 prevista.',
        'Todas las personas de tu mapa son previstas. Los resultados empiezan con la primera persona que ya te apoya.',
      ],
    },
    {
      en: ['Add where your people come from', 'Add how close'],
      es: ['Indica de dónde viene tu gente', 'Indica la cercanía de tu gente'],
    },
  );
});

describe('with my plan', () => {
  const today = [
    who({ roles: ['developmental'], source: 'department', closeness: 'close', stage: 'above' }),
    who({ roles: ['skills'], source: 'department', closeness: 'close', stage: 'above' }),
    who({ roles: ['peer'], source: 'institution', closeness: 'moderate', stage: 'same' }),
    who({ roles: ['work-life'], source: 'department', closeness: 'close', stage: 'same' }),
  ];
  const zoe = who({
    name: 'Zoe',
    roles: ['mentee'],
    source: 'external',
    closeness: 'distant',
    stage: 'below',
    status: 'potential',
  });
  both(
    'the gaps a planned person would close, those the plan leaves, and those it adds',
    net([...today, zoe]),
    {
      en: [
        'With your plan',
        'If the planned person supported you now, the network type would be: Traditional.',
        'Your plan closes: Find a mentee.',
        'Your plan closes: Meet people from other institutions.',
        'Your plan closes: Add someone earlier in their career.',
        'Still open with your plan: Meet people from your personal life.',
        'New with your plan: Get closer to a mentee among the people you already know.',
      ],
      es: [
        'Con tu plan',
        'Si la persona prevista te apoyara ya, el tipo de red sería: Tradicional.',
        'Tu plan lo resuelve: Busca una persona mentorizada.',
        'Sigue pendiente con tu plan: Conoce a gente de tu vida personal.',
      ],
    },
  );
  both(
    'no plan section without planned people',
    net(today),
    { en: [], es: [] },
    {
      en: ['With your plan'],
      es: ['Con tu plan'],
    },
  );
});

describe('what research adds', () => {
  const ana = who({
    name: 'Ana',
    roles: ['developmental', 'skills', 'peer'],
    source: 'department',
    closeness: 'close',
    supports: ['coaching', 'sponsorship'],
  });
  const bo = who({ name: 'Bo', roles: ['peer'], source: 'external', supports: ['coaching'] });
  both(
    'one-sided support, a sponsor, several kinds from one person, and reliance on her',
    net([ana, bo, who({ roles: ['work-life'], source: 'personal' })]),
    {
      en: [
        'The support you get',
        'Of the 2 people whose support you described, 2 give career support (such as coaching, visibility or sponsorship) and 0 personal support (such as acceptance, counselling or friendship). Kram found that both kinds matter.',
        'Sponsorship: Ana speaks for you when you are not in the room.',
        'Ana gives you several kinds of support (1 of 2): such ties tend to be the strongest.',
        'Ana holds 3 of the 4 roles your network covers: if they moved on, much of your support would go with them.',
        'Inside and outside your workplace: E-I index 0.33 (1 inside, 2 outside). −1 means everyone is from your workplace, +1 that nobody is.',
        'Find someone who supports you as a person, with acceptance, counselling or friendship. Worksheet: Approaching a potential mentor',
        'Share the load: find others for some of what Ana gives you. Worksheet: Meeting new people',
        'Say what support 1 person gives you.',
        'Giving back: you mentor nobody yet. Mentoring others is part of a developmental network too.',
      ],
      es: [
        'El apoyo que recibes',
        'De las 2 personas cuyo apoyo has descrito, 2 te dan apoyo profesional (como orientación, visibilidad o patrocinio) y 0 apoyo personal (como aceptación, consejo o amistad). Kram observó que ambos importan.',
        'Patrocinio: Ana habla por ti cuando no estás presente.',
        'Ana ocupa 3 de los 4 roles que cubre tu red: si se fuera, se llevaría buena parte de tu apoyo.',
        'Dentro y fuera de tu lugar de trabajo: índice E-I 0,33 (1 dentro, 2 fuera). −1 significa que todo el mundo es de tu lugar de trabajo; +1, que nadie lo es.',
        'Reparte la carga: busca a otras personas para parte de lo que te da Ana. Ficha: Conoce gente nueva',
        'Indica qué apoyo te da 1 persona.',
        'Devolver lo recibido: todavía no mentorizas a nadie. Mentorizar a otras personas también forma parte de una red de desarrollo.',
      ],
    },
  );
  both('nobody sponsors: said only once some support is described', net([bo]), {
    en: [
      'Nobody yet sponsors you, that is, speaks for you when you are not in the room.',
      'Find someone who would speak for you when you are not in the room (a sponsor). Worksheet: Approaching a potential mentor',
    ],
    es: ['Todavía nadie te patrocina, es decir, habla por ti cuando no estás presente.'],
  });
  both(
    'no support described: no claim about sponsors, and what to add',
    net([who({ source: 'department' })]),
    {
      en: [
        "Say what kind of support your people give (in each person's details on the map) to see the balance of career and personal support, who sponsors you and who gives several kinds.",
      ],
      es: [
        'Indica qué tipo de apoyo te da tu gente (en los datos de cada persona en el mapa) para ver el equilibrio entre apoyo profesional y personal, quién te patrocina y quién te da varios tipos de apoyo.',
      ],
    },
    { en: ['Nobody yet sponsors you'], es: ['Todavía nadie te patrocina'] },
  );
});

describe('goals are goals', () => {
  // A family member in the work-life role used to "meet" work-life balance by their role alone.
  const mum = who({ name: 'Mum', roles: ['work-life'], source: 'personal', closeness: 'close' });
  const pal = who({ name: 'Pal', roles: ['peer'], source: 'department', closeness: 'close' });
  both(
    'a need met by role alone is a guess, and says so',
    net([mum, pal]),
    {
      en: [
        'Balancing work and personal life: perhaps Mum, a guess from their role. Link the people who really support you in this.',
      ],
      es: [
        'Conciliar vida personal y trabajo: quizá Mum, una suposición a partir de sus roles. Vincula a las personas que de verdad te apoyan en esto.',
      ],
    },
    { en: ['Balancing work and personal life: Mum.'], es: ['Conciliar vida personal y trabajo: Mum.'] },
    ['work-life'],
  );
  both(
    'a need linked to the person who really supports it',
    net([mum, { ...pal, meets: ['work-life'] }]),
    {
      en: ['Balancing work and personal life: Pal.'],
      es: ['Conciliar vida personal y trabajo: Pal.'],
    },
    { en: ['perhaps'], es: ['quizá'] },
    ['work-life'],
  );
});

describe('diversity', () => {
  const composed = 'Jos\u00e9';
  const decomposed = 'Jose\u0301';
  both(
    'an even two-way split is not "as varied as it can be" when K is the groups seen; Blau at most 1 − 1/K',
    net([
      who({ background: { gender: 'Woman', focus: composed } }),
      who({ background: { gender: 'woman', focus: decomposed } }),
      who({ background: { gender: 'Man', focus: 'JOSÉ' } }),
      who({ background: { gender: 'man', focus: 'Prefer not to say' } }),
    ]),
    {
      en: [
        'Gender: 4 answers in 2 groups of 2. Blau index 0.5: 0 when everyone is alike, at most 0.5 with 2 groups. IQV 1: 1 when the answers spread evenly over all 2 groups.',
        'Research focus: all 3 answers are in one group.',
      ],
      es: [
        'Género: 4 respuestas en 2 grupos de 2. Índice de Blau 0,5: 0 cuando todo el mundo es igual, como mucho 0,5 con 2 grupos. IQV 1: 1 cuando las respuestas se reparten por igual entre los 2 grupos.',
        'Enfoque de investigación: las 3 respuestas están en un solo grupo.',
      ],
    },
    { en: ['as varied as it can be'], es: ['tan variado como es posible'] },
  );
});

describe('wording', () => {
  const one = [who({ roles: ['peer'], closeness: 'close', stage: 'same', source: 'department' })];
  both('one person in the singular', net(one), {
    en: ['Peer mentor: 1 (1 close or moderate).'],
    es: ['Mentor par: 1 (1 cercana o intermedia).'],
  });
  both(
    'three people, one close: the count of close people chooses its own form',
    net([
      who({ roles: ['peer'], closeness: 'close' }),
      who({ roles: ['peer'], closeness: 'distant' }),
      who({ roles: ['peer'], closeness: 'distant' }),
    ]),
    { en: ['Peer mentor: 3 (1 close or moderate).'], es: ['Mentor par: 3 (1 cercana o intermedia).'] },
  );
  both(
    'role names mid-sentence as content gives them, and finding a mentee links meeting new people',
    net(one),
    {
      en: [
        'Find a developmental mentor. Worksheet: Approaching a potential mentor',
        'Find a mentee. Worksheet: Meeting new people',
      ],
      es: [
        'Busca un mentor de desarrollo profesional. Ficha: Acércate a un posible mentor o mentora',
        'Busca una persona mentorizada. Ficha: Conoce gente nueva',
      ],
    },
    { en: ['Find a Mentee', 'Find a Developmental'], es: ['Busca: '] },
  );
  both('missing stages joined as alternatives', net(many(4, { stage: 'same', source: 'department' })), {
    en: ['Nobody yet who is further along than you or earlier in their career.'],
    es: ['Todavía no hay nadie más avanzado que tú o en una etapa anterior.'],
  });
});
