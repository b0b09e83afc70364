// Message templates in the four languages. A diagnostic reads: what is wrong (here), why (the
// rule's `why` in data/rules.ts), and how to fix it (here, where there is more to say).
// {name} placeholders are filled by core/messages.ts.
import type { Language, Localized, YamlErrorKind } from '../vocabulary';
import { LANGUAGE_INFO } from './languages';

export interface MessageTemplate {
  what: Localized;
  how?: Localized;
}

export const MESSAGES = {
  'section.missing': {
    what: {
      en: 'Missing section: “{name}”.',
      fr: 'Section manquante : « {name} ».',
      es: 'Falta la sección «{name}».',
      ar: 'القسم «{name}» غير موجود.',
    },
    how: {
      en: 'Add the heading “{name}” with: {prompt}.',
      fr: 'Ajoutez un titre « {name} » avec : {prompt}.',
      es: 'Añada un título «{name}» con: {prompt}.',
      ar: 'أضف عنوان «{name}» يتضمن: {prompt}.',
    },
  },
  'section.recommended': {
    what: {
      en: 'Recommended section: “{name}”.',
      fr: 'Section recommandée : « {name} ».',
      es: 'Sección recomendada: «{name}».',
      ar: 'قسم موصى به: «{name}».',
    },
    how: {
      en: 'Add the heading “{name}” with: {prompt}.',
      fr: 'Ajoutez un titre « {name} » avec : {prompt}.',
      es: 'Añada un título «{name}» con: {prompt}.',
      ar: 'أضف عنوان «{name}» يتضمن: {prompt}.',
    },
  },
  'section.empty': {
    what: {
      en: 'The “{name}” section is empty.',
      fr: 'La section « {name} » est vide.',
      es: 'La sección «{name}» está vacía.',
      ar: 'القسم «{name}» فارغ.',
    },
    how: {
      en: 'Write under it: {prompt}.',
      fr: 'Rédigez en dessous : {prompt}.',
      es: 'Escriba debajo: {prompt}.',
      ar: 'اكتب تحته: {prompt}.',
    },
  },
  'citation.none': {
    what: {
      en: 'The “{name}” section cites no provision the checker recognises.',
      fr: 'La section « {name} » ne cite aucune disposition reconnue.',
      es: 'La sección «{name}» no cita ninguna disposición reconocida.',
      ar: 'لا يستشهد القسم «{name}» بأي حكم معروف.',
    },
    how: {
      en: 'Cite it as, e.g., “{example}” (the forms recognised are listed in docs/format.md).',
      fr: 'Citez-la, p. ex. « {example} » (formes reconnues : docs/format.md).',
      es: 'Cítela, p. ej. «{example}» (formas reconocidas: docs/format.md).',
      ar: 'استشهد به مثلًا: «{example}» (الصيغ المعترف بها في docs/format.md).',
    },
  },
  'citation.notInterpol': {
    what: {
      en: 'The “{name}” section cites only {cited}, none of INTERPOL’s rules.',
      fr: 'La section « {name} » ne cite que {cited}, aucune règle d’INTERPOL.',
      es: 'La sección «{name}» solo cita {cited}, ninguna norma de INTERPOL.',
      ar: 'لا يستشهد القسم «{name}» إلا بـ{cited}، ولا يستشهد بأي من قواعد الإنتربول.',
    },
    how: {
      en: 'Cite the INTERPOL provision each ground rests on — usually Article 2(1) or 3 of INTERPOL’s Constitution, or RPD Articles 11, 12, 34, 35, 82 or 83 (the titles of 11, 12 and 35 are commonly cited but unconfirmed), or resolution GA-2017-86-RES-09 for a refugee — and keep national law and the ECHR as the facts that support it.',
      fr: 'Citez la disposition d’INTERPOL sur laquelle repose chaque moyen — en général l’article 2(1) ou 3 du Statut d’INTERPOL, ou les articles 11, 12, 34, 35, 82 ou 83 du RTD (l’objet des articles 11, 12 et 35 est couramment cité mais non confirmé), ou la résolution GA-2017-86-RES-09 pour un réfugié — et gardez le droit national et la CEDH comme faits qui l’étayent.',
      es: 'Cite la disposición de INTERPOL en que se basa cada fundamento — normalmente el artículo 2(1) o 3 del Estatuto de INTERPOL, o los artículos 11, 12, 34, 35, 82 u 83 del RTD (el objeto de los artículos 11, 12 y 35 se cita a menudo pero no está confirmado), o la resolución GA-2017-86-RES-09 para un refugiado — y mantenga el derecho nacional y el CEDH como hechos que lo apoyan.',
      ar: 'استشهد بحكم الإنتربول الذي يقوم عليه كل سبب — عادةً المادة 2(1) أو 3 من القانون الأساسي، أو المواد 11 أو 12 أو 34 أو 35 أو 82 أو 83 من قواعد معالجة البيانات (موضوع المواد 11 و12 و35 شائع الاستشهاد لكنه غير مؤكَّد)، أو القرار GA-2017-86-RES-09 بشأن اللاجئين — واحتفظ بالقانون الوطني والاتفاقية الأوروبية بوصفهما وقائع داعمة.',
    },
  },
  'citation.beyond': {
    what: {
      en: '{instrument} has no provision {article}: it ends at {last}.',
      fr: 'La disposition {article} n’existe pas dans {instrument} : la dernière est la {last}.',
      es: 'La disposición {article} no existe en {instrument}: la última es la {last}.',
      ar: 'لا يتضمن {instrument} الحكم {article}، وآخر أحكامه {last}.',
    },
    how: {
      en: 'Check the number.',
      fr: 'Vérifiez le numéro.',
      es: 'Compruebe el número.',
      ar: 'تحقق من الرقم.',
    },
  },
  'citation.beyondUnconfirmed': {
    what: {
      en: '{instrument} probably has no provision {article}: the last one is believed to be {last} (unconfirmed).',
      fr: 'La disposition {article} n’existe probablement pas dans {instrument} : la dernière serait la {last} (non confirmé).',
      es: 'La disposición {article} probablemente no existe en {instrument}: la última sería la {last} (no confirmado).',
      ar: 'يُرجَّح أن {instrument} لا يتضمن الحكم {article}، إذ يُعتقد أن آخر أحكامه {last} (غير مؤكد).',
    },
    how: {
      en: 'Check the number.',
      fr: 'Vérifiez le numéro.',
      es: 'Compruebe el número.',
      ar: 'تحقق من الرقم.',
    },
  },
  'citation.repealed': {
    what: {
      en: 'The provision {article} of {instrument} no longer has effect: it was repealed by {by}, with effect from {date}{caveat}.',
      fr: 'La disposition {article} ({instrument}) n’est plus en vigueur : elle a été abrogée par {by}, à compter du {date}{caveat}.',
      es: 'La disposición {article} ({instrument}) ya no está en vigor: fue derogada por {by}, con efectos desde el {date}{caveat}.',
      ar: 'لم يعد الحكم {article} من {instrument} نافذًا: فقد أُلغي بموجب {by} اعتبارًا من {date}{caveat}.',
    },
    how: {
      en: 'Do not rely on it; rely on a provision in force.',
      fr: 'Ne vous fondez pas sur elle ; invoquez une disposition en vigueur.',
      es: 'No se base en ella; invoque una disposición vigente.',
      ar: 'لا تستند إليه؛ استند إلى حكم نافذ.',
    },
  },
  'citation.regime': {
    what: {
      en: 'Section {article} of the Extradition Act 2003 is in Part {part}, but this case is declared “regime: {regime}”.',
      fr: 'La section {article} de l’Extradition Act 2003 relève de la Partie {part}, mais l’affaire est déclarée « regime: {regime} ».',
      es: 'La sección {article} de la Extradition Act 2003 pertenece a la Parte {part}, pero el caso se declara «regime: {regime}».',
      ar: 'المادة {article} من قانون التسليم لعام 2003 تقع في الجزء {part}، لكن القضية معلنة بـ «regime: {regime}».',
    },
    how: {
      en: 'Cite the section of the right Part, or correct `regime`.',
      fr: 'Citez la section de la bonne Partie, ou corrigez `regime`.',
      es: 'Cite la sección de la Parte correcta, o corrija `regime`.',
      ar: 'استشهد بمادة الجزء الصحيح أو صحّح `regime`.',
    },
  },
  'key.missing': {
    what: {
      en: 'The frontmatter (the header between the --- lines) has no “{key}”.',
      fr: 'L’en-tête ne contient pas « {key} ».',
      es: 'Falta «{key}» en el encabezado.',
      ar: 'المفتاح «{key}» غير موجود في الترويسة.',
    },
    how: {
      en: 'Add “{key}” to the frontmatter.',
      fr: 'Ajoutez « {key} » à l’en-tête.',
      es: 'Añada «{key}» al encabezado.',
      ar: 'أضف «{key}» إلى الترويسة.',
    },
  },
  'key.missingRecommended': {
    what: {
      en: 'The frontmatter has no “{key}” (recommended).',
      fr: 'L’en-tête ne contient pas « {key} » (recommandé).',
      es: 'Falta «{key}» en el encabezado (recomendado).',
      ar: 'المفتاح «{key}» غير موجود في الترويسة (موصى به).',
    },
    how: {
      en: 'Add “{key}” to the frontmatter.',
      fr: 'Ajoutez « {key} » à l’en-tête.',
      es: 'Añada «{key}» al encabezado.',
      ar: 'أضف «{key}» إلى الترويسة.',
    },
  },
  'key.placeholder': {
    what: {
      en: '“{key}” still holds template text.',
      fr: '« {key} » contient encore le texte du modèle.',
      es: '«{key}» todavía contiene el texto de la plantilla.',
      ar: 'لا يزال «{key}» يحتوي على نص القالب.',
    },
    how: {
      en: 'Replace {{…}} with the real value.',
      fr: 'Remplacez {{…}} par la valeur réelle.',
      es: 'Sustituya {{…}} por el valor real.',
      ar: 'استبدل {{…}} بالقيمة الفعلية.',
    },
  },
  'key.notExhibit': {
    what: {
      en: '“{key}” names exhibit {id}, which is not declared under “exhibits”.',
      fr: '« {key} » désigne la pièce {id}, qui n’est pas déclarée sous « exhibits ».',
      es: '«{key}» designa el anexo {id}, que no está declarado en «exhibits».',
      ar: 'يشير «{key}» إلى المرفق {id} غير المعلن ضمن «exhibits».',
    },
    how: {
      en: 'Declare exhibit {id} (the quick fix adds it) or correct the id.',
      fr: 'Déclarez la pièce {id} (le correctif rapide l’ajoute) ou corrigez l’identifiant.',
      es: 'Declare el anexo {id} (la corrección rápida lo añade) o corrija el identificador.',
      ar: 'أعلن المرفق {id} (يضيفه الإصلاح السريع) أو صحّح المعرّف.',
    },
  },
  'value.enum': {
    what: {
      en: '“{key}” must be one of: {values}.',
      fr: '« {key} » doit valoir l’un de : {values}.',
      es: '«{key}» debe ser uno de: {values}.',
      ar: 'يجب أن تكون قيمة «{key}» إحدى: {values}.',
    },
  },
  'value.date': {
    what: {
      en: '“{key}” must be a date written YYYY-MM-DD.',
      fr: '« {key} » doit être une date au format AAAA-MM-JJ (YYYY-MM-DD).',
      es: '«{key}» debe ser una fecha con el formato AAAA-MM-DD (YYYY-MM-DD).',
      ar: 'يجب أن يكون «{key}» تاريخًا بالصيغة YYYY-MM-DD.',
    },
  },
  'value.email': {
    what: {
      en: '“{key}” is not a valid e-mail address.',
      fr: '« {key} » n’est pas une adresse électronique valide.',
      es: '«{key}» no es una dirección de correo electrónico válida.',
      ar: '«{key}» ليس عنوان بريد إلكتروني صالحًا.',
    },
  },
  'value.type': {
    what: {
      en: '“{key}” must be {expected}.',
      fr: '« {key} » doit être {expected}.',
      es: '«{key}» debe ser {expected}.',
      ar: 'يجب أن يكون «{key}» {expected}.',
    },
  },
  'value.invalid': {
    what: {
      en: '“{key}” is not valid: {detail}.',
      fr: '« {key} » n’est pas valide : {detail}.',
      es: '«{key}» no es válido: {detail}.',
      ar: '«{key}» غير صالح: {detail}.',
    },
  },
  'key.unknown': {
    what: {
      en: 'Unknown key “{key}”.',
      fr: 'Clé inconnue « {key} ».',
      es: 'Clave desconocida «{key}».',
      ar: 'مفتاح غير معروف «{key}».',
    },
    how: {
      en: 'Did you mean “{suggestion}”?',
      fr: 'Vouliez-vous dire « {suggestion} » ?',
      es: '¿Quiso decir «{suggestion}»?',
      ar: 'هل تقصد «{suggestion}»؟',
    },
  },
  'key.unknownNoSuggestion': {
    what: {
      en: 'Unknown key “{key}”.',
      fr: 'Clé inconnue « {key} ».',
      es: 'Clave desconocida «{key}».',
      ar: 'مفتاح غير معروف «{key}».',
    },
    how: {
      en: 'Known keys here: {known}.',
      fr: 'Clés connues ici : {known}.',
      es: 'Claves conocidas aquí: {known}.',
      ar: 'المفاتيح المعروفة هنا: {known}.',
    },
  },
  'yaml.syntax': {
    what: {
      en: 'The frontmatter is not valid YAML: {detail}.',
      fr: 'L’en-tête n’est pas du YAML valide : {detail}.',
      es: 'El encabezado no es YAML válido: {detail}.',
      ar: 'الترويسة ليست YAML صالحًا: {detail}.',
    },
  },
  'yaml.unclosed': {
    what: {
      en: 'The frontmatter is not closed.',
      fr: 'L’en-tête n’est pas fermé.',
      es: 'El encabezado no está cerrado.',
      ar: 'الترويسة غير مغلقة.',
    },
    how: {
      en: 'Add a line with three dashes (---) after its last key.',
      fr: 'Ajoutez une ligne de trois tirets (---) après sa dernière clé.',
      es: 'Añada una línea con tres guiones (---) después de su última clave.',
      ar: 'أضف سطرًا من ثلاث شرطات (---) بعد آخر مفتاح.',
    },
  },
  'kind.unknown': {
    what: {
      en: '“submission: {value}” is not a kind the checker knows.',
      fr: '« submission: {value} » n’est pas un type connu.',
      es: '«submission: {value}» no es un tipo conocido.',
      ar: '«submission: {value}» ليس نوعًا معروفًا.',
    },
  },
  'language.mismatch': {
    what: {
      en: 'The text appears to be written in {detected}, but “language” says {declared}.',
      fr: 'Le texte semble rédigé en {detected}, mais « language » indique {declared}.',
      es: 'El texto parece estar redactado en {detected}, pero «language» indica {declared}.',
      ar: 'يبدو أن النص مكتوب بـ{detected}، لكن «language» يشير إلى {declared}.',
    },
    how: {
      en: 'Correct “language” or translate the text.',
      fr: 'Corrigez « language » ou traduisez le texte.',
      es: 'Corrija «language» o traduzca el texto.',
      ar: 'صحّح «language» أو ترجم النص.',
    },
  },
  'language.court': {
    what: {
      en: 'The submission is written in {declared}; the court it is filed with works in {court}.',
      fr: 'L’acte est rédigé en {declared} ; la juridiction saisie travaille en {court}.',
      es: 'El escrito está redactado en {declared}; el tribunal ante el que se presenta trabaja en {court}.',
      ar: 'المذكرة محررة بـ{declared}، بينما تعمل المحكمة المقدَّمة إليها بـ{court}.',
    },
    how: {
      en: 'File it in {court}, or with a translation into {court}.',
      fr: 'Déposez-le en {court}, ou accompagné d’une traduction en {court}.',
      es: 'Preséntelo en {court}, o acompañado de una traducción al {court}.',
      ar: 'أودعها بـ{court} أو مرفقةً بترجمة إلى {court}.',
    },
  },
  'date.future': {
    what: {
      en: '“{key}” ({date}) is in the future.',
      fr: '« {key} » ({date}) est dans le futur.',
      es: '«{key}» ({date}) es una fecha futura.',
      ar: '«{key}» ({date}) تاريخ في المستقبل.',
    },
  },
  'warrant.none': {
    what: {
      en: 'No arrest warrant or judicial decision is declared under “warrants”.',
      fr: 'Aucun mandat d’arrêt ni décision judiciaire n’est déclaré sous « warrants ».',
      es: 'No se ha declarado ninguna orden de detención ni resolución judicial en «warrants».',
      ar: 'لم تُعلن أي مذكرة توقيف أو قرار قضائي ضمن «warrants».',
    },
    how: {
      en: 'Add it under “warrants” with id, type, authority, date, reference and status.',
      fr: 'Ajoutez-le sous « warrants » avec id, type, authority, date, reference et status.',
      es: 'Añádala en «warrants» con id, type, authority, date, reference y status.',
      ar: 'أضفه ضمن «warrants» مع id وtype وauthority وdate وreference وstatus.',
    },
  },
  'warrant.notMentioned': {
    what: {
      en: 'Warrant {id} is declared but the “{name}” section does not mention it.',
      fr: 'Le mandat {id} est déclaré mais la section « {name} » ne le mentionne pas.',
      es: 'La orden {id} está declarada pero la sección «{name}» no la menciona.',
      ar: 'المذكرة {id} معلنة لكن القسم «{name}» لا يذكرها.',
    },
    how: {
      en: 'Refer to it there by “{id}” or by its reference.',
      fr: 'Mentionnez-le par « {id} » ou par sa référence.',
      es: 'Menciónela por «{id}» o por su referencia.',
      ar: 'اذكرها هناك بـ«{id}» أو بمرجعها.',
    },
  },
  'warrant.noId': {
    what: {
      en: 'A warrant under “warrants” has no “id”.',
      fr: 'Un mandat sous « warrants » n’a pas d’« id ».',
      es: 'Una orden en «warrants» no tiene «id».',
      ar: 'إحدى المذكرات ضمن «warrants» بلا «id».',
    },
    how: {
      en: 'Give it a short id such as W1.',
      fr: 'Donnez-lui un identifiant court, p. ex. W1.',
      es: 'Asígnele un identificador corto, p. ej. W1.',
      ar: 'أعطها معرّفًا قصيرًا مثل W1.',
    },
  },
  'exhibit.undeclared': {
    what: {
      en: 'Exhibit {id} is cited but not declared under “exhibits”.',
      fr: 'La pièce {id} est citée mais n’est pas déclarée sous « exhibits ».',
      es: 'El anexo {id} se cita pero no está declarado en «exhibits».',
      ar: 'المرفق {id} مُشار إليه لكنه غير معلن ضمن «exhibits».',
    },
    how: {
      en: 'Declare it (the quick fix adds it) or correct the id.',
      fr: 'Déclarez-la (le correctif rapide l’ajoute) ou corrigez l’identifiant.',
      es: 'Declárelo (la corrección rápida lo añade) o corrija el identificador.',
      ar: 'أعلنه (يضيفه الإصلاح السريع) أو صحّح المعرّف.',
    },
  },
  'exhibit.uncited': {
    what: {
      en: 'Exhibit {id} is declared but never cited in the text.',
      fr: 'La pièce {id} est déclarée mais jamais citée dans le texte.',
      es: 'El anexo {id} está declarado pero nunca se cita en el texto.',
      ar: 'المرفق {id} معلن لكنه غير مُشار إليه في النص.',
    },
    how: {
      en: 'Cite it where it supports a fact, or remove it.',
      fr: 'Citez-la là où elle prouve un fait, ou retirez-la.',
      es: 'Cítelo donde acredite un hecho, o elimínelo.',
      ar: 'أشر إليه حيث يدعم واقعة، أو احذفه.',
    },
  },
  'exhibit.noId': {
    what: {
      en: 'An exhibit under “exhibits” has no “id”.',
      fr: 'Une pièce sous « exhibits » n’a pas d’« id ».',
      es: 'Un anexo en «exhibits» no tiene «id».',
      ar: 'أحد المرفقات ضمن «exhibits» بلا «id».',
    },
    how: {
      en: 'Give it an id such as A1.',
      fr: 'Donnez-lui un identifiant, p. ex. A1.',
      es: 'Asígnele un identificador, p. ej. A1.',
      ar: 'أعطه معرّفًا مثل A1.',
    },
  },
  'exhibit.duplicate': {
    what: {
      en: 'Exhibit id {id} is declared more than once.',
      fr: 'L’identifiant de pièce {id} est déclaré plusieurs fois.',
      es: 'El identificador de anexo {id} está declarado más de una vez.',
      ar: 'معرّف المرفق {id} معلن أكثر من مرة.',
    },
  },
  'exhibit.file': {
    what: {
      en: 'The file “{file}” of exhibit {id} was not found.',
      fr: 'Le fichier « {file} » de la pièce {id} est introuvable.',
      es: 'No se encuentra el archivo «{file}» del anexo {id}.',
      ar: 'لم يُعثر على الملف «{file}» الخاص بالمرفق {id}.',
    },
    how: {
      en: 'Paths are relative to the submission’s folder.',
      fr: 'Les chemins sont relatifs au dossier de la requête.',
      es: 'Las rutas son relativas a la carpeta del escrito.',
      ar: 'المسارات نسبية إلى مجلد المذكرة.',
    },
  },
  'exhibit.fileElsewhere': {
    what: {
      en: 'The file “{file}” of exhibit {id} is not looked for: only files in the submission’s folder or workspace are.',
      fr: 'Le fichier « {file} » de la pièce {id} n’est pas recherché : seuls le sont les fichiers du dossier de la requête ou de l’espace de travail.',
      es: 'No se busca el archivo «{file}» del anexo {id}: solo se buscan los archivos de la carpeta del escrito o del espacio de trabajo.',
      ar: 'لا يُبحث عن الملف «{file}» الخاص بالمرفق {id}: إذ لا يُبحث إلا عن الملفات الموجودة في مجلد المذكرة أو مساحة العمل.',
    },
    how: {
      en: 'Write a path relative to the submission, such as “annexes/{id}.pdf”, and keep the file with it.',
      fr: 'Indiquez un chemin relatif à la requête, tel que « annexes/{id}.pdf », et gardez le fichier avec elle.',
      es: 'Indique una ruta relativa al escrito, como «anexos/{id}.pdf», y guarde el archivo junto a él.',
      ar: 'اكتب مسارًا نسبيًا إلى المذكرة مثل «annexes/{id}.pdf» واحفظ الملف معها.',
    },
  },
  'exhibit.none': {
    what: {
      en: 'No exhibit is declared.',
      fr: 'Aucune pièce n’est déclarée.',
      es: 'No se ha declarado ningún anexo.',
      ar: 'لم يُعلن أي مرفق.',
    },
    how: {
      en: 'Declare the decision appealed and the material relied on under “exhibits”.',
      fr: 'Déclarez sous « exhibits » la décision attaquée et les pièces invoquées.',
      es: 'Declare en «exhibits» la resolución recurrida y el material invocado.',
      ar: 'أعلن ضمن «exhibits» القرار المطعون فيه والمستندات المعتمدة.',
    },
  },
  'revision.late': {
    what: {
      en: 'The new fact was discovered on {discovered}, more than six months before {date}.',
      fr: 'Le fait nouveau a été découvert le {discovered}, plus de six mois avant le {date}.',
      es: 'El hecho nuevo se descubrió el {discovered}, más de seis meses antes del {date}.',
      ar: 'اكتُشفت الواقعة الجديدة في {discovered}، أي قبل أكثر من ستة أشهر من {date}.',
    },
  },
  'signed.stranger': {
    what: {
      en: '“signed › by” ({by}) is neither the applicant nor the representative ({names}).',
      fr: '« signed › by » ({by}) n’est ni le demandeur ni le représentant ({names}).',
      es: '«signed › by» ({by}) no es ni el solicitante ni el representante ({names}).',
      ar: '«signed › by» ({by}) ليس مقدّم الطلب ولا الممثل ({names}).',
    },
    how: {
      en: 'Have the request signed by the applicant or by the representative the power of attorney authorises, or correct the name.',
      fr: 'Faites signer la demande par le demandeur ou par le représentant que le pouvoir habilite, ou corrigez le nom.',
      es: 'Haga firmar la solicitud por el solicitante o por el representante que el poder autoriza, o corrija el nombre.',
      ar: 'اجعل الطلب موقّعًا من مقدّمه أو من الممثل الذي يفوّضه التوكيل، أو صحّح الاسم.',
    },
  },
  'revision.beforeDecision': {
    what: {
      en: 'The new fact was discovered on {discovered}, before the decision of {decision} whose revision is sought.',
      fr: 'Le fait nouveau a été découvert le {discovered}, avant la décision du {decision} dont la révision est demandée.',
      es: 'El hecho nuevo se descubrió el {discovered}, antes de la decisión del {decision} cuya revisión se solicita.',
      ar: 'اكتُشفت الواقعة الجديدة في {discovered}، أي قبل القرار الصادر في {decision} المطلوب إعادة النظر فيه.',
    },
    how: {
      en: 'A fact known before the decision was not unknown to it; check the dates, or say why the fact could not be put to the Commission before it decided.',
      fr: 'Un fait connu avant la décision ne lui était pas inconnu ; vérifiez les dates, ou expliquez pourquoi il n’a pas pu être soumis à la Commission avant qu’elle ne statue.',
      es: 'Un hecho conocido antes de la decisión no le era desconocido; compruebe las fechas, o explique por qué no pudo someterse a la Comisión antes de que resolviera.',
      ar: 'الواقعة المعروفة قبل القرار لم تكن مجهولة وقت صدوره؛ تحقق من التواريخ، أو بيّن لماذا تعذّر عرضها على اللجنة قبل أن تبتّ.',
    },
  },
  'appeal.late': {
    what: {
      en: 'The notice is dated {date}; the {days} starting with {start} ended on {deadline}.',
      fr: 'L’acte est daté du {date} ; le délai de {days} à compter du {start} expirait le {deadline}.',
      es: 'El escrito tiene fecha {date}; el plazo de {days} contados desde {start} venció el {deadline}.',
      ar: 'الإخطار مؤرخ في {date}؛ وقد انتهت مهلة {days} التي تبدأ من {start} في {deadline}.',
    },
  },
  'appeal.noInformed': {
    what: {
      en: 'This Part 2 notice does not say on which day the Secretary of State informed the person of the order, so whether it is in time cannot be checked.',
      fr: 'Cet acte (Partie 2) n’indique pas le jour où le ministre a informé la personne de l’ordonnance : on ne peut donc pas vérifier s’il est dans les délais.',
      es: 'Este escrito (Parte 2) no indica el día en que el ministro informó a la persona de la orden, por lo que no se puede comprobar si está en plazo.',
      ar: 'لا يذكر هذا الإخطار (الجزء الثاني) اليوم الذي أبلغ فيه الوزير الشخصَ بالأمر، فلا يمكن التحقق من تقديمه في المهلة.',
    },
    how: {
      en: 'Add “informed_of_order: YYYY-MM-DD”: the 14 days run from that day, not from the date of the decision appealed.',
      fr: 'Ajoutez « informed_of_order: AAAA-MM-JJ » : les 14 jours courent à compter de ce jour, et non de la date de la décision attaquée.',
      es: 'Añada «informed_of_order: AAAA-MM-DD»: los 14 días se cuentan desde ese día, no desde la fecha de la resolución recurrida.',
      ar: 'أضف «informed_of_order: YYYY-MM-DD»: تُحسب الأيام الأربعة عشر من ذلك اليوم لا من تاريخ القرار المطعون فيه.',
    },
  },
  'appeal.lateNoReasons': {
    what: {
      en: 'The notice is out of time (the limit ended on {deadline}) and has no “{name}” section.',
      fr: 'L’acte est tardif (le délai expirait le {deadline}) et ne comporte pas de section « {name} ».',
      es: 'El escrito es extemporáneo (el plazo venció el {deadline}) y no tiene sección «{name}».',
      ar: 'الإخطار متأخر (انتهت المهلة في {deadline}) ولا يتضمن قسم «{name}».',
    },
    how: {
      en: 'Add a “{name}” section: {prompt}.',
      fr: 'Ajoutez une section « {name} » : {prompt}.',
      es: 'Añada una sección «{name}»: {prompt}.',
      ar: 'أضف قسم «{name}»: {prompt}.',
    },
  },
  'appeal.noDate': {
    what: {
      en: 'The notice has no “date”, so the time limit cannot be checked.',
      fr: 'L’acte n’a pas de « date » : le délai ne peut pas être vérifié.',
      es: 'El escrito no tiene «date»: no se puede comprobar el plazo.',
      ar: 'لا يتضمن الإخطار «date»، فلا يمكن التحقق من المهلة.',
    },
  },
  'channel.portal': {
    what: {
      en: '“channel: {channel}” on a request dated {date}.',
      fr: '« channel: {channel} » pour une demande datée du {date}.',
      es: '«channel: {channel}» en una solicitud de fecha {date}.',
      ar: '«channel: {channel}» لطلب مؤرخ في {date}.',
    },
  },
  'paragraph.sequence': {
    what: {
      en: 'Paragraph {written} follows paragraph {previous}: the next number is {expected}.',
      fr: 'Le paragraphe {written} suit le paragraphe {previous} : le numéro suivant est {expected}.',
      es: 'El párrafo {written} sigue al párrafo {previous}: el número siguiente es {expected}.',
      ar: 'الفقرة {written} تلي الفقرة {previous}، والرقم التالي هو {expected}.',
    },
    how: {
      en: 'Correct the number, or renumber the paragraphs from here on (quick fix); then check the references to them.',
      fr: 'Corrigez le numéro, ou renumérotez les paragraphes à partir d’ici (correction rapide) ; vérifiez ensuite les renvois.',
      es: 'Corrija el número o renumere los párrafos desde aquí (corrección rápida); después revise las remisiones a ellos.',
      ar: 'صحّح الرقم أو أعد ترقيم الفقرات من هنا (إصلاح سريع)، ثم راجع الإحالات إليها.',
    },
  },
  'paragraph.sequenceCounted': {
    what: {
      en: 'Paragraph {written} follows paragraph {previous}, a paragraph without a written number that is counted as {previous}: the next number is {expected}.',
      fr: 'Le paragraphe {written} suit le paragraphe {previous}, un paragraphe sans numéro écrit qui est compté comme le {previous} : le numéro suivant est {expected}.',
      es: 'El párrafo {written} sigue al párrafo {previous}, un párrafo sin número escrito que se cuenta como el {previous}: el número siguiente es {expected}.',
      ar: 'الفقرة {written} تلي الفقرة {previous}، وهي فقرة بلا رقم مكتوب تُعدّ الفقرة {previous}، والرقم التالي هو {expected}.',
    },
    how: {
      en: 'Paragraphs you did not number are numbered in the same sequence as those you did, in the export too. Number every paragraph yourself, or renumber from here on (quick fix); then check the references to them.',
      fr: 'Les paragraphes que vous n’avez pas numérotés sont comptés dans la même suite que les autres, à l’export aussi. Numérotez vous-même chaque paragraphe, ou renumérotez à partir d’ici (correction rapide) ; vérifiez ensuite les renvois.',
      es: 'Los párrafos que no numeró se cuentan en la misma serie que los demás, también en la exportación. Numere usted cada párrafo, o renumere desde aquí (corrección rápida); después revise las remisiones a ellos.',
      ar: 'الفقرات التي لم ترقّمها تُعدّ في التسلسل نفسه مع غيرها، وكذلك عند التصدير. رقّم كل فقرة بنفسك أو أعد الترقيم من هنا (إصلاح سريع)، ثم راجع الإحالات إليها.',
    },
  },
  'paragraph.numberInside': {
    what: {
      en: 'This line starts with {written}, the next paragraph number, but it has no blank line before it: it is read, and exported, as part of paragraph {paragraph}.',
      fr: 'Cette ligne commence par {written}, le numéro du paragraphe suivant, mais aucune ligne vide ne la précède : elle est lue, et exportée, comme une partie du paragraphe {paragraph}.',
      es: 'Esta línea empieza por {written}, el número del párrafo siguiente, pero no la precede una línea en blanco: se lee, y se exporta, como parte del párrafo {paragraph}.',
      ar: 'يبدأ هذا السطر بالرقم {written}، وهو رقم الفقرة التالية، لكن لا يسبقه سطر فارغ، فيُقرأ ويُصدَّر جزءاً من الفقرة {paragraph}.',
    },
    how: {
      en: 'Leave a blank line before it to make it a paragraph of its own (quick fix).',
      fr: 'Laissez une ligne vide avant elle pour en faire un paragraphe distinct (correction rapide).',
      es: 'Deje una línea en blanco antes de ella para que sea un párrafo propio (corrección rápida).',
      ar: 'اترك سطراً فارغاً قبله ليصبح فقرة مستقلة (إصلاح سريع).',
    },
  },
  'paragraph.sequenceStart': {
    what: {
      en: 'The numbered paragraphs start at {written}, not at 1.',
      fr: 'Les paragraphes numérotés commencent à {written}, et non à 1.',
      es: 'Los párrafos numerados empiezan en {written}, no en 1.',
      ar: 'تبدأ الفقرات المرقّمة بالرقم {written} لا بالرقم 1.',
    },
    how: {
      en: 'Number the first paragraph 1, or renumber the paragraphs from here on (quick fix).',
      fr: 'Numérotez le premier paragraphe 1, ou renumérotez les paragraphes à partir d’ici (correction rapide).',
      es: 'Numere el primer párrafo con el 1, o renumere los párrafos desde aquí (corrección rápida).',
      ar: 'رقّم الفقرة الأولى بالرقم 1، أو أعد ترقيم الفقرات من هنا (إصلاح سريع).',
    },
  },
  'paragraph.referenceMissing': {
    what: {
      en: 'There is no paragraph {number}: the submission’s paragraphs are numbered {first} to {last}.',
      fr: 'Il n’y a pas de paragraphe {number} : les paragraphes de l’écrit sont numérotés de {first} à {last}.',
      es: 'No hay ningún párrafo {number}: los párrafos del escrito están numerados del {first} al {last}.',
      ar: 'لا توجد فقرة رقمها {number}، فالفقرات في المذكرة مرقّمة من {first} إلى {last}.',
    },
    how: {
      en: 'Correct the number of the paragraph meant, or remove the reference.',
      fr: 'Corrigez le numéro du paragraphe visé, ou supprimez le renvoi.',
      es: 'Corrija el número del párrafo al que se remite, o suprima la remisión.',
      ar: 'صحّح رقم الفقرة المقصودة أو احذف الإحالة.',
    },
  },
  'paragraph.referenceMissingOne': {
    what: {
      en: 'There is no paragraph {number}: the submission has a single numbered paragraph, {first}.',
      fr: 'Il n’y a pas de paragraphe {number} : l’écrit n’a qu’un paragraphe numéroté, le {first}.',
      es: 'No hay ningún párrafo {number}: el escrito tiene un solo párrafo numerado, el {first}.',
      ar: 'لا توجد فقرة رقمها {number}، ففي المذكرة فقرة مرقّمة واحدة هي {first}.',
    },
    how: {
      en: 'Correct the number of the paragraph meant, or remove the reference.',
      fr: 'Corrigez le numéro du paragraphe visé, ou supprimez le renvoi.',
      es: 'Corrija el número del párrafo al que se remite, o suprima la remisión.',
      ar: 'صحّح رقم الفقرة المقصودة أو احذف الإحالة.',
    },
  },
  'paragraph.referenceAbove': {
    what: {
      en: 'Paragraph {number} is referred to as above, but it does not come before paragraph {own}, where the reference is written.',
      fr: 'Le paragraphe {number} est cité comme figurant ci-dessus, mais il ne précède pas le paragraphe {own}, où figure le renvoi.',
      es: 'Se remite al párrafo {number} como anterior, pero no precede al párrafo {own}, donde figura la remisión.',
      ar: 'يُشار إلى الفقرة {number} بأنها أعلاه، لكنها لا تسبق الفقرة {own} التي وردت فيها الإحالة.',
    },
    how: {
      en: 'Correct the number, or write “below”.',
      fr: 'Corrigez le numéro, ou écrivez « ci-dessous ».',
      es: 'Corrija el número, o escriba «más abajo».',
      ar: 'صحّح الرقم أو اكتب «أدناه».',
    },
  },
  'paragraph.referenceBelow': {
    what: {
      en: 'Paragraph {number} is referred to as below, but it does not come after paragraph {own}, where the reference is written.',
      fr: 'Le paragraphe {number} est cité comme figurant ci-dessous, mais il ne suit pas le paragraphe {own}, où figure le renvoi.',
      es: 'Se remite al párrafo {number} como posterior, pero no sigue al párrafo {own}, donde figura la remisión.',
      ar: 'يُشار إلى الفقرة {number} بأنها أدناه، لكنها لا تلي الفقرة {own} التي وردت فيها الإحالة.',
    },
    how: {
      en: 'Correct the number, or write “above”.',
      fr: 'Corrigez le numéro, ou écrivez « ci-dessus ».',
      es: 'Corrija el número, o escriba «más arriba».',
      ar: 'صحّح الرقم أو اكتب «أعلاه».',
    },
  },
  'document.tooLarge': {
    what: {
      en: 'This document has {size} characters, more than the {limit} checked while typing.',
      fr: 'Ce document compte {size} caractères, plus que les {limit} vérifiés en direct.',
      es: 'Este documento tiene {size} caracteres, más de los {limit} que se comprueban en directo.',
      ar: 'يحتوي هذا المستند على {size} حرف، وهو أكثر من {limit} حرف تُفحص أثناء الكتابة.',
    },
  },
  'limit.nesting': {
    what: {
      en: 'Lists or quotations are nested too deeply here: from column {column} on, {count} markers (“>”, “-”, “1.”) are read as ordinary text.',
      fr: 'Les listes ou citations sont imbriquées trop profondément ici : à partir de la colonne {column}, {count} marqueurs (« > », « - », « 1. ») sont lus comme du texte ordinaire.',
      es: 'Las listas o citas están anidadas con demasiada profundidad aquí: a partir de la columna {column}, {count} marcadores («>», «-», «1.») se leen como texto corriente.',
      ar: 'القوائم أو الاقتباسات متداخلة هنا بعمق مفرط: ابتداءً من العمود {column} تُقرأ {count} من العلامات («>»، «-»، «1.») نصًا عاديًا.',
    },
    how: {
      en: 'Nest the list or quotation less deeply.',
      fr: 'Réduisez l’imbrication de la liste ou de la citation.',
      es: 'Reduzca el anidamiento de la lista o de la cita.',
      ar: 'قلّل تداخل القائمة أو الاقتباس.',
    },
  },
  'limit.marks': {
    what: {
      en: 'This paragraph has {count} emphasis or bracket marks (“*”, “_”, “~”, “[”, “]”), more than the {limit} the checker reads: it is read as plain text, without emphasis, links or footnotes.',
      fr: 'Ce paragraphe compte {count} marques d’emphase ou crochets (« * », « _ », « ~ », « [ », « ] »), plus que les {limit} que lit le vérificateur : il est lu comme du texte brut, sans emphase, liens ni notes.',
      es: 'Este párrafo tiene {count} marcas de énfasis o corchetes («*», «_», «~», «[», «]»), más de las {limit} que lee el verificador: se lee como texto plano, sin énfasis, enlaces ni notas.',
      ar: 'تحتوي هذه الفقرة على {count} من علامات التوكيد أو الأقواس المعقوفة («*»، «_»، «~»، «[»، «]»)، وهو أكثر من {limit} علامة يقرؤها المدقق: فتُقرأ نصًا مجردًا دون توكيد أو روابط أو حواشٍ.',
    },
    how: {
      en: 'Check that the text was pasted as intended; split the paragraph or remove stray marks.',
      fr: 'Vérifiez que le texte a été collé comme prévu ; scindez le paragraphe ou retirez les marques parasites.',
      es: 'Compruebe que el texto se pegó como se pretendía; divida el párrafo o elimine las marcas sobrantes.',
      ar: 'تحقق من أن النص لُصق على النحو المقصود؛ قسّم الفقرة أو احذف العلامات الزائدة.',
    },
  },
  'glyph.missing': {
    what: {
      en: 'The PDF export cannot print “{char}” ({code}): it shows as an empty box.',
      fr: 'L’export PDF ne peut pas imprimer « {char} » ({code}) : il apparaît comme une case vide.',
      es: 'La exportación a PDF no puede imprimir «{char}» ({code}): aparece como una casilla vacía.',
      ar: 'لا يستطيع التصدير إلى PDF طباعة «{char}» ({code})، فيظهر مربعاً فارغاً.',
    },
    how: {
      en: 'Write it out in words or use another character; the DOCX export shows it with the reader’s fonts.',
      fr: 'Écrivez-le en toutes lettres ou utilisez un autre caractère ; l’export DOCX l’affiche avec les polices du lecteur.',
      es: 'Escríbalo con palabras o use otro carácter; la exportación a DOCX lo muestra con las fuentes del lector.',
      ar: 'اكتبه بالكلمات أو استعمل حرفاً آخر؛ أما التصدير إلى DOCX فيعرضه بخطوط جهاز القارئ.',
    },
  },
  'glyph.missingLetter': {
    what: {
      en: 'The PDF export cannot print the letter “{char}” ({code}), used {count} time(s) from here on: it shows as an empty box.',
      fr: 'L’export PDF ne peut pas imprimer la lettre « {char} » ({code}), employée {count} fois à partir d’ici : elle apparaît comme une case vide.',
      es: 'La exportación a PDF no puede imprimir la letra «{char}» ({code}), usada {count} vez/veces a partir de aquí: aparece como una casilla vacía.',
      ar: 'لا يستطيع التصدير إلى PDF طباعة الحرف «{char}» ({code})، المستعمل {count} مرة بدءاً من هنا، فيظهر مربعاً فارغاً.',
    },
    how: {
      en: 'A name must be spelt exactly: file the DOCX export, which shows it with the reader’s fonts, or check the PDF before filing it.',
      fr: 'Un nom doit être orthographié exactement : déposez l’export DOCX, qui l’affiche avec les polices du lecteur, ou vérifiez le PDF avant de le déposer.',
      es: 'Un nombre debe escribirse exactamente: presente la exportación a DOCX, que lo muestra con las fuentes del lector, o revise el PDF antes de presentarlo.',
      ar: 'يجب أن يُكتب الاسم كما هو تماماً: أودِع ملف DOCX المصدَّر الذي يعرضه بخطوط جهاز القارئ، أو راجع ملف PDF قبل إيداعه.',
    },
  },
  'glyph.missingMany': {
    what: {
      en: 'The PDF export cannot print “{char}” ({code}), used {count} times from here on: each shows as an empty box.',
      fr: 'L’export PDF ne peut pas imprimer « {char} » ({code}), employé {count} fois à partir d’ici : chacun apparaît comme une case vide.',
      es: 'La exportación a PDF no puede imprimir «{char}» ({code}), usado {count} veces a partir de aquí: cada uno aparece como una casilla vacía.',
      ar: 'لا يستطيع التصدير إلى PDF طباعة «{char}» ({code})، المستعمل {count} مرات بدءاً من هنا، فيظهر كل منها مربعاً فارغاً.',
    },
    how: {
      en: 'Write it out in words or use another character; the DOCX export shows it with the reader’s fonts.',
      fr: 'Écrivez-le en toutes lettres ou utilisez un autre caractère ; l’export DOCX l’affiche avec les polices du lecteur.',
      es: 'Escríbalo con palabras o use otro carácter; la exportación a DOCX lo muestra con las fuentes del lector.',
      ar: 'اكتبه بالكلمات أو استعمل حرفاً آخر؛ أما التصدير إلى DOCX فيعرضه بخطوط جهاز القارئ.',
    },
  },
  'limit.length': {
    what: {
      en: 'This paragraph is {count} characters long, more than the {limit} the checker reads as Markdown: it is read as plain text, without emphasis, links or footnotes.',
      fr: 'Ce paragraphe compte {count} caractères, plus que les {limit} que le vérificateur lit comme du Markdown : il est lu comme du texte brut, sans emphase, liens ni notes.',
      es: 'Este párrafo tiene {count} caracteres, más de los {limit} que el verificador lee como Markdown: se lee como texto plano, sin énfasis, enlaces ni notas.',
      ar: 'يبلغ طول هذه الفقرة {count} حرفًا، وهو أكثر من {limit} حرف يقرؤها المدقق بصيغة Markdown: فتُقرأ نصًا مجردًا دون توكيد أو روابط أو حواشٍ.',
    },
    how: {
      en: 'Break it into paragraphs with blank lines.',
      fr: 'Découpez-le en paragraphes séparés par des lignes vides.',
      es: 'Divídalo en párrafos separados por líneas en blanco.',
      ar: 'قسّمها إلى فقرات تفصل بينها أسطر فارغة.',
    },
  },
  'check.failed': {
    what: {
      en: 'The check “{check}” failed on this document and is switched off for it; the other checks ran.',
      fr: 'La vérification « {check} » a échoué sur ce document et y est désactivée ; les autres vérifications ont été faites.',
      es: 'La comprobación «{check}» ha fallado en este documento y queda desactivada para él; las demás comprobaciones se han realizado.',
      ar: 'تعذّر إجراء الفحص «{check}» على هذا المستند فأُوقف له؛ وأُجريت الفحوص الأخرى.',
    },
    how: {
      en: 'Please report it, with the details shown in the “Submission Checker” output.',
      fr: 'Merci de le signaler, avec les détails affichés dans la sortie « Submission Checker ».',
      es: 'Por favor, infórmelo con los detalles que muestra la salida «Submission Checker».',
      ar: 'يُرجى الإبلاغ عن ذلك مع التفاصيل الظاهرة في مخرجات «Submission Checker».',
    },
  },
  'check.overTime': {
    what: {
      en: 'Checking this document stopped: one step of its check took more than {seconds} s without a pause, so the checker was restarted without it and other documents are checked as usual. Any other diagnostics shown are from its last complete check.',
      fr: 'La vérification de ce document s’est arrêtée : une étape a duré plus de {seconds} s sans pause ; le vérificateur a été relancé sans lui et les autres documents sont vérifiés normalement. Les autres diagnostics éventuellement affichés sont ceux de sa dernière vérification complète.',
      es: 'La comprobación de este documento se ha detenido: un paso duró más de {seconds} s sin pausa, por lo que el verificador se reinició sin él y los demás documentos se comprueban con normalidad. Los demás diagnósticos que se muestren son los de su última comprobación completa.',
      ar: 'توقف فحص هذا المستند: استغرقت إحدى خطواته أكثر من {seconds} ثانية دون توقف، فأُعيد تشغيل المدقق من دونه وتُفحص المستندات الأخرى كالمعتاد. وأي تنبيهات أخرى ظاهرة هي نتائج آخر فحص كامل له.',
    },
    how: {
      en: 'It is checked again after your next change, in {cooldown} seconds at the earliest. If it stops again, look for a very long frontmatter or pasted text, or run “node dist/cli.js check” on the file.',
      fr: 'Il sera vérifié de nouveau après votre prochaine modification, au plus tôt dans {cooldown} secondes. S’il s’arrête encore, cherchez un en-tête très long ou un texte collé, ou lancez « node dist/cli.js check » sur le fichier.',
      es: 'Se comprobará de nuevo tras su próxima modificación, como pronto dentro de {cooldown} segundos. Si vuelve a detenerse, busque un encabezado muy largo o un texto pegado, o ejecute «node dist/cli.js check» sobre el archivo.',
      ar: 'سيُفحص مجددًا بعد تعديلك التالي، بعد {cooldown} ثانية على الأقل. وإن توقف مرة أخرى فابحث عن ترويسة طويلة جدًا أو نص ملصوق، أو شغّل «node dist/cli.js check» على الملف.',
    },
  },
  'check.overMemory': {
    what: {
      en: 'Checking this document stopped: it needed more than {mb} MB of memory, so the checker was restarted without it and other documents are checked as usual. Any other diagnostics shown are from its last complete check.',
      fr: 'La vérification de ce document s’est arrêtée : elle demandait plus de {mb} Mo de mémoire ; le vérificateur a été relancé sans lui et les autres documents sont vérifiés normalement. Les autres diagnostics éventuellement affichés sont ceux de sa dernière vérification complète.',
      es: 'La comprobación de este documento se ha detenido: necesitaba más de {mb} MB de memoria, por lo que el verificador se reinició sin él y los demás documentos se comprueban con normalidad. Los demás diagnósticos que se muestren son los de su última comprobación completa.',
      ar: 'توقف فحص هذا المستند: احتاج إلى أكثر من {mb} ميغابايت من الذاكرة، فأُعيد تشغيل المدقق من دونه وتُفحص المستندات الأخرى كالمعتاد. وأي تنبيهات أخرى ظاهرة هي نتائج آخر فحص كامل له.',
    },
    how: {
      en: 'It is checked again after your next change, in {cooldown} seconds at the earliest. If it stops again, put long annexes in files of their own, or run “node dist/cli.js check” on the file.',
      fr: 'Il sera vérifié de nouveau après votre prochaine modification, au plus tôt dans {cooldown} secondes. S’il s’arrête encore, placez les longues annexes dans des fichiers distincts, ou lancez « node dist/cli.js check » sur le fichier.',
      es: 'Se comprobará de nuevo tras su próxima modificación, como pronto dentro de {cooldown} segundos. Si vuelve a detenerse, ponga los anexos largos en archivos propios, o ejecute «node dist/cli.js check» sobre el archivo.',
      ar: 'سيُفحص مجددًا بعد تعديلك التالي، بعد {cooldown} ثانية على الأقل. وإن توقف مرة أخرى فضع المرفقات الطويلة في ملفات مستقلة، أو شغّل «node dist/cli.js check» على الملف.',
    },
  },
  placeholder: {
    what: {
      en: 'Template text left in the document: {text}.',
      fr: 'Texte du modèle resté dans le document : {text}.',
      es: 'Texto de la plantilla que sigue en el documento: {text}.',
      ar: 'نص من القالب لا يزال في المستند: {text}.',
    },
  },
} satisfies Record<string, MessageTemplate>;

