/* qs-demo-text-requests.c — what the example organisation's clients write
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Complaints cover the problem taxonomy of the source documents: the
 * work-related problems first, then the personal ones, which are always
 * confidential.
 */
#include "qs-demo-text.h"

#define SPECIAL QS_DEMO_TEMPLATE_SPECIAL
#define SENSITIVE QS_DEMO_TEMPLATE_SENSITIVE

static const QsDemoRequestText hr_requests[] = {
  { { "Évaluation d’un poste de chef d’équipe", "Job evaluation for a team leader position" },
    { "Les tâches du poste ont beaucoup changé depuis la réorganisation ; je demande une "
      "nouvelle évaluation.",
      "The duties of the position have changed a lot since the reorganisation; I am asking "
      "for a new evaluation." },
    SPECIAL },
  { { "Affichage d’un poste d’intervenant de proximité",
      "Posting for an outreach worker position" },
    { "Un poste est vacant depuis mars dans l’équipe de Buckingham ; merci de lancer "
      "l’affichage.",
      "A position has been vacant since March in the east team; please start the posting." },
    0 },
  { { "Erreur sur mon relevé de paie", "Error on my pay statement" },
    { "Les heures supplémentaires du 12 n’apparaissent pas sur mon dernier relevé.",
      "The overtime of the 12th does not appear on my last pay statement." },
    0 },
  { { "Demande de congé de maladie prolongé", "Request for extended sick leave" },
    { "Je dois m’absenter six semaines sur recommandation médicale ; quels documents "
      "faut-il fournir?",
      "I must be away for six weeks on medical advice; which documents do you need?" },
    SENSITIVE },
  { { "Demande d’accommodement au travail", "Workplace accommodation request" },
    { "Je demande un poste de travail adapté à la suite d’une blessure au dos.",
      "I am asking for an adapted workstation following a back injury." },
    SENSITIVE },
  { { "Inscription à la formation sur l’intervention en situation de crise",
      "Registration for the crisis intervention training" },
    { "Deux membres de mon équipe souhaitent suivre la formation offerte en novembre.",
      "Two members of my team would like to take the training offered in November." },
    0 },
  { { "Accueil d’une nouvelle employée", "Onboarding a new employee" },
    { "Une nouvelle travailleuse sociale commence lundi : pouvez-vous prévoir la séance "
      "d’accueil?",
      "A new social worker starts on Monday: can you plan the onboarding session?" },
    0 },
  { { "Question sur le régime de retraite", "Question about the pension plan" },
    { "J’aimerais connaître la date à laquelle je pourrai prendre ma retraite sans pénalité.",
      "I would like to know when I can retire without a penalty." },
    0 },
  { { "Déclaration d’un accident de travail", "Reporting a workplace accident" },
    { "Une intervenante a glissé sur une marche glacée lors d’une visite à domicile.",
      "An outreach worker slipped on an icy step during a home visit." },
    0 },
};

static const QsDemoRequestText it_requests[] = {
  { { "Compte verrouillé après trop de tentatives", "Account locked after too many attempts" },
    { "Je ne peux plus ouvrir de session depuis ce matin ; le message indique que mon compte "
      "est verrouillé.",
      "I cannot log in since this morning; the message says my account is locked." },
    SPECIAL },
  { { "Portable qui ne démarre plus", "Laptop will not start" },
    { "Mon portable reste sur l’écran noir depuis la mise à jour d’hier soir.",
      "My laptop stays on a black screen since last night’s update." },
    0 },
  { { "Accès au dossier partagé de l’équipe", "Access to the team’s shared folder" },
    { "J’ai besoin d’un accès en lecture au dossier partagé de mon équipe pour préparer le "
      "rapport trimestriel.",
      "I need read access to my team’s shared folder to prepare the quarterly report." },
    0 },
  { { "Nouvel employé : poste de travail et comptes", "New employee: workstation and accounts" },
    { "Merci de préparer un portable, un téléphone et les comptes d’un employé qui arrive le "
      "premier du mois.",
      "Please prepare a laptop, a phone and the accounts of an employee starting on the first "
      "of the month." },
    0 },
  { { "Imprimante du 2e étage hors service", "Second-floor printer out of order" },
    { "L’imprimante affiche un bourrage papier, mais aucun papier n’est coincé.",
      "The printer shows a paper jam, but no paper is stuck." },
    0 },
  { { "Lenteur de l’application du dossier de l’usager", "Client record system is slow" },
    { "L’ouverture d’un dossier prend plus d’une minute depuis mardi, dans les trois bureaux "
      "régionaux.",
      "Opening a file takes more than a minute since Tuesday, in all three regional offices." },
    0 },
  { { "Cellulaire perdu lors d’une visite", "Mobile phone lost during a visit" },
    { "J’ai perdu mon cellulaire de service ; il faut le bloquer et en obtenir un autre.",
      "I lost my work phone; it must be locked and replaced." },
    0 },
  { { "Installation d’un logiciel de transcription", "Installing a transcription software" },
    { "Un employé malentendant a besoin d’un logiciel de transcription en temps réel.",
      "A hard-of-hearing employee needs real-time transcription software." },
    0 },
  { { "Courriel suspect reçu", "Suspicious e-mail received" },
    { "J’ai reçu un courriel qui demande mon mot de passe au nom de la paie.",
      "I received an e-mail asking for my password on behalf of payroll." },
    0 },
};

