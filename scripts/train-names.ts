/**
 * Trains the names tagger from ANERcorp (CAMeL Lab train split) and writes the model Qari ships.
 *
 *   npm run train:names [-- --epochs 10 --hash-bits 20 --window 15 --min-count 2 --aqmar 0.1 --dev-only]
 *                       [-- --no-clusters --seed N --bags 1 --out FILE]
 *                       [-- --cv --label-bias --pers-bias --ship-all --crf --l2 1 --rate 0.1 --margin 0 --recall-margin 0]
 *                       [-- --conll-news] [-- --modern W --modern-anercorp]
 *                       [-- --pa 0.01] [-- --subsample 0.89 --subsample-block 1 --subsample-seed N]
 *                       [-- --augment 0.5 --augment-second 0.5 --augment-added 0.5 --augment-copies 1 --augment-seed N]
 *                       [-- --cv --dump-oof FILE]
 *
 * --conll-news  `qari tag`'s model also learns the news sentences, trimmed to ANERcorp's convention (CONLL_NEWS_WEIGHT);
 *               --modern-anercorp does the trimming for --modern W
 * --cv          also trains the second pass on 4 of 5 folds of the training sentences and prints its
 *               out-of-fold scores: cross-validation, for choosing settings without looking at dev
 * --label-bias  (implies --cv) chooses a per-label decode bias on those out-of-fold scores, folded into
 *               the second pass's transitions (label-bias.ts); also prints a nested score, each fold
 *               decoded with the bias chosen on the other four (the honest estimate)
 * --pers-bias   the same, searching the bias of B-PERS and I-PERS only
 * --ship-all    writes a model trained again on train + dev after scoring dev with the one trained
 *               without it (the scores printed and reported stay those of the model that never saw dev;
 *               `npm run eval:names` on such a model is no longer a held-out score, and says so: the file
 *               carries includesDevSplit). Tried on 2026-11-29 with --cv (3,973 sentences): cross-validation
 *               unchanged (0.771), but the 7 annotated modern articles fell from 0.837 to 0.811, one of them
 *               (akhbarelyom, one actress named five times) from 1.0 to 0.167; not shipped. Measured again in
 *               session s6 with today's settings (PA-I, 1 bag, seed 20071): the 7 modern articles (244
 *               mentions, eval:names, article rules on) rose from 0.885 (P .920 R .852) to 0.896 (P .926 R
 *               .869): PERS 0.882 → 0.937, LOC 0.896 → 0.889, ORG 0.875 → 0.873; per article bbcarabic 0.811
 *               → 0.857, beirutobserver 0.842 → 0.900, cnnarabic 0.814 → 0.780, lbcgroup 0.667 → 0.667,
 *               akhbarelyom, albayan 1.0 and seed page 0.974 unchanged: no systematic loss. With the
 *               learning curve below (--subsample: +11% data is worth ~0.005 of CV), recommended for the
 *               shipped model (the lead retrains: `npm run train:names -- --cv --ship-all`); 1.22 MB, 0.70 MB
 *               gzipped, load 31 ms, 239k tokens/s
 * --crf         trains both passes as linear-chain CRFs (train-crf.ts; --l2, --rate) instead of
 *               averaged perceptrons; AQMAR's gradients are scaled by --aqmar as the perceptron's updates
 *               are. With AQMAR at 0.1 (2026-11-29): CV 0.769, dev 0.767, against the perceptron's 0.771
 *               and 0.785
 * --margin, --recall-margin   loss-augmented perceptron training (train-perceptron.ts)
 * --pa C        passive-aggressive (PA-I) updates capped at C instead of the perceptron's unit step
 *               (train-perceptron.ts; default 0.01, see PA_C; 0 is the plain averaged perceptron)
 * --no-clusters leaves out the word clusters learned from unlabelled text (learn-word-clusters.ts)
 * --seed N      the shuffling seed: another seed shows how much of a score difference is noise (seed 7
 *               instead of 20071 moved dev micro F1 0.766 → 0.744 and CV 0.763 → 0.761: the 398 dev
 *               sentences swing by ±2 points, CV by a few thousandths)
 * --bags N      trains each pass N times with different shuffles and averages the weights (still one
 *               table, bag-perceptrons.ts): less of that seed noise. 5-fold CV (second pass, micro F1):
 *               1 bag 0.763, 3 bags 0.766, 5 bags 0.764; dev split 0.766, 0.769, 0.771; but the 7
 *               annotated modern articles (eval:names) fell from 0.819 to 0.797 with 3 bags and the seed
 *               page lost "علي باقري كني". Gains inside the noise and a loss elsewhere: the shipped
 *               model stays one bag. Training takes N times as long (perceptron only). With PA-I (session
 *               s6; 5-fold CV, seeds 20071 / 7, dev in brackets): 1 bag 0.775 / 0.774 (0.791 / 0.782), 2
 *               bags 0.774 / 0.775 (0.788 / 0.780), 3 bags 0.776 / 0.775 (0.792 / 0.790): +0.001 at most in
 *               CV, under the 0.003 asked of a change; still one bag
 * --augment W, --augment-second W2, --augment-added S, --augment-copies K, --augment-seed N,
 * --augment-types T1,T2
 *               mention replacement (replace-mentions.ts, Dai & Adel 2020): K copies of each training
 *               sentence with each name of the types T replaced by one of its type, a share S of them
 *               from hand-written lists (added-names.ts: foreign-persons.ts, the place list,
 *               KNOWN_ORGANIZATIONS), the rest from the names of the sentence's own fold; the copies train
 *               the first pass at weight W and the second at W2 (0: not at all), each copy stream with
 *               its own out-of-fold document context. Defaults 0.5 / 0.5 / 0.5 / 1, PERS and LOC
 *               (AUGMENT, shipped since session 9; session 7 had measured PERS, LOC and ORG, and left it
 *               out). The measurements are in the session 7 and session 9 paragraphs below
 * --dump-oof F with --cv: writes each training sentence's words, gold tags and out-of-fold second-pass tags to
 *               F (JSON lines), for measuring rules applied after the tagger without training again
 * --out FILE    also writes the model to FILE (experiments, error analysis: scripts/_names-errors.ts)
 * --subsample F learning curve: every model (first-pass folds, second-pass CV folds, the final passes)
 *               trains on a seeded share F of ANERcorp's training sentences (subsample-sentences.ts; AQMAR
 *               whole), while CV still scores all of them out of fold, so the scores compare with a full run
 *               on the same sentences. --subsample-block B drops runs of B consecutive sentences (roughly
 *               articles, as the development split adds whole articles); --subsample-seed picks another draw
 *               (default: --seed). Use with --dev-only (it would otherwise overwrite the shipped model).
 *               Session s6, 5-fold CV second pass micro F1 (first pass; dev split), seed 20071 / seed 7:
 *                 all 3,575 sentences     0.775 (0.753; 0.791)  /  0.774 (0.758; 0.782)
 *                 0.89, draw = seed       0.770 (0.749; 0.786)  /  0.770 (0.752; 0.784)
 *                 0.89, draw 1            0.765 (0.747; 0.785)  /  0.766 (0.748; 0.787)
 *                 0.89 in blocks of 20    0.773 (0.754; 0.786)  /  0.769 (0.750; 0.785)
 *                 0.89 blocks 20, draw 1  0.768 (0.751; 0.784)  /  0.769 (0.753; 0.787)
 *                 0.78, draw = seed       0.765 (0.744; 0.791)  /  0.765 (0.747; 0.782)
 *               All eight 0.89 runs fall below the full run, by 0.002–0.010 (mean 0.006 on seed 20071,
 *               0.0055 on seed 7; the draw matters more than the shuffle: draw 1 is the worst on both
 *               seeds); 0.78 falls by 0.010 / 0.009. The curve has not flattened (~0.004 from 0.78 to
 *               0.89, ~0.006 from 0.89 to 1), so adding the development split's 398 sentences (+11%)
 *               should be worth ~0.005 on unseen articles. The dev split (398 sentences, ±2 points of
 *               seed noise) cannot see it: 0.78 of the data scores 0.791 there, as all of it does.
 *
 * Measured and left out (5-fold CV, second pass micro F1, 3 bags, against 0.766 for 3 bags alone; dev
 * split in brackets, against 0.769), so the code is gone (commit 3076fa0 has the first):
 *   - a letters-only "looks like a PERS / LOC / ORG name" model (logistic over the char 2–5-grams of the
 *     clitic-stripped word, trained out of fold on the training words' gold types), its bucketed
 *     probabilities as features of the word and its neighbours: 0.763 (0.776); the first pass gained
 *     (0.743 → 0.747) but the second lost it in precision;
 *   - conjunctions: cluster × last two letters, cluster × proclitics, coarse clusters of w−2 / w+2,
 *     trigger class of w−1 × cluster: 0.764 (0.764);
 *   - the first pass's labels of the token and of the tokens one and two either side as second-pass
 *     features (stacked local context), with the likeness model: 0.761 (0.767);
 *   - --label-bias with 3 bags (and the likeness model): 0.763 → 0.768 on the very folds it was chosen on,
 *     dev 0.776 → 0.768.
 *
 * Measured and left out later (5-fold CV, second pass micro F1, seed 20071, 1 bag; dev split in brackets),
 * against the hand-written club/bank lists alone, 0.763 (0.789), or with AQMAR at 0.1, 0.771 (0.785):
 *   - multi-word document context: each token's place (first / middle / last word) in a run of 2–4
 *     words the first pass tagged as one name elsewhere in the window, with that name's majority type
 *     (document-context.ts, keyed by the words' cores): 0.762 (0.768) before the lists and AQMAR, 0.763
 *     (0.775) with both; the single-word context already carries what it knew;
 *   - person-boundary conjunctions: proclitics × "is a known given name" and previous word × "is a known
 *     given name" ("وعباس" after "محمد خميس" starting the next person of a list): 0.765 (0.775);
 *   - all word classes as document cues (document-context.ts keeps the first 7; the rest add "a club /
 *     organisation cue stood before this word elsewhere", "مرمى العربي"): 0.768 (0.784);
 *   - --window 30: 0.767 (0.780); --epochs 15: 0.769 (0.783); --min-count 1: 0.767 (0.775), 3: 0.765
 *     (0.793).
 *
 * Measured and left out in session s4b (5-fold CV, second pass micro F1, seed 20071; dev split in
 * brackets), against the shipped settings, CV 0.771 (0.785; PERS 0.707), seed 7 CV 0.770 (0.774):
 *   - a Viterbi constraint that a person may not end on a nasab particle (بن، ابن، بنت، أبو، آل، عبد):
 *     not built; no dev PERS span the model predicts ends on one, and the training file's gold has one;
 *   - coarse-cluster pairs (w−1 × w0, w0 × w+1): 0.768 (0.779);
 *   - the last three letters of w−1 and of w+1 (foreign-name endings ـوف، ـسكي of a neighbour): 0.769
 *     (0.780);
 *   - 134 more hand-written Arab given names in the given-name class (common-word names and names seen in
 *     the dev error listing left out): first pass 0.747 → 0.751, second 0.768 (0.775);
 *   - --hash-bits 22: 0.765 (0.771); 19: 0.763 (0.771);
 *   - second-pass epochs only (first pass 10): 6 epochs 0.768 (0.792), 15 epochs 0.772 (0.779): noise;
 *   - --pers-bias (bias on B-PERS / I-PERS only): the bias chosen on all folds is 0; nested 0.770;
 *   - document context of the next word (majority type of w0 × of w+1, beside × of w−1): 0.769 (0.794;
 *     PERS 0.721), seed 7 0.769 (0.782): dev up on both seeds, CV down on both;
 *   - "known given name at w−1 × coarse cluster of w0" and "given name w0 × coarse cluster of w+1":
 *     0.768 (0.797; PERS 0.744), seed 7 0.768 (0.781); with the next-word context: 0.765 (0.797). Dev
 *     (398 sentences) rises with both, CV (3,600) falls with both on two seeds; chosen by CV, left out.
 *   - --recall-margin 30 (last measured on an older model): first pass 0.747 → 0.752, second 0.767 (0.779);
 *     the margin on the first pass only (its better tags feeding the document context): 0.765 (0.787).
 * Measured and left out in session s5 (semi-Markov; commit 0946d63 has the code): a semi-Markov averaged
 * perceptron (Sarawagi & Cohen 2004), --semi 8: each name [s, e] of type X scores its token path (B-X
 * I-X …, emissions and transitions as now) plus whole-span features hashed into the same table and read
 * in its B-X column (so the file format stays): end features (the last word's core, word, last two
 * letters, clusters and classes; the next word, its coarse cluster and classes), span features (length;
 * the span's cores together; first word's given-name / title / head / particle class × last word's
 * coarse cluster or "unclustered" × length; coarse-cluster pair; org head word × nisba last word; a comma
 * or a و-word inside), decoded by a semi-Markov Viterbi with names of at most 8 words, in training and
 * tagging. 5-fold CV, first pass / second pass micro F1 (dev split in brackets), against the shipped
 * settings re-run here, 0.747 / 0.771 (0.785), seed 7 0.748 / 0.770 (0.774):
 *   - all those features, both passes: 0.749 / 0.769 (0.776); tagging 84k tokens/s against 263k
 *     (unoptimised: every span's features probed);
 *   - without the lexical end features (last word's core / word / letters, next word): 0.750 / 0.768
 *     (0.786);
 *   - without those and the span's words either: 0.751 / 0.768 (0.772), seed 7 0.751 / 0.769 (0.783);
 *     108k tokens/s; the span weights are the largest in the table, so int8 quantisation prunes more
 *     token buckets (0.83 MB file against 0.97);
 *   - the same features in the first pass only (better first-pass tags for the document context):
 *     0.751 / 0.767 (0.772); in the second pass only: 0.747 / 0.766 (0.785);
 *   - control: the semi-Markov decoder with no span features at all (same path as Viterbi but names
 *     ≤ 8 words; the dev decode differs from Viterbi's in 1 of 3,973 training sentences): 0.744 / 0.767
 *     (0.784). A perturbation of the perceptron's path moves CV by ~0.004 on one seed, so none of the
 *     above differs from the shipped settings; the span features lift the first pass a little (0.747 →
 *     0.751, seed 7 0.748 → 0.751) but the second pass, with its document context, gains nothing.
 *
 * Measured in session s5 (another learner; 5-fold CV, second pass micro F1, seeds 20071 / 7; dev split
 * in brackets), against the averaged perceptron, 0.771 / 0.770 (0.785 / 0.774):
 *   - PA-I updates (--pa): C 0.01 0.776 / 0.776 (0.779 / 0.788), shipped (PA_C); C 0.03 and 0.1 (the
 *     same model: the cap no longer binds) 0.774 / 0.773 (0.794 / 0.784); C 0.003 0.771 (0.788); C 0.001
 *     0.768 (0.772);
 *   - one table mixing the perceptron's and a CRF's (L2 1) tables trained on the same data, each divided
 *     by its score spread (the RMS of a token's label scores around their mean; ~65 and ~3.7), scores
 *     (1 − α)·perceptron + α·CRF, at no cost in size or speed. Second pass mixed, first pass perceptron,
 *     α = 0, 0.1 … 1: 0.771 .774 .774 .774 .773 .773 .773 .772 .769 .768 .767 / 0.770 .772 .773 .773
 *     .775 .774 .773 .770 .768 .767 .767; at α 0.3 (trained by train-names): 0.774 / 0.773 (0.791 /
 *     0.780; PERS 0.732 on seed 20071), 0.60 MB gzipped, ~265k tokens/s; both passes mixed at 0.5: 0.774 /
 *     0.774; the first pass alone gains (0.747 → 0.751 / 0.748 → 0.753 at α 0.5) but the second does
 *     not gain more from it. Over the PA-I perceptron (C 0.01) the mix adds nothing: 0.776 .777 .777 .778
 *     .777 .778 .777 .776 .774 .771 .767 / 0.776 .776 .776 .776 .776 .776 .776 .774 .772 .769 .767. PA-I
 *     alone beats the mix by 0.002–0.003 and needs no CRF (training 2.2 instead of 6 minutes with --cv),
 *     so the mix is not shipped; its code (mix-linear-models.ts, --mix-crf, --mix-crf-first) is in commit
 *     efb7c88, the CV script that printed these grids (scripts/_names-mix-cv.ts) in 7e9f669.
 *   - the CRF (--crf, both passes) returning its Polyak-averaged weights instead of the last ones: 0.773
 *     (0.769; first pass 0.749), against the plain CRF's 0.769 (0.767) and PA-I's 0.776; seed 20071
 *     only, the code is in commit a583d34.
 *   - with PA-I and the longer place list (shipped: CV 0.775, dev 0.791), "known given name at w−1 × coarse
 *     cluster of w0" and "given name w0 × coarse cluster of w+1" again: 0.773 (0.786), seed 7 0.772
 *     (0.777); left out, as with the perceptron.
 *   - with PA-I, --epochs 15: 0.776 (0.793) against 0.775 (0.791): noise, left at 10.
 * Measured and left out in session 6 (unseen names; commit 2f37423 has the code, 3b6a522 the one-pass
 * switches): 5-fold CV, second pass / first pass micro F1 (dev split, second / first, in brackets),
 * against the shipped settings re-run here, seed 20071 0.775 / 0.753 (0.791 / 0.762), seed 7 0.774 /
 * 0.758 (0.782 / 0.758):
 *   - lexical dropout (--lex-dropout p): at each visit of a training sentence, each token inside a gold
 *     name lost its word-identity features (the word, its core, the two bigrams with its core) with
 *     probability p, for decoding and update alike, so the update must credit context, shape and affixes.
 *     p 0.1 0.771 / 0.754 (0.790 / 0.768); 0.2 0.775 / 0.753 (0.780 / 0.771); 0.3 0.777 / 0.759 (0.793 /
 *     0.776), seed 7 0.771 / 0.757 (0.779 / 0.766); 0.4 with the word's own cluster ids dropped too
 *     (--lex-clusters) 0.772 / 0.747 (0.789 / 0.764).
 *     Within the seed noise and not monotone in p; a likely reason: the minimum feature count of 2
 *     already drops the identity of every name word seen once, the names most like unseen ones.
 *   - mention replacement (Dai & Adel 2020; --augment w): a copy of each training sentence with each
 *     PERS / LOC / ORG name replaced by a name of its type drawn from the same fold's names (a fold being
 *     scored never lends its names; proclitics kept, "وتل أبيب" → "وبرلين"; the same name replaced the
 *     same way throughout a fold, so it still recurs for the document context), its updates scaled by w.
 *     w 0.2 0.776 / 0.759 (0.791 / 0.777), seed 7 0.773 / 0.762 (0.788 / 0.773); w 0.3 0.776 / 0.756
 *     (0.787 / 0.781), seed 7 0.774 / 0.758 (0.775 / 0.776); w 1 0.768 / 0.757 (0.781 / 0.773); two copies
 *     at 0.5 0.770 / 0.759 (0.789 / 0.774), at 0.1 0.772 / 0.760 (0.793 / 0.773); w 0.3 training the
 *     first pass only (--augment-first) 0.774 / 0.756 (0.787 / 0.781). The first pass gains (CV up to
 *     +0.006, dev +0.015 on both seeds: unseen names found from their context), but the second pass,
 *     with the document context, gains nothing: its precision falls (LOC 0.898 → 0.889 at w 0.2) as
 *     much as its recall rises, and more weight only lowers it.
 * Measured in session 7 (mention replacement again; 5-fold CV, second pass / first pass micro F1, dev
 * split in brackets; without copies, re-run here: seed 20071 0.775 / 0.753 (0.791 / 0.762), seed 7 0.774
 * / 0.758 (0.782 / 0.758)). "W" is the copies' weight in the first pass, "W2" in the second, "S" the
 * share of names drawn from the hand-written lists (added-names.ts) instead of the fold's own:
 *   - the copies in the first pass only (its better out-of-fold tags feed the document context; the
 *     second pass trains on the original sentences), fold names only: W 0.25 0.775 / 0.755 (0.790 /
 *     0.774), seed 7 0.773 / 0.762 (0.794 / 0.780); W 0.5 0.772 / 0.758 (0.783 / 0.775); W 1 0.774 /
 *     0.758 (0.782 / 0.775). The first pass gains on dev (+0.012) but the second pass nothing: the
 *     document context leaves out the token's own occurrence, so a name seen once gets nothing from the
 *     first pass however well it tags it;
 *   - first pass only with new names, S 0.5: W 0.25 0.774 / 0.763 (0.788 / 0.796; this run's list still
 *     held the two names the brief had quoted from the dev errors, taken out after it), seed 7 0.772 /
 *     0.761 (0.789 / 0.783); W 0.5 0.774 / 0.760 (0.789 / 0.800, with those two names). The first pass
 *     gains most with new names (CV +0.010, dev up to +0.034), the second pass still nothing;
 *   - both passes, new names (S 0.5 unless said): W 0.25 W2 0.25 0.780 / 0.761 (0.788 / 0.782), again
 *     with copies of the few names that open on I- training too (a perturbation) 0.773 / 0.762 (0.787 /
 *     0.778), seed 7 0.780 / 0.769 (0.778 / 0.781), perturbed 0.782 / 0.766 (0.797 / 0.787); S 1 0.777 /
 *     0.762 (0.800 / 0.788), seed 7 0.779 / 0.762 (0.783 / 0.781); W 0.5 W2 0.5 0.778 / 0.760 (0.796 /
 *     0.780), another draw of names (--augment-seed 1) 0.779 / 0.761 (0.790 / 0.776), seed 7 0.781 /
 *     0.767 (0.781 / 0.782), draw 1 0.777 / 0.763 (0.786 / 0.785); two copies at W 0.25 W2 0.25 0.778
 *     / 0.763 (0.781 / 0.779); second pass only (W 0, W2 0.25) 0.776 / 0.753 (0.788 / 0.762). Twelve
 *     runs, all at or above the unaugmented second pass but one: seed 20071 mean 0.777 (+0.002), seed 7
 *     mean 0.780 (+0.006); PERS recall rises (0.674 → 0.70–0.71) at the cost of a little PERS precision.
 *     On dev, the model finds unseen persons in clear contexts ("الجنرال الفرنسي آلان بيللغريني",
 *     "للبرازيلي كلاوديو", "بان كي مون", with these names not in its lists) but calls car models and a stadium persons ("نيسان
 *     أورفان", "ملعب سانتياغو برنابيو"); dev micro F1 is unchanged on average (0.778–0.800). The 7
 *     annotated modern articles (eval:names, article rules on; models trained without the dev split,
 *     seed 20071): 0.885 → 0.879, PERS 0.882 → 0.919, LOC 0.896 → 0.896, ORG 0.875 → 0.829. Training takes
 *     ~45% longer (copies in every fold); the model 1.15 → 1.28 MB (0.66 → 0.72 MB gzipped), load and
 *     speed unchanged. The best, W 0.5 W2 0.5 S 0.5, chosen among these runs after seeing them: its two
 *     draws, 0.778 / 0.779 and 0.781 / 0.777, are +0.0035 and +0.005 over the unaugmented model; a small
 *     gain, at the ~0.003 asked of a change on seed 20071. Not shipped: see AUGMENT below.
 * Measured and left out in session 8 (an Arabic spelling dictionary as a "known Arabic word" signal;
 * commit b1478ff has the hunspell-verdict experiment, ae2bc22 the run-time lexicon, complete: module,
 * build script, licence file, loaders, tests): Ayaspell 3.2 (Debian's hunspell-ar; GPL 2.0 / LGPL 2.1 /
 * MPL 1.1) accepts 95% of ANERcorp's Arabic-letter tokens outside names but 63% of the person-name
 * tokens; of the dev split's tokens unseen in its training part, 91% of O and 46% of PERS (49% of LOC,
 * ORG). 5-fold CV, second pass / first pass micro F1 (dev split in brackets), seeds 20071 and 7, against
 * 0.775 / 0.753 (0.791) and 0.774 / 0.758 (0.782):
 *   - hunspell's verdict (`hunspell -d ar -G`, per surface word, precomputed) as a word class of the
 *     word and of its neighbours (the class templates of w−2 … w+2): 0.778 / 0.761 (0.781), 0.777 /
 *     0.761 (0.791);
 *   - with the dictionary sections of its analyses (noun, verb, particle: `hunspell -m`) as three more
 *     classes: 0.776 / 0.760 (0.794), 0.777 / 0.763 (0.783);
 *   - those and conjunctions (verdict × shape, verdict × "has a cluster", the known-ness of w−1 w0 w+1,
 *     unknown w0 × the name cues of w−1): 0.778 / 0.760 (0.784), 0.779 / 0.763 (0.791); the word-alone
 *     conjunctions only 0.776 / 0.760 (0.794), 0.778 / 0.762 (0.791); the cross-word ones only 0.778 /
 *     0.762 (0.783), 0.777 / 0.759 (0.794); the verdict alone with all conjunctions 0.778 / 0.760
 *     (0.788), 0.775 / 0.763 (0.780);
 *   - the verdict computed at run time, what would ship (arabic-lexicon.ts: hunspell's affix check in
 *     TypeScript over the .aff's 1,562 rules and the .dic's 108k stems, agreeing with hunspell on 99.98%
 *     of the 39,592 word forms of ANERcorp and AQMAR; 0.41 MB gzipped, decode ~40 ms, ~5 µs a new word):
 *     0.776 / 0.758 (0.782), 0.775 / 0.762 (0.786); three more seeds, without → with: seed 1 0.773 →
 *     0.781 (0.780 → 0.795), seed 2 0.769 → 0.773 (0.790 → 0.785), seed 3 0.776 → 0.779 (0.789 →
 *     0.788). Over the five seeds +0.001, +0.001, +0.008, +0.004, +0.003 in CV (mean +0.003), the dev
 *     split +0.001 on average; on the two seeds the bar is set on, +0.001 each.
 *   The first pass gains in 16 of these 17 runs (+0.000 to +0.009, mean +0.005: unseen names found from
 *   "not an Arabic word"), the second pass, with its document context, keeps little of it: PERS recall rises (0.674 →
 *   0.69–0.70) and PERS precision falls (0.797 → 0.78). Many transliterated names are Arabic words or in
 *   the dictionary's names section (آلان، بان، كي، مون، نيسان، سانتياغو are accepted; بيللغريني،
 *   كلاوديو، برنابيو are not): of the dev errors quoted in the brief only "للبرازيلي كلاوديو" is found
 *   with it. The 7 modern articles (eval:names, article rules on; seed 20071, without the dev split):
 *   0.885 → 0.881 (ORG 0.875 → 0.862). Cost: 0.41 MB gzipped more, load 31 → ~71 ms, the worker bundle
 *   +1.9 MB raw, and each new word's check (~5 µs; the tagger caches words). Under the 0.003 asked on
 *   seeds 20071 and 7: not shipped; to ship it, cherry-pick ae2bc22 and train as usual (the lexicon is a
 *   default there, --no-lexicon turns it off).
 * Measured and left out in session 8 (BILOU labels; commits 08fc1db and 86d1d90 have the option,
 * `--scheme bilou`, complete: label-scheme.ts with its tests, the sentence-end row of the Viterbi mask,
 * spans read from either scheme, 64-byte packed slots for 17 labels, reverted at the tip): O + B-, I-, L-
 * (last word), U- (one-word name) × the four types, training tags of both passes and AQMAR converted,
 * decoded under BILOU's transition and end constraints (Ratinov & Roth 2009 found it beats BIO for
 * linear NER). 5-fold CV second pass / first pass micro F1 (dev split in brackets): seed 20071 0.774 /
 * 0.755 (0.791) against IOB2's 0.775 / 0.753 (0.791), re-run with the scheme code in place and
 * unchanged; seed 7 0.775 / 0.757 (0.790) against 0.774 / 0.758 (0.782). CV −0.001 and +0.001, dev
 * +0.000 and +0.008: under the 0.003 asked on both seeds. The boundary errors it was meant for stay:
 * dev PERS F1 0.726 → 0.712 on seed 20071 (ORG 0.769 → 0.781). The 7 modern articles (eval:names,
 * article rules on, seed 20071, without the dev split): 0.885 → 0.877 (PERS 0.882 → 0.905, LOC 0.896 →
 * 0.865). Cost: the model 1.15 → 1.31 MB (0.66 → 0.76 MB gzipped), tagging ~285k → ~205k tokens/s
 * (17 labels: twice the weights summed per feature, a larger Viterbi), load unchanged (~38 ms). Not
 * shipped; to use it, cherry-pick both commits and train with --scheme bilou.
 * Session 9 (5-fold CV second pass micro F1, seeds 20071 / 7; "+prop" is the same out-of-fold tags after
 * propagate-names.ts, as `qari tag` now tags a CoNLL file; dev split in brackets, with the propagation;
 * "modern" is the 7 annotated articles, eval:names --model, article rules on, the dev-only model of seed
 * 20071):
 *   - propagation on the tags already there (train-names --dump-oof, scratch grids over window 5 / 15,
 *     minimum count 1 / 2, core length 3 / 4, untagged-majority veto on or off, all within ±0.001 of each
 *     other): shipped settings 0.775 → 0.777 / 0.774 → 0.776; it adds 63 / 54 names, 49 / 37 of them right.
 *     Retyping a name to the type it has twice as often nearby: 0.775 → 0.774, left out. The dev split
 *     (0.791 → 0.789) sees five changes, one right: two of the wrong ones are gold ORG for "فايزة أبوالنجا",
 *     tagged PERS a sentence earlier;
 *   - mention replacement of persons and places only (--augment-types PERS,LOC): 0.778 / 0.780, +prop 0.781
 *     / 0.783 (0.799 / 0.788), modern 0.915 (PERS 0.952, LOC 0.941, ORG 0.857); of all three types, as in
 *     session 7: 0.778 / 0.781, +prop 0.781 / 0.782 (0.797 / –), modern 0.892 (ORG 0.829); without copies
 *     +prop 0.777 / 0.776 (0.789 / –), modern 0.902 (ORG 0.875). With --ship-all's second cross-validation
 *     over all 3,973 sentences (without copies, session 7's numbers → persons and places): seed 20071
 *     0.782 → 0.780 (+prop 0.783), seed 7 0.775 → 0.778 (+prop 0.780); over the four cross-validations
 *     the copies gain +0.0025 on average (one loses 0.002), the propagation 0.002–0.003 more on each.
 *     The modern articles with the --ship-all models 0.918 → 0.915 (0.933 → 0.937 with session 9's
 *     article rules). The summary scores names as a signal, and with this model eval:summary at the
 *     then hand-set names weight fell from +3.0 / +3.0 / +1.7 over the lead (3 / 4 / 5 sentences,
 *     leave-one-article-out) to +2.0 / +1.7 / +0.7; but that weight was a lucky spot of an estimate that
 *     swings by a point, and with the names weight in the summary grid the two models summarise alike
 *     (summary-grid header, session 9). Shipped: persons and places (AUGMENT), names-2026.11.29-8;
 *   - the Ayaspell lexicon (session 8's ae2bc22, re-applied) 0.776 / 0.775 again, and with copies no more
 *     than copies alone; left out;
 *   - 2,609 more places in the gazetteer (CLDR 48's Arabic exemplar cities from cldr-dates-full and
 *     iso3166-2-db's Arabic names of countries and their subdivisions, less one-word names among the 2,000
 *     commonest clitic-free words of the unlabelled text): with copies 0.776 (0.776) against 0.778 (0.796)
 *     on seed 20071; of ANERcorp's 3,504 places only 99 are in the added list (67 of them missed), and it
 *     brings hundreds of new false hits ("الجزيرة", "فارس", "بشار"); left out.
 * Session 10: 88 organisations of the 2015–2026 news (parties, armed groups, international bodies, agencies,
 *   companies) added to KNOWN_ORGANIZATIONS, which the features read, and the model trained again with the
 *   default command: CV 0.776 / +prop 0.778 (seed 20071; 0.781 before), dev split 0.791 (0.799), over all
 *   3,973 sentences +prop 0.779 (0.783). ANERcorp barely names them, so this is the noise of a perturbed
 *   training, and no gain; they went into NEWER_ORGANIZATIONS instead, which only the article rules read
 *   (the shipped model unchanged), where they lift the modern articles 0.952 → 0.954 ("الحزب الجمهوري").
 *   The article rules on ANERcorp (scratch measure: the out-of-fold second-pass tags of seeds 20071 / 7, every
 *   10 sentences taken as an article, refine-mentions run on them): all rules 0.778 → 0.753 (the modern
 *   conventions differ: heads, nisbas, institutions); each stage alone loses or moves ±0.001, except rule 7,
 *   the bold in-article propagation with the rejoining of split names: 0.783 / 0.784 (20 sentences: 0.783 /
 *   0.785), against 0.781 / 0.783 with propagate-names (what `qari tag` uses): +0.002 / +0.001, under the
 *   0.003 asked, so corpus text keeps propagate-names.
 * Measured and not shipped in session 15 (--modern W: the modern news sentences of data/news-sentences as extra
 * training data, their updates weighted W). Dev-only models (seed 20071) trained with the sets written before
 * the session's last two (s13 … s15-d, 750 sentences), the last two held out (s15-e, s15-f: 300 sentences, 875
 * names), scored with the article rules (npm run eval:sentences -- --model): names exactly right 88.5% / 76.1%
 * without, 89.9% / 79.8% at W 0.25, 91.7% / 79.6% at 0.5, 92.1% / 81.9% at 1 (the last from a first conversion
 * of the same sentences); sentences with a names error 31.3% / 48.7% → 24.7% / 43.3% at 0.5. The reader would
 * gain 3 to 6 points on fresh modern sentences. But ANERcorp, whose convention `qari tag` and the target keep,
 * loses: 5-fold CV with propagation 0.781 → 0.784 (0.25), 0.780 (0.5), 0.774 (1); dev split 0.799 → 0.774,
 * 0.789, 0.768; with all seven sets (1,050 sentences) at 0.5, CV 0.775 and dev 0.780 (ORG precision in CV 0.777
 * → 0.699: the modern conventions, nisbas and heads inside names, pull ANERcorp's away). The 7 annotated
 * articles (eval:names, rules on, which were tuned on the shipped model's output): 0.959 → 0.948, 0.954, 0.932.
 * Not shipped in one model; the way to have both is two models, ANERcorp's for `qari tag` and this one for the
 * reader (the worker bundles only the reader's), left for a later session.
 * Shipped in session 16 as that second model (src/engine/models/names/README.md): `--news` (NEWS_WEIGHT, the
 * weight's numbers above it) writes the reader's names-model.json; without the news sentences the script
 * writes `qari tag`'s conll-names-model.json, as before (since session 21 with them trimmed, --conll-news). The reader's model trained as shipped (--ship-all) on
 * the seven sets before s15-g scored s15-g, which no model or rule had learned from: sentences with a names
 * error 49.3% → 41.3%, names exactly right 79.6% → 84.5%; the 7 annotated articles 0.971 → 0.928, back to 0.959
 * with four rules fitted to its errors (a unit's head alone, "شبه" that is no peninsula, two organisations side
 * by side, an unseen given name and family name). The shipped one learns from every set but HELD_OUT_SETS (s15-g,
 * then s16-h and s16-i as each was measured and used); s16-j, held out, went from 67.7% of names right with the
 * session's starting engine to 77.0% (docs/history.md, session 16).
 *
 * Session 17 ran the loop three more times (docs/history.md): each new set scored held out, read for rules, then
 * trained on (`--news`, HELD_OUT_SETS moved on): s16-j (names-2026.11.30-news-4), s17-k (-news-5), s17-l (-news-6),
 * s17-m (-news-7), s17-n (-news-8). Held out, names exactly right: s17-l 70.5% with the session's starting engine, 70.8% with the
 * rules alone, 72.2% with s16-j learned, 73.5% with s17-k too; s17-m 63.4% at the start, 66.1% with the rules
 * alone, 71.7% with s16-j, s17-k and s17-l learned; s17-n 74.1% with -news-6, 75.0% with -news-7; then s17-n was
 * learned too (-news-8, shipped), and s17-o (HELD_OUT_SETS) read 71.9% with -news-7 and 74.0% with -news-8. Each
 * retraining moves a few article rules' cases (test rows
 * of modern-news-sentences.test.ts), and rules fitted to the new model's errors brought them back.
 *
 * Session 18 ran it with six more sets (s17-o, then s18-p … s18-t, written by helpers and each scored held out
 * first): names-2026.11.30-news-9 … -news-11 (shipped; s18-r and s18-u held out: a -news-12 that learned s18-r too got
 * 25 of the 7 annotated articles' mentions wrong against 17, micro 0.948 against 0.965, and was not shipped). Held out, names exactly right against the
 * session's starting engine: s18-p 80.4% → 79.4% (the model that learned s17-o, first rules), s18-q 66.3% → 67.2%,
 * s18-s 63.7% → 66.5% and s18-t 74.9% → 77.6% (-news-10 and rules), s18-r 74.0% → 75.5% (-news-11 and rules; 74.5%
 * with the same rules and news-8). --bags 3 (dev-only, the sets to s18-q): s18-s 68.3% / s18-t 78.5% against one
 * bag's 68.9% / 78.7%: not shipped.
 *
 * Session 19 wrote thirteen sets at once by helpers (s19-v … s19-zh), two of them (s19-x, s19-zb) chosen before any
 * existed to stay held out to the end. -news-13 learned s18-r, s18-u and five of the new sets; a model that left out
 * s19-z and s19-za read them 75.7% → 76.9% of names right against -news-11 (same rules), the 7 annotated articles
 * 0.965 either way. -news-14 (shipped) learned the six sets written midway too (33 sets, about 4,950 sentences); the
 * annotated articles 0.963. On s19-x and s19-zb (1,233 names), the final rules read 74.4% with -news-11, 76.9% with
 * -news-13 and 78.1% with -news-14 (the session's starting engine 74.0%): the sets learned are most of the gain.
 * --modern 2 instead of 1 (model trained without s18-r, s18-u): s18-r 77.3%, s18-u 74.4% against 77.6% and 73.9%, noise.
 * A decode-time bias toward starting names (transitions into B-LOC and B-ORG of the second pass +0.1) read the two
 * held-out sets 76.9% → 79.4% with 11 false names more, but the annotated articles fell 0.965 → 0.953 and EASC's
 * encyclopaedic texts got 251 mentions more, most of them false ("حفيده", "اليتيم"): not shipped. A -news-15 that also
 * learned the session's last eight sets (s19-zi … s19-zp, 41 sets) read the annotated articles 0.959 and broke four
 * regression rows on common words taken for places: not shipped; those eight joined HELD_OUT_SETS, scored once.
 * Session 20: rules for those rows (verbs alone, a court's ruling behind ب), then the same -news-15 shipped: on five
 * sets written in session 20 and scored before anything learned them (s20-c … s20-g, 3,096 names) it read 81.2% of
 * names right against 79.5% with -news-14 and the same rules; the annotated articles 0.961 against 0.963. With the
 * clusters also reading the news sentences' words (--cluster-news) the sets read 81.8%, but the annotated articles
 * 0.942 (a given name lost in one article's person, three times): not shipped.
 * Then -news-16 (46 sets: s20-c … s20-g too) shipped: on seven sets written after it was trained (s20-h … s20-n) and
 * scored before anything learned them, s20-i 76.4% against 75.7% with -news-15 (same rules), s20-j, s20-k, s20-m,
 * s20-n together 78.5% against 76.9% (2,425 names); the annotated articles 0.965 against 0.961.
 * A -news-17 that also learned s20-h … s20-n (53 sets) read seven later sets (s20-o … s20-u, 4,388 names) 81.5%
 * against -news-16's 81.7%, the annotated articles 0.963: not shipped (HELD_OUT_SETS keeps them out).
 * A -news-18 that learned every set but the four held to the end (60 sets) read six sets written after it (s20-v …
 * s20-zb but s20-w, 3,602 names) 83.8% against -news-16's 82.6%, but the annotated articles 0.949 against 0.963: not
 * shipped. The sets and the real articles disagree about every retraining that learns more sets now.
 * Session 21 shipped -news-19, which learned every set but s19-x, s19-zb, s20-a, s20-b and s20-w (66 sets, 9,900
 * sentences): those five (3,168 names, their errors unread) read 85.9% of names right against -news-16's 83.5%, and
 * four sets written while it trained (s21-a … s21-d, 2,487 names) 86.7% against 85.7% (s21-a 82.7% against 83.5%,
 * the other three better); the annotated articles 0.957 against 0.963 (a person run into an unseen verb after it,
 * "دونالد ترامب يربك", and two false bodies and places; 0.951 before a rule joined an institution across a person's
 * initial). Trusted the 5,655 names of nine unread sets over the 244 of the articles.
 * Session 22: a -news-22 that learned s21-a … s21-d too (70 sets, 10,500 sentences; trained in 293 s) read the
 * five sets still unread 86.1% as -news-19 does (2,727 against 2,729 of 3,168 names, the session's rules), four sets written while it
 * trained (s22-a … s22-d: transport, defence, obituaries and history, agriculture and water; 2,400 names) 83.1%
 * against 83.7%, and the annotated articles 0.949 against 0.957: not shipped. The sets' own lesson: their names of
 * invented officials and small places are what both models miss (s22-b … s22-d 79–83%, s22-a 92%).
 * The reader's -news-19 with three bags per pass (--news --bags 3, 650 s, reproduced byte for byte): s22-a … s22-d
 * 83.7% (2,008 against 2,009 names), the five older unread sets 86.2% (2,731 against 2,729; sentences with an error
 * 45.5% against 46.7%), the annotated articles 0.955 against 0.957: no gain, not shipped (`qari tag`'s gains, CONLL_BAGS).
 *
 * Session 20: the clusters also reading the words of the news sentences that are not held out (--cluster-news,
 * 17,931 clustered words against 11,878; tags unused): development slice 0.798 against 0.799 (PERS 0.743, LOC
 * 0.880, ORG 0.773): not shipped. Modern text's words do not help 2007 news.
 *
 * Not tried: self-training: the EASC articles and the pages in ../shared/data are for evaluation only, and
 * AQMAR's words are already in the clusters.
 *
 * The last 10% of the sentences are held out for development (ANERcorp is in document order, so this is
 * a stretch of unseen articles, not a random sample); the scores printed and written to the training
 * report are those of the shipped, quantised model on that slice. Training data is read from
 * ../shared/data and never copied: only the weights are written.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { documentContext } from '../src/engine/names/tagger/document-context.ts'
import { buildGazetteer } from '../src/engine/names/tagger/gazetteer.ts'
import { EXTRA_PLACES } from '../src/engine/names/lists/known-names.ts'
import { LABEL_INDEX, LABELS } from '../src/engine/names/tagger/labels.ts'
import { mapTag } from '../src/engine/names/training/map-tag.ts'
import { decodeNamesModel, encodeTaggerPass, MODEL_FORMAT, PRUNE_STEPS, quantizePass, type EncodedNamesModel } from '../src/engine/names/tagger/model-codec.ts'
import type { NamesModel, TaggerPass } from '../src/engine/names/tagger/names-model.ts'
import { readConll, type ConllSentence } from '../src/engine/names/training/read-conll.ts'
import { DEV_SHARE, splitDev } from '../src/engine/names/training/dev-split.ts'
import { arabicRegionNames } from '../src/engine/names/lists/region-names.ts'
import { scoreSpans, spansFromTags, type SpanScores } from '../src/engine/names/tagger/score-spans.ts'
import { decodePass, tagCorpusSentences, tagSentences } from '../src/engine/names/tagger/tag-sentences.ts'
import { propagateNames } from '../src/engine/names/tagger/propagate-names.ts'
import type { TrainingSentence } from '../src/engine/names/training/train-perceptron.ts'
import { bagPerceptrons } from '../src/engine/names/training/bag-perceptrons.ts'
import { subsampleSentences } from '../src/engine/names/training/subsample-sentences.ts'
import { trainCrf } from '../src/engine/names/training/train-crf.ts'
import { addLabelBias, chooseLabelBias, countSpans, type BiasItem } from '../src/engine/names/training/label-bias.ts'
import { scoreEmissions, transitionMask, viterbi } from '../src/engine/names/tagger/viterbi.ts'
import { describeWords, featurizeInfos, type SentenceFeatures } from '../src/engine/names/tagger/word-features.ts'
import { collectMentions, replaceMentions, withAddedNames } from '../src/engine/names/training/replace-mentions.ts'
import { seededRandom } from '../src/engine/names/training/train-perceptron.ts'
import { addedNames } from '../src/engine/names/training/added-names.ts'
import { DEFAULT_CLUSTER_OPTIONS, encodeWordClusters, learnWordClusters } from '../src/engine/names/training/learn-word-clusters.ts'
import { decodeWordClusters } from '../src/engine/names/tagger/word-clusters.ts'
import { CONLL_MODEL_VERSION, MODEL_VERSION } from '../src/engine/models/names/model-version.ts'
import { readNewsSentences, toConll } from './news-sentences.ts'
import { learnAnercorpConvention, toAnercorpConvention, typeByHead, type AnercorpConvention } from './anercorp-convention.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const DATA = resolve(ROOT, '../shared/data/ner')
const ANERCORP = join(DATA, 'anercorp/ANERCorp_CamelLab_train.txt')
const AQMAR = join(DATA, 'aqmar/articles')
const NEWS_SENTENCES = join(ROOT, 'data/news-sentences')
/** Sentences in the style of ANERcorp's years (2003–2008), for `qari tag`'s model (--era; data/era-sentences/README.md). */
const ERA_SENTENCES = join(ROOT, 'data/era-sentences')
/**
 * Sets of data/news-sentences that no model has learned from yet: --modern, --news and --conll-news leave them out.
 * s19-x, s19-zb, s20-a and s20-b were chosen before they were written to stay held out to the end of session 20; s20-w
 * and s21-a … s21-d chose -news-19 (docs/history.md); session 22 read s21-b's and s21-d's errors for rules, and
 * s22-a … s22-d kept -news-19 over a -news-22 that learned s21-a … s21-d; session 23 read s21-a's, s21-c's and s22-b's …
 * s22-d's errors for rules (s22-a and the five older still unread), and scored s23-a … s23-d, written while it worked, with
 * its starting and final engines (unread).
 */