export type MessageKey = keyof typeof MESSAGES;

/** The YAML mistakes, said plainly (core/frontmatter.ts classifies the parser's errors). */
export const YAML_ERRORS: Record<Exclude<YamlErrorKind, 'unclosed-frontmatter'>, Localized> = {
  'unclosed-quote': { en: 'a quotation mark opened here is never closed', fr: 'un guillemet ouvert ici n’est jamais fermé', es: 'unas comillas abiertas aquí no se cierran', ar: 'علامة اقتباس فُتحت هنا ولم تُغلق' },
  'unclosed-bracket': { en: 'a bracket opened here is never closed', fr: 'un crochet ou une accolade ouvert ici n’est jamais fermé', es: 'un corchete o una llave abiertos aquí no se cierran', ar: 'قوس فُتح هنا ولم يُغلق' },
  indentation: { en: 'the indentation of this line does not match the lines around it', fr: 'le retrait de cette ligne ne correspond pas aux lignes voisines', es: 'la sangría de esta línea no coincide con la de las líneas vecinas', ar: 'إزاحة هذا السطر لا تطابق الأسطر المجاورة' },
  tab: { en: 'a tab is used for indentation; use spaces', fr: 'une tabulation sert de retrait ; utilisez des espaces', es: 'se usa un tabulador como sangría; use espacios', ar: 'استُخدم مفتاح الجدولة للإزاحة؛ استخدم المسافات' },
  'duplicate-key': { en: 'this key is written twice', fr: 'cette clé est écrite deux fois', es: 'esta clave está escrita dos veces', ar: 'هذا المفتاح مكتوب مرتين' },
  'not-key-value': { en: 'this line is not of the form “key: value”', fr: 'cette ligne n’a pas la forme « clé: valeur »', es: 'esta línea no tiene la forma «clave: valor»', ar: 'هذا السطر ليس على صورة «مفتاح: قيمة»' },
  unexpected: { en: 'an unexpected character', fr: 'un caractère inattendu', es: 'un carácter inesperado', ar: 'حرف غير متوقع' },
  other: { en: 'a syntax error', fr: 'une erreur de syntaxe', es: 'un error de sintaxis', ar: 'خطأ في البناء' },
};

