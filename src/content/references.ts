/**
 * Evidence references cited by the intervention library and the assessment templates.
 * Every entry was checked against a published record (journal or publisher page,
 * PubMed, or a citing review) before it was added: authors, year, title and journal.
 * Volume, issue, pages and DOI are given only where the record showed them. References
 * that could not be confirmed were left out rather than reconstructed from memory.
 */
import type { ReferenceInput } from '../domain/content.js';

const ref = (r: ReferenceInput): ReferenceInput => r;

// --- Neurologic music therapy, rehabilitation ----------------------------------------------
export const THAUT_1997_GAIT_STROKE = ref({
  authors: 'Thaut, M. H., McIntosh, G. C., & Rice, R. R.',
  year: 1997,
  title: 'Rhythmic facilitation of gait training in hemiparetic stroke rehabilitation',
  journal: 'Journal of the Neurological Sciences, 151, 207–212',
});
export const KWAK_2007_RAS_CP = ref({
  authors: 'Kwak, E. E.',
  year: 2007,
  title: 'Effect of rhythmic auditory stimulation on gait performance in children with spastic cerebral palsy',
  journal: 'Journal of Music Therapy, 44(3), 198–216',
});
export const ALBERT_1973_MIT = ref({
  authors: 'Albert, M. L., Sparks, R. W., & Helm, N. A.',
  year: 1973,
  title: 'Melodic intonation therapy for aphasia',
  journal: 'Archives of Neurology, 29, 130–131',
});
export const NORTON_2009_MIT = ref({
  authors: 'Norton, A., Zipse, L., Marchina, S., & Schlaug, G.',
  year: 2009,
  title: 'Melodic intonation therapy: shared insights on how it is done and why it might help',
  journal: 'Annals of the New York Academy of Sciences',
});
export const WAN_2011_AMMT = ref({
  authors: 'Wan, C. Y., Bazen, L., Baars, R., Libenson, A., Zipse, L., Zuk, J., Norton, A., & Schlaug, G.',
  year: 2011,
  title: 'Auditory-motor mapping training as an intervention to facilitate speech output in non-verbal children with autism: a proof of concept study',
  journal: 'PLoS ONE, 6(9), e25505',
});
export const SCHNEIDER_2007_INSTRUMENTS_STROKE = ref({
  authors: 'Schneider, S., Schönle, P. W., Altenmüller, E., & Münte, T. F.',
  year: 2007,
  title: 'Using musical instruments to improve motor skill recovery following a stroke',
  journal: 'Journal of Neurology, 254(10), 1339–1346',
});
export const BUGOS_2007_PIANO_EF = ref({
  authors: 'Bugos, J. A., Perlstein, W. M., McCrae, C. S., Brophy, T. S., & Bedenbaugh, P. H.',
  year: 2007,
  title: 'Individualized piano instruction enhances executive functioning and working memory in older adults',
  journal: 'Aging & Mental Health',
  doi: '10.1080/13607860601086504',
});
export const TAMPLIN_GROCKE_2008_DYSARTHRIA = ref({
  authors: 'Tamplin, J., & Grocke, D.',
  year: 2008,
  title: 'A music therapy treatment protocol for acquired dysarthria rehabilitation',
  journal: 'Music Therapy Perspectives, 26(1), 23–29',
});
export const HANEISHI_2001_VOICE_PARKINSON = ref({
  authors: 'Haneishi, E.',
  year: 2001,
  title: "Effects of a music therapy voice protocol on speech intelligibility, vocal acoustic measures, and mood of individuals with Parkinson's disease",
  journal: 'Journal of Music Therapy, 38(4)',
  doi: '10.1093/jmt/38.4.273',
});
export const TAMPLIN_2013_SINGING_QUADRIPLEGIA = ref({
  authors: 'Tamplin, J., Baker, F. A., Grocke, D., Brazzale, D. J., Pretto, J. J., Ruehland, W. R., Buttifant, M., Brown, D. J., & Berlowitz, D. J.',
  year: 2013,
  title: 'Effect of singing on respiratory function, voice, and mood after quadriplegia: a randomized controlled trial',
  journal: 'Archives of Physical Medicine and Rehabilitation, 94(3), 426–434',
});
export const BONILHA_2009_SINGING_COPD = ref({
  authors: 'Bonilha, A. G., Onofre, F., Vieira, M. L., Prado, M. Y. A., & Martinez, J. A. B.',
  year: 2009,
  title: 'Effects of singing classes on pulmonary function and quality of life of COPD patients',
  journal: 'International Journal of Chronic Obstructive Pulmonary Disease, 4, 1–8',
});
export const PASIALI_2014_MACT = ref({
  authors: 'Pasiali, V., LaGasse, A. B., & Penn, S. L.',
  year: 2014,
  title: 'The effect of musical attention control training (MACT) on attention skills of adolescents with neurodevelopmental delays: a pilot study',
  journal: 'Journal of Music Therapy, 51(4), 333–354',
});
export const THAUT_2009_NMT_TBI = ref({
  authors: 'Thaut, M. H., Gardiner, J. C., Holmberg, D., Horwitz, J., Kent, L., Andrews, G., Donelan, B., & McIntosh, G. R.',
  year: 2009,
  title: 'Neurologic music therapy improves executive function and emotional adjustment in traumatic brain injury rehabilitation',
  journal: 'Annals of the New York Academy of Sciences',
  doi: '10.1111/j.1749-6632.2009.04585.x',
});
export const HARDY_LAGASSE_2013_RHYTHM_AUTISM = ref({
  authors: 'Hardy, M. W., & LaGasse, A. B.',
  year: 2013,
  title: 'Rhythm, movement, and autism: using rhythmic rehabilitation research as a model for autism',
  journal: 'Frontiers in Integrative Neuroscience, 7, 19',
});
export const PENG_2011_PSE_SIT_TO_STAND = ref({
  authors: 'Peng, Y.-C., Lu, T.-W., Wang, T.-H., Chen, Y.-L., Liao, H.-F., Lin, K.-H., & Tang, P.-F.',
  year: 2011,
  title: 'Immediate effects of therapeutic music on loaded sit-to-stand movement in children with spastic diplegia',
  journal: 'Gait & Posture, 33(2), 274–278',
});
export const WANG_2013_PSE_HOME = ref({
  authors: 'Wang, T.-H., Peng, Y.-C., Chen, Y.-L., Lu, T.-W., Liao, H.-F., Tang, P.-F., & Shieh, J.-Y.',
  year: 2013,
  title: 'A home-based program using patterned sensory enhancement improves resistance exercise effects for children with cerebral palsy: a randomized controlled trial',
  journal: 'Neurorehabilitation and Neural Repair, 27(8), 684–694',
});

