/* qs-demo-text-people.c — departments, people and services of the example organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bilingual public agency with a head office in the national capital
 * region: the English demo works from Ottawa, the French one from
 * Gatineau, both on Eastern time.
 */
#include "qs-demo-text.h"

const QsDemoText qs_demo_organisation = {
  "Agence régionale des services de proximité",
  "Regional Community Services Agency",
};

/* .example is reserved for examples (RFC 2606): no real mailbox is named. */
const QsDemoText qs_demo_mail_domain = { "agence-proximite.example", "community-agency.example" };

const QsDemoText qs_demo_calendar_name = { "Heures d’ouverture", "Business hours" };

static const QsDemoRole executive_roles[] = {
  { "Directeur général", "Directrice générale", "Chief Executive Officer" },
  { "Adjoint de direction", "Adjointe de direction", "Executive Assistant" },
  { "Conseiller stratégique", "Conseillère stratégique", "Strategic Advisor" },
  { "Analyste en planification", "Analyste en planification", "Planning Analyst" },
};

static const QsDemoRole corporate_roles[] = {
  { "Directeur des services administratifs", "Directrice des services administratifs",
    "Director of Corporate Services" },
  { "Coordonnateur de la qualité des services", "Coordonnatrice de la qualité des services",
    "Service Quality Coordinator" },
  { "Agent de soutien administratif", "Agente de soutien administratif",
    "Administrative Support Officer" },
};

static const QsDemoRole hr_roles[] = {
  { "Directeur des ressources humaines", "Directrice des ressources humaines",
    "Director of Human Resources" },
  { "Conseiller en ressources humaines", "Conseillère en ressources humaines",
    "Human Resources Advisor" },
  { "Agent de dotation", "Agente de dotation", "Staffing Officer" },
  { "Technicien en rémunération", "Technicienne en rémunération", "Compensation Technician" },
  { "Conseiller en santé et sécurité du travail", "Conseillère en santé et sécurité du travail",
    "Occupational Health and Safety Advisor" },
};

static const QsDemoRole it_roles[] = {
  { "Directeur des technologies de l’information", "Directrice des technologies de l’information",
    "Director of Information Technology" },
  { "Technicien en soutien informatique", "Technicienne en soutien informatique",
    "IT Support Technician" },
  { "Analyste en informatique", "Analyste en informatique", "IT Analyst" },
  { "Administrateur de réseau", "Administratrice de réseau", "Network Administrator" },
  { "Conseiller en sécurité de l’information", "Conseillère en sécurité de l’information",
    "Information Security Advisor" },
};

static const QsDemoRole finance_roles[] = {
  { "Directeur des finances", "Directrice des finances", "Director of Finance" },
  { "Agent des finances", "Agente des finances", "Finance Officer" },
  { "Technicien en comptabilité", "Technicienne en comptabilité", "Accounting Technician" },
  { "Agent d’approvisionnement", "Agente d’approvisionnement", "Procurement Officer" },
};

static const QsDemoRole facilities_roles[] = {
  { "Directeur de l’immobilier et des installations",
    "Directrice de l’immobilier et des installations", "Director of Facilities" },
  { "Technicien en bâtiment", "Technicienne en bâtiment", "Building Technician" },
  { "Agent de gestion des locaux", "Agente de gestion des locaux", "Accommodation Officer" },
  { "Préposé à l’entretien", "Préposée à l’entretien", "Maintenance Attendant" },
};

static const QsDemoRole legal_roles[] = {
  { "Directeur des services juridiques", "Directrice des services juridiques",
    "Director of Legal Services" },
  { "Avocat", "Avocate", "Legal Counsel" },
  { "Technicien juridique", "Technicienne juridique", "Paralegal" },
  { "Responsable de l’accès à l’information", "Responsable de l’accès à l’information",
    "Access to Information Coordinator" },
};

static const QsDemoRole communications_roles[] = {
  { "Directeur des communications", "Directrice des communications", "Director of Communications" },
  { "Conseiller en communication", "Conseillère en communication", "Communications Advisor" },
  { "Traducteur", "Traductrice", "Translator" },
  { "Graphiste", "Graphiste", "Graphic Designer" },
  { "Webmestre", "Webmestre", "Web Editor" },
};