/** Appended to every message of a rule whose source is unconfirmed (catalogue status U). */
export const RULE_UNCONFIRMED: Localized = {
  en: 'This requirement could not be confirmed from the text of the instrument: treat it as advice.',
  fr: 'Cette exigence n’a pas pu être confirmée par le texte de l’instrument : tenez-la pour un conseil.',
  es: 'Este requisito no se ha podido confirmar en el texto del instrumento: considérelo una recomendación.',
  ar: 'تعذّر التحقق من هذا الشرط في نص الصك: اعتبره توصية.',
};

/** Said of a fact known only from a secondary source, or not confirmed (catalogue status S, U). */
export const STATUS_CAVEAT: Record<'S' | 'U', Localized> = {
  S: {
    en: ' (as reported by a secondary source; the text itself was not seen)',
    fr: ' (selon une source secondaire ; le texte lui-même n’a pas été consulté)',
    es: ' (según una fuente secundaria; no se ha consultado el texto mismo)',
    ar: ' (وفقًا لمصدر ثانوي؛ لم يُطَّلع على النص نفسه)',
  },
  U: {
    en: ' (unconfirmed: verify it before relying on this)',
    fr: ' (non confirmé : vérifiez avant de vous y fier)',
    es: ' (no confirmado: verifíquelo antes de basarse en ello)',
    ar: ' (غير مؤكَّد: تحقّق منه قبل الاعتماد عليه)',
  },
};