static const QsDemoRequestText finance_requests[] = {
  { { "Bon de commande pour du matériel de bureau", "Purchase order for office supplies" },
    { "Merci d’émettre le bon de commande joint pour les fournitures de l’équipe d’Aylmer.",
      "Please issue the attached purchase order for the west team’s supplies." },
    SPECIAL },
  { { "Remboursement de frais de kilométrage", "Mileage claim" },
    { "Je soumets mes frais de kilométrage du mois dernier, avec le relevé des visites.",
      "I am submitting last month’s mileage, with the list of visits." },
    0 },
  { { "Remboursement de frais de repas", "Meal expense claim" },
    { "Voici mes reçus de repas pour la formation de deux jours à Montréal.",
      "Here are my meal receipts for the two-day training in Montréal." },
    0 },
  { { "Rapport budgétaire de mi-année", "Mid-year budget report" },
    { "J’ai besoin du rapport des dépenses de ma direction au 30 septembre.",
      "I need my branch’s expense report as of September 30." },
    0 },
  { { "Paiement en retard d’un fournisseur", "Late payment to a supplier" },
    { "Le traiteur de l’assemblée annuelle n’a toujours pas été payé après 45 jours.",
      "The caterer of the annual meeting still has not been paid after 45 days." },
    0 },
  { { "Carte d’achat refusée", "Purchasing card declined" },
    { "Ma carte d’achat a été refusée chez un fournisseur habituel.",
      "My purchasing card was declined by a regular supplier." },
    0 },
  { { "Avance de voyage", "Travel advance" },
    { "Je demande une avance pour un déplacement de trois jours en région.",
      "I am asking for an advance for a three-day trip to the regions." },
    SPECIAL },
};

static const QsDemoRequestText facilities_requests[] = {
  { { "Chauffage insuffisant dans la salle de réunion", "Not enough heat in the meeting room" },
    { "La salle B-204 est à 16 degrés depuis lundi.",
      "Room B-204 has been at 16 degrees since Monday." },
    0 },
  { { "Marche brisée dans l’escalier de secours", "Broken step in the emergency stairs" },
    { "Une marche de l’escalier de secours est fissurée au 3e étage : risque de chute.",
      "A step of the emergency stairs is cracked on the 3rd floor: risk of falling." },
    SPECIAL },
  { { "Déménagement d’une équipe", "Moving a team" },
    { "L’équipe jeunesse déménage au 2e étage à la fin du mois : six postes à préparer.",
      "The youth team moves to the 2nd floor at the end of the month: six workstations to "
      "prepare." },
    0 },
  { { "Réservation d’un véhicule de service", "Booking a service vehicle" },
    { "J’ai besoin d’un véhicule jeudi toute la journée pour des visites en région.",
      "I need a vehicle all day Thursday for visits in the regions." },
    0 },
  { { "Fuite d’eau au plafond", "Water leak in the ceiling" },
    { "De l’eau coule du plafond près de la photocopieuse.",
      "Water is dripping from the ceiling near the photocopier." },
    SPECIAL },
  { { "Chaise ergonomique", "Ergonomic chair" },
    { "Le rapport de l’ergonome recommande une chaise avec appui lombaire.",
      "The ergonomist’s report recommends a chair with lumbar support." },
    0 },
  { { "Éclairage défectueux dans le stationnement", "Faulty lighting in the parking lot" },
    { "Trois lampadaires sont éteints dans le stationnement du bureau régional.",
      "Three lamps are out in the regional office parking lot." },
    SPECIAL },
};

