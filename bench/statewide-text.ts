/**
 * The fictional words the statewide data is made of. Texts are composed from these sentences by
 * hash, so rows differ from each other (as real ones do) while the file stays short.
 */

export const FIRST_NAMES = [
  'Avery', 'Jordan', 'Maya', 'Luis', 'Priya', 'Noah', 'Amara', 'Mateo', 'Hannah', 'Kenji', 'Sofia', 'Darius',
  'Leila', 'Tomas', 'Grace', 'Malik', 'Elena', 'Owen', 'Zainab', 'Diego', 'Nora', 'Wei', 'Camila', 'Isaac',
  'Fatima', 'Rowan', 'Ines', 'Samuel', 'Aaliyah', 'Julian', 'Mei', 'Andre', 'Lucia', 'Ezra', 'Naomi', 'Rafael',
  'Keiko', 'Marcus', 'Yara', 'Elliot', 'Rosa', 'Tariq', 'Vivian', 'Hugo', 'Imani', 'Felix', 'Anika', 'Gabriel',
];

export const LAST_NAMES = [
  'Delgado', 'Nguyen', 'Okafor', 'Hartley', 'Ramirez', 'Chen', 'Whitaker', 'Patel', 'Moreno', 'Kowalski', 'Haddad',
  'Brooks', 'Tanaka', 'Alvarez', 'Fitzgerald', 'Mensah', 'Castillo', 'Lindqvist', 'Reyes', 'Abernathy', 'Kim',
  'Salazar', 'Oyelaran', 'Varga', 'Ibarra', 'Sorensen', 'Gutierrez', 'Achebe', 'Park', 'Rosales', 'Mahmoud',
  'Everett', 'Fuentes', 'Nakamura', 'Dubois', 'Herrera', 'Lowe', 'Quintero', 'Sato', 'Bianchi', 'Obi', 'Navarro',
  'Holloway', 'Soto', 'Anand', 'Vasquez', 'Thorne', 'Mwangi',
];

/** Programs of the statewide network, one per region. */
export const REGIONS = ['Northern California', 'Bay Area', 'Central Valley', 'Southern California'];

export const COUNTIES = [
  'Fresno County', 'Kern County', 'Alameda County', 'Sacramento County', 'San Diego County', 'Humboldt County',
  'Tulare County', 'Riverside County', 'Santa Clara County', 'Shasta County', 'Los Angeles County', 'Monterey County',
];

/** Community of practice names: 40, the most a 1,000-person cohort holds. */
export const COMMUNITY_NAMES = [
  'Redwood', 'Sequoia', 'Manzanita', 'Poppy', 'Sierra', 'Tule', 'Cypress', 'Oak Meadow', 'Madrone', 'Lupine', 'Sage',
  'Willow', 'Juniper', 'Buckeye', 'Yarrow', 'Tideline', 'Delta', 'Foothill', 'Granite', 'Harbor', 'Laurel', 'Mesa',
  'Mission', 'Mariposa', 'Ridgeline', 'Riverbend', 'Shoreline', 'Sunrise', 'Toyon', 'Valley Oak', 'Wildflower',
  'Alder', 'Bluebird', 'Canyon', 'Driftwood', 'Elderberry', 'Fern', 'Heron', 'Indigo', 'Kestrel',
];

/** One seminar per four-week cycle. */
export const SEMINAR_TOPICS = [
  'Foundations of infant and early childhood mental health consultation', 'Development in the first five years',
  'The consultative stance', 'Observation and reflective inquiry', 'Culture, equity and the consultative relationship',
  'Trauma, healing and resilience', 'Working with families across systems', 'Consultation in family child care',
  'Challenging behaviour as communication', 'Supporting the well-being of providers', 'Program-level consultation',
  'Endings, transitions and sustaining the work',
];

/** One journal per cycle, from the second to the eleventh. */
export const JOURNAL_TITLES = [
  'Entering the consultative stance', 'Noticing my own reactions', 'The parallel process', 'Holding the family in mind',
  'Culture and the consultative relationship', 'When a provider is hesitant', 'Reflective supervision in my practice',
  'A child I keep thinking about', 'Endings and transitions', 'Looking back on my growth as a consultant',
];