const HELD_OUT_SETS = ['s19-x', 's19-zb', 's20-a', 's20-b', 's20-w', 's21-a', 's21-b', 's21-c', 's21-d', 's22-a', 's22-b', 's22-c', 's22-d',
  's23-a', 's23-b', 's23-c', 's23-d']
/**
 * `qari tag`'s model (--conll-news) learned the 46 sets the reader's had learned when its weight was chosen (session
 * 21): it leaves these out too. Learning 66 at the same weight read lower (cross-validation 0.791 / 0.787 on the two
 * seeds, development slice 0.796 / 0.786), as a higher weight did; at 0.07 (about the same total weight) 0.791 / 0.792
 * (0.806 / 0.788): no better in cross-validation, which chooses. The sets' debatable events tagged MISC where ANERcorp's
 * names under their head mostly are ("كأس", "دوري"; about 300 items, O otherwise): 0.795 / 0.791 (0.785 / 0.785), left out.
 */
const CONLL_HELD_OUT_SETS = [...HELD_OUT_SETS, 's20-h', 's20-i', 's20-j', 's20-k', 's20-l', 's20-m', 's20-n', 's20-o', 's20-p', 's20-q', 's20-r',
  's20-s', 's20-t', 's20-u', 's20-v', 's20-x', 's20-y', 's20-z', 's20-za', 's20-zb']