static const QsDemoRequestText legal_requests[] = {
  { { "Avis sur une entente avec un organisme communautaire",
      "Opinion on an agreement with a community organisation" },
    { "Pouvez-vous revoir l’entente de partage de locaux avant la signature?",
      "Can you review the premises-sharing agreement before it is signed?" },
    SPECIAL },
  { { "Demande d’accès à un dossier d’usager", "Access request for a client file" },
    { "Un ancien usager demande une copie complète de son dossier.",
      "A former client asks for a complete copy of their file." },
    SENSITIVE },
  { { "Communication de renseignements à la police", "Disclosing information to the police" },
    { "La police demande des renseignements sur un usager : pouvons-nous les transmettre?",
      "The police are asking for information about a client: may we disclose it?" },
    SENSITIVE },
  { { "Clause de confidentialité d’un contrat", "Confidentiality clause in a contract" },
    { "Le fournisseur du nouveau logiciel refuse notre clause de confidentialité.",
      "The supplier of the new software refuses our confidentiality clause." },
    SPECIAL },
  { { "Signification d’une citation à comparaître", "Subpoena received" },
    { "Une intervenante est citée à comparaître comme témoin ; comment la préparer?",
      "An outreach worker has been subpoenaed as a witness; how should she prepare?" },
    0 },
};

static const QsDemoRequestText communications_requests[] = {
  { { "Traduction d’une note de service", "Translating a memo" },
    { "Note de 600 mots à traduire vers l’anglais pour diffusion vendredi.",
      "A 600-word memo to translate into French for release on Friday." },
    SPECIAL },
  { { "Mise à jour d’une page de l’intranet", "Updating an intranet page" },
    { "Les coordonnées de l’équipe jeunesse ont changé sur l’intranet.",
      "The youth team’s contact details have changed on the intranet." },
    0 },
  { { "Affiche pour la semaine de la santé mentale", "Poster for mental health week" },
    { "Nous aimerions une affiche bilingue pour les trois bureaux régionaux.",
      "We would like a bilingual poster for the three regional offices." },
    0 },
  { { "Annonce dans le bulletin interne", "Notice in the staff newsletter" },
    { "Merci d’annoncer la nouvelle procédure de réservation des véhicules.",
      "Please announce the new vehicle booking procedure." },
    0 },
  { { "Révision d’un dépliant destiné aux usagers", "Editing a leaflet for clients" },
    { "Le dépliant sur les services à domicile doit être relu avant l’impression.",
      "The home services leaflet must be proofread before printing." },
    SPECIAL },
};

const QsDemoRequestText *const qs_demo_requests[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_HR] = hr_requests,           [QS_DEMO_IT] = it_requests,
  [QS_DEMO_FINANCE] = finance_requests, [QS_DEMO_FACILITIES] = facilities_requests,
  [QS_DEMO_LEGAL] = legal_requests,     [QS_DEMO_COMMUNICATIONS] = communications_requests,
};

const guint qs_demo_n_requests[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_HR] = G_N_ELEMENTS (hr_requests),
  [QS_DEMO_IT] = G_N_ELEMENTS (it_requests),
  [QS_DEMO_FINANCE] = G_N_ELEMENTS (finance_requests),
  [QS_DEMO_FACILITIES] = G_N_ELEMENTS (facilities_requests),
  [QS_DEMO_LEGAL] = G_N_ELEMENTS (legal_requests),
  [QS_DEMO_COMMUNICATIONS] = G_N_ELEMENTS (communications_requests),
};

