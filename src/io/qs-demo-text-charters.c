/* qs-demo-text-charters.c — charters, indicators, improvement actions and the questionnaire
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every charter holds the model charter's standards (qs-charter-template.h);
 * what is here is only what the Agency adds to them: each department's
 * words and its own deadline, and the complaint procedure.
 */
#include <math.h>

#include "qs-demo-text.h"

const QsDemoCharterText qs_demo_charters[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_HR] = {
    { "Charte de services des ressources humaines", "Human Resources Service Charter" },
    { "Respect, équité, confidentialité et rigueur", "Respect, fairness, confidentiality and rigour" },
    { "Les Ressources humaines accompagnent les gestionnaires et les employés de l’Agence, de "
      "l’embauche à la retraite. Cette charte dit ce que vous pouvez attendre de nous et comment "
      "nous mesurons nos résultats.",
      "Human Resources support the Agency’s managers and employees from hiring to retirement. "
      "This charter says what you can expect from us and how we measure our results." },
    /* Its own deadline, evaluation requests within 10 business days, is the
     * model charter's. */
    { NULL, NULL },
    0,
  },
  [QS_DEMO_IT] = {
    { "Charte de services des technologies de l’information",
      "Information Technology Service Charter" },
    { "Disponibilité, sécurité, simplicité et transparence",
      "Availability, security, simplicity and transparency" },
    { "Les Technologies de l’information veillent à ce que chaque employé, au bureau comme sur "
      "la route, dispose d’outils fiables et sûrs. Nos engagements sont mesurés chaque mois et "
      "publiés sur l’intranet.",
      "Information Technology makes sure every employee, in the office or on the road, has "
      "reliable and secure tools. Our commitments are measured every month and published on "
      "the intranet." },
    { "Nous rétablissons l’accès à un compte verrouillé dans un délai d’un jour ouvrable.",
      "We restore access to a locked account within 1 business day." },
    1,
  },
  [QS_DEMO_FINANCE] = {
    { "Charte de services des finances", "Finance Service Charter" },
    { "Exactitude, transparence et responsabilité", "Accuracy, transparency and accountability" },
    { "Les Finances paient, achètent et rendent compte au nom de l’Agence. Nous nous engageons "
      "à traiter vos demandes avec exactitude et dans des délais connus d’avance.",
      "Finance pays, buys and reports on behalf of the Agency. We commit to handle your "
      "requests accurately and within deadlines you know in advance." },
    { "Nous traitons les bons de commande dans un délai de 2 jours ouvrables.",
      "We process purchase orders within 2 business days." },
    2,
  },
  [QS_DEMO_FACILITIES] = {
    { "Charte de services de l’immobilier et des installations", "Facilities Service Charter" },
    { "Sécurité, propreté et réactivité", "Safety, cleanliness and responsiveness" },
    { "L’équipe de l’immobilier entretient le siège social et les trois bureaux régionaux. "
      "Nous voulons que chacun travaille dans des locaux sûrs, propres et adaptés.",
      "The Facilities team maintains the head office and the three regional offices. We want "
      "everyone to work in safe, clean and suitable premises." },
    { "Nous réparons les bris qui menacent la sécurité dans un délai d’un jour ouvrable.",
      "We repair breakages that threaten safety within 1 business day." },
    1,
  },
  [QS_DEMO_LEGAL] = {
    { "Charte de services des services juridiques", "Legal Services Charter" },
    { "Rigueur, confidentialité et indépendance", "Rigour, confidentiality and independence" },
    { "Les Services juridiques conseillent la direction et les équipes sur les obligations de "
      "l’Agence et protègent les renseignements personnels des usagers.",
      "Legal Services advise management and teams on the Agency’s obligations and protect the "
      "personal information of service users." },
    { "Nous rendons nos avis juridiques dans un délai de 15 jours ouvrables.",
      "We deliver legal opinions within 15 business days." },
    15,
  },
  [QS_DEMO_COMMUNICATIONS] = {
    { "Charte de services des communications", "Communications Service Charter" },
    { "Clarté, qualité de la langue et égalité des deux langues officielles",
      "Clarity, quality of language and equality of both official languages" },
    { "Les Communications font connaître le travail de l’Agence, à l’interne comme au public, "
      "dans les deux langues officielles.",
      "Communications make the Agency’s work known, to staff and to the public, in both "
      "official languages." },
    { "Nous livrons les traductions de moins de 1 000 mots dans un délai de 3 jours ouvrables.",
      "We deliver translations of fewer than 1,000 words within 3 business days." },
    3,
  },
};

