/* qs-charter-template.c — the model charter a new charter can start from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The example standards of a service charter, by category, in both official
 * languages. They are charter content, not interface text: a new charter
 * holds both versions whatever the language of the interface, so they are
 * written here side by side rather than translated through gettext. Every
 * one is meant to pass the SMART check as it stands.
 */
#include "config.h"

#include <math.h>

#include "qs-charter-template.h"
#include "qs-commitment.h"

typedef struct
{
  QsCategory     category;
  const char    *text_en;
  const char    *text_fr;
  QsMetric       metric;
  double         delay; /* 0: none */
  QsDurationUnit unit;
  double         threshold; /* 0: none */
  QsChannel      channel;
  const char    *request_kinds;
} TemplateCommitment;

#define NOT_MEASURED QS_METRIC_NONE, 0, QS_DURATION_UNIT_BUSINESS_HOURS, 0
#define BH QS_DURATION_UNIT_BUSINESS_HOURS
#define BD QS_DURATION_UNIT_BUSINESS_DAYS

static const TemplateCommitment model[] = {
  /* Accessibility: making our services simple to reach and use. */
  { QS_CATEGORY_ACCESSIBILITY,
    "Serve clients during our opening hours: 8:30 to 12:00 and 13:00 to 16:30, Monday to Friday.",
    "Offrir nos services durant les heures d’ouverture : de 8 h 30 à 12 h et de 13 h à 16 h 30, "
    "du lundi au vendredi.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_ACCESSIBILITY,
    "Provide information on request in other formats, such as audio, electronic text or large "
    "print, to meet the needs of people with disabilities.",
    "Fournir l’information sur demande sur divers supports, comme l’audio, le texte électronique "
    "ou les gros caractères, pour répondre aux besoins des personnes handicapées.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_ACCESSIBILITY,
    "Communicate with every client in the official language of their choice.",
    "Communiquer avec chaque client dans la langue officielle de son choix.", NOT_MEASURED,
    QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_ACCESSIBILITY,
    "Change the voicemail greeting every day with our name, the day and when we can be reached; "
    "when away, give the day of return and the name and extension of a colleague to call.",
    "Changer chaque jour le message de la boîte vocale en indiquant le nom, le jour et la "
    "disponibilité ; en cas d’absence, donner le jour de retour ainsi que le nom et le poste d’un "
    "collègue à joindre.",
    NOT_MEASURED, QS_CHANNEL_VOICEMAIL, NULL },
  { QS_CATEGORY_ACCESSIBILITY,
    "Set an automatic out-of-office reply for every absence, giving the day of return and the "
    "name and address of a colleague to contact for immediate help.",
    "Activer une réponse automatique d’absence aux courriels lors de chaque absence, avec le jour "
    "de retour ainsi que le nom et l’adresse d’un collègue à joindre pour une aide immédiate.",
    NOT_MEASURED, QS_CHANNEL_EMAIL, NULL },

  /* Availability: information at hand and the will to help. */
  { QS_CATEGORY_AVAILABILITY, "Answer phone calls before the third ring.",
    "Répondre aux appels téléphoniques avant la troisième sonnerie.", QS_METRIC_MANUAL_RATE, 0, BH,
    90, QS_CHANNEL_PHONE, NULL },
  { QS_CATEGORY_AVAILABILITY, "Always offer callers the option of reaching a person.",
    "Toujours offrir aux appelants l’option de joindre une personne.", NOT_MEASURED,
    QS_CHANNEL_PHONE, NULL },
  { QS_CATEGORY_AVAILABILITY, "Acknowledge or answer every e-mail within 24 business hours.",
    "Accuser réception de chaque courriel ou y répondre dans un délai de 24 heures ouvrables.",
    QS_METRIC_ACKNOWLEDGEMENT, 24, BH, 95, QS_CHANNEL_EMAIL, NULL },
  { QS_CATEGORY_AVAILABILITY,
    "Give a final answer to e-mails within 5 business days of receipt; until then, tell the "
    "client the next steps and the expected date of the answer.",
    "Donner une réponse définitive aux courriels dans les 5 jours ouvrables suivant leur "
    "réception ; d’ici là, indiquer au client les suivis à faire et la date prévue de la réponse.",
    QS_METRIC_RESOLUTION, 5, BD, 90, QS_CHANNEL_EMAIL, NULL },
  { QS_CATEGORY_AVAILABILITY, "Process evaluation requests within 10 business days.",
    "Traiter les demandes d’évaluation dans un délai de 10 jours ouvrables.", QS_METRIC_RESOLUTION,
    10, BD, 90, QS_CHANNEL_ANY, "request" },
  { QS_CATEGORY_AVAILABILITY,
    "Follow up on orders for products in stock within 2 business days of receipt.",
    "Donner suite aux commandes de produits disponibles dans les 2 jours ouvrables suivant leur "
    "réception.",
    QS_METRIC_RESOLUTION, 2, BD, 90, QS_CHANNEL_INTRANET_FORM, "request" },
  { QS_CATEGORY_AVAILABILITY, "Return voicemail messages within 4 business hours of receipt.",
    "Retourner les messages laissés dans la boîte vocale dans les 4 heures ouvrables suivant leur "
    "réception.",
    QS_METRIC_ACKNOWLEDGEMENT, 4, BH, 90, QS_CHANNEL_VOICEMAIL, NULL },
  { QS_CATEGORY_AVAILABILITY, "Acknowledge receipt of letters within 2 business days.",
    "Accuser réception des lettres dans les 2 jours ouvrables.", QS_METRIC_ACKNOWLEDGEMENT, 2, BD,
    95, QS_CHANNEL_LETTER, NULL },
  { QS_CATEGORY_AVAILABILITY, "Answer requests sent through social media within 2 business days.",
    "Répondre aux demandes présentées par les médias sociaux dans un délai de 2 jours ouvrables.",
    QS_METRIC_ACKNOWLEDGEMENT, 2, BD, 90, QS_CHANNEL_SOCIAL_MEDIA, NULL },

  /* Reliability */
  { QS_CATEGORY_RELIABILITY,
    "Inform clients of any change to our services and explain clearly why it was made.",
    "Informer les clients de tout changement à nos services et leur en expliquer clairement la "
    "raison.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_RELIABILITY,
    "Keep the documents, tools and content of our intranet pages up to date.",
    "Tenir à jour les documents, les outils et le contenu de nos pages intranet.", NOT_MEASURED,
    QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_RELIABILITY,
    "Give exact and current information on our products, programmes and services.",
    "Fournir des renseignements exacts et à jour sur nos produits, programmes et services.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_RELIABILITY,
    "Tell the client the price of a product or service in writing before starting the work.",
    "Informer le client par écrit du prix du produit ou du service avant d’entreprendre le "
    "travail.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_RELIABILITY,
    "Make documents, forms, instructions and written and graphic communications clear and precise.",
    "Assurer la clarté et la précision des documents, formulaires, instructions et communications "
    "écrites et graphiques.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },

  /* Security */
  { QS_CATEGORY_SECURITY,
    "Respect and protect the confidentiality of every client’s personal information.",
    "Respecter et protéger la confidentialité des renseignements personnels de chaque client.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_SECURITY, "Encrypt every electronic transaction that carries client data.",
    "Chiffrer chaque transaction électronique qui transporte des données de clients.", NOT_MEASURED,
    QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_SECURITY, "Make every staff member identifiable by a badge or a business card.",
    "Permettre l’identification de chaque membre du personnel par un badge ou une carte "
    "professionnelle.",
    NOT_MEASURED, QS_CHANNEL_IN_PERSON, NULL },

  /* Courtesy */
  { QS_CATEGORY_COURTESY,
    "Transfer a client’s call no more than once to reach the person who can handle the request.",
    "Ne transférer l’appel d’un client qu’une seule fois pour joindre la personne qui peut donner "
    "suite à sa demande.",
    QS_METRIC_MANUAL_RATE, 0, BH, 95, QS_CHANNEL_PHONE, NULL },
  { QS_CATEGORY_COURTESY, "Be on time for every appointment and meeting with a client.",
    "Être ponctuel à chaque rendez-vous et à chaque rencontre avec un client.", NOT_MEASURED,
    QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_COURTESY, "Always address clients formally, by their title and family name.",
    "Toujours s’adresser au client en le vouvoyant.", NOT_MEASURED, QS_CHANNEL_ANY, NULL },

  /* Flexibility */
  { QS_CATEGORY_FLEXIBILITY,
    "Let any employee decide to accommodate a client when the decision costs less than $150.",
    "Donner à tout employé l’autorité de décider d’accommoder un client lorsque la décision coûte "
    "moins de 150 $.",
    NOT_MEASURED, QS_CHANNEL_ANY, NULL },

  /* Credibility */
  { QS_CATEGORY_CREDIBILITY, "Send letters, e-mails and other documents free of errors.",
    "Envoyer les lettres, les courriels et les autres documents sans erreur.", NOT_MEASURED,
    QS_CHANNEL_ANY, NULL },
  { QS_CATEGORY_CREDIBILITY, "Dress in a way that suits the setting of every meeting with clients.",
    "Adopter une tenue vestimentaire adaptée au contexte de chaque rencontre avec les clients.",
    NOT_MEASURED, QS_CHANNEL_IN_PERSON, NULL },
};

/**
 * qs_charter_template_new_commitments:
 *
 * Makes the commitments of the model charter: every category, both
 * languages, and for the measured ones their metric, delay, target and
 * channel. They belong to no charter yet (charter_id is unset) and are
 * numbered from 0 within each category.
 *
 * Returns: (transfer full) (element-type QsCommitment): new, unsaved
 *   commitments
 */
GPtrArray *
qs_charter_template_new_commitments (void)
{
  GPtrArray *commitments = g_ptr_array_new_full (G_N_ELEMENTS (model), g_object_unref);
  guint      position[QS_CATEGORY_CREDIBILITY + 1] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (model); i++)
    {
      const TemplateCommitment *t = &model[i];
      QsCommitment             *commitment = qs_commitment_new ();

      g_object_set (commitment, "category", t->category, "position",
                    (gint64) position[t->category]++, "text-en", t->text_en, "text-fr", t->text_fr,
                    "metric", t->metric, "target-unit", t->unit, "channel", t->channel,
                    "request-kinds", t->request_kinds, NULL);
      /* Through the entity: a GObject property refuses NaN, "not set". */
      qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_TARGET_VALUE,
                            t->delay > 0 ? t->delay : NAN);
      qs_entity_set_double (QS_ENTITY (commitment), QS_COMMITMENT_FIELD_THRESHOLD_PERCENT,
                            t->threshold > 0 ? t->threshold : NAN);
      g_ptr_array_add (commitments, commitment);
    }
  return commitments;
}