const QsDemoComplaintText qs_demo_complaints[] = {
  { QS_PROBLEM_SERVICE,
    30,
    { "Toujours sans réponse après trois semaines", "Still no answer after three weeks" },
    { "Ma demande a été reçue il y a trois semaines et personne ne m’a donné de nouvelles.",
      "My request was received three weeks ago and nobody has told me anything since." } },
  { QS_PROBLEM_SERVICE,
    12,
    { "Appel transféré quatre fois", "Call transferred four times" },
    { "J’ai été transféré quatre fois avant de parler à la bonne personne.",
      "I was transferred four times before reaching the right person." } },
  { QS_PROBLEM_UNKNOWN_PROCESSES,
    8,
    { "Personne ne connaît la marche à suivre", "Nobody knows the procedure" },
    { "Chaque personne jointe m’a donné une procédure différente pour la même demande.",
      "Each person I reached gave me a different procedure for the same request." } },
  { QS_PROBLEM_UNCLEAR_ROLES,
    6,
    { "On se renvoie ma demande d’une équipe à l’autre", "My request bounces between teams" },
    { "Deux équipes disent que ma demande relève de l’autre.",
      "Two teams each say my request belongs to the other." } },
  { QS_PROBLEM_HR_SUPPORT,
    5,
    { "Aucun soutien pour gérer une absence prolongée", "No support to manage a long absence" },
    { "Mon équipe est privée d’une intervenante depuis deux mois sans remplacement ni "
      "conseil.",
      "My team has been short one worker for two months, with no replacement or advice." } },
  { QS_PROBLEM_TRAINING,
    4,
    { "Nouvel outil sans formation", "New tool without training" },
    { "Le nouvel outil de planification des visites a été déployé sans aucune formation.",
      "The new visit scheduling tool was rolled out without any training." } },
  { QS_PROBLEM_RECOGNITION,
    2,
    { "Travail supplémentaire jamais reconnu", "Extra work never acknowledged" },
    { "L’équipe a couvert les absences tout l’été sans le moindre mot de reconnaissance.",
      "The team covered absences all summer without a single word of recognition." } },
  { QS_PROBLEM_HEALTH_SAFETY,
    4,
    { "Aucune procédure pour les visites à risque", "No procedure for risky visits" },
    { "Il n’existe aucune consigne écrite pour les visites à domicile jugées à risque.",
      "There is no written instruction for home visits considered risky." } },
  { QS_PROBLEM_OUTDATED_TECHNOLOGY,
    8,
    { "Portables trop lents pour le travail sur le terrain", "Laptops too slow for field work" },
    { "Nos portables ont sept ans et prennent dix minutes à démarrer chez l’usager.",
      "Our laptops are seven years old and take ten minutes to start at a client’s home." } },
  { QS_PROBLEM_NO_STANDARDS,
    3,
    { "Aucun délai annoncé pour les demandes", "No deadline announced for requests" },
    { "Impossible de savoir en combien de temps une demande sera traitée.",
      "There is no way to know how long a request will take." } },
  { QS_PROBLEM_NO_TARGETS,
    2,
    { "Aucune cible pour juger du service", "No target to judge the service by" },
    { "Le service ne publie ni cible ni résultat : comment savoir s’il s’améliore?",
      "The service publishes neither targets nor results: how can we tell if it improves?" } },
  { QS_PROBLEM_NON_SMART_WORK,
    2,
    { "Consignes floues et sans échéance", "Vague instructions with no deadline" },
    { "Les consignes reçues sont vagues et ne disent pas pour quand le travail est attendu.",
      "The instructions received are vague and do not say when the work is due." } },
  { QS_PROBLEM_POOR_COMMUNICATION,
    7,
    { "Changement annoncé après coup", "Change announced after the fact" },
    { "La procédure de remboursement a changé sans que personne ne soit prévenu.",
      "The claim procedure changed without anyone being told." } },
  { QS_PROBLEM_NO_MANAGEMENT_HELP,
    2,
    { "Aucune aide de la direction", "No help from management" },
    { "Malgré plusieurs signalements, la direction n’a pris aucune mesure.",
      "Despite several reports, management has taken no action." } },
  { QS_PROBLEM_DELEGATION_WITHOUT_CONSENT,
    1,
    { "Tâches confiées sans consultation", "Tasks assigned without consultation" },
    { "On m’a confié les dossiers d’un collègue absent sans m’en parler.",
      "I was given an absent colleague’s files without being asked." } },
  { QS_PROBLEM_UNFAIR_TREATMENT,
    1,
    { "Traitement inéquitable dans l’attribution des congés",
      "Unfair treatment in granting leave" },
    { "Mes demandes de congé sont refusées alors que celles de mes collègues sont acceptées.",
      "My leave requests are refused while my colleagues’ are accepted." } },
  { QS_PROBLEM_UNEQUAL_OPPORTUNITY,
    1,
    { "Formation réservée à certains", "Training kept for a few" },
    { "Les places de formation sont toujours offertes aux mêmes personnes.",
      "Training places are always offered to the same people." } },
  { QS_PROBLEM_DISCRIMINATION,
    0.5,
    { "Propos discriminatoires lors d’une réunion", "Discriminatory remarks in a meeting" },
    { "Des propos discriminatoires ont été tenus à mon égard lors d’une réunion d’équipe.",
      "Discriminatory remarks were made about me in a team meeting." } },
  { QS_PROBLEM_SAFEGUARDING,
    0.5,
    { "Inquiétude pour la sécurité d’une collègue", "Concern for a colleague’s safety" },
    { "Je crains pour la sécurité d’une collègue et souhaite en parler en toute "
      "confidentialité.",
      "I fear for a colleague’s safety and would like to discuss it in confidence." } },
  { QS_PROBLEM_OFFENSIVE_REMARKS,
    0.5,
    { "Remarques blessantes sur l’apparence", "Hurtful remarks about appearance" },
    { "Un collègue fait régulièrement des remarques sur mon apparence.",
      "A colleague regularly comments on my appearance." } },
  { QS_PROBLEM_EXCLUSION,
    0.5,
    { "Tenu à l’écart de l’équipe", "Kept out of the team" },
    { "Je ne suis plus invité aux réunions d’équipe depuis mon retour de congé.",
      "I have not been invited to team meetings since I came back from leave." } },
  { QS_PROBLEM_IGNORED,
    1,
    { "Mes courriels restent sans réponse", "My e-mails go unanswered" },
    { "Mes courriels à mon gestionnaire restent sans réponse depuis un mois.",
      "My e-mails to my manager have gone unanswered for a month." } },
};