// --- Autism, development, school -----------------------------------------------------------
export const LAGASSE_2014_GROUP_SOCIAL = ref({
  authors: 'LaGasse, A. B.',
  year: 2014,
  title: 'Effects of a music therapy group intervention on enhancing social skills in children with autism',
  journal: 'Journal of Music Therapy, 51(3), 250–275',
});
export const KIM_2008_JOINT_ATTENTION = ref({
  authors: 'Kim, J., Wigram, T., & Gold, C.',
  year: 2008,
  title: 'The effects of improvisational music therapy on joint attention behaviors in autistic children: a randomized controlled study',
  journal: 'Journal of Autism and Developmental Disorders, 38(9), 1758–1766',
});
export const GERETSEGGER_2014_COCHRANE_ASD = ref({
  authors: 'Geretsegger, M., Elefant, C., Mössler, K. A., & Gold, C.',
  year: 2014,
  title: 'Music therapy for people with autism spectrum disorder',
  journal: 'Cochrane Database of Systematic Reviews, 2014(6), CD004381',
});
export const KERN_2007_GREETING_SONGS = ref({
  authors: 'Kern, P., Wolery, M., & Aldridge, D.',
  year: 2007,
  title: 'Use of songs to promote independence in morning greeting routines for young children with autism',
  journal: 'Journal of Autism and Developmental Disorders, 37(7), 1264–1271',
});
export const PASIALI_2004_PRESCRIPTIVE_SONGS = ref({
  authors: 'Pasiali, V.',
  year: 2004,
  title: 'The use of prescriptive therapeutic songs in a home-based environment to promote social skills acquisition by children with autism: three case studies',
  journal: 'Music Therapy Perspectives, 22(1)',
});
export const SRINIVASAN_BHAT_2013_MUSIC_MOVEMENT = ref({
  authors: 'Srinivasan, S. M., & Bhat, A. N.',
  year: 2013,
  title: 'A review of "music and movement" therapies for children with autism: embodied interventions for multisystem development',
  journal: 'Frontiers in Integrative Neuroscience, 7, 22',
});
export const KATAGIRI_2009_EMOTION_AUTISM = ref({
  authors: 'Katagiri, J.',
  year: 2009,
  title: 'The effect of background music and song texts on the emotional understanding of children with autism',
  journal: 'Journal of Music Therapy, 46(1), 15–31',
});
export const WOLFE_HOM_1993_MELODIC_PROMPTS = ref({
  authors: 'Wolfe, D. E., & Hom, C.',
  year: 1993,
  title: 'Use of melodies as structural prompts for learning and retention of sequential verbal information by preschool students',
  journal: 'Journal of Music Therapy, 30(2), 100–118',
});
export const REGISTER_2007_READING = ref({
  authors: 'Register, D., Darrow, A.-A., Standley, J., & Swedberg, O.',
  year: 2007,
  title: 'The use of music to enhance reading skills of second grade students and students with reading disabilities',
  journal: 'Journal of Music Therapy, 44(1), 23–37',
});
export const GOODING_2011_SOCIAL_SKILLS = ref({
  authors: 'Gooding, L. F.',
  year: 2011,
  title: 'The effect of a music therapy social skills training program on improving social competence in children and adolescents with social skills deficits',
  journal: 'Journal of Music Therapy, 48(4), 440–462',
});