const MODEL_DIR = join(ROOT, 'src/engine/models/names')
/**
 * Qari ships two models of one kind (src/engine/models/names/README.md). A model trained with the news
 * sentences as they are (--modern, or --news) is the reader's; one without them, or with them trimmed to ANERcorp's
 * convention (--conll-news, --modern-anercorp), keeps ANERcorp's convention for `qari tag`.
 */
const TARGETS = {
  reader: { file: 'names-model.json', report: 'TRAINING-REPORT.md', version: MODEL_VERSION, title: "the reader's model" },
  conll: { file: 'conll-names-model.json', report: 'CONLL-TRAINING-REPORT.md', version: CONLL_MODEL_VERSION, title: "`qari tag`'s model, in ANERcorp's convention" },
}
/**
 * --news: the reader model's settings, the news sentences at the weight of ANERcorp's own (1). Session 16,
 * dev-only models, article rules on, names exactly right on sets no model had seen: with the five sets s13–s15-d,
 * weight 1 / 2 scored E 92.6% / 92.3%, F 84.2% / 85.4%, G 83.8% / 84.0% (the ANERcorp-only model: 90.3%, 79.4%,
 * 79.6%); with seven sets, weight 0.5 / 0.75 / 1 scored G 82.9% / 84.9% / 84.9%; the 7 annotated articles 0.932 /
 * 0.938 / 0.940 (0.959 with the ANERcorp-only model, whose errors the rules were written from).
 */