static const QsDemoRole social_roles[] = {
  { "Directeur des services sociaux de proximité", "Directrice des services sociaux de proximité",
    "Director of Community Social Services" },
  { "Travailleur social", "Travailleuse sociale", "Social Worker" },
  { "Intervenant de proximité", "Intervenante de proximité", "Outreach Worker" },
  { "Chef d’équipe", "Cheffe d’équipe", "Team Leader" },
  { "Agent de relations humaines", "Agente de relations humaines", "Human Relations Officer" },
  { "Éducateur spécialisé", "Éducatrice spécialisée", "Special Needs Educator" },
};

#define ROLES(array) array, G_N_ELEMENTS (array)

const QsDemoDepartmentText qs_demo_departments[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_EXECUTIVE] = {
    { "DG", "EXEC" }, { "Direction générale", "Executive Office" },
    -1, FALSE, 8, 0, 0,
    { "direction", "executive" },
    { "Siège social, 5e étage", "Head office, 5th floor" },
    "email,in-person",
    {
      { "Des tableaux de bord fiables chaque mois pour suivre les engagements de service",
        "Reliable monthly dashboards to follow the service commitments" },
      { "Des réponses rapides aux demandes urgentes du conseil d’administration",
        "Fast answers to urgent requests from the board" },
      { "Un seul point de contact dans chaque direction",
        "A single point of contact in each branch" },
    },
    ROLES (executive_roles),
  },
  [QS_DEMO_CORPORATE] = {
    { "SA", "CORP" }, { "Services administratifs", "Corporate Services" },
    QS_DEMO_EXECUTIVE, FALSE, 4, 0, 0,
    { "services-administratifs", "corporate" },
    { "Siège social, 4e étage", "Head office, 4th floor" },
    "email",
    {
      { "Une vue d’ensemble des demandes adressées à ses quatre directions",
        "An overview of the requests sent to its four branches" },
      { "Le respect des normes de service publiées", "Meeting the published service standards" },
      { "Des formulaires communs pour les demandes courantes", "Shared forms for common requests" },
    },
    ROLES (corporate_roles),
  },
  [QS_DEMO_HR] = {
    { "RH", "HR" }, { "Ressources humaines", "Human Resources" },
    QS_DEMO_CORPORATE, TRUE, 14, 0.22, 0.10,
    { "rh", "hr" },
    { "Siège social, 3e étage", "Head office, 3rd floor" },
    "intranet-form,email",
    {
      { "Des dossiers complets transmis par les gestionnaires dès le départ",
        "Complete files sent by managers from the start" },
      { "La dotation des postes d’intervenants sur le terrain", "Staffing field worker positions" },
      { "Des demandes reçues par le formulaire de l’intranet plutôt que par courriel",
        "Requests sent through the intranet form rather than by e-mail" },
    },
    ROLES (hr_roles),
  },
  [QS_DEMO_IT] = {
    { "TI", "IT" }, { "Technologies de l’information", "Information Technology" },
    QS_DEMO_CORPORATE, TRUE, 18, 0.35, 0.07,
    { "soutien-ti", "it-support" },
    { "Siège social, 2e étage", "Head office, 2nd floor" },
    "intranet-form,phone,email",
    {
      { "Des descriptions précises des problèmes : message d’erreur, poste de travail, heure",
        "Precise descriptions of problems: error message, workstation, time" },
      { "La sécurité des portables des intervenants en déplacement",
        "The security of field workers’ laptops" },
      { "Des demandes d’équipement planifiées deux semaines à l’avance",
        "Equipment requests planned two weeks ahead" },
    },
    ROLES (it_roles),
  },
  [QS_DEMO_FINANCE] = {
    { "FIN", "FIN" }, { "Finances", "Finance" },
    QS_DEMO_CORPORATE, TRUE, 14, 0.16, 0.06,
    { "finances", "finance" },
    { "Siège social, 3e étage", "Head office, 3rd floor" },
    "email,intranet-form",
    {
      { "Des pièces justificatives complètes avec chaque demande de remboursement",
        "Complete receipts with every expense claim" },
      { "Le paiement des fournisseurs dans les 30 jours", "Paying suppliers within 30 days" },
      { "Le respect du calendrier de fin d’exercice", "Following the year-end calendar" },
    },
    ROLES (finance_roles),
  },
  [QS_DEMO_FACILITIES] = {
    { "IMM", "FAC" }, { "Immobilier et installations", "Facilities" },
    QS_DEMO_CORPORATE, TRUE, 10, 0.14, 0.14,
    { "immobilier", "facilities" },
    { "Siège social, sous-sol", "Head office, basement" },
    "phone,intranet-form",
    {
      { "Le signalement des bris dès qu’ils sont constatés",
        "Breakages reported as soon as they are found" },
      { "La santé et la sécurité dans les bureaux régionaux",
        "Health and safety in the regional offices" },
      { "La réservation des salles dans l’outil commun", "Rooms booked in the shared tool" },
    },
    ROLES (facilities_roles),
  },
  [QS_DEMO_LEGAL] = {
    { "SJ", "LEG" }, { "Services juridiques", "Legal Services" },
    QS_DEMO_EXECUTIVE, TRUE, 8, 0.05, 0.15,
    { "juridique", "legal" },
    { "Siège social, 5e étage", "Head office, 5th floor" },
    "email",
    {
      { "Être consultés avant la signature des ententes",
        "Being consulted before agreements are signed" },
      { "La protection des renseignements personnels des usagers",
        "Protecting the personal information of service users" },
      { "Des délais réalistes pour les avis juridiques", "Realistic deadlines for legal opinions" },
    },
    ROLES (legal_roles),
  },
  [QS_DEMO_COMMUNICATIONS] = {
    { "COM", "COM" }, { "Communications", "Communications" },
    QS_DEMO_EXECUTIVE, TRUE, 10, 0.08, 0.08,
    { "communications", "communications" },
    { "Siège social, 4e étage", "Head office, 4th floor" },
    "email,intranet-form",
    {
      { "Des textes approuvés dans les deux langues officielles",
        "Texts approved in both official languages" },
      { "Un intranet à jour", "An up-to-date intranet" },
      { "Des demandes de traduction envoyées cinq jours ouvrables à l’avance",
        "Translation requests sent five business days ahead" },
    },
    ROLES (communications_roles),
  },
  [QS_DEMO_SOCIAL] = {
    { "SSP", "CSS" }, { "Services sociaux de proximité", "Community Social Services" },
    QS_DEMO_EXECUTIVE, FALSE, 64, 0, 0,
    { "services-sociaux", "social-services" },
    { "Bureaux régionaux (Hull, Aylmer, Buckingham)", "Regional offices (Vanier, Kanata, Orléans)" },
    "phone,email",
    {
      { "Un soutien informatique joignable pendant les visites à domicile",
        "IT support that can be reached during home visits" },
      { "Plus de temps auprès des usagers, moins de tâches administratives",
        "More time with service users, less paperwork" },
      { "Le remboursement rapide des frais de déplacement", "Fast reimbursement of travel expenses" },
    },
    ROLES (social_roles),
  },
};