/**
 * qs_charter_template_get_values:
 *
 * Returns: the model charter's sentence of values in @language
 */
const char *
qs_charter_template_get_values (QsLanguage language)
{
  if (language == QS_LANGUAGE_FR)
    return "Nos normes de service illustrent notre engagement envers le respect, l’équité et "
           "la collaboration.";
  return "Our service standards show our commitment to respect, fairness and collaboration.";
}

/**
 * qs_charter_template_get_introduction:
 *
 * Returns: the model charter's introduction in @language
 */
const char *
qs_charter_template_get_introduction (QsLanguage language)
{
  if (language == QS_LANGUAGE_FR)
    return "Notre service vise à offrir un excellent service à ses clients internes, les "
           "collègues et les équipes qui comptent sur lui pour faire leur propre travail. Cette "
           "charte dit ce à quoi vous pouvez vous attendre de notre part, comment nous le "
           "mesurons et quels résultats nous obtenons. À cette fin, nous prenons les engagements "
           "suivants.";
  return "Our department aims to give excellent service to its internal clients: the colleagues "
         "and teams who rely on us to do their own work. This charter tells you what you may "
         "expect from us, how we measure it and how well we are doing. To that end, we make the "
         "following commitments.";
}

/**
 * qs_charter_template_dup_title:
 * @department: the name of the providing department, as the directory has it
 *
 * The title a new charter of @department starts with, in @language.
 *
 * The department's name goes after a dash, as a label, and not into the
 * sentence. French would need its article and preposition, which depend on
 * the name's gender, number and first sound ("des communications", "du
 * greffe", "de la paie", "de l’informatique") and on whether the name takes
 * an article at all: a name typed in a directory says none of that, and a
 * guess reads wrong ("Charte de services de Communications"). "Charte de
 * services — Communications" is grammatical whatever the name; English
 * takes the same form, so that both titles read alike. Whoever wants a
 * sentence edits the title.
 *
 * Returns: (transfer full): the title
 */
char *
qs_charter_template_dup_title (QsLanguage language, const char *department)
{
  g_return_val_if_fail (department != NULL, NULL);

  if (language == QS_LANGUAGE_FR)
    return g_strdup_printf ("Charte de services — %s", department);
  return g_strdup_printf ("Service charter — %s", department);
}