const NEWS_WEIGHT = 1
/**
 * --conll-news: `qari tag`'s model learns the news sentences too, trimmed to ANERcorp's convention
 * (anercorp-convention.ts), at this weight. Session 21, 5-fold cross-validation with propagation (development
 * split in brackets), seed 20071 / seed 7, the 46 sets the reader's model learns (6,900 sentences):
 *   ANERcorp alone                        0.781 (0.799) / 0.783 (0.788)
 *   weight 0.05                           0.791 (0.801) / 0.791 (0.784)
 *   weight 0.1                            0.793 (0.799) / 0.792 (0.793)   shipped
 *   weight 0.15                           0.792 (0.794)
 *   weight 0.25                           0.790 (0.781)
 * (a venue the sets let be ORG or LOC typed MISC where ANERcorp's names under its head mostly are: 0.1 without it
 * 0.794 (0.797), 0.15 0.789 (0.787) / 0.789 (0.783), 0.25 0.790 (0.781)). The news sentences as they are, in the
 * reader's convention, had cost cross-validation (session 15: 0.781 → 0.774 at weight 1). The first pass gains
 * most (0.760 → 0.774 / 0.762 → 0.776); ORG recall rises (0.509 → 0.570), its precision falls (0.777 → 0.722).
 * By tenths of the training sentences in document order (out of fold, weight 0.15, seed 20071) 7 of 10 gain, by
 * up to 0.027, two lose 0.012 and 0.001. Measured and left out at weight 0.1: the sets training the first pass only
 * 0.780 (0.793) / 0.782 (0.785), the second only 0.790 (0.794), 0.1 in the first and 0.2 in the second 0.788
 * (0.799); the clusters reading the sets' words too (--cluster-news) 0.794 (0.796).
 * Session 22, the same measure against the shipped 0.793 (0.799) / 0.792 (0.793), measured and left out (commit
 * 0541630 has the code of the last two):
 *   - the converter also dropping one-word names of a word ANERcorp mostly leaves untagged, and names trimmed down
 *     to one ("شركة" left of "شركة الاتصالات", "الجيش", "البرلمان", "الهلال"; 683 of 42,981 names): 0.794 (0.793)
 *     / 0.789 (0.793);
 *   - AQMAR trimmed to ANERcorp's convention too (--aqmar-anercorp: "منتخب البرتغال" → "البرتغال", "الدوري الأسباني"
 *     → none; 9,319 → 8,469 name words): at AQMAR's 0.1 0.797 (0.803) / 0.790 (0.790), at 0.2 0.793 (0.792) /
 *     0.794 (0.787);
 *   - a lexicon of the sets' name words as three word classes (--lexicon, name-lexicon.ts: a word form under the
 *     type it names most often where it is named at least as often as not; 7,103 person, 7,032 place, 4,667
 *     organisation forms): with the sets reading their own lexicon 0.786 (0.786) / 0.786 (0.783), precision falls
 *     (the sets find every one of their name words in it); each set sentence reading the lexicon of the other folds'
 *     sets, all three types 0.793 (0.801), persons only 0.794 (0.805) / 0.790 (0.799), persons and AQMAR trimmed
 *     0.792 (0.807), persons and the sets' 6,053 organisations of two words or more as organisation phrases
 *     0.788 (0.796) / 0.794 (0.796). Persons only lift the development slice on both seeds (+0.006) but not
 *     cross-validation (−0.0005 on average), which chooses, as before.
 * Session 23, the same measure with three bags, against the shipped 0.797 (0.796):
 *   - the 6,930 of the 66 sets' 9,900 sentences most like ANERcorp's (as many as the 46 sets give; cross-entropy
 *     difference of unigram models, Moore & Lewis 2010; --modern-select 0.7 --modern-pool-all, commit 2138f08): 0.794
 *     (0.795). Sets on transport, defence or farming lose most of their sentences, politics keeps most; no better;
 *   - rules after the tagger for corpus text, on the out-of-fold tags (--dump-oof, each fold's word statistics from the
 *     other four): a name's last word that the other folds leave untagged 95% of the time or more leaves the name
 *     0.7953 (persons only; all types 0.7929), a person's inner word with "و" starts another person 0.7961, an untagged
 *     known one-word place becomes one 0.7958, against 0.7969: the tagger already weighs what they know.
 * Session 24, the same measure (three bags, seed 20071), against the shipped 0.797 (0.796):
 *   - --era W: the sentences of data/era-sentences, written by eight helpers in the style of 2003–2008 newswire about
 *     that time's people, organisations and places (ANERcorp's own years; its text mentions 2000–2007 most), trimmed
 *     to ANERcorp's convention. 597 of the 3,466 ANERcorp names that the other folds never name are named in them
 *     (out-of-fold recall of those 0.740, of names the other folds name 0.920), which looked like room. Two sets at
 *     0.3 0.796 (0.795), at 1 0.794 (0.790); all eight (1,200 sentences, 9,928 name words) at 0.2 0.796 (0.794), at 0.5
 *     0.794 (0.793): the 597 rise to 0.745 / 0.757 while the names already seen fall (0.920 → 0.914 / 0.909), and ORG
 *     precision falls. Most of what the tagger misses among those names is ANERcorp's own boundaries and types
 *     ("جنوب [أفريقيا]", "[الولايات المتحدة]" as ORG), not the words. The reader's model (--news, one bag, dev-only
 *     models) with them at 1: the 17 held-out sets 86.5% → 86.7% of 10,446 names, the annotated articles 0.953 →
 *     0.943: not taken either;
 *   - a person's last word standing bare (untagged, at least four letters without its article) within 15 sentences of
 *     the whole name tagged becomes that person, on the out-of-fold tags after propagation: 0.7978 against 0.7969 (the
 *     first word instead 0.7970, both 0.7980; three letters 0.793): under the 0.003 asked of a change;
 *   - the era sentences' name words as word classes instead (--era-lexicon, commit 6192854 has the code: session 22's
 *     name-lexicon.ts over the era sentences trimmed to ANERcorp's convention, 2,226 person, 1,195 place and 1,215
 *     organisation forms; the sentences themselves not learned): 0.796 (0.812), seed 7 0.795 (0.806) against 0.795
 *     (0.794); persons only 0.798 (0.806). The slice rises on both seeds, cross-validation does not, as with the news
 *     sets' lexicon in session 22; by fold (seed 20071) 0.804 0.789 0.766 0.797 0.822 → 0.814 0.787 0.744 0.801 0.820,
 *     so the slice's gain is one stretch's luck, not the years nearest the test split (the fifth fold, which borders
 *     the slice, loses 0.002). Left out.
 */