const char *const qs_demo_given_names[2][2][24] = {
  [QS_LANGUAGE_FR] = {
    { "Marie", "Julie", "Isabelle", "Catherine", "Geneviève", "Nathalie", "Sophie", "Mélanie",
      "Émilie", "Véronique", "Chantal", "Josée", "Annie", "Karine", "Audrey", "Stéphanie",
      "Valérie", "Marie-Ève", "Andrée-Anne", "Noémie", "Camille", "Léa", "Béatrice", "Hélène" },
    { "Jean", "Pierre", "François", "Martin", "Éric", "Sylvain", "Mathieu", "Simon",
      "Alexandre", "Guillaume", "Louis", "Philippe", "Sébastien", "Marc-André", "Jérôme",
      "Benoît", "Stéphane", "Nicolas", "Olivier", "Gabriel", "Étienne", "Frédéric", "Yves",
      "Luc" },
  },
  [QS_LANGUAGE_EN] = {
    { "Emily", "Sarah", "Jessica", "Jennifer", "Amanda", "Megan", "Laura", "Rachel", "Hannah",
      "Olivia", "Emma", "Grace", "Chloe", "Claire", "Heather", "Karen", "Lisa", "Michelle",
      "Nicole", "Rebecca", "Victoria", "Alison", "Fiona", "Priya" },
    { "James", "John", "Michael", "David", "Robert", "Daniel", "Matthew", "Andrew", "Ryan",
      "Kevin", "Brian", "Jason", "Mark", "Paul", "Steven", "Thomas", "Christopher", "Patrick",
      "Sean", "Ian", "Graham", "Owen", "Liam", "Raj" },
  },
};