/** What starts an appeal notice's period, as the late-notice message names it; {date} is the day. */
export const PERIOD_STARTS: Record<string, Localized> = {
  'decision.date': {
    en: 'the day of the order ({date})',
    fr: 'jour de l’ordonnance ({date})',
    es: 'el día de la orden ({date})',
    ar: 'يوم صدور الأمر ({date})',
  },
  informed_of_order: {
    en: 'the day the Secretary of State informed the person of the order ({date})',
    fr: 'jour où le ministre a informé la personne de l’ordonnance ({date})',
    es: 'el día en que el ministro informó a la persona de la orden ({date})',
    ar: 'يوم إبلاغ الوزير الشخصَ بالأمر ({date})',
  },
};

/** Said when a period's last day fell on a day the court office was closed; {nominal} is that day. */
export const CLOSED_DAY_MOVE: Localized = {
  en: ' ({nominal}, the last day of the period, the court office was closed: time ran to the next day it was open, Mucelli v Albania [2009] UKHL 2)',
  fr: ' (le {nominal}, dernier jour du délai, le greffe était fermé : le délai courait jusqu’au jour d’ouverture suivant, Mucelli v Albania [2009] UKHL 2)',
  es: ' (el {nominal}, último día del plazo, la oficina del tribunal estaba cerrada: el plazo corría hasta el siguiente día hábil, Mucelli v Albania [2009] UKHL 2)',
  ar: ' (كان قلم المحكمة مغلقًا في {nominal}، آخر أيام المهلة، فامتدت المهلة إلى أول يوم يُفتح فيه، قضية Mucelli v Albania [2009] UKHL 2)',
};