const CONLL_NEWS_WEIGHT = 0.1
/**
 * --conll-news trains each pass as three perceptrons on different shuffles, their weights averaged (--bags 3): with the
 * news sentences the shuffle matters more than with ANERcorp alone (session s6: +0.001). Session 22, 5-fold
 * cross-validation with propagation (development slice in brackets), seed 20071 / 7: one bag 0.793 (0.799) / 0.792
 * (0.793), three bags 0.797 (0.796) / 0.795 (0.794): +0.004 / +0.003 on both seeds; the model is no larger (0.99 MB
 * gzipped for a dev-only model against 1.05), training takes three times as long. Five bags: 0.798 (0.795) / 0.796
 * (0.792), +0.001 on each seed over three, under the 0.003 asked of a change; three stay.
 */
const CONLL_BAGS = 3
/** A model trained with the news sentences as they are is the reader's; with none, or trimmed to ANERcorp's convention, `qari tag`'s. */
const targetOf = (options: { modernWeight: number; modernAnercorp: boolean }) =>
  options.modernWeight > 0 && !options.modernAnercorp ? TARGETS.reader : TARGETS.conll

/** Folds for the first pass's out-of-fold predictions that train the second pass (stacking). */
const FOLDS = 5
const SEED_DEFAULT = 20071
/**
 * AQMAR's Wikipedia sentences train beside ANERcorp's news with their perceptron updates scaled by this
 * (--aqmar W; 0 leaves them out). 5-fold CV on the ANERcorp training sentences only (AQMAR in folds of
 * its own, always training, never scored), second pass micro F1, seeds 20071 / 7: without 0.763 / 0.762,
 * weight 0.05 0.769, 0.1 0.771 / 0.770, 0.2 0.763, 0.3 0.765 (weight 1, the old --aqmar, had given 0.727); dev
 * split 0.789 / 0.778 without, 0.787, 0.785 / 0.774, 0.780, 0.773. Its other domain and conventions hurt at
 * full weight; a tenth adds names and contexts without pulling the news conventions away.
 */
const AQMAR_WEIGHT = 0.1
/**
 * --pa's default: passive-aggressive (PA-I) updates capped at 0.01 instead of the perceptron's unit step
 * (train-perceptron.ts). 5-fold CV, second pass micro F1, seeds 20071 / 7 (dev split in brackets):
 * perceptron 0.771 (0.785) / 0.770 (0.774); C 0.001 0.768 (0.772); C 0.003 0.771 (0.788); C 0.01 0.776
 * (0.779) / 0.776 (0.788); C 0.03 0.774 (0.794); C 0.1 0.774 (0.794) / 0.773 (0.784) (from 0.03 up the cap
 * no longer binds: the same model). The first pass gains as well (0.747 → 0.754 / 0.748 → 0.753): a
 * step sized to the mistake (the smallest that fixes it, capped) over-reacts less to one odd sentence
 * than a unit step; too small a cap (0.001) leaves the weights short of separating what they could.
 */