// --- Mental health, medical ----------------------------------------------------------------
export const GOLD_2009_DOSE_RESPONSE = ref({
  authors: 'Gold, C., Solli, H. P., Krüger, V., & Lie, S. A.',
  year: 2009,
  title: 'Dose-response relationship in music therapy for people with serious mental disorders: systematic review and meta-analysis',
  journal: 'Clinical Psychology Review, 29, 193–207',
});
export const BAKER_2008_SONGWRITING = ref({
  authors: 'Baker, F., Wigram, T., Stott, D., & McFerran, K.',
  year: 2008,
  title: 'Therapeutic songwriting in music therapy. Part I: Who are the therapists, who are the clients, and why is songwriting used?',
  journal: 'Nordic Journal of Music Therapy, 17(2), 105–123',
});
export const ERKKILA_2011_DEPRESSION = ref({
  authors: 'Erkkilä, J., Punkanen, M., Fachner, J., Ala-Ruona, E., Pöntiö, I., Tervaniemi, M., Vanhala, M., & Gold, C.',
  year: 2011,
  title: 'Individual music therapy for depression: randomised controlled trial',
  journal: 'British Journal of Psychiatry, 199(2), 132–139',
});
export const AALBERS_2017_COCHRANE_DEPRESSION = ref({
  authors: 'Aalbers, S., Fusar-Poli, L., Freeman, R. E., Spreen, M., Ket, J. C. F., Vink, A. C., Maratos, A., Crawford, M., Chen, X.-J., & Gold, C.',
  year: 2017,
  title: 'Music therapy for depression',
  journal: 'Cochrane Database of Systematic Reviews, 2017(11), CD004517',
});
export const ROBB_1995_MAR_PREOPERATIVE = ref({
  authors: 'Robb, S. L., Nichols, R. J., Rutan, R. L., Bishop, B. L., & Parker, J. C.',
  year: 1995,
  title: 'The effects of music assisted relaxation on preoperative anxiety',
  journal: 'Journal of Music Therapy, 32(1), 2–21',
});
export const LEE_2016_PAIN_META = ref({
  authors: 'Lee, J. H.',
  year: 2016,
  title: 'The effects of music on pain: a meta-analysis',
  journal: 'Journal of Music Therapy, 53(4), 430–477',
});
export const HOLE_2015_POSTOPERATIVE = ref({
  authors: 'Hole, J., Hirsch, M., Ball, E., & Meads, C.',
  year: 2015,
  title: 'Music as an aid for postoperative recovery in adults: a systematic review and meta-analysis',
  journal: 'The Lancet, 386(10004), 1659–1671',
});