const char *const qs_demo_family_names[2][40] = {
  [QS_LANGUAGE_FR] = {
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette",
    "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier",
    "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau",
    "Martin", "Landry", "Gingras", "Desjardins", "Bérubé", "Champagne", "Hébert",
  },
  [QS_LANGUAGE_EN] = {
    "Smith", "Brown", "Wilson", "MacDonald", "Taylor", "Campbell", "Anderson", "Jones",
    "Johnston", "Miller", "Thompson", "Stewart", "Murphy", "Young", "Clarke", "Robinson",
    "Walker", "Wright", "Scott", "Mitchell", "Reid", "Morrison", "Fraser", "Hughes", "Bennett",
    "Kelly", "Ross", "Graham", "Grant", "Patel", "Singh", "Nguyen", "Chen", "Wong", "Ali",
    "O'Brien", "Sullivan", "Cameron", "Murray", "Henderson",
  },
};

const QsDemoText qs_demo_availability[6] = {
  { "En matinée", "Mornings" },
  { "Du mardi au jeudi", "Tuesday to Thursday" },
  { "En visite à domicile la plupart des après-midi", "On home visits most afternoons" },
  { "Télétravail le lundi et le vendredi", "Works from home on Mondays and Fridays" },
  { "Horaire comprimé : absent un vendredi sur deux",
    "Compressed schedule: off every other Friday" },
  { "Toute la journée", "All day" },
};

const QsDemoText qs_demo_privacy[4] = {
  { "Préfère ne pas être joint sur son cellulaire", "Prefers not to be called on the mobile" },
  { "Souhaite que ses demandes aux RH restent confidentielles",
    "Wants requests to HR kept confidential" },
  { "Accepte d’être cité dans les bulletins internes", "Agrees to be quoted in staff newsletters" },
  { "Aucune communication par les réseaux sociaux internes",
    "No contact through the staff social network" },
};

#define ALL_BUT(i) (((1u << QS_DEMO_N_DEPARTMENTS) - 1) & ~(1u << (i)))
#define EVERYONE ((1u << QS_DEMO_N_DEPARTMENTS) - 1)

static const QsDemoServiceText hr_services[] = {
  { { "Dotation et recrutement", "Staffing and recruitment" },
    { "Affichage des postes, présélection, entrevues et offres d’emploi.",
      "Job postings, screening, interviews and letters of offer." },
    ALL_BUT (QS_DEMO_HR) },
  { { "Rémunération et avantages sociaux", "Pay and benefits" },
    { "Paie, assurances collectives, congés et régime de retraite.",
      "Pay, group insurance, leave and pension plan." },
    EVERYONE },
  { { "Santé et sécurité du travail", "Occupational health and safety" },
    { "Ergonomie, déclaration d’accidents et retour au travail.",
      "Ergonomics, accident reports and return to work." },
    EVERYONE },
  { { "Formation et perfectionnement", "Training and development" },
    { "Plan de formation annuel, inscriptions et accueil des nouveaux employés.",
      "Yearly training plan, registrations and onboarding of new staff." },
    EVERYONE },
};

static const QsDemoServiceText it_services[] = {
  { { "Centre de soutien informatique", "IT service desk" },
    { "Aide aux utilisateurs par téléphone, courriel et formulaire, de 8 h 30 à 16 h 30.",
      "Help for users by phone, e-mail and form, 8:30 a.m. to 4:30 p.m." },
    EVERYONE },
  { { "Postes de travail et appareils mobiles", "Workstations and mobile devices" },
    { "Portables, téléphones cellulaires, imprimantes et périphériques.",
      "Laptops, mobile phones, printers and peripherals." },
    EVERYONE },
  { { "Comptes et accès", "Accounts and access" },
    { "Création des comptes, droits d’accès aux dossiers partagés et aux applications.",
      "Accounts, access to shared folders and applications." },
    EVERYONE },
  { { "Applications métier", "Business applications" },
    { "Dossier de l’usager, outil de gestion des visites et tableaux de bord.",
      "Client record system, visit scheduling tool and dashboards." },
    (1u << QS_DEMO_SOCIAL) | (1u << QS_DEMO_EXECUTIVE) | (1u << QS_DEMO_FINANCE) },
};