const PA_C = 0.01
/**
 * Mention replacement (--augment, --augment-second, --augment-added, --augment-copies, --augment-types):
 * since session 9 the shipped model trains on one copy of each sentence with its persons and places
 * replaced, both passes at weight 0.5, half the names from the hand-written lists. Leaving the
 * organisations as they are is what changed the verdict: the modern articles' organisations no longer
 * suffer, ANERcorp gains as much (+0.0025 on average over four cross-validations, +0.004 / +0.007 with
 * the propagation on the two deciding seeds, the dev split 0.789 → 0.799), and PERS recall rises most
 * (dev 0.680 → 0.734). Session 7's verdict on replacing all three types follows. The best setting measured (one copy of each training
 * sentence, half its replacement names from the hand-written lists, both passes at weight 0.5: pass
 * `--augment 0.5 --augment-second 0.5`) scored, in 5-fold CV (second pass micro F1), seeds 20071 / 7,
 * 0.778 and 0.779 (two draws of names) / 0.781 and 0.777 against 0.775 / 0.774 without; dev split 0.796,
 * 0.790 / 0.781, 0.786 against 0.791 / 0.782. The names no training sentence holds are what helps: copies
 * with the fold's own names only, in either pass or both, gained nothing (session 6 and 7 paragraphs of
 * the header). Checked by the lead with --ship-all's second cross-validation over all 3,973 sentences as
 * well (without → with copies): seed 20071 0.775 → 0.778 (3,575 sentences) and 0.782 → 0.777 (3,973);
 * seed 7 0.774 → 0.781 and 0.775 → 0.781: three of four gain, one loses, mean +0.003, inside the spread
 * of one setting across draws and seeds (~0.007). The shipped-style model (--ship-all, seed 20071) scored
 * the 7 modern articles 0.878 against today's 0.896 (bbcarabic 0.857 → 0.803, cnnarabic 0.780 → 0.772,
 * lbcgroup 0.667 → 0.636), and 0.79 MB gzipped against 0.70. A gain inside the noise on ANERcorp and a
 * loss on the articles readers read: not shipped (session 7).
 */
const AUGMENT = { first: 0.5, second: 0.5, added: 0.5, copies: 1, types: ['PERS', 'LOC'] }
let SEED = SEED_DEFAULT

/** The command line of this run, as the training report states it (the arguments given, in order). */
function trainCommand(): string {
  const given = process.argv.slice(2).filter((arg) => arg !== '--')
  return given.length ? `npm run train:names -- ${given.join(' ')}` : 'npm run train:names'
}

interface Options {
  epochs: number
  hashBits: number
  window: number
  minCount: number
  /**
   * --modern W: the modern news sentences of data/news-sentences (all sets but HELD_OUT_SETS, or --modern-sets a,b) as extra training
   * data, their updates weighted W; 0: not used (the shipped model; see the session 15 paragraph of the header).
   */
  modernWeight: number
  modernSets?: string[]
  modernCount?: number
  /**
   * --era W: the sentences of data/era-sentences (written in the style of ANERcorp's years, 2003–2008), their updates
   * weighted W; 0: not used. For `qari tag`'s model their names are trimmed to ANERcorp's convention as --conll-news
   * trims the news sentences'; the reader's (--news) learns them as they are.
   */
  era: number
  eraCount?: number
  /** Weight of AQMAR's sentences as extra training data (perceptron updates scaled by it); 0: not used. */
  aqmar: number
  devOnly: boolean
  /** Choose a per-label decode bias for the second pass by cross-validation (label-bias.ts). */
  labelBias: boolean
  /** --pers-bias (implies --label-bias): search the bias of B-PERS and I-PERS only. */
  persBias: boolean
  /** Score the second pass out of fold on the training sentences (cross-validation, to choose settings). */
  cv: boolean
  trainer: 'perceptron' | 'crf'
  /**
   * After scoring the development split with a model trained without it, train the shipped model again
   * on all of the train file (development split included): 10% more, and the most recent, articles.
   */
  shipAll: boolean
  /** CRF only: L2 penalty and AdaGrad step. */
  l2: number
  rate: number
  /** Perceptron only: loss-augmented training margins (train-perceptron.ts). */
  margin: number
  recallMargin: number
  /** Perceptron only: passive-aggressive (PA-I) updates capped at this step; 0: perceptron updates. */
  paC: number
  clusters: boolean
  /** --modern's sentences trimmed to ANERcorp's convention first (anercorp-convention.ts), for `qari tag`'s model. */
  modernAnercorp: boolean
  /** The clusters also read the words of the news sentences that are not held out (their tags unused). */
  clusterNews: boolean
  /** Perceptrons trained per pass with different shuffles, their weights averaged (one model). */
  bags: number
  /** The perceptrons' shuffling seed: another seed shows how much of a score difference is noise. */
  seed: number
  /**
   * Learning curve: the share of ANERcorp's training sentences any model trains on (1: all); the others
   * are still decoded and scored out of fold (subsample-sentences.ts). AQMAR is never subsampled.
   */
  subsample: number
  /** Runs of this many consecutive sentences are kept or dropped together (1: single sentences). */
  subsampleBlock: number
  /** The subsample's seed (default: --seed), so the drawn sentences can vary apart from the shuffles. */
  subsampleSeed: number
  /** Weight of the mention-replaced copies that train the first pass (replace-mentions.ts); 0: none. */
  augment: number
  /** How many mention-replaced copies of each training sentence. */
  augmentCopies: number
  /** Share of the replacements drawn from the hand-written names (added-names.ts) instead of the fold's. */
  augmentAdded: number
  /** Weight of the same copies in the second pass (with their own out-of-fold document context); 0: none. */
  augmentSecond: number
  /** The replacements' seed (default: --seed), so another draw of names can be measured apart from the shuffles. */
  augmentSeed: number
  /** The name types the copies replace (--augment-types PERS,LOC,ORG). */
  augmentTypes: string[]
  /** With --cv: write each training sentence's words, gold tags and out-of-fold second-pass tags (JSON lines). */
  dumpOof?: string
}

function parseOptions(args: string[]): Options {
  const value = (name: string, fallback: number) => {
    const at = args.indexOf(name)
    return at >= 0 ? Number(args[at + 1]) : fallback
  }
  return {
    epochs: value('--epochs', 10),
    hashBits: value('--hash-bits', 20),
    window: value('--window', 15),
    minCount: value('--min-count', 2),
    aqmar: value('--aqmar', AQMAR_WEIGHT),
    modernWeight: value('--modern', args.includes('--news') ? NEWS_WEIGHT : args.includes('--conll-news') ? CONLL_NEWS_WEIGHT : 0),
    era: value('--era', 0),
    modernSets: args.includes('--modern-sets') ? args[args.indexOf('--modern-sets') + 1].split(',') : undefined,
    devOnly: args.includes('--dev-only'),
    clusters: !args.includes('--no-clusters'),
    clusterNews: args.includes('--cluster-news'),
    modernAnercorp: args.includes('--modern-anercorp') || args.includes('--conll-news'),
    seed: value('--seed', SEED_DEFAULT),
    bags: value('--bags', args.includes('--conll-news') ? CONLL_BAGS : 1),
    labelBias: args.includes('--label-bias') || args.includes('--pers-bias'),
    persBias: args.includes('--pers-bias'),
    shipAll: args.includes('--ship-all') || args.includes('--news'),
    cv: args.includes('--cv') || args.includes('--label-bias') || args.includes('--pers-bias'),
    trainer: args.includes('--crf') ? 'crf' : 'perceptron',
    l2: value('--l2', 1),
    rate: value('--rate', 0.1),
    margin: value('--margin', 0),
    recallMargin: value('--recall-margin', 0),
    paC: value('--pa', PA_C),
    subsample: value('--subsample', 1),
    subsampleBlock: value('--subsample-block', 1),
    subsampleSeed: value('--subsample-seed', value('--seed', SEED_DEFAULT)),
    augment: value('--augment', AUGMENT.first),
    augmentCopies: value('--augment-copies', AUGMENT.copies),
    augmentAdded: value('--augment-added', AUGMENT.added),
    augmentSecond: value('--augment-second', AUGMENT.second),
    augmentSeed: value('--augment-seed', value('--seed', SEED_DEFAULT)),
    augmentTypes: args.includes('--augment-types') ? args[args.indexOf('--augment-types') + 1].split(',') : AUGMENT.types,
    dumpOof: args.includes('--dump-oof') ? args[args.indexOf('--dump-oof') + 1] : undefined,
  }
}

/** The news-sentence sets a model may learn from: --modern-sets, or every set but the held-out ones. */
function trainingNewsSets(options: Options): string[] {
  return options.modernSets ?? readdirSync(NEWS_SENTENCES).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4))
    .filter((set) => !(options.modernAnercorp ? CONLL_HELD_OUT_SETS : HELD_OUT_SETS).includes(set))
}

/**
 * The sentences of set files (data/news-sentences' format) as training sentences, each name of either type (ORG/LOC)
 * typed as ANERcorp types names under its head when a convention is given; the trimming itself is the caller's.
 */
function readSetSentences(paths: readonly string[], convention?: AnercorpConvention): ConllSentence[] {
  return paths.flatMap((path) => toConll(readNewsSentences(path), convention && typeByHead(convention)))
    .map((s) => ({ words: s.words, tags: s.tags.map(mapTag) }))
}

function formatScores(scores: SpanScores): string {
  const rows = ['| type | gold | predicted | precision | recall | F1 |', '|---|---:|---:|---:|---:|---:|']
  const row = (name: string, s: SpanScores['micro']) =>
    `| ${name} | ${s.gold} | ${s.predicted} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} |`
  for (const [type, s] of Object.entries(scores.byType)) rows.push(row(type, s))
  rows.push(row('**micro PERS/LOC/ORG**', scores.micro))
  return rows.join('\n')
}

/** Per-type P/R and micro F1 of out-of-fold items decoded with `bias`. */
function outOfFoldScores(items: readonly BiasItem[], bias: readonly number[]): string {
  const L = LABELS.length
  const counts = Array.from({ length: 4 }, () => ({ gold: 0, predicted: 0, correct: 0 }))
  const mask = transitionMask(LABELS)
  for (const item of items) countSpans(item.gold, viterbi(item.emissions, addLabelBias(item.transitions, bias, L), mask, L), 4, counts)
  const micro = counts.slice(0, 3).reduce((sum, c) => ({ gold: sum.gold + c.gold, predicted: sum.predicted + c.predicted, correct: sum.correct + c.correct }))
  const types = counts.map((c, k) => `${LABELS[1 + 2 * k].slice(2)} P ${(c.correct / c.predicted).toFixed(3)} R ${(c.correct / c.gold).toFixed(3)}`)
  return `${types.join('; ')}; micro F1 ${((2 * micro.correct) / (micro.gold + micro.predicted)).toFixed(3)}`
}

/**
 * Trains both passes on `train` (first-pass folds for the second pass's document context, optional
 * out-of-fold scoring and label bias) and returns the encoded model as JSON.
 */
type EncodedClusters = ReturnType<typeof encodeWordClusters>

