// The catalogue's short titles and paraphrases of provisions (data/provisions.ts, in English) in
// French, Spanish and Arabic, for hovers and completion in the document's language.
//
// EVERY text here is the product's own translation of its English paraphrase, not the official
// wording of the instrument in that language (INTERPOL publishes its texts in all four languages;
// the ECHR and the European Convention on Extradition are authentic in English and French only;
// the Extradition Act 2003 and the Criminal Procedure Rules exist in English only). The hover says
// so wherever one of these texts is shown. Statuses (P/S/U) and sources are the English row's.
import type { Language } from '../vocabulary';

/** [short title, paraphrase] in one language. */
type Text = readonly [title: string, paraphrase: string];

export type TranslatedLanguage = Exclude<Language, 'en'>;

export const PROVISION_TRANSLATIONS: Readonly<Record<string, Record<TranslatedLanguage, Text>>> = {
  'R-CONST-2': {
    fr: ['Buts — droits de l’homme ; crimes de droit commun', 'INTERPOL doit assurer et développer l’assistance réciproque la plus large entre autorités de police, dans le cadre des lois nationales et dans l’esprit de la Déclaration universelle des droits de l’homme (2(1)) ; elle développe les institutions propres à prévenir et réprimer les infractions de droit commun (2(2)).'],
    es: ['Fines — derechos humanos; delitos de derecho común', 'INTERPOL debe promover la más amplia asistencia recíproca entre autoridades de policía, dentro de las leyes nacionales y en el espíritu de la Declaración Universal de Derechos Humanos (2(1)); desarrolla las instituciones que permitan prevenir y reprimir los delitos de derecho común (2(2)).'],
    ar: ['الأهداف — حقوق الإنسان؛ جرائم القانون العام', 'تعمل الإنتربول على تأمين وتنمية أوسع تعاون متبادل ممكن بين أجهزة الشرطة في حدود القوانين الوطنية وبروح الإعلان العالمي لحقوق الإنسان (2(1))، وتنشئ المؤسسات الكفيلة بمنع جرائم القانون العام ومكافحتها (2(2)).'],
  },
  'R-CONST-3': {
    fr: ['Neutralité', 'Toute activité ou intervention dans des questions ou affaires présentant un caractère politique, militaire, religieux ou racial est rigoureusement interdite à INTERPOL.'],
    es: ['Neutralidad', 'Está rigurosamente prohibida a INTERPOL toda actividad o intervención en cuestiones o asuntos de carácter político, militar, religioso o racial.'],
    ar: ['الحياد', 'يُحظر على الإنتربول حظرًا باتًا أي تدخل أو نشاط ذي طابع سياسي أو عسكري أو ديني أو عنصري.'],
  },
  'R-CONST-5-36': {
    fr: ['La CCF, organe d’INTERPOL / fonctions', 'La CCF est un organe d’INTERPOL ; l’article 36 lui confie des fonctions de contrôle, de conseil et de traitement des requêtes.'],
    es: ['La CCF como órgano / funciones', 'La CCF es un órgano de INTERPOL; el artículo 36 le atribuye funciones de control, de asesoramiento y de tramitación de solicitudes.'],
    ar: ['اللجنة بوصفها جهازًا / وظائفها', 'لجنة الرقابة على المحفوظات جهاز من أجهزة الإنتربول؛ وتُسند إليها المادة 36 وظائف رقابية واستشارية ووظيفة معالجة الطلبات.'],
  },
  'R-CCF-3': {
    fr: ['Compétence et pouvoirs', 'La CCF veille à ce que le traitement soit conforme aux règles d’INTERPOL, conseille l’Organisation, et examine les requêtes d’accès, de rectification ou d’effacement et statue sur celles-ci ; ses décisions lient l’Organisation.'],
    es: ['Competencia y facultades', 'La CCF vela por que el tratamiento se ajuste a las normas de INTERPOL, asesora a la Organización, y examina las solicitudes de acceso, rectificación o supresión y resuelve sobre ellas; sus decisiones vinculan a la Organización.'],
    ar: ['الاختصاص والصلاحيات', 'تتحقق اللجنة من مطابقة معالجة البيانات لقواعد الإنتربول، وتقدم المشورة، وتنظر في طلبات الاطلاع أو التصحيح أو الحذف وتبت فيها؛ وقراراتها ملزمة للمنظمة.'],
  },
  'R-CCF-8': {
    fr: ['Chambre des requêtes', 'Composition de la Chambre des requêtes.'],
    es: ['Sala de Solicitudes', 'Composición de la Sala de Solicitudes.'],
    ar: ['غرفة الطلبات', 'تشكيل غرفة الطلبات.'],
  },
  'R-CCF-29': {
    fr: ['Dépôt des requêtes', 'Fondement sur lequel une personne ou une entité (ou son représentant) dépose une requête.'],
    es: ['Presentación de solicitudes', 'Fundamento sobre el que una persona o entidad (o su representante) presenta una solicitud.'],
    ar: ['تقديم الطلبات', 'الأساس الذي يقدّم بموجبه الشخص أو الكيان (أو ممثله) طلبًا.'],
  },
  'R-CCF-30': {
    fr: ['Recevabilité', 'Conditions de recevabilité des requêtes ; le document de la CCF sur la recevabilité énumère : requérant habilité, pièce d’identité, procuration, signature, langue de travail, objet indiqué. La liste exacte que donne l’article est NON CONFIRMÉE.'],
    es: ['Admisibilidad', 'Condiciones de admisibilidad de las solicitudes; el documento de la CCF sobre la admisibilidad enumera: solicitante legitimado, documento de identidad, poder, firma, idioma de trabajo, objeto indicado. La lista exacta que da el artículo NO ESTÁ CONFIRMADA.'],
    ar: ['المقبولية', 'شروط قبول الطلبات؛ وتعدّد وثيقة اللجنة بشأن المقبولية: صفة مقدّم الطلب، ووثيقة الهوية، والتوكيل، والتوقيع، ولغة العمل، وبيان الغرض. أما القائمة الدقيقة الواردة في المادة فهي غير مؤكَّدة.'],
  },
  'R-CCF-31': {
    fr: ['Interlocuteur', 'La CCF est l’unique interlocuteur du requérant pendant l’examen de la requête.'],
    es: ['Punto de contacto', 'La CCF es el único punto de contacto del solicitante mientras se examina la solicitud.'],
    ar: ['جهة الاتصال', 'اللجنة هي جهة الاتصال الوحيدة لمقدّم الطلب طوال فحص الطلب.'],
  },
  'R-CCF-32': {
    fr: ['Décision sur la recevabilité', 'La CCF vérifie la recevabilité et en informe le requérant dès que possible et au plus tard un mois après réception.'],
    es: ['Decisión sobre la admisibilidad', 'La CCF comprueba la admisibilidad e informa al solicitante lo antes posible y a más tardar un mes después de la recepción.'],
    ar: ['قرار المقبولية', 'تتحقق اللجنة من مقبولية الطلب وتُبلغ مقدّمه في أقرب وقت ممكن، وفي موعد أقصاه شهر واحد من تاريخ استلامه.'],
  },
  'R-CCF-33': {
    fr: ['Identification des données', 'Pour une requête recevable, la CCF vérifie d’abord si des données concernant le requérant sont traitées dans le Système d’information d’INTERPOL.'],
    es: ['Identificación de los datos', 'Ante una solicitud admisible, la CCF comprueba en primer lugar si se tratan datos sobre el solicitante en el Sistema de Información de INTERPOL.'],
    ar: ['تحديد البيانات', 'إذا كان الطلب مقبولًا، تتحقق اللجنة أولًا مما إذا كانت بيانات تخص مقدّم الطلب تُعالَج في منظومة معلومات الإنتربول.'],
  },
  'R-CCF-34': {
    fr: ['Informations complémentaires', 'La CCF peut demander des informations complémentaires au requérant, à la source des données, au Secrétariat général ou à d’autres.'],
    es: ['Información adicional', 'La CCF puede pedir más información al solicitante, a la fuente de los datos, a la Secretaría General o a otros.'],
    ar: ['معلومات إضافية', 'يجوز للجنة أن تطلب مزيدًا من المعلومات من مقدّم الطلب أو مصدر البيانات أو الأمانة العامة أو غيرهم.'],
  },
  'R-CCF-35': {
    fr: ['Communication des informations / restrictions', 'Les informations liées à une requête sont accessibles au requérant et à la source, sous réserve de restrictions motivées par des motifs énumérés (sécurité, prévention de la criminalité, confidentialité d’une enquête…).'],
    es: ['Comunicación de la información / restricciones', 'La información vinculada a una solicitud es accesible al solicitante y a la fuente, con las restricciones motivadas por causas enumeradas (seguridad, prevención de la delincuencia, confidencialidad de una investigación…).'],
    ar: ['الإطلاع على المعلومات / القيود', 'يحق لمقدّم الطلب ولمصدر البيانات الاطلاع على المعلومات المتصلة بالطلب، مع مراعاة قيود مسبَّبة لأسباب محددة (الأمن، ومنع الجريمة، وسرية التحقيق…).'],
  },
  'R-CCF-37': {
    fr: ['Mesures provisoires', 'En cas d’urgence, la CCF peut ordonner des mesures provisoires (par exemple le blocage des données) pendant l’examen de la requête.'],
    es: ['Medidas provisionales', 'En casos urgentes, la CCF puede ordenar medidas provisionales (por ejemplo, el bloqueo de los datos) mientras se examina la solicitud.'],
    ar: ['التدابير المؤقتة', 'في الحالات العاجلة يجوز للجنة أن تأمر بتدابير مؤقتة (كحجب البيانات مثلًا) ريثما يُفحص الطلب.'],
  },
  'R-CCF-40': {
    fr: ['Délais', 'La CCF statue en règle générale dans les 4 mois sur les requêtes d’accès et dans les 9 mois sur les requêtes de rectification ou d’effacement, à compter de la date de recevabilité.'],
    es: ['Plazos', 'La CCF resuelve por regla general las solicitudes de acceso en 4 meses y las de rectificación o supresión en 9 meses, a partir de la fecha de admisibilidad.'],
    ar: ['المهل', 'تبت اللجنة عادةً في طلبات الاطلاع خلال 4 أشهر، وفي طلبات التصحيح أو الحذف خلال 9 أشهر، من تاريخ قبول الطلب.'],
  },
  'R-CCF-42': {
    fr: ['Révision', 'Révision uniquement en cas de découverte de faits nouveaux décisifs ; la demande doit être présentée dans les 6 mois de la découverte.'],
    es: ['Revisión', 'Revisión solo por el descubrimiento de hechos nuevos decisivos; debe solicitarse en los 6 meses siguientes al descubrimiento.'],
    ar: ['إعادة النظر', 'لا تجوز إعادة النظر إلا لاكتشاف وقائع جديدة حاسمة؛ ويُقدَّم الطلب خلال 6 أشهر من اكتشافها.'],
  },
  'R-RPD-10': {
    fr: ['Finalités du traitement', 'Énumère les finalités autorisées (localisation de personnes recherchées, identification, enquêtes, alertes, contrôles de sécurité… ; gestion des frontières ajoutée en 2023).'],
    es: ['Finalidades del tratamiento', 'Enumera las finalidades permitidas (localización de personas buscadas, identificación, investigaciones, alertas, controles de seguridad…; gestión de fronteras añadida en 2023).'],
    ar: ['أغراض المعالجة', 'تعدّد الأغراض المسموح بها (تحديد أماكن المطلوبين، وتحديد الهوية، والتحقيقات، والتنبيهات، والفحوص الأمنية…؛ وأُضيفت إدارة الحدود في 2023).'],
  },
  'R-RPD-10-18': {
    fr: ['Principes du traitement des informations', 'Chapitre des principes généraux du traitement des données (licéité, qualité, etc.).'],
    es: ['Principios del tratamiento de la información', 'Capítulo de principios generales del tratamiento de datos (licitud, calidad, etc.).'],
    ar: ['مبادئ معالجة المعلومات', 'فصل المبادئ العامة لمعالجة البيانات (المشروعية، والجودة، وغيرها).'],
  },
  'R-RPD-11': {
    fr: ['Licéité (selon l’usage courant)', 'Titre et contenu NON CONFIRMÉS.'],
    es: ['Licitud (según el uso corriente)', 'Título y contenido NO CONFIRMADOS.'],
    ar: ['المشروعية (وفق الاستشهاد الشائع)', 'العنوان والمضمون غير مؤكَّدين.'],
  },
  'R-RPD-12': {
    fr: ['Qualité des données (selon l’usage courant)', 'Titre et contenu NON CONFIRMÉS.'],
    es: ['Calidad de los datos (según el uso corriente)', 'Título y contenido NO CONFIRMADOS.'],
    ar: ['جودة البيانات (وفق الاستشهاد الشائع)', 'العنوان والمضمون غير مؤكَّدين.'],
  },
  'R-RPD-34': {
    fr: ['Conformité au Statut', 'Vérification de la conformité au Statut ; le Répertoire de pratique sur les articles 2 et 3 est établi en vertu de l’article 34(4).'],
    es: ['Conformidad con el Estatuto', 'Comprobación de la conformidad con el Estatuto; el Repertorio de práctica sobre los artículos 2 y 3 se adopta en virtud del artículo 34(4).'],
    ar: ['المطابقة للقانون الأساسي', 'التحقق من المطابقة للقانون الأساسي؛ ويصدر مرجع الممارسة بشأن المادتين 2 و3 بموجب المادة 34(4).'],
  },
  'R-RPD-35': {
    fr: ['Intérêt des données pour la coopération policière internationale (selon l’usage)', 'Contenu NON CONFIRMÉ.'],
    es: ['Interés de los datos para la cooperación policial internacional (según el uso)', 'Contenido NO CONFIRMADO.'],
    ar: ['فائدة البيانات للتعاون الشرطي الدولي (وفق الاستشهاد الشائع)', 'المضمون غير مؤكَّد.'],
  },
  'R-RPD-44': {
    fr: ['Statut de la personne', 'L’entité qui enregistre doit préciser le statut de la personne (condamnée, suspecte, témoin, disparue…).'],
    es: ['Condición de la persona', 'La entidad que registra debe precisar la condición de la persona (condenada, sospechosa, testigo, desaparecida…).'],
    ar: ['صفة الشخص', 'على الجهة المسجِّلة أن تحدد صفة الشخص (محكوم عليه، مشتبه فيه، شاهد، مفقود…).'],
  },
  'R-RPD-73-81': {
    fr: ['Notices et diffusions — dispositions générales', 'Règles générales du système des notices à code couleur.'],
    es: ['Notificaciones y difusiones — disposiciones generales', 'Normas generales del sistema de notificaciones con código de colores.'],
    ar: ['النشرات والتعاميم — أحكام عامة', 'القواعد العامة لنظام النشرات المرمّزة بالألوان.'],
  },
  'R-RPD-82': {
    fr: ['Objet des notices rouges', 'Les notices rouges visent à localiser une personne recherchée et à obtenir son arrestation, sa détention ou la restriction de ses déplacements en vue de son extradition, de sa remise ou d’une autre mesure légale similaire.'],
    es: ['Finalidad de las notificaciones rojas', 'Las notificaciones rojas buscan localizar a una persona buscada y obtener su detención, privación de libertad o restricción de movimientos con miras a su extradición, entrega u otra actuación legal similar.'],
    ar: ['الغرض من النشرات الحمراء', 'تهدف النشرات الحمراء إلى تحديد مكان شخص مطلوب وتوقيفه أو احتجازه أو تقييد تنقله تمهيدًا لتسليمه أو تقديمه أو اتخاذ إجراء قانوني مماثل.'],
  },
  'R-RPD-83': {
    fr: ['Conditions des notices rouges', 'Notices rouges uniquement pour des crimes graves de droit commun au-delà d’un seuil de peine (2 ans / 6 mois), non pour des infractions touchant à des normes de comportement ou culturelles, des affaires familiales ou privées ou des manquements administratifs (83(1)) ; contenu minimal : éléments d’identification et données judiciaires, dont un exposé des faits (83(2)(b)(i)), les chefs d’accusation, la loi, la peine et un mandat d’arrêt ou une décision judiciaire valide (83(2)). Les lettres des sous-paragraphes au-delà de (2)(b)(i) sont NON CONFIRMÉES.'],
    es: ['Condiciones de las notificaciones rojas', 'Notificaciones rojas solo para delitos graves de derecho común por encima de un umbral de pena (2 años / 6 meses), no para infracciones relativas a normas de conducta o culturales, asuntos familiares o privados o infracciones administrativas (83(1)); contenido mínimo: datos de identificación y datos judiciales, incluido un resumen de los hechos (83(2)(b)(i)), los cargos, la ley, la pena y una orden de detención o resolución judicial válida (83(2)). Las letras de los subapartados posteriores a (2)(b)(i) NO ESTÁN CONFIRMADAS.'],
    ar: ['شروط النشرات الحمراء', 'لا تُصدر النشرات الحمراء إلا لجرائم القانون العام الخطيرة التي تتجاوز حدًّا أدنى للعقوبة (سنتان / 6 أشهر)، لا للجرائم المتصلة بمعايير سلوكية أو ثقافية أو المسائل الأسرية أو الخاصة أو المخالفات الإدارية (83(1))؛ وحدها الأدنى من المضمون: بيانات الهوية والبيانات القضائية، ومنها ملخص للوقائع (83(2)(b)(i))، والتهم، والقانون، والعقوبة، ومذكرة توقيف أو قرار قضائي ساري المفعول (83(2)). أما أحرف الفقرات الفرعية بعد (2)(b)(i) فغير مؤكَّدة.'],
  },
  'R-RPD-84-87': {
    fr: ['Autres dispositions relatives aux notices rouges', 'Garanties de la source requérante, examen juridique, mesures en cas de localisation… Contenu NON CONFIRMÉ.'],
    es: ['Otras disposiciones sobre notificaciones rojas', 'Garantías de la fuente solicitante, examen jurídico, actuación en caso de localización… Contenido NO CONFIRMADO.'],
    ar: ['أحكام أخرى بشأن النشرات الحمراء', 'ضمانات المصدر الطالب، والمراجعة القانونية، والإجراءات عند تحديد المكان… المضمون غير مؤكَّد.'],
  },
  'R-RPD-97-101': {
    fr: ['Diffusions', 'Les diffusions sont envoyées directement par un BCN par les canaux d’INTERPOL, enregistrées dans le SII et non approuvées au préalable par le Secrétariat général. L’article qui en fixe les conditions (souvent dit l’article 99) est NON CONFIRMÉ.'],
    es: ['Difusiones', 'Las difusiones las envía directamente una OCN por los canales de INTERPOL, se registran en el SII y no las aprueba previamente la Secretaría General. El artículo que fija sus condiciones (a menudo se dice que el 99) NO ESTÁ CONFIRMADO.'],
    ar: ['التعاميم', 'يرسل المكتب المركزي الوطني التعاميم مباشرة عبر قنوات الإنتربول، وتُسجَّل في منظومة المعلومات دون موافقة مسبقة من الأمانة العامة. أما المادة التي تحدد شروطها (يُقال غالبًا إنها المادة 99) فغير مؤكَّدة.'],
  },
  'X-ECE-1': {
    fr: ['Obligation d’extrader', 'Les Parties se livrent les personnes poursuivies ou recherchées aux fins d’exécution d’une peine ou d’une mesure de sûreté.'],
    es: ['Obligación de extraditar', 'Las Partes se entregan a las personas perseguidas o buscadas para el cumplimiento de una pena o medida de seguridad.'],
    ar: ['الالتزام بالتسليم', 'تسلّم الأطراف الأشخاصَ الملاحَقين أو المطلوبين لتنفيذ عقوبة أو تدبير احتجازي.'],
  },
  'X-ECE-2': {
    fr: ['Faits donnant lieu à extradition / double incrimination', 'Infraction punie dans les deux États d’un maximum d’au moins 1 an ; en cas de condamnation, une peine prononcée d’au moins 4 mois.'],
    es: ['Hechos que dan lugar a la extradición / doble incriminación', 'Delito castigado en ambos Estados con un máximo de al menos 1 año; si ya hubo condena, una pena impuesta de al menos 4 meses.'],
    ar: ['الجرائم الموجبة للتسليم / ازدواج التجريم', 'جريمة يعاقب عليها في الدولتين بحد أقصى لا يقل عن سنة؛ وإن صدر حكم، فبعقوبة لا تقل عن 4 أشهر.'],
  },
  'X-ECE-3': {
    fr: ['Infractions politiques', 'Pas d’extradition pour une infraction politique, ni lorsque la demande vise à punir une personne pour des considérations de race, de religion, de nationalité ou d’opinions politiques.'],
    es: ['Delitos políticos', 'No hay extradición por delitos políticos, ni cuando la solicitud persigue castigar a una persona por consideraciones de raza, religión, nacionalidad u opiniones políticas.'],
    ar: ['الجرائم السياسية', 'لا تسليم في الجرائم السياسية، ولا إذا كان الطلب يرمي إلى معاقبة الشخص بسبب عرقه أو دينه أو جنسيته أو آرائه السياسية.'],
  },
  'X-ECE-4': {
    fr: ['Infractions militaires', '(titre seulement)'],
    es: ['Delitos militares', '(solo el título)'],
    ar: ['الجرائم العسكرية', '(العنوان فقط)'],
  },
  'X-ECE-5': {
    fr: ['Infractions fiscales', '(titre seulement)'],
    es: ['Delitos fiscales', '(solo el título)'],
    ar: ['الجرائم الضريبية', '(العنوان فقط)'],
  },
  'X-ECE-6': {
    fr: ['Extradition des nationaux', '(titre seulement)'],
    es: ['Extradición de nacionales', '(solo el título)'],
    ar: ['تسليم المواطنين', '(العنوان فقط)'],
  },
  'X-ECE-8': {
    fr: ['Poursuites en cours pour les mêmes faits', '(titre seulement)'],
    es: ['Procedimientos en curso por los mismos hechos', '(solo el título)'],
    ar: ['إجراءات جارية عن الأفعال نفسها', '(العنوان فقط)'],
  },
  'X-ECE-9': {
    fr: ['Non bis in idem', 'Refus lorsque l’État requis a rendu un jugement définitif pour la même infraction ; un jugement définitif d’un État tiers fait obstacle à l’extradition, sauf exceptions (tel que modifié en 1975).'],
    es: ['Non bis in idem', 'Denegación cuando el Estado requerido ha dictado sentencia firme por el mismo delito; la sentencia firme de un tercer Estado impide la extradición, salvo excepciones (modificado en 1975).'],
    ar: ['عدم جواز المحاكمة مرتين', 'يُرفض التسليم إذا أصدرت الدولة المطلوب إليها حكمًا نهائيًا عن الجريمة نفسها؛ والحكم النهائي الصادر في دولة ثالثة يمنع التسليم، مع استثناءات (بصيغتها المعدلة في 1975).'],
  },
  'X-ECE-10': {
    fr: ['Prescription', 'Pas d’extradition si la prescription de l’action ou de la peine est acquise d’après la législation de l’un ou l’autre État.'],
    es: ['Prescripción', 'No hay extradición si la acción o la pena han prescrito según la legislación de cualquiera de los dos Estados.'],
    ar: ['التقادم', 'لا تسليم إذا سقطت الدعوى أو العقوبة بالتقادم وفق قانون أي من الدولتين.'],
  },
  'X-ECE-11': {
    fr: ['Peine capitale', 'L’extradition peut être refusée à moins que des assurances suffisantes ne soient données que la peine capitale ne sera pas exécutée.'],
    es: ['Pena capital', 'La extradición puede denegarse salvo que se den garantías suficientes de que la pena de muerte no se ejecutará.'],
    ar: ['عقوبة الإعدام', 'يجوز رفض التسليم ما لم تُقدَّم ضمانات كافية بأن عقوبة الإعدام لن تُنفَّذ.'],
  },
  'X-ECE-12': {
    fr: ['Requête et pièces à l’appui', 'Requête écrite accompagnée du mandat ou du jugement, d’un exposé des faits (date, lieu, qualification légale), du texte de la loi et du signalement de la personne.'],
    es: ['Solicitud y documentos de apoyo', 'Solicitud escrita acompañada de la orden o sentencia, una exposición de los hechos (fecha, lugar, calificación legal), el texto de la ley y la descripción de la persona.'],
    ar: ['الطلب والمستندات المؤيدة', 'طلب مكتوب مشفوع بالمذكرة أو الحكم، وبيان بالجرائم (الزمان والمكان والوصف القانوني)، ونص القانون، وأوصاف الشخص.'],
  },
  'X-ECE-13': {
    fr: ['Complément d’informations', 'Contenu NON CONFIRMÉ.'],
    es: ['Información complementaria', 'Contenido NO CONFIRMADO.'],
    ar: ['معلومات تكميلية', 'المضمون غير مؤكَّد.'],
  },
  'X-ECE-14': {
    fr: ['Règle de la spécialité', 'Contenu NON CONFIRMÉ.'],
    es: ['Principio de especialidad', 'Contenido NO CONFIRMADO.'],
    ar: ['قاعدة التخصيص', 'المضمون غير مؤكَّد.'],
  },
  'X-ECE-16': {
    fr: ['Arrestation provisoire', 'Arrestation provisoire en cas d’urgence, éventuellement demandée par l’intermédiaire d’INTERPOL ; mise en liberté possible après 18 jours sans réception de la demande, jamais au-delà de 40 jours.'],
    es: ['Detención preventiva', 'Detención preventiva urgente, que puede solicitarse por medio de INTERPOL; puesta en libertad posible tras 18 días sin recibir la solicitud, nunca más allá de 40 días.'],
    ar: ['التوقيف المؤقت', 'توقيف مؤقت في حالة الاستعجال، قد يُطلب عن طريق الإنتربول؛ ويجوز الإفراج بعد 18 يومًا إن لم يصل الطلب، ولا يجوز تجاوز 40 يومًا بحال.'],
  },
  'X-ECE-18': {
    fr: ['Remise de l’extradé', 'Motifs du refus ; si la personne n’est pas prise en charge à la date fixée, mise en liberté possible après 15 jours, obligatoire après 30.'],
    es: ['Entrega del reclamado', 'Motivos de la denegación; si la persona no es recogida en la fecha fijada, puesta en libertad posible tras 15 días, obligatoria tras 30.'],
    ar: ['تسليم الشخص', 'أسباب الرفض؛ وإن لم يُتسلَّم الشخص في الموعد المحدد، جاز الإفراج عنه بعد 15 يومًا ووجب بعد 30.'],
  },
  'X-ECE-23': {
    fr: ['Langues à employer', 'Contenu NON CONFIRMÉ.'],
    es: ['Idiomas que deben emplearse', 'Contenido NO CONFIRMADO.'],
    ar: ['اللغة المستعملة', 'المضمون غير مؤكَّد.'],
  },
  'X-UN-2': {
    fr: ['Infractions donnant lieu à extradition', 'Punissables dans les deux États d’au moins [un/deux] an(s) ; pour l’exécution d’une peine, au moins [quatre/six] mois restant à purger ; double incrimination appréciée d’après les faits.'],
    es: ['Delitos que dan lugar a extradición', 'Punibles en ambos Estados con al menos [uno/dos] año(s); para el cumplimiento de una pena, al menos [cuatro/seis] meses por cumplir; doble incriminación apreciada según la conducta.'],
    ar: ['الجرائم الموجبة للتسليم', 'معاقب عليها في الدولتين بسنة [أو سنتين] على الأقل؛ ولتنفيذ الأحكام، بقاء [أربعة أو ستة] أشهر على الأقل؛ ويُقدَّر ازدواج التجريم بالنظر إلى الفعل.'],
  },
  'X-UN-3': {
    fr: ['Motifs obligatoires de refus', 'Infraction politique ; motifs de persécution ; le reste de la liste est NON CONFIRMÉ.'],
    es: ['Motivos obligatorios de denegación', 'Delito político; motivos de persecución; el resto de la lista NO ESTÁ CONFIRMADO.'],
    ar: ['أسباب الرفض الوجوبية', 'الجريمة السياسية؛ وأسباب الاضطهاد؛ وبقية القائمة غير مؤكَّدة.'],
  },
  'X-UN-5': {
    fr: ['Transmission et pièces requises', 'Contenu NON CONFIRMÉ.'],
    es: ['Comunicación y documentos requeridos', 'Contenido NO CONFIRMADO.'],
    ar: ['الإبلاغ والمستندات المطلوبة', 'المضمون غير مؤكَّد.'],
  },
  'X-EA-2': {
    fr: ['Mandat de la partie 1 et certificat', 'Un mandat de la partie 1 émis par une autorité judiciaire d’un territoire de catégorie 1, avec la déclaration d’accusation ou de condamnation et les mentions que la section énumère.'],
    es: ['Orden de la parte 1 y certificado', 'Una orden de la parte 1 emitida por una autoridad judicial de un territorio de categoría 1, con la declaración de acusación o de condena y los datos que la sección enumera.'],
    ar: ['مذكرة الجزء الأول والشهادة', 'مذكرة بموجب الجزء الأول صادرة عن سلطة قضائية في إقليم من الفئة الأولى، مشفوعة ببيان الاتهام أو الإدانة والبيانات التي يعدّدها البند.'],
  },
  'X-EA-10': {
    fr: ['Première phase de l’audience d’extradition', 'Le juge décide si l’infraction donne lieu à extradition ; sinon, la personne est libérée.'],
    es: ['Fase inicial de la vista de extradición', 'El juez decide si el delito da lugar a extradición; si no, la persona queda en libertad.'],
    ar: ['المرحلة الأولى من جلسة التسليم', 'يقرر القاضي ما إذا كانت الجريمة موجبة للتسليم؛ وإلا أُخلي سبيل الشخص.'],
  },
  'X-EA-11': {
    fr: ['Obstacles à l’extradition (partie 1)', 'Non bis in idem ; absence de décision de poursuivre ; considérations étrangères à l’affaire ; écoulement du temps ; âge ; spécialité ; extradition ou transfèrement antérieur ; for. Tout obstacle → libération. Le (1)(e), prise d’otages, ne figure plus dans le texte en vigueur.'],
    es: ['Impedimentos a la extradición (parte 1)', 'Non bis in idem; falta de decisión de procesar; consideraciones ajenas al caso; transcurso del tiempo; edad; especialidad; extradición o traslado anterior; foro. Cualquier impedimento → puesta en libertad. El (1)(e), toma de rehenes, ya no figura en el texto vigente.'],
    ar: ['موانع التسليم (الجزء الأول)', 'عدم جواز المحاكمة مرتين؛ وغياب قرار بالملاحقة؛ والاعتبارات الخارجة عن الدعوى؛ ومرور الزمن؛ والسن؛ والتخصيص؛ والتسليم أو النقل السابق؛ والاختصاص. أي مانع ← إخلاء السبيل. أما البند (1)(e) بشأن أخذ الرهائن فلم يعد في النص النافذ.'],
  },
  'X-EA-12': {
    fr: ['Non bis in idem', 'Obstacle si la personne serait libérée en vertu des règles britanniques relatives à l’acquittement ou à la condamnation antérieurs.'],
    es: ['Non bis in idem', 'Impedimento si la persona quedaría en libertad según las normas británicas sobre absolución o condena anteriores.'],
    ar: ['عدم جواز المحاكمة مرتين', 'مانع إذا كان الشخص سيُخلى سبيله وفق القواعد البريطانية بشأن البراءة أو الإدانة السابقتين.'],
  },
  'X-EA-13': {
    fr: ['Considérations étrangères à l’affaire', 'Mandat visant en réalité la race, la religion, la nationalité, le sexe, l’orientation sexuelle ou les opinions politiques, ou risque de préjudice pour ces motifs.'],
    es: ['Consideraciones ajenas al caso', 'Orden dirigida en realidad contra la raza, religión, nacionalidad, sexo, orientación sexual u opiniones políticas, o riesgo de perjuicio por esos motivos.'],
    ar: ['الاعتبارات الخارجة عن الدعوى', 'مذكرة تستهدف في حقيقتها العرق أو الدين أو الجنسية أو الجنس أو الميل الجنسي أو الآراء السياسية، أو خطر الإضرار بالشخص لهذه الأسباب.'],
  },
  'X-EA-14': {
    fr: ['Écoulement du temps', 'Obstacle si l’extradition est injuste ou oppressive en raison du temps écoulé depuis l’infraction alléguée ou depuis que la personne s’est soustraite à la justice.'],
    es: ['Transcurso del tiempo', 'Impedimento si la extradición resulta injusta u opresiva por el tiempo transcurrido desde el presunto delito o desde que la persona se sustrajo a la justicia.'],
    ar: ['مرور الزمن', 'مانع إذا كان التسليم جائرًا أو مجحفًا بسبب الزمن المنقضي منذ الجريمة المدعاة أو منذ فرار الشخص من العدالة.'],
  },
  'X-EA-15': {
    fr: ['Âge', 'Obstacle tiré de l’âge de la responsabilité pénale ; contenu NON CONFIRMÉ.'],
    es: ['Edad', 'Impedimento por la edad de responsabilidad penal; contenido NO CONFIRMADO.'],
    ar: ['السن', 'مانع يتعلق بسن المسؤولية الجنائية؛ المضمون غير مؤكَّد.'],
  },
  'X-EA-17': {
    fr: ['Spécialité', 'Garanties de spécialité ; le délai autorisé de 45 jours figure dans le projet de loi ; la rédaction adoptée est NON CONFIRMÉE.'],
    es: ['Especialidad', 'Garantías de especialidad; el plazo permitido de 45 días figura en el proyecto de ley; la redacción aprobada NO ESTÁ CONFIRMADA.'],
    ar: ['التخصيص', 'ترتيبات التخصيص؛ ومهلة الـ45 يومًا المسموح بها واردة في مشروع القانون؛ والصياغة المعتمدة غير مؤكَّدة.'],
  },
  'X-EA-19B': {
    fr: ['Absence de décision de poursuivre / for', 'Noms des obstacles confirmés par la section 11 ; numéros des sections NON CONFIRMÉS.'],
    es: ['Falta de decisión de procesar / foro', 'Nombres de los impedimentos confirmados por la sección 11; números de sección NO CONFIRMADOS.'],
    ar: ['غياب قرار الملاحقة / الاختصاص', 'أسماء الموانع مؤكَّدة من خلال البند 11؛ وأرقام البنود غير مؤكَّدة.'],
  },
  'X-EA-20': {
    fr: ['Condamnation par défaut (partie 1)', 'La personne a-t-elle été condamnée en sa présence ; sinon, s’est-elle délibérément absentée ; sinon, a-t-elle droit à un nouveau procès ou à un réexamen ; à défaut, libération.'],
    es: ['Condena en ausencia (parte 1)', '¿Fue la persona condenada en su presencia?; si no, ¿se ausentó deliberadamente?; si no, ¿tiene derecho a un nuevo juicio o revisión?; en otro caso, puesta en libertad.'],
    ar: ['الإدانة غيابيًا (الجزء الأول)', 'هل أُدين الشخص حضوريًا؛ وإن لم يكن، فهل تغيّب عمدًا؛ وإن لم يكن، فهل له حق في إعادة المحاكمة أو المراجعة؛ وإلا أُخلي سبيله.'],
  },
  'X-EA-21': {
    fr: ['Droits de l’homme (partie 1, personne condamnée en fuite)', 'L’extradition doit être compatible avec les droits conventionnels au sens du Human Rights Act 1998 ; sinon, libération.'],
    es: ['Derechos humanos (parte 1, persona condenada en fuga)', 'La extradición debe ser compatible con los derechos del Convenio conforme a la Human Rights Act 1998; si no, puesta en libertad.'],
    ar: ['حقوق الإنسان (الجزء الأول، المحكوم عليه الفار)', 'يجب أن يتوافق التسليم مع الحقوق المكفولة بالاتفاقية وفق قانون حقوق الإنسان لعام 1998؛ وإلا أُخلي سبيل الشخص.'],
  },
  'X-EA-21A': {
    fr: ['Personnes poursuivies : droits de l’homme et proportionnalité', 'Visée par la section 11(5) ; contenu NON CONFIRMÉ.'],
    es: ['Personas acusadas: derechos humanos y proporcionalidad', 'Citada por la sección 11(5); contenido NO CONFIRMADO.'],
    ar: ['المتهمون: حقوق الإنسان والتناسب', 'يُحيل إليها البند 11(5)؛ المضمون غير مؤكَّد.'],
  },
  'X-EA-25': {
    fr: ['État physique ou mental (partie 1)', 'Titre confirmé ; contenu NON CONFIRMÉ (son pendant de la partie 2, section 91 : libération ou renvoi si l’extradition est injuste ou oppressive).'],
    es: ['Estado físico o mental (parte 1)', 'Título confirmado; contenido NO CONFIRMADO (su equivalente de la parte 2, sección 91: puesta en libertad o aplazamiento si la extradición es injusta u opresiva).'],
    ar: ['الحالة البدنية أو العقلية (الجزء الأول)', 'العنوان مؤكَّد؛ والمضمون غير مؤكَّد (نظيره في الجزء الثاني، البند 91: إخلاء السبيل أو التأجيل إذا كان التسليم جائرًا أو مجحفًا).'],
  },
  'X-EA-26': {
    fr: ['Appel contre l’ordonnance d’extradition (partie 1)', 'La personne réclamée peut faire appel avec autorisation ; un avis tardif peut être admis si tout ce qui était raisonnablement possible a été fait (section 26(5)).'],
    es: ['Apelación contra la orden de extradición (parte 1)', 'La persona reclamada puede apelar con autorización; un escrito tardío puede admitirse si se hizo todo lo razonablemente posible (sección 26(5)).'],
    ar: ['استئناف أمر التسليم (الجزء الأول)', 'يجوز للشخص المطلوب الاستئناف بإذن؛ ويجوز قبول الإخطار المتأخر إذا بذل كل ما كان ممكنًا بصورة معقولة (البند 26(5)).'],
  },
  'X-EA-28': {
    fr: ['Appel contre la libération (partie 1)', 'Appel de l’autorité d’émission ; délai de 7 jours.'],
    es: ['Apelación contra la puesta en libertad (parte 1)', 'Apelación de la autoridad emisora; plazo de 7 días.'],
    ar: ['استئناف إخلاء السبيل (الجزء الأول)', 'استئناف السلطة المُصدِرة؛ المهلة 7 أيام.'],
  },
  'X-EA-32': {
    fr: ['Appel devant la Cour suprême (partie 1)', 'Il faut une autorisation et une question de droit certifiée d’importance publique générale.'],
    es: ['Apelación ante el Tribunal Supremo (parte 1)', 'Se necesitan autorización y una cuestión de derecho certificada de importancia pública general.'],
    ar: ['الاستئناف أمام المحكمة العليا (الجزء الأول)', 'يلزم الإذن ومسألة قانونية مصدَّق عليها ذات أهمية عامة.'],
  },
  'X-EA-36': {
    fr: ['Extradition après appel', 'Remise dans les 10 jours suivant la décision définitive sur l’appel (ou à une date ultérieure convenue).'],
    es: ['Extradición tras la apelación', 'Entrega en los 10 días siguientes a la firmeza de la decisión sobre la apelación (o en una fecha posterior acordada).'],
    ar: ['التسليم بعد الاستئناف', 'التسليم خلال 10 أيام من صيرورة قرار الاستئناف نهائيًا (أو في تاريخ لاحق متفق عليه).'],
  },
  'X-EA-70': {
    fr: ['Demande de la partie 2 et certificat', 'Une demande valable présentée selon les formes approuvées donne lieu au certificat du Secretary of State.'],
    es: ['Solicitud de la parte 2 y certificado', 'Una solicitud válida presentada en la forma aprobada da lugar al certificado del Secretary of State.'],
    ar: ['طلب الجزء الثاني والشهادة', 'يؤدي الطلب الصحيح المقدَّم بالطريقة المعتمدة إلى شهادة الوزير (Secretary of State).'],
  },
  'X-EA-75': {
    fr: ['Date de l’audience d’extradition (partie 2)', 'Audience fixée dans les 2 mois de la première comparution, sauf si une date ultérieure sert l’intérêt de la justice.'],
    es: ['Fecha de la vista de extradición (parte 2)', 'Vista fijada en los 2 meses siguientes a la primera comparecencia, salvo que una fecha posterior convenga al interés de la justicia.'],
    ar: ['موعد جلسة التسليم (الجزء الثاني)', 'تُحدَّد الجلسة خلال شهرين من المثول الأول، ما لم تقتضِ مصلحة العدالة موعدًا لاحقًا.'],
  },
  'X-EA-78': {
    fr: ['Premières phases de l’audience d’extradition (partie 2)', 'Contrôle des pièces ; identité ; infraction donnant lieu à extradition ; signification des pièces.'],
    es: ['Fases iniciales de la vista de extradición (parte 2)', 'Control de los documentos; identidad; delito que da lugar a extradición; notificación de los documentos.'],
    ar: ['المراحل الأولى من جلسة التسليم (الجزء الثاني)', 'فحص المستندات؛ والهوية؛ والجريمة الموجبة للتسليم؛ وتبليغ المستندات.'],
  },
  'X-EA-79': {
    fr: ['Obstacles à l’extradition (partie 2)', 'Dans le texte adopté : non bis in idem, considérations étrangères à l’affaire, écoulement du temps, prise d’otages (le for a été ajouté ensuite). La liste actuelle est NON CONFIRMÉE.'],
    es: ['Impedimentos a la extradición (parte 2)', 'En el texto aprobado: non bis in idem, consideraciones ajenas al caso, transcurso del tiempo, toma de rehenes (el foro se añadió después). La lista vigente NO ESTÁ CONFIRMADA.'],
    ar: ['موانع التسليم (الجزء الثاني)', 'في النص الأصلي: عدم جواز المحاكمة مرتين، والاعتبارات الخارجة عن الدعوى، ومرور الزمن، وأخذ الرهائن (وأُضيف الاختصاص لاحقًا). القائمة الحالية غير مؤكَّدة.'],
  },
  'X-EA-84': {
    fr: ['Charges suffisantes (partie 2)', 'Preuves suffisantes pour qu’il y ait matière à répondre lors d’un procès sommaire, sauf pour les territoires désignés.'],
    es: ['Indicios suficientes (parte 2)', 'Pruebas suficientes para que haya un caso que responder en un juicio sumario, salvo para los territorios designados.'],
    ar: ['كفاية الأدلة (الجزء الثاني)', 'أدلة كافية لقيام دعوى تستوجب الرد في محاكمة موجزة، إلا في الأقاليم المعيَّنة.'],
  },
  'X-EA-85': {
    fr: ['Condamnation par défaut (partie 2)', 'Contenu NON CONFIRMÉ.'],
    es: ['Condena en ausencia (parte 2)', 'Contenido NO CONFIRMADO.'],
    ar: ['الإدانة غيابيًا (الجزء الثاني)', 'المضمون غير مؤكَّد.'],
  },
  'X-EA-87': {
    fr: ['Droits de l’homme (partie 2)', 'Compatible avec les droits conventionnels → affaire transmise au Secretary of State ; sinon → libération.'],
    es: ['Derechos humanos (parte 2)', 'Compatible con los derechos del Convenio → el caso pasa al Secretary of State; si no → puesta en libertad.'],
    ar: ['حقوق الإنسان (الجزء الثاني)', 'متوافق مع الحقوق المكفولة بالاتفاقية ← تُحال القضية إلى الوزير؛ وإلا ← إخلاء السبيل.'],
  },
  'X-EA-91': {
    fr: ['État physique ou mental (partie 2)', 'Si l’extradition serait injuste ou oppressive en raison de cet état → libération ou renvoi.'],
    es: ['Estado físico o mental (parte 2)', 'Si la extradición fuera injusta u opresiva por ese estado → puesta en libertad o aplazamiento.'],
    ar: ['الحالة البدنية أو العقلية (الجزء الثاني)', 'إذا كان التسليم جائرًا أو مجحفًا بسبب هذه الحالة ← إخلاء السبيل أو التأجيل.'],
  },
  'X-EA-103': {
    fr: ['Appel lorsque l’affaire est transmise au Secretary of State', 'Autorisation requise ; 14 jours à compter du jour où le Secretary of State informe la personne de l’ordonnance.'],
    es: ['Apelación cuando el caso pasa al Secretary of State', 'Se requiere autorización; 14 días desde que el Secretary of State informa a la persona de la orden.'],
    ar: ['الاستئناف عند إحالة القضية إلى الوزير', 'يلزم الإذن؛ 14 يومًا من إبلاغ الوزير الشخصَ بالأمر.'],
  },
  'X-EA-108': {
    fr: ['Appel contre l’ordonnance d’extradition (partie 2)', 'Autorisation requise ; 14 jours ; appels tardifs fondés sur les droits de l’homme seulement pour éviter une réelle injustice dans des circonstances exceptionnelles ; avis tardif admis si tout ce qui était raisonnablement possible a été fait (section 108(7A)).'],
    es: ['Apelación contra la orden de extradición (parte 2)', 'Se requiere autorización; 14 días; apelaciones tardías de derechos humanos solo para evitar una injusticia real en circunstancias excepcionales; escrito tardío admitido si se hizo todo lo razonablemente posible (sección 108(7A)).'],
    ar: ['استئناف أمر التسليم (الجزء الثاني)', 'يلزم الإذن؛ 14 يومًا؛ ولا تُقبل طعون حقوق الإنسان المتأخرة إلا لتفادي ظلم حقيقي في ظروف استثنائية؛ ويُقبل الإخطار المتأخر إذا بُذل كل ما كان ممكنًا بصورة معقولة (البند 108(7A)).'],
  },
  'X-EA-114': {
    fr: ['Appel devant la Cour suprême (partie 2)', 'Comme la section 32 : 14 / 14 / 28 jours.'],
    es: ['Apelación ante el Tribunal Supremo (parte 2)', 'Como la sección 32: 14 / 14 / 28 días.'],
    ar: ['الاستئناف أمام المحكمة العليا (الجزء الثاني)', 'كما في البند 32: 14 / 14 / 28 يومًا.'],
  },
  'X-EA-206': {
    fr: ['Charge et niveau de la preuve', 'Lorsque la partie requérante doit prouver un point, elle doit le faire selon le niveau de preuve pénal.'],
    es: ['Carga y estándar de la prueba', 'Cuando la parte requirente debe probar un extremo, debe hacerlo conforme al estándar penal.'],
    ar: ['عبء الإثبات ومعياره', 'إذا كان على الجهة الطالبة إثبات أمر، فعليها إثباته وفق المعيار الجنائي.'],
  },
  'X-CPR-50.5': {
    fr: ['Calendrier de l’audience (partie 1)', 'L’audience d’extradition commence dans les 21 jours de l’arrestation, sauf si une date ultérieure sert l’intérêt de la justice.'],
    es: ['Calendario de la vista (parte 1)', 'La vista de extradición comienza en los 21 días siguientes a la detención, salvo que una fecha posterior convenga al interés de la justicia.'],
    ar: ['الجدول الزمني للجلسة (الجزء الأول)', 'تبدأ جلسة التسليم خلال 21 يومًا من التوقيف، ما لم تقتضِ مصلحة العدالة موعدًا لاحقًا.'],
  },
  'X-CPR-50.9': {
    fr: ['Calendrier de l’audience (partie 2)', 'L’audience commence dans les 2 mois, sauf si une date ultérieure sert l’intérêt de la justice.'],
    es: ['Calendario de la vista (parte 2)', 'La vista comienza en 2 meses, salvo que una fecha posterior convenga al interés de la justicia.'],
    ar: ['الجدول الزمني للجلسة (الجزء الثاني)', 'تبدأ الجلسة خلال شهرين، ما لم تقتضِ مصلحة العدالة موعدًا لاحقًا.'],
  },
  'X-CPR-50.20': {
    fr: ['Forme de l’avis d’appel', 'L’avis d’appel doit indiquer la date de l’arrestation, la décision et sa date, chaque moyen, un résumé des faits, les pièces nécessaires, les personnes à qui il a été signifié et, s’il est tardif, les raisons du retard.'],
    es: ['Forma del escrito de apelación', 'El escrito de apelación debe indicar la fecha de la detención, la decisión y su fecha, cada motivo, un resumen de los hechos, los documentos necesarios, las personas notificadas y, si es tardío, las razones.'],
    ar: ['شكل إخطار الاستئناف', 'يجب أن يبيّن إخطار الاستئناف تاريخ التوقيف، والقرار وتاريخه، وكل سبب من أسباب الاستئناف، وملخصًا للوقائع، والمستندات اللازمة، والأشخاص المبلَّغين، وأسباب التأخير إن كان متأخرًا.'],
  },
};