static const QsDemoServiceText finance_services[] = {
  { { "Remboursement des frais de déplacement", "Travel expense claims" },
    { "Kilométrage, repas et hébergement des employés en déplacement.",
      "Mileage, meals and lodging of staff on the road." },
    EVERYONE },
  { { "Approvisionnement", "Procurement" },
    { "Bons de commande, appels d’offres et contrats de fournisseurs.",
      "Purchase orders, tenders and supplier contracts." },
    ALL_BUT (QS_DEMO_FINANCE) },
  { { "Budget et suivi financier", "Budget and financial reporting" },
    { "Préparation budgétaire et rapports mensuels aux gestionnaires.",
      "Budget preparation and monthly reports to managers." },
    ALL_BUT (QS_DEMO_FINANCE) },
};

static const QsDemoServiceText facilities_services[] = {
  { { "Entretien des bâtiments", "Building maintenance" },
    { "Réparations, chauffage, éclairage et propreté des locaux.",
      "Repairs, heating, lighting and cleanliness of the premises." },
    EVERYONE },
  { { "Aménagement et déménagements", "Office moves and fit-ups" },
    { "Attribution des postes de travail, mobilier et déménagements internes.",
      "Workstation allocation, furniture and internal moves." },
    EVERYONE },
  { { "Parc de véhicules", "Vehicle fleet" },
    { "Réservation et entretien des véhicules des intervenants.",
      "Booking and maintenance of field workers’ vehicles." },
    (1u << QS_DEMO_SOCIAL) | (1u << QS_DEMO_FACILITIES) },
};

static const QsDemoServiceText legal_services[] = {
  { { "Avis juridiques", "Legal opinions" },
    { "Avis sur les ententes, les contrats et les obligations de l’Agence.",
      "Opinions on agreements, contracts and the Agency’s obligations." },
    ALL_BUT (QS_DEMO_LEGAL) },
  { { "Accès à l’information et protection des renseignements personnels",
      "Access to information and privacy" },
    { "Traitement des demandes d’accès et conseils sur la confidentialité.",
      "Handling access requests and advice on confidentiality." },
    EVERYONE },
};

static const QsDemoServiceText communications_services[] = {
  { { "Traduction et révision", "Translation and editing" },
    { "Traduction française et anglaise des documents destinés au personnel et au public.",
      "French and English translation of documents for staff and the public." },
    ALL_BUT (QS_DEMO_COMMUNICATIONS) },
  { { "Intranet et publications internes", "Intranet and staff publications" },
    { "Mise en ligne des contenus, bulletin hebdomadaire et annonces.",
      "Web content, weekly newsletter and announcements." },
    EVERYONE },
  { { "Graphisme", "Graphic design" },
    { "Affiches, dépliants et gabarits aux couleurs de l’Agence.",
      "Posters, leaflets and templates in the Agency’s visual identity." },
    ALL_BUT (QS_DEMO_COMMUNICATIONS) },
};

const QsDemoServiceText *const qs_demo_services[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_HR] = hr_services,           [QS_DEMO_IT] = it_services,
  [QS_DEMO_FINANCE] = finance_services, [QS_DEMO_FACILITIES] = facilities_services,
  [QS_DEMO_LEGAL] = legal_services,     [QS_DEMO_COMMUNICATIONS] = communications_services,
};

const guint qs_demo_n_services[QS_DEMO_N_DEPARTMENTS] = {
  [QS_DEMO_HR] = G_N_ELEMENTS (hr_services),
  [QS_DEMO_IT] = G_N_ELEMENTS (it_services),
  [QS_DEMO_FINANCE] = G_N_ELEMENTS (finance_services),
  [QS_DEMO_FACILITIES] = G_N_ELEMENTS (facilities_services),
  [QS_DEMO_LEGAL] = G_N_ELEMENTS (legal_services),
  [QS_DEMO_COMMUNICATIONS] = G_N_ELEMENTS (communications_services),
};