function trainModel(
  train: readonly ConllSentence[],
  extra: readonly ConllSentence[],
  options: Options,
  places: string[],
  clusters: EncodedClusters | undefined,
  elapsed: () => string,
): { json: string; crossValidated: string } {
  // The gazetteer reads the clusters as the extension will: from their encoded form.
  const gazetteer = buildGazetteer(places, decodeWordClusters(clusters))
  const mask = (1 << options.hashBits) - 1
  const L = LABELS.length
  // `extra` (AQMAR) always trains, weighted, in folds of its own, and is never scored.
  const all = train.concat(extra)
  const n = train.length
  // AQMAR's sentences come first in `extra`, then --modern's, then --era's (each at its own weight).
  const aqmarCount = extra.length - (options.modernCount ?? 0) - (options.eraCount ?? 0)
  const eraStart = extra.length - (options.eraCount ?? 0)
  const weightOf = (i: number) =>
    i < n ? undefined : i - n < aqmarCount ? options.aqmar : i - n < eraStart ? options.modernWeight : options.era
  const foldSize = Math.ceil(n / FOLDS)
  const extraFoldSize = Math.max(1, Math.ceil(extra.length / FOLDS))
  const foldOf = (i: number) => (i < n ? Math.floor(i / foldSize) : Math.floor((i - n) / extraFoldSize))
  const sample = (features: SentenceFeatures, i: number): TrainingSentence => ({ features, gold: gold[i], weight: weightOf(i) })
  // --subsample: sentences left out of every training set below (still decoded and scored out of fold).
  const kept = options.subsample < 1 ? subsampleSentences(n, options.subsample, options.subsampleSeed, options.subsampleBlock) : undefined
  const trains = (i: number) => i >= n || !kept || kept[i]
  if (kept) console.log(`subsample: training on ${kept.filter(Boolean).length} of ${n} training sentences (share ${options.subsample}, blocks of ${options.subsampleBlock}, seed ${options.subsampleSeed})`)
  const fit = (data: TrainingSentence[], seed: number) => {
    const common = { labels: LABELS, hashBits: options.hashBits, epochs: options.epochs, seed, minCount: options.minCount }
    if (options.trainer === 'crf') return trainCrf(data, { ...common, l2: options.l2, rate: options.rate })
    return bagPerceptrons(data, { ...common, margin: options.margin, recallMargin: options.recallMargin, paC: options.paC }, options.bags)
  }
  const infos = all.map((s) => describeWords(s.words, gazetteer))
  const gold = all.map((s) => Int32Array.from(s.tags.map((tag) => LABEL_INDEX.get(mapTag(tag)) ?? 0)))
  const firstFeatures = infos.map((info) => featurizeInfos(info, mask))
  // --augment / --augment-second: mention-replaced copies of the training sentences (Dai & Adel 2020)
  // train the first pass at one weight and the second at another (AUGMENT). A copy is in its source
  // sentence's fold and its names come from that fold (a fold being scored never lends its names to the
  // rest) or, a share --augment-added of them, from the hand-written lists: names no training sentence
  // holds, which is what helps (the header's session 7 paragraph). Copies of sentences without a PERS /
  // LOC / ORG name do not train. For the second pass each copy is a stream in document order (a replaced
  // name recurs as the original did, the same name replaced the same way throughout its fold), decoded
  // out of fold by the first pass for its own document context.
  const copies: { source: number; infos: ReturnType<typeof describeWords>; trains: boolean; sample: TrainingSentence }[] = []
  if (options.augment > 0 || options.augmentSecond > 0) {
    const random = seededRandom(options.augmentSeed ^ 0x2545f491)
    const mapped = train.map((s) => ({ words: s.words, tags: s.tags.map(mapTag) }))
    const added = options.augmentAdded > 0 ? addedNames(places) : undefined
    for (let copy = 0; copy < options.augmentCopies; copy++) {
      for (let fold = 0; fold < FOLDS; fold++) {
        const start = fold * foldSize
        const own = mapped.slice(start, start + foldSize)
        const foldPool = collectMentions(own, options.augmentTypes)
        const pool = added ? withAddedNames(foldPool, added, options.augmentAdded) : foldPool
        const memo = new Map<string, string[]>()
        own.forEach((s, k) => {
          // Any tag of a replaced type, B- or I- (a few ANERcorp names open with I-, and are replaced too).
          const named = s.tags.some((tag) => tag !== 'O' && options.augmentTypes.includes(tag.slice(2)))
          if (!named && options.augmentSecond === 0) return
          const replaced = replaceMentions(s, pool, random, memo)
          const copyInfos = describeWords(replaced.words, gazetteer)
          const copyGold = Int32Array.from(replaced.tags.map((tag) => LABEL_INDEX.get(tag) ?? 0))
          const sample = { features: featurizeInfos(copyInfos, mask), gold: copyGold, weight: options.augment }
          copies.push({ source: start + k, infos: copyInfos, trains: named, sample })
        })
      }
    }
    console.log(`augment: ${copies.filter((c) => c.trains).length} mention-replaced copies at weight ${options.augment} train the first pass, ${options.augmentSecond} the second` +
      (added ? ` (${options.augmentAdded} of the names drawn from the hand-written lists)` : ''))
  }

  // The second pass must learn from first-pass tags as wrong as they will be on unseen text, so each
  // training sentence gets the tags of a first pass trained without its fold.
  const outOfFold: string[][] = new Array(all.length)
  const copyOutOfFold: string[][] = new Array(copies.length)
  const shell = (pass: TaggerPass): NamesModel => ({
    version: targetOf(options).version, labels: LABELS, hashBits: options.hashBits, gazetteer, conllWindow: options.window,
    first: pass, second: pass,
  })
  for (let fold = 0; fold < FOLDS; fold++) {
    const data = []
    for (let i = 0; i < all.length; i++) if (foldOf(i) !== fold && trains(i)) data.push(sample(firstFeatures[i], i))
    if (options.augment > 0) for (const c of copies) if (c.trains && foldOf(c.source) !== fold && trains(c.source)) data.push(c.sample)
    const trained = fit(data, SEED + fold)
    const pass = { ...trained, scale: 1 }
    for (let i = 0; i < all.length; i++) if (foldOf(i) === fold) outOfFold[i] = decodePass(shell(pass), pass, firstFeatures[i])
    if (options.augmentSecond > 0) copies.forEach((c, k) => { if (foldOf(c.source) === fold) copyOutOfFold[k] = decodePass(shell(pass), pass, c.sample.features) })
    console.log(`first pass, fold ${fold + 1}/${FOLDS} done (${elapsed()})`)
  }
  // Cross-validation on the training sentences (first pass, out-of-fold tags): a second measure beside the
  // development split, so a change chosen by looking at dev errors can be checked on text it was not chosen on.
  const firstCv = scoreSpans(train.map((s, i) => ({ gold: spansFromTags(s.tags.map(mapTag)), predicted: spansFromTags(outOfFold[i]) })))
  console.log(`first pass, ${FOLDS}-fold cross-validation on the training sentences: ` +
    ['PERS', 'LOC', 'ORG'].map((type) => `${type} F1 ${firstCv.byType[type]?.f1.toFixed(3)}`).join(', ') +
    `, micro P ${firstCv.micro.precision.toFixed(3)} R ${firstCv.micro.recall.toFixed(3)} F1 ${firstCv.micro.f1.toFixed(3)}`)
  const firstCopies = options.augment > 0 ? copies.filter((c) => c.trains && trains(c.source)).map((c) => c.sample) : []
  const firstTrained = fit(firstFeatures.map(sample).filter((_, i) => trains(i)).concat(firstCopies), SEED)
  console.log(`first pass on all training sentences done (${elapsed()})`)
  const contexts = [
    ...documentContext(infos.slice(0, n), outOfFold.slice(0, n), options.window),
    ...documentContext(infos.slice(n), outOfFold.slice(n), options.window),
  ]
  const secondFeatures = infos.map((info, i) => featurizeInfos(info, mask, contexts[i]))
  // --augment-second: each copy stream (n sentences in document order) gets its own document context.
  const secondCopies: { source: number; sample: TrainingSentence }[] = []
  if (options.augmentSecond > 0) {
    for (let at = 0; at < copies.length; at += n) {
      const stream = copies.slice(at, at + n)
      const streamContexts = documentContext(stream.map((c) => c.infos), copyOutOfFold.slice(at, at + n), options.window)
      stream.forEach((c, k) => {
        if (!c.trains) return
        const features = featurizeInfos(c.infos, mask, streamContexts[k])
        secondCopies.push({ source: c.source, sample: { features, gold: c.sample.gold, weight: options.augmentSecond } })
      })
    }
  }
  const secondTrained = fit(secondFeatures.map(sample).filter((_, i) => trains(i)).concat(secondCopies.filter((c) => trains(c.source)).map((c) => c.sample)), SEED + 100)
  console.log(`second pass done (${elapsed()})`)

  // Cross-validated decode bias: second passes trained without each fold score that fold, and the
  // per-label bias that maximises the out-of-fold micro F1 is folded into the shipped transitions.
  let labelBias = new Array<number>(L).fill(0)
  let crossValidated = `out-of-fold first pass: micro F1 ${firstCv.micro.f1.toFixed(3)}`
  if (options.cv) {
    const items: BiasItem[] = []
    const itemFolds: number[] = []
    for (let fold = 0; fold < FOLDS; fold++) {
      const data = []
      for (let i = 0; i < all.length; i++) if (foldOf(i) !== fold && trains(i)) data.push(sample(secondFeatures[i], i))
      for (const c of secondCopies) if (foldOf(c.source) !== fold && trains(c.source)) data.push(c.sample)
      const trained = fit(data, SEED + 100 + fold)
      for (let i = 0; i < n; i++) {
        if (foldOf(i) !== fold) continue
        items.push({ emissions: scoreEmissions(secondFeatures[i], trained.weights, L), transitions: trained.transitions, gold: gold[i] })
        itemFolds.push(fold)
      }
      console.log(`second pass, fold ${fold + 1}/${FOLDS} done (${elapsed()})`)
    }
    crossValidated += `; out-of-fold second pass: ${outOfFoldScores(items, labelBias)}`
    // Items are in sentence order (folds are contiguous), one per ANERcorp training sentence.
    const transitions = transitionMask(LABELS)
    const oofTags = items.map((item) => Array.from(viterbi(item.emissions, addLabelBias(item.transitions, labelBias, L), transitions, L), (k) => LABELS[k]))
    const propagated = propagateNames(train.map((s) => s.words), oofTags, { window: options.window })
    const withPropagation = scoreSpans(train.map((s, i) => ({ gold: spansFromTags(s.tags.map(mapTag)), predicted: spansFromTags(propagated[i]) })))
    crossValidated += `; with propagation (as a CoNLL file is tagged): micro F1 ${withPropagation.micro.f1.toFixed(3)}`
    console.log(crossValidated)
    if (options.dumpOof) {
      const lines = items.map((_, i) => JSON.stringify({ words: train[i].words, gold: train[i].tags.map(mapTag), predicted: oofTags[i] }))
      writeFileSync(options.dumpOof, lines.join('\n') + '\n')
      console.log(`out-of-fold second-pass tags written to ${options.dumpOof}`)
    }
    if (options.labelBias) {
      // Candidate biases in units of the median gap between a token's two best label scores, so the grid
      // fits the perceptron's large scores and the CRF's log-odds alike.
      const gaps: number[] = []
      for (const { emissions } of items) {
        for (let t = 0; t < emissions.length; t += L) {
          const row = Array.from(emissions.subarray(t, t + L)).sort((x, y) => y - x)
          gaps.push(row[0] - row[1])
        }
      }
      gaps.sort((x, y) => x - y)
      const unit = gaps[gaps.length >> 1]
      const grid = Array.from({ length: 31 }, (_, k) => Math.round((k - 10) * 0.1 * unit * 1000) / 1000)
      const searched = options.persBias ? [LABEL_INDEX.get('B-PERS')!, LABEL_INDEX.get('I-PERS')!] : undefined
      const biasOptions = { labels: LABELS, microTypes: ['PERS', 'LOC', 'ORG'], grid, rounds: 3, searched }
      // Nested: each fold decoded with the bias chosen on the other four, so the printed score is not
      // one the bias was chosen on (the bias chosen on all five folds scores itself optimistically).
      const nested: BiasItem[] = []
      const nestedBias: number[][] = []
      for (let fold = 0; fold < FOLDS; fold++) {
        const chosen = chooseLabelBias(items.filter((_, k) => itemFolds[k] !== fold), biasOptions).bias
        nestedBias.push(chosen)
        items.forEach((item, k) => {
          if (itemFolds[k] === fold) nested.push({ ...item, transitions: addLabelBias(item.transitions, chosen, L) })
        })
      }
      crossValidated += `; nested (bias chosen on the other folds ${JSON.stringify(nestedBias)}): ${outOfFoldScores(nested, new Array<number>(L).fill(0))}`
      labelBias = chooseLabelBias(items, biasOptions).bias
      crossValidated += `; with label bias ${JSON.stringify(labelBias)}: ${outOfFoldScores(items, labelBias)}`
      console.log(`label bias chosen (${elapsed()}): ${crossValidated}`)
    }
  }
  secondTrained.transitions = addLabelBias(secondTrained.transitions, labelBias, L)

  const quantized = {
    first: quantizePass(firstTrained.weights, firstTrained.transitions, L),
    second: quantizePass(secondTrained.weights, secondTrained.transitions, L),
  }
  const encoded: EncodedNamesModel = {
    format: MODEL_FORMAT, version: targetOf(options).version, labels: [...LABELS], hashBits: options.hashBits,
    conllWindow: options.window, places, clusters, first: encodeTaggerPass(quantized.first, L), second: encodeTaggerPass(quantized.second, L),
  }
  // Score exactly what ships: the encoded file decoded as the extension decodes it.
  const json = JSON.stringify(encoded)
  return { json, crossValidated }
}