// --- NICU ----------------------------------------------------------------------------------
export const LOEWY_2013_NICU = ref({
  authors: 'Loewy, J., Stewart, K., Dassler, A.-M., Telsey, A., & Homel, P.',
  year: 2013,
  title: 'The effects of music therapy on vital signs, feeding, and sleep in premature infants',
  journal: 'Pediatrics, 131(5), 902–918',
  doi: '10.1542/peds.2012-1367',
});
export const BIELENINIK_2016_NICU_META = ref({
  authors: 'Bieleninik, Ł., Ghetti, C., & Gold, C.',
  year: 2016,
  title: 'Music therapy for preterm infants and their parents: a meta-analysis',
  journal: 'Pediatrics, 138(3), e20160971',
  doi: '10.1542/peds.2016-0971',
});
export const ARNON_2006_LIVE_MUSIC = ref({
  authors: 'Arnon, S., Shapsa, A., Forman, L., Regev, R., Bauer, S., Litmanovitz, I., & Dolfin, T.',
  year: 2006,
  title: 'Live music is beneficial to preterm infants in the neonatal intensive care unit environment',
  journal: 'Birth, 33(2), 131–136',
});
export const AAP_1997_NOISE = ref({
  authors: 'American Academy of Pediatrics, Committee on Environmental Health',
  year: 1997,
  title: 'Noise: a hazard for the fetus and newborn',
  journal: 'Pediatrics, 100(4), 724–727',
});
export const PHILBIN_1999_NURSERY_NOISE = ref({
  authors: 'Philbin, M. K., Robertson, A., & Hall, J. W., III',
  year: 1999,
  title: 'Recommended permissible noise criteria for occupied, newly constructed or renovated hospital nurseries',
  journal: 'Journal of Perinatology, 19(8), 559–563',
});
export const STANDLEY_2002_NICU_META = ref({
  authors: 'Standley, J. M.',
  year: 2002,
  title: 'A meta-analysis of the efficacy of music therapy for premature infants',
  journal: 'Journal of Pediatric Nursing, 17',
  doi: '10.1053/jpdn.2002.124128',
});
export const STANDLEY_2003_PAL = ref({
  authors: 'Standley, J. M.',
  year: 2003,
  title: 'The effect of music-reinforced nonnutritive sucking on feeding rate of premature infants',
  journal: 'Journal of Pediatric Nursing, 18(3), 169–173',
});
export const STANDLEY_2010_PAL = ref({
  authors: 'Standley, J. M., Cassidy, J., Grant, R., Cevasco, A., Szuch, C., Nguyen, J., Walworth, D., Procelli, D., Jarred, J., & Adams, K.',
  year: 2010,
  title: 'The effect of music reinforcement for non-nutritive sucking on nipple feeding of premature infants',
  journal: 'Pediatric Nursing, 36(3), 138–145',
});
export const CEVASCO_GRANT_2005_PAL = ref({
  authors: 'Cevasco, A. M., & Grant, R. E.',
  year: 2005,
  title: 'Effects of the pacifier activated lullaby on weight gain of premature infants',
  journal: 'Journal of Music Therapy, 42(2), 123–139',
});
export const WHITE_TRAUT_1988_ATVV = ref({
  authors: 'White-Traut, R. C., & Nelson, M. N.',
  year: 1988,
  title: 'Maternally administered tactile, auditory, visual, and vestibular stimulation: relationship to later interactions between mothers and premature infants',
  journal: 'Research in Nursing & Health, 11, 31–39',
});
export const WHIPPLE_2000_PARENT_TRAINING = ref({
  authors: 'Whipple, J.',
  year: 2000,
  title: 'The effect of parent training in music and multimodal stimulation on parent-neonate interactions in the neonatal intensive care unit',
  journal: 'Journal of Music Therapy, 37(4), 250–268',
});
export const HUMMEL_2008_NPASS = ref({
  authors: 'Hummel, P., Puchalski, M., Creech, S. D., & Weiss, M. G.',
  year: 2008,
  title: 'Clinical reliability and validity of the N-PASS: neonatal pain, agitation and sedation scale with prolonged pain',
  journal: 'Journal of Perinatology',
});
export const LAWRENCE_1993_NIPS = ref({
  authors: 'Lawrence, J., Alcock, D., McGrath, P., Kay, J., MacMurray, S. B., & Dulberg, C.',
  year: 1993,
  title: 'The development of a tool to assess neonatal pain',
  journal: 'Neonatal Network, 12(6), 59–66',
});