export const JOURNAL_SENTENCES = [
  'This month I noticed how quickly I wanted to offer solutions before I understood what the morning felt like for the provider.',
  'When I slowed down and asked about her day, the provider talked for the first time about how tired she has been since spring.',
  'I left the visit unsettled and only later saw that I was carrying the same worry the provider carries for one of the toddlers.',
  'Naming that worry in reflective supervision helped me stay curious instead of rushing toward a plan.',
  'Sitting with silence is still hard for me, and I catch myself filling it with suggestions.',
  'I am learning that my calm presence can be part of what the provider takes back into the room.',
  'The director asked for a behaviour plan, and I tried to hold that request while wondering aloud about what the behaviour communicates.',
  'A family shared how hard pick-up has become, and I noticed the provider softening as she listened.',
  'I wondered how my own experience of child care as a parent shapes what I notice and what I overlook.',
  'We talked about routines as relationships, and the provider described the nap-time song she invented.',
  'Our community of practice helped me see that my frustration mirrored the frustration the staff feel with the schedule.',
  'I want to pay more attention to the strengths I see, and to say them out loud during visits.',
  'The provider named the culture of her own family as a source of strength, and I want to honour that in how we plan.',
  'I noticed that I speak more to the director than to the assistant teachers, and I plan to change that.',
  'When a toddler bit another child, the room felt tense, and the provider looked at me as if I would judge her.',
  'I tried to wonder with her about what the toddler might need rather than what he should stop doing.',
  'The parallel process showed up clearly: the calmer I stayed, the calmer the provider stayed with the children.',
  'I am still unsure how to bring up the high turnover without sounding critical of the program.',
  'Supervision helped me name my own anxiety about being seen as the expert who should know the answer.',
  'Next month I want to try a shorter visit with more time for reflection at the end.',
  'I appreciated how the provider adapted the visual schedule on her own after our last conversation.',
  'Watching the infant room, I was struck by how much the teachers attune to each baby through small moments.',
  'I noticed my urge to fix things quickly and chose instead to ask what had already helped.',
  'Writing this reflection reminds me that consultation is a relationship built over many small visits.',
];

export const PRACTICUM_SENTENCES = [
  'Observed the morning routine; transitions from free play to snack were hard for two toddlers.',
  'The provider used a song that helped the group settle, and we talked about why it works.',
  'Talked with the provider about how the long afternoons feel for her and for the children.',
  'We named what is going well before looking at the hard moments of the day.',
  'Planned a visual schedule for the pick-up hour together with the lead teacher.',
  'Followed up on the visual schedule: the provider says pick-up is calmer this week.',
  'A new infant is settling in; the provider kept her close during naps and talked me through her plan.',
  'Met with the director about staffing and how it affects the children in the toddler room.',
  'Reflected with the provider on a parent conversation that had left her worried.',
  'Observed outdoor play and noticed one preschooler who stays at the edge of the group.',
  'We wondered together what the child might be communicating and agreed to watch for patterns.',
  'The provider shared a small success with a child who has had a hard month.',
  'Reviewed the plan from last visit and adjusted it after the provider\'s feedback.',
  'Spent most of the visit listening; the provider needed to talk about her own stress.',
  'Modelled a calm, curious response during a conflict between two children.',
  'Closed the visit by naming one strength I saw in how the provider greets families.',
];

export const FEEDBACK_SATISFACTORY = [
  'Thoughtful and honest. I appreciated how you linked your own reactions to what the provider may be feeling.',
  'A rich reflection: you stayed with the uncertainty instead of resolving it too quickly.',
  'You describe the parallel process clearly, with a concrete moment from your visit. Well done.',
  'Good use of the framework, and your plan for next month follows from what you noticed.',
  'I can see your consultative stance growing. Keep naming the strengths you observe.',
  'Clear, reflective and grounded in practice. Thank you for sharing the harder moments too.',
];

export const FEEDBACK_REVISION = [
  'A good start. Please say more about your own reactions during the visit and how they shaped what you did next.',
  'Please connect this experience to the consultative stance we discussed in the seminar.',
  'Your description of the visit is clear; add a paragraph on what you might try differently.',
  'Please reflect on the provider\'s perspective as well as your own.',
];

export const REVIEW_APPROVED = [
  'A careful observation, and good awareness of your own reactions.',
  'Thank you, this shows the parallel process well.',
  'Approved: clear, de-identified and reflective.',
  'Good follow-up; the plan came from the provider herself.',
  'Approved. Your listening stance comes through in this entry.',
];

export const REVIEW_CHANGES = [
  'Please add what you heard about the provider\'s own feelings, not only the schedule.',
  'How did the provider take part in the plan? Add a few lines on that.',
  'Please remove the child\'s first name and describe them by age only.',
  'Add a sentence on what you will follow up on next visit.',
];

export const WITHDRAWAL_REASONS = [
  'Took a position outside early childhood mental health',
  'Moved out of state',
  'Family leave; plans to rejoin a later cohort',
  'Caseload too heavy to continue this year',
];