const guint qs_demo_n_complaints = G_N_ELEMENTS (qs_demo_complaints);

const QsDemoRequestText qs_demo_suggestions[] = {
  { { "Un formulaire unique pour toutes les demandes", "One form for every request" },
    { "Un seul formulaire sur l’intranet, qui dirige la demande vers le bon service.",
      "A single intranet form that sends each request to the right service." },
    0 },
  { { "Des heures de soutien prolongées le jeudi", "Longer support hours on Thursdays" },
    { "Les intervenants rentrent tard le jeudi : un soutien jusqu’à 18 h les aiderait.",
      "Field workers come back late on Thursdays: support until 6 p.m. would help." },
    0 },
  { { "Une foire aux questions sur la paie", "A payroll FAQ" },
    { "Les mêmes questions reviennent à chaque paie : une foire aux questions éviterait des "
      "appels.",
      "The same questions come back every payday: an FAQ would save calls." },
    0 },
  { { "Des salles réservables depuis le téléphone", "Rooms bookable from the phone" },
    { "Pouvoir réserver une salle depuis le cellulaire de service.",
      "Being able to book a room from the work phone." },
    0 },
  { { "Un suivi en ligne des demandes", "Online tracking of requests" },
    { "Voir où en est sa demande sans avoir à téléphoner.",
      "Seeing where a request stands without having to call." },
    0 },
  { { "Des gabarits de documents à jour", "Up-to-date document templates" },
    { "Regrouper les gabarits officiels à jour dans une seule page.",
      "Gather the current official templates on one page." },
    0 },
};

const guint qs_demo_n_suggestions = G_N_ELEMENTS (qs_demo_suggestions);

const QsDemoRequestText qs_demo_compliments[] = {
  { { "Merci pour la rapidité", "Thank you for the quick help" },
    { "Mon portable a été remplacé en une heure ; je n’ai manqué aucune visite.",
      "My laptop was replaced within an hour; I did not miss a single visit." },
    0 },
  { { "Accueil remarquable", "Outstanding welcome" },
    { "La séance d’accueil a été claire et chaleureuse ; merci à toute l’équipe.",
      "The onboarding session was clear and warm; thanks to the whole team." },
    0 },
  { { "Un grand merci pour votre patience", "Many thanks for your patience" },
    { "Merci d’avoir pris le temps de tout m’expliquer, étape par étape.",
      "Thank you for taking the time to explain everything, step by step." },
    0 },
  { { "Bravo pour la nouvelle affiche", "Well done on the new poster" },
    { "L’affiche est très réussie et les usagers la remarquent.",
      "The poster is very good and clients notice it." },
    0 },
};

const guint qs_demo_n_compliments = G_N_ELEMENTS (qs_demo_compliments);