function main(): void {
  const options = parseOptions(process.argv.slice(2))
  SEED = options.seed
  if (!existsSync(ANERCORP)) {
    console.log(`ANERcorp is absent (${ANERCORP}): nothing to train.`)
    return
  }
  const started = Date.now()
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`
  const all = readConll(readFileSync(ANERCORP, 'utf8'))
  const split = splitDev(all)
  const train: ConllSentence[] = split.train
  const dev = split.dev
  let extra: ConllSentence[] = []
  if (options.aqmar > 0 && existsSync(AQMAR)) {
    for (const file of readdirSync(AQMAR).sort()) {
      const sentences = readConll(readFileSync(join(AQMAR, file), 'utf8'))
      extra = extra.concat(sentences.map((s) => ({ words: s.words, tags: s.tags.map(mapTag) })))
    }
  }
  const places = [...new Set([...arabicRegionNames(), ...EXTRA_PLACES])].sort()
  const L = LABELS.length
  // Word clusters from unlabelled text: the training sentences' words (tags unused) and AQMAR's
  // Wikipedia articles; never the development sentences, so the dev scores stay those of unseen text.
  let clusters: EncodedClusters | undefined
  if (options.clusters) {
    const unlabelled: string[][] = split.train.map((s) => s.words)
    if (existsSync(AQMAR)) for (const file of readdirSync(AQMAR).sort()) for (const s of readConll(readFileSync(join(AQMAR, file), 'utf8'))) unlabelled.push(s.words)
    if (options.clusterNews) for (const set of trainingNewsSets(options)) for (const s of toConll(readNewsSentences(join(NEWS_SENTENCES, `${set}.txt`)))) unlabelled.push(s.words)
    const learned = learnWordClusters(unlabelled)
    clusters = encodeWordClusters(learned, DEFAULT_CLUSTER_OPTIONS.sizes)
    console.log(`word clusters: ${learned.size} words of ${unlabelled.length} unlabelled sentences, sizes ${DEFAULT_CLUSTER_OPTIONS.sizes.join('/')} (${elapsed()})`)
  }
  // --modern-anercorp and --era: ANERcorp's convention, read from its training sentences, types and trims the names.
  const convention = options.modernAnercorp || options.era > 0
    ? learnAnercorpConvention(train.map((s) => ({ words: s.words, tags: s.tags.map(mapTag) })), buildGazetteer(places, undefined))
    : undefined
  const nameWords = (sentences: ConllSentence[]) => sentences.reduce((n, s) => n + s.tags.filter((tag) => tag !== 'O').length, 0)
  if (options.modernWeight > 0) {
    // By default every set but the ones kept held out (data/news-sentences/README.md).
    const sets = trainingNewsSets(options)
    const trimmed = options.modernAnercorp ? convention : undefined
    let modern = readSetSentences(sets.map((set) => join(NEWS_SENTENCES, `${set}.txt`)), trimmed)
    if (trimmed) {
      const before = nameWords(modern)
      modern = modern.map((s) => toAnercorpConvention(s, trimmed))
      console.log(`--modern-anercorp: the news sentences' names trimmed to ANERcorp's convention, ${before} → ${nameWords(modern)} name words`)
    }
    extra = extra.concat(modern)
    options.modernCount = modern.length
    console.log(`--modern: ${modern.length} sentences of ${sets.join(', ')} at weight ${options.modernWeight}`)
  }
  if (options.era > 0 && convention) {
    const files = readdirSync(ERA_SENTENCES).filter((name) => name.endsWith('.txt')).sort()
    // The reader's model (--news) learns them as they are, `qari tag`'s trimmed to ANERcorp's convention.
    const trim = targetOf(options) === TARGETS.conll
    const era = readSetSentences(files.map((file) => join(ERA_SENTENCES, file)), trim ? convention : undefined)
      .map((s) => (trim ? toAnercorpConvention(s, convention) : s))
    extra = extra.concat(era)
    options.eraCount = era.length
    console.log(`--era: ${era.length} sentences of ${files.join(', ')} at weight ${options.era}, ${nameWords(era)} name words${trim ? " in ANERcorp's convention" : ''}`)
  }
  console.log(`train ${train.length} sentences (+ ${extra.length - (options.modernCount ?? 0) - (options.eraCount ?? 0)} AQMAR${options.modernCount ? ` + ${options.modernCount} modern` : ""}${options.eraCount ? ` + ${options.eraCount} era` : ''}), dev ${dev.length}; ${places.length} place names; options ${JSON.stringify(options)}`)

  const trained = trainModel(train, extra, options, places, clusters, elapsed)
  const json = trained.json
  const model = decodeNamesModel(JSON.parse(json) as EncodedNamesModel)
  // As `qari tag` and eval:names tag a CoNLL file (propagation included); the first pass alone without it.
  const score = (m: NamesModel, corpus = true) => {
    const words = dev.map((s) => s.words)
    const predicted = corpus ? tagCorpusSentences(m, words) : tagSentences(m, words, 0)
    return scoreSpans(dev.map((s, i) => ({ gold: spansFromTags(s.tags.map(mapTag)), predicted: spansFromTags(predicted[i]) })))
  }
  const firstOnly = score({ ...model, second: model.first, conllWindow: 0 }, false)
  const devScores = score(model)
  console.log(`\ndevelopment split (last ${DEV_SHARE * 100}% of ANERcorp train: ${dev.length} sentences), span-exact:`)
  console.log(formatScores(devScores))
  console.log(`first pass alone:\n${formatScores(firstOnly)}`)
  const outAt = process.argv.indexOf('--out')
  if (outAt >= 0) {
    // A model file for experiments (error analysis), leaving the shipped one alone.
    writeFileSync(process.argv[outAt + 1], json)
    console.log(`wrote ${process.argv[outAt + 1]}`)
  }
  if (options.devOnly) return

  let shipped = json
  let shippedSentences = train.length + extra.length
  if (options.shipAll) {
    console.log(`\ntraining the shipped model on all ${train.length + dev.length} sentences (development split included)`)
    const again = JSON.parse(trainModel(train.concat(dev), extra, options, places, clusters, elapsed).json) as EncodedNamesModel
    shipped = JSON.stringify({ ...again, includesDevSplit: true })
    shippedSentences += dev.length
  }
  const target = targetOf(options)
  writeFileSync(join(MODEL_DIR, target.file), shipped)
  const report = `# Names model: training report, ${target.title}

Written by \`${trainCommand()}\` (scripts/train-names.ts), the command that reproduces this model; do not edit by hand.

- model version: \`${target.version}\`, format \`${MODEL_FORMAT}\`
- data: ANERcorp, CAMeL Lab train split (Benajiba et al. 2007; Obeid et al. 2020)${options.aqmar > 0 ? ` + AQMAR (Mohit et al. 2012), its perceptron updates weighted ${options.aqmar}` : ''}${options.modernCount ? ` + ${options.modernCount} modern news sentences written for Qari (data/news-sentences)${options.modernAnercorp ? ", their names trimmed to ANERcorp's convention as read from ANERcorp's own tags (scripts/anercorp-convention.ts)," : ''} weighted ${options.modernWeight}` : ''}${options.eraCount ? ` + ${options.eraCount} sentences in the style of 2003–2008 news written for Qari (data/era-sentences), weighted ${options.era}` : ''}; ${shippedSentences} training sentences${options.augment > 0 || options.augmentSecond > 0 ? `; mention replacement (Dai & Adel 2020): ${options.augmentCopies} cop${options.augmentCopies === 1 ? 'y' : 'ies'} of each ANERcorp sentence with its ${options.augmentTypes.join(' and ')} names replaced by names of the same type (a share ${options.augmentAdded} from hand-written lists), weighted ${options.augment} in the first pass and ${options.augmentSecond} in the second` : ''}
- development split: the last ${DEV_SHARE * 100}% of ANERcorp's train sentences (${dev.length} sentences, in document order: articles the model never saw)${options.shipAll ? '; the scores below are those of a model trained without it, and the shipped model was then trained again with it (--ship-all)' : ''}
- model: two-pass ${options.trainer === 'crf' ? `linear-chain CRF (AdaGrad, rate ${options.rate}, L2 ${options.l2})` : `averaged structured perceptron${options.bags > 1 ? ` (per pass, the weights of ${options.bags} perceptrons trained with different shuffles, averaged)` : ''}${options.paC > 0 ? `, passive-aggressive (PA-I) updates capped at C = ${options.paC}` : ''}`}, first-order Viterbi with IOB2 constraints; the second pass adds document-context features (the window of ${options.window} sentences either side) from out-of-fold (${FOLDS} folds) first-pass tags; in corpus text the names tagged at least twice in that window are then copied to their untagged occurrences (propagate-names.ts); ${options.epochs} epochs, seed ${SEED}; feature buckets seen fewer than ${options.minCount} times left out
- features: hashed into 2^${options.hashBits} buckets × ${L} labels, int8-quantised, buckets whose weights stay within ±${PRUNE_STEPS} steps dropped, stored sparse; ${places.length} place names (CLDR via Intl.DisplayNames + hand-written list)${clusters ? `; word clusters (${clusters.sizes.join('/')}, spherical k-means over neighbour counts) of ${decodeWordClusters(clusters).size} words of unlabelled text (ANERcorp training words, AQMAR)` : ''}
${trained.crossValidated ? `- cross-validation (${FOLDS} folds of the training sentences): ${trained.crossValidated}\n` : ''}- model file: ${(shipped.length / 1e6).toFixed(2)} MB (see the eval for the gzipped size); trained in ${elapsed()}

## Development split, span-exact (${options.shipAll ? 'the quantised model trained without it' : 'shipped quantised model'}, tagging it as \`qari tag\` does)

${formatScores(devScores)}

First pass alone (no document context): micro F1 ${firstOnly.micro.f1.toFixed(3)}.
`
  writeFileSync(join(MODEL_DIR, target.report), report)
  console.log(`\nwrote ${target.file} (${(shipped.length / 1e6).toFixed(2)} MB) and ${target.report} in ${elapsed()}`)
}

main()
