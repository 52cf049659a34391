/**
 * The constants of the offline classifier, in one place. They are general (the same for every text and every
 * category); the categories themselves are defined only by the model files.
 */
export const CLASSIFICATION_WEIGHTS = Object.freeze({
  /** Each extra content word of a phrase adds this share of its weight: multi-word phrases beat single words. */
  multiwordBonus: 0.35,
  /** Mode of the segment a hit stands in. */
  practiceMarked: 1.15,
  neutral: 1,
  past: 0.6,
  /** Ambition counts less than practice; for uitkomststuring (what is steered on now) it hardly counts. */
  ambition: 0.35,
  ambitionUitkomststuring: 0.15,
  /** Ambition counts for this share again when the text also describes current practice in the same framework. */
  ambitionBesidePractice: 0.5,
  /** A hit in a real question ("Wat is governance?") describes no practice. */
  interrogative: 0.3,
  /** A hit in a heading ("#### Sturen op uitkomst") names a topic, it does not describe practice. */
  heading: 0.25,
  /** The alternative after a negation ("niet op X, maar op Y") is stressed. */
  contrastFocus: 1.3,
  /** A negated indicator counts against its category … */
  negatedPenalty: 0.5,
  /** … and, where the model names a contrasting category in the same framework, for that one. */
  negatedFlip: 0.5,
  /** A counter-indicator cancels up to this multiple of its value of the category's support in its own sentence … */
  counterVeto: 1,
  /** … and otherwise counts against the category with this share of its value. */
  counter: 0.6,
  /** Share of a framework's evidence that definition similarity may redistribute. */
  similarityShare: 0.2,
  /** Share of a framework's evidence that the cross-framework prior may add. */
  priorShare: 0.25,
  /** Absolute prior mass from other frameworks; below the status threshold, so it never creates a result alone. */
  priorAbsolute: 1.2,
  /** Pseudo-evidence in the score denominator: little evidence means low scores. */
  scoreDamping: 1.5,
  /** Minimum own evidence (weighted) for a framework to be typed. */
  statusThreshold: 2,
  /** Minimum number of distinct supporting indicators (a multi-word phrase counts as two) … */
  minimumDistinctIndicators: 2,
  /** … unless one indicator alone carries at least this much evidence. */
  singleIndicatorThreshold: 3,
  /**
   * One uncontested signal (this share of the framework's own evidence for one category) reaching the status
   * threshold types the framework too, when another framework of the same text is typed on its own evidence.
   */
  uncontestedShare: 0.85,
  /** Incoming link mass from confidently typed frameworks at which a framework without own evidence is typed by inference. */
  derivedThreshold: 0.45,
  /** … and when its leading category is ahead of the next by at least this share of its score. */
  derivedMargin: 0.02,
  /** Confidence of a typing by inference only. */
  derivedConfidenceCap: 0.4,
  /** Minimum number of words in the input … */
  minimumWords: 4,
  /** … and of distinct content words. */
  minimumDistinctWords: 3,
  /** Evidence at which the signal strength reaches 1 − 1/e. */
  strengthScale: 5,
  /** The second category is reported as secondary when its score is at least this share of the first. */
  secondaryRatio: 0.55,
  /** Repeated hits of the same indicator count 1, 1/√2, 1/√3, …. */
  repetitionDamping: 0.5,
  /** Sources shown per category (for the top categories). */
  sourcesPerCategory: 2,
  /** Evidence sentences shown per category. */
  evidencePerCategory: 3,
  /** Evidence longer than this is cut (verbatim) around the hit. */
  maximumEvidenceCharacters: 320,
});