/* The department's own deadline: its words and its days are the
 * department's (QsDemoCharterText.special). */
const QsDemoCommitmentText qs_demo_special_commitment = {
  QS_CATEGORY_AVAILABILITY,
  QS_METRIC_RESOLUTION,
  NAN,
  QS_DURATION_UNIT_BUSINESS_DAYS,
  90,
  QS_CHANNEL_ANY,
  "request",
  { NULL, NULL },
};

/* The complaint procedure: complaints are acknowledged promptly and dealt
 * with on a deadline of their own (ISO 10002). The model charter has no
 * standard for them. */
const QsDemoCommitmentText qs_demo_complaint_commitments[] = {
  { QS_CATEGORY_AVAILABILITY,
    QS_METRIC_ACKNOWLEDGEMENT,
    4,
    QS_DURATION_UNIT_BUSINESS_HOURS,
    95,
    QS_CHANNEL_ANY,
    "complaint",
    { "Nous accusons réception de chaque plainte dans un délai de 4 heures ouvrables.",
      "We acknowledge every complaint within 4 business hours." } },
  { QS_CATEGORY_AVAILABILITY,
    QS_METRIC_RESOLUTION,
    10,
    QS_DURATION_UNIT_BUSINESS_DAYS,
    90,
    QS_CHANNEL_ANY,
    "complaint",
    { "Nous traitons chaque plainte et vous en donnons le résultat dans un délai de "
      "10 jours ouvrables.",
      "We deal with every complaint and tell you the outcome within 10 business days." } },
};

const guint qs_demo_n_complaint_commitments = G_N_ELEMENTS (qs_demo_complaint_commitments);

/* %s is the department's name. */
const QsDemoIndicatorText qs_demo_department_indicators[] = {
  { "ACK",
    QS_INDICATOR_KIND_COMPLIANCE,
    QS_DIMENSION_ECONOMIC,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_MONTH,
    95,
    "%",
    { "Accusés de réception des courriels en 24 heures ouvrables — %s",
      "E-mails acknowledged within 24 business hours — %s" } },
  { "RES",
    QS_INDICATOR_KIND_COMPLIANCE,
    QS_DIMENSION_ECONOMIC,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_MONTH,
    90,
    "%",
    { "Réponses finales dans les 5 jours ouvrables — %s",
      "Final answers within 5 business days — %s" } },
  { "VOL",
    QS_INDICATOR_KIND_VOLUME,
    QS_DIMENSION_ECONOMIC,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_MONTH,
    NAN,
    NULL,
    { "Demandes reçues — %s", "Requests received — %s" } },
  { "RATE",
    QS_INDICATOR_KIND_RESOLUTION_RATE,
    QS_DIMENSION_ECONOMIC,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_MONTH,
    90,
    "%",
    { "Taux de résolution — %s", "Resolution rate — %s" } },
  { "SAT",
    QS_INDICATOR_KIND_SATISFACTION,
    QS_DIMENSION_CLIENT,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_QUARTER,
    4,
    "/5",
    { "Satisfaction des clients — %s", "Client satisfaction — %s" } },
};

const guint qs_demo_n_department_indicators = G_N_ELEMENTS (qs_demo_department_indicators);

/* PHONE belongs to the IT service desk; the others to the whole agency. */
const QsDemoIndicatorText qs_demo_organisation_indicators[] = {
  { "PHONE",
    QS_INDICATOR_KIND_MANUAL,
    QS_DIMENSION_CLIENT,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_MONTH,
    95,
    "%",
    { "Appels répondus avant la troisième sonnerie — centre de soutien",
      "Calls answered before the third ring — service desk" } },
  { "SAT",
    QS_INDICATOR_KIND_SATISFACTION,
    QS_DIMENSION_CLIENT,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_QUARTER,
    4,
    "/5",
    { "Satisfaction des clients internes — toute l’Agence",
      "Internal client satisfaction — whole Agency" } },
  { "ABSENCE",
    QS_INDICATOR_KIND_MANUAL,
    QS_DIMENSION_SOCIAL,
    QS_DIRECTION_LOWER_IS_BETTER,
    QS_PERIOD_QUARTER,
    4,
    "%",
    { "Taux d’absentéisme", "Absenteeism rate" } },
  { "TRAINING",
    QS_INDICATOR_KIND_MANUAL,
    QS_DIMENSION_SOCIAL,
    QS_DIRECTION_HIGHER_IS_BETTER,
    QS_PERIOD_YEAR,
    21,
    "h",
    { "Heures de formation par employé", "Training hours per employee" } },
};