// --- Hospice and palliative care ------------------------------------------------------------
export const CLEMENTS_CORTES_2016_PALLIATIVE = ref({
  authors: 'Clements-Cortés, A.',
  year: 2016,
  title: 'Development and efficacy of music therapy techniques within palliative care',
  journal: 'Complementary Therapies in Clinical Practice, 23, 125–129',
});
export const MAGILL_2009_BEREAVED_CAREGIVERS = ref({
  authors: 'Magill, L.',
  year: 2009,
  title: 'The meaning of the music: the role of music in palliative care music therapy as perceived by bereaved caregivers of advanced cancer patients',
  journal: 'American Journal of Hospice & Palliative Medicine, 26(1), 33–39',
});
export const HILLIARD_2003_QOL_CANCER = ref({
  authors: 'Hilliard, R. E.',
  year: 2003,
  title: 'The effects of music therapy on the quality and length of life of people diagnosed with terminal cancer',
  journal: 'Journal of Music Therapy',
});
export const HILLIARD_2005_REVIEW = ref({
  authors: 'Hilliard, R. E.',
  year: 2005,
  title: 'Music therapy in hospice and palliative care: a review of the empirical data',
  journal: 'Evidence-Based Complementary and Alternative Medicine, 2(2), 173–178',
  doi: '10.1093/ecam/neh076',
});
export const GALLAGHER_2006_PALLIATIVE = ref({
  authors: 'Gallagher, L. M., Lagman, R., Walsh, D., Davis, M. P., & LeGrand, S. B.',
  year: 2006,
  title: 'The clinical effects of music therapy in palliative medicine',
  journal: 'Supportive Care in Cancer, 14(8), 859–866',
  doi: '10.1007/s00520-005-0013-6',
});
export const HORNE_THOMPSON_2008_ANXIETY = ref({
  authors: 'Horne-Thompson, A., & Grocke, D.',
  year: 2008,
  title: 'The effect of music therapy on anxiety in patients who are terminally ill',
  journal: 'Journal of Palliative Medicine, 11(4)',
  doi: '10.1089/jpm.2007.0193',
});