const QsDemoText qs_demo_resolutions[4][3] = {
  [QS_REQUEST_KIND_REQUEST] = {
    { "Demande traitée ; le client a confirmé que tout fonctionne.",
      "Request completed; the client confirmed that everything works." },
    { "Réponse envoyée par courriel avec les documents demandés.",
      "Answer sent by e-mail with the documents requested." },
    { "Travail terminé et vérifié sur place avec le client.",
      "Work completed and checked on site with the client." },
  },
  [QS_REQUEST_KIND_COMPLAINT] = {
    { "Excuses présentées ; la demande initiale a été traitée en priorité.",
      "Apologised; the original request was handled as a priority." },
    { "Cause analysée ; la procédure a été corrigée et communiquée à l’équipe.",
      "Cause analysed; the procedure was corrected and shared with the team." },
    { "Rencontre avec le client ; solution retenue d’un commun accord.",
      "Met the client; a solution was agreed together." },
  },
  [QS_REQUEST_KIND_SUGGESTION] = {
    { "Suggestion retenue et inscrite au plan d’amélioration.",
      "Suggestion accepted and added to the improvement plan." },
    { "Suggestion étudiée ; elle sera réévaluée au prochain exercice.",
      "Suggestion studied; it will be looked at again next year." },
    { "Suggestion déjà en cours de réalisation ; le client a été remercié.",
      "Suggestion already under way; the client was thanked." },
  },
  [QS_REQUEST_KIND_COMPLIMENT] = {
    { "Remerciements transmis à l’équipe.", "Thanks passed on to the team." },
    { "Compliment partagé à la réunion d’équipe.", "Compliment shared at the team meeting." },
    { "Remerciements transmis à l’employé et à son gestionnaire.",
      "Thanks passed on to the employee and their manager." },
  },
};

const QsDemoText qs_demo_reject_reasons[4] = {
  { "Hors du mandat du service ; le client a été dirigé vers le bon interlocuteur.",
    "Outside the service’s mandate; the client was referred to the right contact." },
  { "Doublon d’une demande déjà en traitement.", "Duplicate of a request already in progress." },
  { "Demande retirée par le client.", "Request withdrawn by the client." },
  { "Renseignements insuffisants malgré deux relances.",
    "Not enough information despite two reminders." },
};

const QsDemoText qs_demo_feedback_comments[3][4] = {
  {
    { "Beaucoup trop long pour une demande simple.", "Far too long for a simple request." },
    { "Personne ne m’a tenu au courant.", "Nobody kept me informed." },
    { "J’ai dû relancer trois fois.", "I had to follow up three times." },
    { "La réponse ne réglait pas mon problème.", "The answer did not solve my problem." },
  },
  {
    { "Correct, mais un peu lent.", "Fine, but a bit slow." },
    { "Réponse utile, délai à améliorer.", "Useful answer, the delay could improve." },
    { "Bon service, une fois joint la bonne personne.",
      "Good service, once I reached the right person." },
    { "Satisfaisant.", "Satisfactory." },
  },
  {
    { "Rapide et efficace, merci!", "Quick and efficient, thank you!" },
    { "Très courtois et bien expliqué.", "Very courteous and well explained." },
    { "Exactement ce dont j’avais besoin.", "Exactly what I needed." },
    { "Service impeccable.", "Flawless service." },
  },
};

const QsDemoText qs_demo_suggestion_box[] = {
  { "Afficher les délais de traitement sur l’intranet.", "Show processing times on the intranet." },
  { "Un numéro de suivi pour chaque demande.", "A tracking number for every request." },
  { "Des rappels automatiques quand une demande est en attente.",
    "Automatic reminders when a request is waiting." },
  { "Des formations courtes à l’heure du dîner.", "Short lunchtime training sessions." },
  { "Moins de formulaires papier.", "Fewer paper forms." },
  { "Un meilleur éclairage dans le stationnement.", "Better lighting in the parking lot." },
  { "Plus de salles de réunion silencieuses.", "More quiet meeting rooms." },
  { "Consulter les intervenants avant de changer les outils.",
    "Consult field workers before changing their tools." },
};

const guint qs_demo_n_suggestion_box = G_N_ELEMENTS (qs_demo_suggestion_box);

const QsDemoText qs_demo_note_extension = {
  "Analyse plus longue que prévu ; nouvelle date communiquée au client.",
  "Analysis taking longer than planned; new date given to the client.",
};

const QsDemoText qs_demo_note_escalation = {
  "Délai dépassé : dossier porté à l’attention du gestionnaire.",
  "Deadline missed: file brought to the manager’s attention.",
};

const QsDemoText qs_demo_note_waiting = {
  "En attente de renseignements du client.",
  "Waiting for information from the client.",
};

const QsDemoText qs_demo_note_reopened = {
  "Le client signale que le problème est revenu.",
  "The client reports the problem came back.",
};

const QsDemoText qs_demo_intake_actor = { "Formulaire de l’intranet", "Intranet form" };
