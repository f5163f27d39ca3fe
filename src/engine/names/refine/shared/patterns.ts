/** The regular expressions the article rules test words and gaps with. */
export const PATTERNS = {
  /** Nisba endings after normalisation (ة → ه): الروسي، الروسيه، الروسيين، الروسيون. */
  nisba: /^ال.{2,}(?:ي|يه|يين|يون)$/u,
  /** An indefinite feminine nisba, normalised: "سوريه", "عربيه". */
  indefiniteFeminineNisba: /^(?!ال).{2,}يه$/u,
  nisbaEnding: /(?:يه|يين|يون|ي)$/u,
  /**
   * The shapes of the verbal nouns and plurals a body's purpose is named with, normalised: "تطوير", "تنمية", "إنتاج",
   * "استكشاف", "خدمات", "رعاية". A name after ل has other shapes ("ليفربول", "لوريان", "لسطيف").
   */
  verbalNounShape: /^(?:[تاإأ][\u0621-\u064A]{3,}|[\u0621-\u064A]{2,}(?:ات|ايه))$/u,
  /** A Latin word written with a capital ("Parisien", "Eye") or in capitals ("CNN"). */
  latinName: /^[A-Z][A-Za-z'’&.-]*$/u,
  latinAcronym: /^[A-Z]{2,6}$/u,
  /** Gap text that ends a name: any punctuation between two words. */
  punctuation: /[^\s]/u,
  /** Opening quotation marks before a title. */
  openingQuote: /["«“]/u,
  /** A word that may be ب / ل / ك + a noun of three letters or more (normalised): "بطعن", "لقاء". */
  prepositionStart: /^[بلك].{3,}$/u,
  /** "و" and "ب" written on a word the tokenizer kept whole ("بقطر"). */
  withPreposition: /^و?ب/u,
  /**
   * A verb's shape (normalised): the imperfect's prefix, after the future's س or not, or a plural's ending
   * ("يشككون", "ستعقد", "تبنوا", "تنمو"); or a derived perfect: افتعل ("استمع", "اجتمع", "انتقل") and
   * استفعل ("استقبل"), not with a long vowel where the root's letter stands ("اشتون" is Ashton, "استيفن"
   * Stephen). Not انفعل: "انغام" is a singer.
   */
  verbShape: /^س?[يتن]|وا$|^ا[^ا]ت[^اوي][^اه]$|^است[^يوا][^ا][^اه]$/u,
  /**
   * An indefinite participle (normalised), an adjective after an indefinite noun: "متنازع", "مستقلة", and
   * the passive مفعول(ة) "موبوءة".
   */
  participleShape: /^(?:مت|مست)..|^م..و.ه?$/u,
  /** The seventh form's participle, normalised: "منشق", "منشقة", "منفصل" (split off, apart). */
  splitOffParticiple: /^من...?ه?$/u,
  /** A participle's sound plural (normalised): "ملحنين", "مسلحين", "متطوعون"; not "ماكلارين" (an alef after م). */
  participlePlural: /^م[^ا].{2,4}(?:ين|ون)$/u,
  /**
   * A verbal noun of the seventh, eighth or tenth form, normalised, no long vowel in the root's places: "انقطاع", "اكتمال",
   * "اكتشاف", "استكمال".
   */
  derivedVerbalNoun: /^(?:ا[^اوي]ت|ان[^اوي]|است[^اوي])[^اوي]ا[^اوي]$/u,
  /**
   * A verbal noun that opens with alef, normalised, of the fourth, seventh or eighth form: "ارسال", "انشاء", "انطلاق",
   * "اتخاذ" (what a body is asked to do, after its name).
   */
  alefVerbalNoun: /^ا[^ا]{1,3}ا[^ا]$/u,
  /** A second form's verbal noun, normalised: "توسيع", "تطوير", "تنفيذ" (what a body did or is asked to do, after its name). */
  tafilVerbalNoun: /^ت[^ا][^ا]ي[^اي]$/u,
  /** A verb's past in the plural, normalised: "قالوا", "كانوا" (names end in "وا" too: "نيكاراغوا"; callers ask the clusters). */
  pastPlural: /^.{3,}وا$/u,
  /** A nisba's sound plural without the article, normalised: "فرنسيون", "امريكيين". */
  soundPluralNisba: /^[^ا].{2,}ي(?:ون|ين)$/u,
  /** A verbal noun of the second form, تفعيل ("توظيف", "تطوير"): a common noun, not a transliterated name. */
  verbalNoun: /^ت..ي.$/u,
  /** A plural's ending after a noun in the construct state, genitive ("مجموعة ملحنين", "مجموعة مسرحيات"); "بلاكستون" is a name. */
  genitivePluralEnding: /(?:ين|ات)$/u,
  /** An indefinite nisba adjective (normalised): "فرنسية", "دولي". */
  indefiniteNisba: /^[^ا].{2,}(?:يه|ي)$/u,
  /** A definite active participle, فاعل ("التابع", "الواقع"): an adjective after a name, not the name's second word. */
  definiteParticiple: /^ال.ا.[^اوي]$/u,
  /** A definite feminine participle of the مُفعِلة kind: "المطلة", "المجاورة", "المتاخمة" (an adjective after a place). */
  definiteFeminineParticiple: /^الم.{2,4}ه$/u,
  /** A word ending in ta marbuta (normalised ه): no verb ends so ("سترة" is a town, "تتقاطع" a verb). */
  taMarbutaEnding: /ه$/u,
  /** A verb in the future (normalised): س, an imperfect's prefix, six letters at least ("سيستقبل", "ستعلن"). */
  futureVerb: /^س[يتن].{4,}$/u,
  /**
   * The same from five letters, a trilateral verb's future ("سيزور", "سيرحل", "ستغيب"): as often a name
   * ("سيمون", "ستيفن", "سنودن"), so only where a person already has two words before it, or an object
   * follows. Not "سياسي" (political) and its forms, nor a word ending in alef, as names do and verbs do
   * not ("لولا دا سيلفا").
   */
  shortFutureVerb: /^س(?!ياس)[يتن].{2,}[^ا]$/u,
  /** An indefinite accusative: a consonant, then alef ("فيلما"; "فيتوريا", "أندريا" end in يا). */
  accusativeEnding: /[^اويى]ا$/u,
  /** A feminine plural's ending, which names rarely have ("جرعات"). */
  commonNounEnding: /ات$/u,
  /** A feminine nisba as written, with its ta marbuta ("الثلاثية", "الثلاثيّة"; not "الفقيه"). */
  feminineNisbaAsWritten: /يّ?ة$/u,
  /** The accusative's tanween (fathatan) written on a word: "روسياً", "هدفاً", "دعمًا". */
  /** A match's score right ahead: "2-1", "3 - 0" (Western or Arabic-Indic digits). */
  scoreAhead: /^\s*[0-9٠-٩]{1,2}\s*[-–]\s*[0-9٠-٩]{1,2}(?![0-9٠-٩])/u,
  tanween: /\u064B/u,
  /** A sound plural's ending, masculine or feminine ("الصحفيين", "المسؤولون", "الجهات"). */
  pluralEnding: /(?:ين|ون|ات)$/u,
  /** The feminine dual's ending: "سنتان", "نافذتين". */
  feminineDual: /ت(?:ان|ين)$/u,
  /** An alef after a word's first two letters: "نيمار", "يانيك" (a present tense has none there but in hollow verbs). */
  innerAlef: /^..+ا/u,
  /** A verb's present tense: a prefix ي or ت and three letters or more ("يفرز", "تفرز", "يتباين"). */
  presentVerb: /^[يت][^اوي].{2,}$/u,
  /** A nisba in the dual (normalised): "الصينيتان", "الامريكيان" (not "ـيين", also the plural's). */
  dualNisba: /^ال.{2,}ي(?:تان|تين|ان)$/u,
  /** A verb in the present's masculine plural (normalised): "يكافحون", "يطالبون" (not "تشارلتون"). */
  presentPlural: /^ي[^اوي].{2,}ون$/u,
  /** A present verb's prefix ي before a consonant: "يريز" read as a verb after ب. */
  presentPrefix: /^ي[^اوي]/u,
  /**
   * A verb's present of the تفاعل / تفعّل kinds, third person feminine (normalised): "تتقاطع", "تتواصل"; no name begins
   * so but with an alef after it ("تتارستان").
   */
  reflexivePresent: /^تت[^اوي].{2,}[^ه]$/u,
  /** A quotation mark right before a name, and right after it. */
  quoteBefore: /["«“]\s*$/u,
  quoteAfter: /^\s*["»”]/u,
  /** Closing quotation marks after a title (a straight quote closes too). */
  closingQuote: /["»”]/u,
  article: /^ال/u,
  latinStart: /^[A-Za-z]/u,
  /** Arabic letters only (after normalisation). */
  arabicWord: /^[\u0621-\u064a]+$/u,
  digitStart: /^[0-9]/u,
  /** A number written with thousands separators ("1,200"): a count, never part of a name ("وزارة التجارة [1,200] منشأة"). */
  groupedNumber: /^[0-9]{1,3}(?:[,٬][0-9]{3})+$/u,
  /** A day of the month in digits, 1 to 31. */
  dayDigits: /^(?:[1-9]|[12][0-9]|3[01])$/u,
} as const

/** The gap after an initial: its period, then at most a space. */
export const INITIAL_GAP = /^\.\s?$/u