/** "A, B and C" in the language's own way. */
export function listPhrase(items: readonly string[], language: Language): string {
  return new Intl.ListFormat(LANGUAGE_INFO[language].dateLocale, { style: 'long', type: 'conjunction' }).format(items);
}

/** "7 days" with the right noun form; Arabic counts 3–10 with أيام and 11 and more with يومًا. */
export function daysPhrase(n: number, language: Language): string {
  switch (language) {
    case 'en':
      return `${n} day${n === 1 ? '' : 's'}`;
    case 'fr':
      return `${n} jour${n === 1 ? '' : 's'}`;
    case 'es':
      return `${n} día${n === 1 ? '' : 's'}`;
    case 'ar':
      return n >= 3 && n <= 10 ? `${n} أيام` : `${n} يومًا`;
  }
}

export const VALUE_TYPES: Record<string, Localized> = {
  string: { en: 'text', fr: 'du texte', es: 'texto', ar: 'نصًا' },
  number: { en: 'a number', fr: 'un nombre', es: 'un número', ar: 'رقمًا' },
  boolean: { en: 'true or false', fr: 'true ou false', es: 'true o false', ar: 'true أو false' },
  array: { en: 'a list', fr: 'une liste', es: 'una lista', ar: 'قائمة' },
  object: { en: 'a group of keys', fr: 'un groupe de clés', es: 'un grupo de claves', ar: 'مجموعة مفاتيح' },
};