// --- Dementia --------------------------------------------------------------------------------
export const ASHIDA_2000_REMINISCENCE = ref({
  authors: 'Ashida, S.',
  year: 2000,
  title: 'The effect of reminiscence music therapy sessions on changes in depressive symptoms in elderly persons with dementia',
  journal: 'Journal of Music Therapy, 37(3)',
  doi: '10.1093/jmt/37.3.170',
});
export const SARKAMO_2014_DEMENTIA = ref({
  authors: 'Särkämö, T., Tervaniemi, M., Laitinen, S., Numminen, A., Kurki, M., Johnson, J. K., & Rantanen, P.',
  year: 2014,
  title: 'Cognitive, emotional, and social benefits of regular musical activities in early dementia: randomized controlled study',
  journal: 'The Gerontologist, 54(4), 634–650',
});
export const GERDNER_2000_INDIVIDUALIZED = ref({
  authors: 'Gerdner, L. A.',
  year: 2000,
  title: 'Effects of individualized versus classical "relaxation" music on the frequency of agitation in elderly persons with Alzheimer\'s disease and related disorders',
  journal: 'International Psychogeriatrics, 12(1)',
});
export const CLARK_1998_BATHING = ref({
  authors: 'Clark, M. E., Lipe, A. W., & Bilbrey, M.',
  year: 1998,
  title: 'Use of music to decrease aggressive behaviors in people with dementia',
  journal: 'Journal of Gerontological Nursing, 24(7), 10–17',
});
export const RIDDER_2013_AGITATION = ref({
  authors: 'Ridder, H. M. O., Stige, B., Qvale, L. G., & Gold, C.',
  year: 2013,
  title: 'Individual music therapy for agitation in dementia: an exploratory randomized controlled trial',
  journal: 'Aging & Mental Health, 17(6), 667–678',
});
export const BROTONS_KOGER_2000_LANGUAGE = ref({
  authors: 'Brotons, M., & Koger, S. M.',
  year: 2000,
  title: 'The impact of music therapy on language functioning in dementia',
  journal: 'Journal of Music Therapy, 37(3)',
});
export const RAGLIO_2008_BPSD = ref({
  authors: 'Raglio, A., Bellelli, G., Traficante, D., Gianotti, M., Ubezio, M. C., Villani, D., & Trabucchi, M.',
  year: 2008,
  title: 'Efficacy of music therapy in the treatment of behavioral and psychiatric symptoms of dementia',
  journal: 'Alzheimer Disease & Associated Disorders',
  doi: '10.1097/WAD.0b013e3181630b6f',
});
export const MCDERMOTT_2014_MIDAS_PSYCHOMETRIC = ref({
  authors: 'McDermott, O., Orgeta, V., Ridder, H. M., & Orrell, M.',
  year: 2014,
  title: 'A preliminary psychometric evaluation of Music in Dementia Assessment Scales (MiDAS)',
  journal: 'International Psychogeriatrics',
});
export const MCDERMOTT_2015_MIDAS_DEVELOPMENT = ref({
  authors: 'McDermott, O., Orrell, M., & Ridder, H. M.',
  year: 2015,
  title: 'The development of Music in Dementia Assessment Scales (MiDAS)',
  journal: 'Nordic Journal of Music Therapy, 24(3), 232–251',
  doi: '10.1080/08098131.2014.907333',
});

// --- Assessment ------------------------------------------------------------------------------
export const BAXTER_2007_IMTAP = ref({
  authors: 'Baxter, H. T., Berghofer, J. A., MacEwan, L., Nelson, J., Peters, K., & Roberts, P.',
  year: 2007,
  title: 'The Individualized Music Therapy Assessment Profile: IMTAP',
  source: 'London: Jessica Kingsley Publishers',
});