const guint qs_demo_n_organisation_indicators = G_N_ELEMENTS (qs_demo_organisation_indicators);

const QsDemoActionText qs_demo_actions[] = {
  { QS_ACTION_STAGE_DONE,
    QS_ACTION_ORIGIN_COMPLAINT,
    QS_BENEFIT_DEADLINES,
    QS_DEMO_IT,
    "RES",
    78,
    92,
    90,
    { "Réduire l’attente d’un portable de remplacement", "Cut the wait for a replacement laptop" },
    { "Des intervenants attendent plus de deux semaines un portable de remplacement et "
      "reportent des visites à domicile.",
      "Field workers wait more than two weeks for a replacement laptop and postpone home "
      "visits." },
    { "Les portables sont commandés un à un, après chaque bris : aucun appareil n’est gardé "
      "en réserve.",
      "Laptops are ordered one at a time, after each breakdown: none is kept in reserve." },
    { "Garder cinq portables prêts à l’emploi et en préparer un nouveau dès qu’un est prêté.",
      "Keep five laptops ready to use and prepare a new one as soon as one is lent." } },
  { QS_ACTION_STAGE_CHECK,
    QS_ACTION_ORIGIN_INDICATOR,
    QS_BENEFIT_DEADLINES,
    QS_DEMO_FINANCE,
    "RES",
    81,
    88,
    90,
    { "Accélérer le remboursement des frais de déplacement", "Speed up travel expense claims" },
    { "Les réponses finales des Finances dans les 5 jours ouvrables sont passées sous la cible "
      "de 90 %.",
      "Finance’s final answers within 5 business days fell below the 90% target." },
    { "Une demande sur trois arrive sans pièces justificatives et doit être renvoyée au client.",
      "One claim in three arrives without receipts and must be sent back to the client." },
    { "Un formulaire en ligne qui refuse les demandes incomplètes, avec la liste des pièces "
      "exigées.",
      "An online form that refuses incomplete claims, with the list of receipts required." } },
  { QS_ACTION_STAGE_DO,
    QS_ACTION_ORIGIN_FEEDBACK,
    QS_BENEFIT_SATISFACTION,
    QS_DEMO_HR,
    "SAT",
    3.4,
    NAN,
    4,
    { "Tenir les gestionnaires informés des étapes de la dotation",
      "Keep managers informed of each staffing step" },
    { "Au sondage annuel, les gestionnaires disent ne pas savoir où en sont leurs processus de "
      "dotation.",
      "In the yearly survey, managers say they do not know where their staffing processes "
      "stand." },
    { "Rien n’est communiqué entre l’affichage du poste et l’offre d’emploi, soit six semaines "
      "en moyenne.",
      "Nothing is communicated between the job posting and the letter of offer: six weeks on "
      "average." },
    { "Un avis automatique à chaque étape et un guide d’une page pour les gestionnaires.",
      "An automatic notice at each step and a one-page guide for managers." } },
  { QS_ACTION_STAGE_PLAN,
    QS_ACTION_ORIGIN_SUGGESTION,
    QS_BENEFIT_PRODUCTIVITY,
    QS_DEMO_FACILITIES,
    NULL,
    5,
    NAN,
    1,
    { "Réserver les véhicules en ligne", "Book vehicles online" },
    { "La réservation des véhicules par téléphone occupe un technicien cinq heures par semaine.",
      "Booking vehicles by phone takes a technician five hours a week." },
    { "Les réservations se font par téléphone et sont notées dans un cahier.",
      "Bookings are made by phone and written in a logbook." },
    { "Ouvrir la réservation des véhicules dans l’outil de réservation des salles.",
      "Open vehicle booking in the room booking tool." } },
  { QS_ACTION_STAGE_ACT,
    QS_ACTION_ORIGIN_COMPLAINT,
    QS_BENEFIT_SATISFACTION,
    QS_DEMO_COMMUNICATIONS,
    "SAT",
    3.6,
    4.1,
    4,
    { "Relire les traductions avant leur publication", "Proofread translations before publishing" },
    { "Des plaintes signalent des erreurs dans la version traduite de pages de l’intranet.",
      "Complaints report errors in the translated version of intranet pages." },
    { "Les textes urgents sont publiés sans relecture par une deuxième personne.",
      "Urgent texts are published without a second person proofreading them." },
    { "Une relecture obligatoire par une deuxième personne, même pour les textes urgents.",
      "Proofreading by a second person for every text, urgent ones included." } },
  { QS_ACTION_STAGE_ABANDONED,
    QS_ACTION_ORIGIN_REVIEW,
    QS_BENEFIT_COST,
    QS_DEMO_LEGAL,
    NULL,
    NAN,
    NAN,
    NAN,
    { "Suivre les demandes d’avis dans un tableur partagé",
      "Track requests for opinions in a shared spreadsheet" },
    { "Personne ne sait combien de demandes d’avis sont en attente.",
      "Nobody knows how many requests for opinions are waiting." },
    { "Les demandes arrivent par courriel à chaque avocat.",
      "Requests arrive by e-mail to each lawyer." },
    { "Abandonnée : les demandes d’avis sont désormais suivies comme toutes les autres demandes.",
      "Abandoned: requests for opinions are now tracked like every other request." } },
};