/** Example citations shown when a section cites nothing recognised. */
export const CITATION_EXAMPLES: Record<'ccf' | 'extradition', Localized> = {
  ccf: {
    en: "Article 3 of INTERPOL's Constitution; Art. 83(2)(b)(i) RPD",
    fr: "article 3 du Statut d'INTERPOL ; article 83 du RTD",
    es: 'artículo 3 del Estatuto de INTERPOL; artículo 83 del RTD',
    ar: 'المادة 3 من القانون الأساسي؛ المادة 83 من قواعد معالجة البيانات',
  },
  extradition: {
    en: 'section 14 of the Extradition Act 2003; Article 3 ECHR',
    fr: "article 3 de la CEDH ; article 9 de la Convention européenne d'extradition",
    es: 'artículo 3 del CEDH; artículo 9 del Convenio Europeo de Extradición',
    ar: 'المادة 3 من الاتفاقية الأوروبية لحقوق الإنسان',
  },
};

export function monthsPhrase(n: number, language: Language): string {
  switch (language) {
    case 'en':
      return `${n} month${n === 1 ? '' : 's'}`;
    case 'fr':
      return `${n} mois`;
    case 'es':
      return `${n} mes${n === 1 ? '' : 'es'}`;
    case 'ar':
      return n === 1 ? 'شهر واحد' : n === 2 ? 'شهران' : n >= 3 && n <= 10 ? `${n} أشهر` : `${n} شهرًا`;
  }
}