// --- Validated scales (assessment templates with a total score) -----------------------------
export const WARDEN_2003_PAINAD = ref({
  authors: 'Warden, V., Hurley, A. C., & Volicer, L.',
  year: 2003,
  title: 'Development and psychometric evaluation of the Pain Assessment in Advanced Dementia (PAINAD) scale',
  journal: 'Journal of the American Medical Directors Association',
  doi: '10.1097/01.JAM.0000043422.31640.F7',
});
export const MERKEL_1997_FLACC = ref({
  authors: 'Merkel, S. I., Voepel-Lewis, T., Shayevitz, J. R., & Malviya, S.',
  year: 1997,
  title: 'The FLACC: a behavioral scale for scoring postoperative pain in young children',
  journal: 'Pediatric Nursing',
});
export const BRUERA_1991_ESAS = ref({
  authors: 'Bruera, E., Kuehn, N., Miller, M. J., Selmser, P., & Macmillan, K.',
  year: 1991,
  title: 'The Edmonton Symptom Assessment System (ESAS): a simple method for the assessment of palliative care patients',
  journal: 'Journal of Palliative Care',
});
export const WATANABE_2011_ESAS_R = ref({
  authors: 'Watanabe, S. M., Nekolaichuk, C., Beaumont, C., Johnson, L., Myers, J., & Strasser, F.',
  year: 2011,
  title: 'A multicenter study comparing two numerical versions of the Edmonton Symptom Assessment System in palliative care patients',
  journal: 'Journal of Pain and Symptom Management, 41(2)',
  doi: '10.1016/j.jpainsymman.2010.04.020',
});
export const ANDERSON_1996_PPS = ref({
  authors: 'Anderson, F., Downing, G. M., Hill, J., Casorso, L., & Lerch, N.',
  year: 1996,
  title: 'Palliative performance scale (PPS): a new tool',
  journal: 'Journal of Palliative Care, 12(1), 5–11',
});
export const SPITZER_2006_GAD7 = ref({
  authors: 'Spitzer, R. L., Kroenke, K., Williams, J. B. W., & Löwe, B.',
  year: 2006,
  title: 'A brief measure for assessing generalized anxiety disorder: the GAD-7',
  journal: 'Archives of Internal Medicine, 166, 1092–1097',
});
export const KROENKE_2001_PHQ9 = ref({
  authors: 'Kroenke, K., Spitzer, R. L., & Williams, J. B. W.',
  year: 2001,
  title: 'The PHQ-9: validity of a brief depression severity measure',
  journal: 'Journal of General Internal Medicine, 16, 606–613',
});
export const COHEN_MANSFIELD_1989_AGITATION = ref({
  authors: 'Cohen-Mansfield, J., Marx, M. S., & Rosenthal, A. S.',
  year: 1989,
  title: 'A description of agitation in a nursing home',
  journal: 'Journal of Gerontology: Medical Sciences, 44(3), M77–M84',
});
export const COHEN_MANSFIELD_1991_CMAI_MANUAL = ref({
  authors: 'Cohen-Mansfield, J.',
  year: 1991,
  title: 'Instruction manual for the Cohen-Mansfield Agitation Inventory (CMAI)',
  source: 'Rockville, MD: The Research Institute of the Hebrew Home of Greater Washington',
});

// --- NICU design standard --------------------------------------------------------------------
export const NICU_DESIGN_STANDARDS_2019 = ref({
  authors: 'Consensus Committee on Recommended Design Standards for Advanced Neonatal Care',
  year: 2019,
  title: 'Recommended Standards for Newborn ICU Design, Ninth Edition (Report of the Ninth Consensus Conference on Newborn ICU Design, Clearwater Beach, Florida, March 5, 2019), Standard 28: Acoustic Environment',
  source: 'Consensus Committee on Recommended Design Standards for Advanced Neonatal Care (nicudesign.nd.edu)',
});

// --- Neurologic music therapy: technique taxonomy ----------------------------------------------
export const THAUT_HOEMBERG_2014_HANDBOOK = ref({
  authors: 'Thaut, M. H., & Hoemberg, V. (Eds.)',
  year: 2014,
  title: 'Handbook of Neurologic Music Therapy',
  source: 'Oxford: Oxford University Press (ISBN 978-0-19-969546-1)',
});
export const ZUMBANSEN_2014_MIT = ref({
  authors: 'Zumbansen, A., Peretz, I., & Hébert, S.',
  year: 2014,
  title: 'Melodic intonation therapy: back to basics for future research',
  journal: 'Frontiers in Neurology',
  doi: '10.3389/fneur.2014.00007',
});
export const THAUT_2005_RHYTHM_MUSIC_BRAIN = ref({
  authors: 'Thaut, M. H.',
  year: 2005,
  title: 'Rhythm, Music, and the Brain',
  source: 'New York and London: Taylor & Francis',
});
export const THAUT_2014_MNEMONICS_MS = ref({
  authors: 'Thaut, M. H., Peterson, D. A., McIntosh, G. C., & Hoemberg, V.',
  year: 2014,
  title: 'Music mnemonics aid verbal memory and induce learning-related brain plasticity in multiple sclerosis',
  journal: 'Frontiers in Human Neuroscience, 8, 395',
  doi: '10.3389/fnhum.2014.00395',
});