const guint qs_demo_n_actions = G_N_ELEMENTS (qs_demo_actions);

const QsDemoText qs_demo_survey_title = {
  "Sondage annuel sur la satisfaction des clients internes",
  "Yearly internal client satisfaction survey",
};

const QsDemoQuestionText qs_demo_questions[] = {
  { QS_QUESTION_KIND_SCALE,
    { "Dans l’ensemble, êtes-vous satisfait des services reçus cette année?",
      "Overall, how satisfied are you with the services you received this year?" } },
  /* The barometer: the level expected, then the level found. */
  { QS_QUESTION_KIND_SCALE,
    { "Des réponses dans les délais annoncés", "Answers within the delays we announce" },
    "availability" },
  { QS_QUESTION_KIND_SCALE,
    { "Un personnel courtois et respectueux", "Courteous and respectful staff" },
    "courtesy" },
  { QS_QUESTION_KIND_SCALE,
    { "Des renseignements exacts et complets", "Accurate and complete information" },
    "reliability" },
  { QS_QUESTION_KIND_SCALE,
    { "Un service facile à joindre", "A service that is easy to reach" },
    "accessibility" },
  { QS_QUESTION_KIND_RECOMMENDATION,
    { "Recommanderiez-vous nos services à un collègue?",
      "Would you recommend our services to a colleague?" } },
  { QS_QUESTION_KIND_YES_NO,
    { "Avez-vous été servi dans la langue officielle de votre choix?",
      "Were you served in the official language of your choice?" } },
  { QS_QUESTION_KIND_YES_NO,
    { "Savez-vous à qui vous adresser pour chaque type de demande?",
      "Do you know whom to contact for each kind of request?" } },
  { QS_QUESTION_KIND_TEXT,
    { "Que pourrions-nous faire pour vous faciliter le travail?",
      "What could we do to make your work easier?" } },
};

const guint qs_demo_n_questions = G_N_ELEMENTS (qs_demo_questions);

const QsDemoText qs_demo_survey_comments[] = {
  { "Un numéro unique pour toutes les demandes de soutien.",
    "One number for every kind of support request." },
  { "Nous prévenir quand une demande prendra plus de temps que prévu.",
    "Tell us when a request will take longer than planned." },
  { "Des formulaires plus courts sur l’intranet.", "Shorter forms on the intranet." },
  { "Plus de plages de rendez-vous en fin de journée pour les intervenants.",
    "More appointment slots late in the day for field workers." },
  { "Un suivi en ligne de l’état de nos demandes.", "An online view of where our requests stand." },
  { "Rien à signaler, merci pour votre travail.", "Nothing to add, thank you for your work." },
  { "Moins de transferts d’un service à l’autre au téléphone.",
    "Fewer transfers from one service to another on the phone." },
  { "Des réponses envoyées dans la langue de la demande.",
    "Answers sent in the language of the request." },
};

const guint qs_demo_n_survey_comments = G_N_ELEMENTS (qs_demo_survey_comments);
