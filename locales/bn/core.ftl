# সিমুলেশন কোরের বার্তা: মূল্যায়ন, নিয়ম, মতামত, অবস্থা।
# ভিয়েতনামী (locales/vi) মূল সংস্করণ।

## মূল্যায়নের মাত্রা
dim-intake = গ্রহণের নির্ভুলতা
dim-digitization = ডিজিটাইজেশনের মান
dim-compliance = নিয়ম মানা ও সময়ানুবর্তিতা
dim-guidance = নাগরিককে নির্দেশনা
dim-service = সেবার মান

## নিয়ম
rule-ask-once = একবারেই বলুন: প্রথম যাচাইয়ে সব ঘাটতি জানান
rule-no-demand-state-held = রাষ্ট্রের কাছে থাকা কাগজ চাইবেন না
rule-digitize-at-reception = গ্রহণের সময়ই ডিজিটাইজ করুন, সব পাতা ক্রমানুসারে
rule-receipt-and-code = নথি কোড ও রসিদ দিন, সঙ্গে সঙ্গে পাঠান
rule-cutoff = ১৫টা বা তার পরে নথি গৃহীত হলে পরের কর্মদিবসকে গ্রহণের দিন ধরা হয়, সময় গোনা শুরু তার পরের দিন থেকে
rule-working-days = কর্মদিবসে গুনুন, গ্রহণের দিন বাদে: ফলাফল প্রদানের তারিখ গ্রহণের পরের N-তম কর্মদিবস
rule-apology-before-due = দেরি হলে ফলাফল প্রদানের তারিখের আগে লিখিতভাবে ক্ষমা চান
rule-check-identity = পরিচয়ের কাগজ যথাযথভাবে যাচাই করুন
rule-correct-fee = সঠিক ফি নিন ও পরিশোধ নথিভুক্ত করুন
rule-guide-online = নাগরিকদের অনলাইন সেবার দিকে নির্দেশনা দিন
rule-procedure-components = প্রকাশিত প্রক্রিয়া অনুসরণ করুন
rule-refuse-in-writing = লিখিতভাবে কারণসহ প্রত্যাখ্যান করুন
rule-privacy = ব্যক্তিগত তথ্য শুধু তার মালিককে
rule-fault-fallback = ত্রুটির সময় সঠিক বিকল্পে সেবা চালু রাখুন
rule-courtesy = ভদ্রতা, অকারণে প্রশ্ন পুনরাবৃত্তি নয়
rule-national-sync = প্রতিটি নথি জাতীয় জনসেবা পোর্টালে সিঙ্ক করুন
rule-certify-copy = ফটোকপি মূল কাগজের সঙ্গে মিলিয়ে দেখে স্বাক্ষর করুন
rule-serve-in-time = ক্রমানুসারে ও সময়মতো সেবা দিন
rule-return-result = প্রস্তুত ফলাফল প্রদান করুন
rule-status-lifecycle = প্রতিটি অবস্থার পরিবর্তন নথিভুক্ত করুন
rule-online-8-hours = অনলাইন নথির উত্তর ৮ কর্মঘণ্টার মধ্যে দিন
rule-practice = অনুশীলন মোড
rule-calendar-days = ক্যালেন্ডার-দিনের সময়সীমা গ্রহণের পরের দিন থেকে শুরু; শেষ দিন ছুটি হলে পরের কর্মদিবসে শেষ হয়

## গুরুতর ত্রুটি
critical-accepted-defective = ত্রুটিপূর্ণ বা প্রত্যাখ্যানযোগ্য নথি গ্রহণ
critical-attached-others-document = অন্য নাগরিকের কাগজ সংযুক্ত
critical-privacy-breach = গোপনীয়তা লঙ্ঘন
critical-wrong-deadline = রসিদে ফলাফল প্রদানের ভুল তারিখ

## মতামত
fb-left-impatient = { $citizen } অনেকক্ষণ অপেক্ষা করে সেবা ছাড়াই চলে গেছেন।
fb-not-served = কাউন্টার বন্ধের আগে { $citizen } সেবা পাননি।
fb-long-wait = ডাকার আগে { $citizen } { $minutes } মিনিট অপেক্ষা করেছেন।
fb-repeated-question = আপনি { $citizen }-কে একই প্রশ্ন আবার করেছেন ({ $question })।
fb-hint-used = ব্যবহৃত ইঙ্গিত: { $count }।
fb-withdrawal-not-recorded = নথি { $dossier } প্রত্যাহার নথিভুক্ত হয়নি।
fb-supplement-for-complete = { $citizen }-এর নথি সম্পূর্ণ ছিল, তবুও আপনি সম্পূরণ চেয়েছেন।
fb-unnecessary-trip = { $citizen }-কে অকারণে আবার আসতে হবে।
fb-wrongful-refusal = { $citizen }-এর নথি বৈধ ছিল, তবুও আপনি প্রত্যাখ্যান করেছেন।
fb-not-received = { $citizen }-এর বৈধ নথি গ্রহণ করা হয়নি।
fb-case-not-handled = { $citizen }-এর বিষয়টি কখনো দেখা হয়নি।
fb-accepted-incomplete = সমস্যা থাকা সত্ত্বেও আপনি { $citizen }-এর নথি গ্রহণ করেছেন ({ $defect })।
fb-defect-missed = আপনি { $citizen }-এর { $paper }-এ এটি লক্ষ করেননি: { $defect }।
fb-false-flag = আপনি { $citizen }-এর { $paper }-কে ভুল বলে চিহ্নিত করেছেন ({ $defect }), কিন্তু কাগজে সেখানে কোনো ভুল নেই।
fb-false-flag-demanded = আপনি ভুল করে { $citizen }-এর { $paper } চিহ্নিত করেছেন ({ $defect }) এবং তাই নাগরিকের কাছে অপ্রয়োজনীয় দাবি করেছেন।
fb-supplement-missed-item = { $citizen }-এর সম্পূরণের অনুরোধে "{ $component }" বাদ পড়েছে; নাগরিককে আবার আসতে হবে।
fb-demanded-state-held = আপনি { $citizen }-এর কাছে "{ $component }" চেয়েছেন, যা রাষ্ট্রের কাছে আগে থেকেই আছে।
fb-demanded-unneeded = আপনি { $citizen }-এর কাছে "{ $component }" চেয়েছেন, যা এই প্রক্রিয়ায় লাগে না।
fb-unnecessary-demand = { $citizen }-এর কাছে অপ্রয়োজনীয় দাবি: "{ $component }"।
fb-asked-twice = আপনি { $citizen }-এর কাছে একাধিকবার সম্পূরণ চেয়েছেন।
fb-refused-instead-of-supplement = { $citizen }-এর নথি সম্পূর্ণ করা যেত; প্রত্যাখ্যান নয়, সম্পূরণের অনুরোধ প্রয়োজন ছিল।
fb-sent-away-without-slip = { $citizen }-কে লিখিত স্লিপ ছাড়াই ফেরত পাঠানো হয়েছে।
fb-accepted-refusable = আপনি { $citizen }-এর নথি গ্রহণ করেছেন; এটি প্রত্যাখ্যান করতে হতো ({ $ground })।
fb-wrong-ground = { $citizen }-এর প্রত্যাখ্যানে "{ $given }" উল্লেখ করা হয়েছে; সঠিক কারণ "{ $ground }"।
fb-supplement-instead-of-refusal = { $citizen }-এর বিষয়টি প্রত্যাখ্যান করতে হতো ({ $ground }), সম্পূরণের অনুরোধ নয়।
fb-not-digitized = { $citizen }-এর অংশ "{ $component }" ডিজিটাইজ করা হয়নি।
fb-no-receipt = { $citizen }-এর জন্য কোনো নথি গ্রহণ ও ফলাফল প্রদানের তারিখের রসিদ নেই।
fb-wrong-procedure = { $citizen }-এর নথি ভুল প্রক্রিয়ায় ({ $procedure }) নথিভুক্ত হয়েছে।
fb-name-typed-wrong = { $citizen }-এর আবেদনকারীর নাম ভুল টাইপ হয়েছে (সঠিক: "{ $expected }")।
fb-id-typed-wrong = { $citizen }-এর পরিচয় নম্বর ভুল টাইপ হয়েছে।
fb-name-not-entered = { $citizen }-এর আবেদনকারীর নাম লেখা হয়নি ("{ $expected }")।
fb-id-not-entered = { $citizen }-এর পরিচয় নম্বর লেখা হয়নি।
fb-identity-not-checked = { $citizen }-এর পরিচয়ের কাগজ জনসংখ্যা ডেটাবেসে যাচাই করা হয়নি।
fb-wrong-fee = { $citizen }-এর ফি: { $charged } নেওয়া হয়েছে, প্রাপ্য { $correct }।
fb-fee-not-collected = নথি { $dossier }-এর ফি নির্ধারিত হলেও আদায় হয়নি।
fb-attached-others-document = অন্য নাগরিকের কাগজ ({ $document }) { $citizen }-এর নথিতে সংযুক্ত হয়েছে।
fb-wrong-scan-attached = { $citizen }-এর "{ $component }"-এ সংযুক্ত স্ক্যান ভুল কাগজের।
fb-scan-quality = "{ $component }"-এর স্ক্যানে মানের সমস্যা: { $problem }।
fb-sticky-note-once = "{ $component }": স্টিকি নোটসহ পাতা দুবার স্ক্যান করতে হয় ({ $images }/{ $needed } ছবি)।
fb-pages-missing = "{ $component }": { $needed } পাতার মধ্যে { $images } স্ক্যান হয়েছে।
fb-copy-not-checked = ফটোকপি { $document } মূল কাগজের সঙ্গে মিলিয়ে দেখে স্বাক্ষর করা হয়নি।
fb-wrong-deadline = { $citizen }-এর রসিদ: লেখা হয়েছে { $given }, সঠিক { $correct }।
fb-not-transferred = নথি { $dossier } সংশ্লিষ্ট বিভাগে পাঠানো হয়নি।
fb-wrong-department = নথি { $dossier } ভুল বিভাগে গেছে ({ $department })।
fb-sync-not-retried = নথি { $dossier } সিঙ্ক ব্যর্থ হয়েছিল এবং আর চেষ্টা করা হয়নি।
fb-not-synced = নথি { $dossier } জাতীয় জনসেবা পোর্টালে সিঙ্ক হয়নি।
fb-result-not-handed = নথি { $dossier }-এর ফলাফল প্রস্তুত ছিল কিন্তু প্রদান করা হয়নি।
fb-result-to-unauthorised = নথি { $dossier }-এর ফলাফল { $citizen }-কে দেওয়া হয়েছে, যাঁর তা নেওয়ার অধিকার নেই।
fb-returned-without-id-check = পরিচয়ের কাগজ যাচাই না করেই { $citizen }-কে ফলাফল প্রদান করা হয়েছে।
fb-result-not-returned = { $citizen } নথি { $dossier }-এর জন্য এসেছিলেন কিন্তু পাননি।
fb-guidance-missed = { $citizen }-কে নির্দেশনা দেওয়া হয়নি: { $topic }।
fb-sent-back-by-department = { $citizen }-এর নথি নিষ্পত্তিকারী কর্মকর্তা ফেরত পাঠাবেন: গ্রহণ করা অবস্থায় এটি নিষ্পত্তি করা যায় না, এবং নিষ্পত্তির সময় আবার শুরু থেকে গণনা হবে।
fb-citizen-comes-back = { $citizen }-কে আবার আসতে হবে এমন একটি নথি সম্পূর্ণ করতে, যা কাউন্টারেই ঠিকভাবে মীমাংসা হওয়া উচিত ছিল।
fb-guidance-missed-next-visit = নির্দেশনা না পাওয়ায় { $citizen } পরের বার অনলাইন সেবার বদলে আবার কাউন্টারে আসবেন।
fb-guidance-unusable = { $citizen }-কে এমন নির্দেশনা দেওয়া হয়েছে যা তিনি ব্যবহার করতে পারবেন না।
fb-online-not-accepted = অনলাইন নথি { $dossier }-এর উত্তর দেওয়া হয়নি।
fb-no-apology = নথি { $dossier } দেরি হবে কিন্তু ক্ষমাপ্রার্থনার স্লিপ পাঠানো হয়নি।
fb-apology-late = নথি { $dossier }-এর ক্ষমাপ্রার্থনা নির্ধারিত সময়ের পরে পাঠানো হয়েছে।
fb-apology-wrong-date = { $dossier }-এর ক্ষমাপ্রার্থনা: ফলাফল প্রদানের নতুন তারিখ { $given }, হওয়া উচিত { $correct }।
fb-fault-response-missing = ত্রুটি "{ $fault }": প্রত্যাশিত পদক্ষেপ নেই ({ $response })।

## পোর্টালের অবস্থা
status-new-online = নতুন অনলাইন নিবন্ধন
status-accepted = গ্রহণ করা হয়েছে
status-refused = গ্রহণ প্রত্যাখ্যাত
status-processing = প্রক্রিয়াধীন
status-supplement-requested = কাগজ সম্পূরণের অনুরোধ করা হয়েছে
status-awaiting-payment = পরিশোধের অপেক্ষায়
status-withdrawn = নাগরিক নথি প্রত্যাহার করেছেন
status-stopped = প্রক্রিয়া বন্ধ
status-processed = নিষ্পত্তি সম্পন্ন
status-returned = ফলাফল প্রদান করা হয়েছে

## স্লিপ
slip-receipt = নথি গ্রহণ ও ফলাফল প্রদানের তারিখের রসিদ
slip-supplement = নথি সম্পূরণের অনুরোধপত্র
slip-refusal = নথি গ্রহণ প্রত্যাখ্যানের পত্র
slip-apology = ক্ষমাপ্রার্থনা ও ফলাফল প্রদানের নতুন তারিখের পত্র
slip-fee-receipt = ফি-এর রসিদ
slip-stop-notice = নথি নিষ্পত্তি বন্ধের বিজ্ঞপ্তি

## বিভাগ
dept-justice = বিচার ও নাগরিক নিবন্ধন কর্মকর্তা
dept-police = কমিউন পুলিশ
dept-economic = অর্থনৈতিক দপ্তর
dept-social = সংস্কৃতি ও সমাজকল্যাণ দপ্তর
dept-land = ভূমি ও কৃষি কর্মকর্তা
dept-certification = সত্যায়ন ডেস্ক
dept-mot-cua = ওয়ান-স্টপ বিভাগ

## ত্রুটি
defect-expired = পরিচয়ের কাগজের মেয়াদ শেষ
defect-invalid-id-number = পরিচয় নম্বর জন্মসাল বা লিঙ্গের সঙ্গে মেলে না
defect-name-mismatch = কাগজগুলোতে নাম আলাদা
defect-date-mismatch = কাগজগুলোতে তারিখ আলাদা
defect-field-mismatch = কাগজগুলোতে তথ্য আলাদা
defect-missing-signature = স্বাক্ষর নেই
defect-missing-stamp = সিল নেই
defect-wrong-form-version = পুরোনো ফর্ম
defect-photocopy-only = মূল কাগজের বদলে ফটোকপি
defect-illegible = অপাঠ্য কাগজ
defect-belongs-to-other = কাগজটি অন্য কারও
defect-forged = জাল কাগজ
defect-altered = ঘষামাজা বা পরিবর্তিত লেখা
defect-missing-field = আবশ্যিক ঘর ফাঁকা
defect-missing = নথির অংশ অনুপস্থিত
defect-online = অনলাইন নথিতে অংশ অনুপস্থিত

## ত্রুটি ও প্রতিকার
fault-sync-failure = জাতীয় জনসেবা পোর্টালে সিঙ্ক ব্যর্থ
fault-scanner-jam = স্ক্যানারে কাগজ আটকে গেছে
fault-frozen-pc = কম্পিউটার আটকে গেছে
fault-power-cut = বিদ্যুৎ বিভ্রাট
fault-payment-down = পেমেন্ট গেটওয়ে ত্রুটি
fault-vneid-outage = VNeID বিভ্রাট
response-restart-computer = কম্পিউটার পুনরায় চালু করুন
response-clear-scanner-jam = স্ক্যানারের আটকানো কাগজ সরান
response-report-helpdesk = আইটি হেল্পডেস্কে জানান
response-inform-queue = অপেক্ষমাণ নাগরিকদের জানান
response-switch-to-paper = কাগজে নথি গ্রহণ চালিয়ে যান (রেজিস্টার, হাতে লেখা স্লিপ)
response-switch-to-cash = নগদ নিন, কাগজের রসিদ দিন

## প্রশ্ন
question-purpose = আপনি কোন প্রক্রিয়ার জন্য এসেছেন?
question-acting-for = এটি কি আপনার নিজের জন্য, না অন্য কারও জন্য?
question-relationship = তাঁর সঙ্গে আপনার সম্পর্ক কী?
question-residence = আপনি এখন কোথায় থাকেন?
question-event-date = ঘটনাটি কবে ঘটেছে?
question-has-vneid = আপনার কি VNeID অ্যাকাউন্ট আছে?
question-has-smartphone = আপনার সঙ্গে কি স্মার্টফোন আছে?
question-submitted-online = আপনি কি আগে অনলাইনে জমা দিয়েছেন?
question-copies = আপনার কয়টি প্রতিলিপি লাগবে?
question-marital-status = আপনার বৈবাহিক অবস্থা কী?
question-exemption = আপনি কি ছাড়প্রাপ্ত গোষ্ঠীর অন্তর্ভুক্ত?
question-other-papers = আপনার সঙ্গে আর কোনো কাগজ আছে?

## নির্দেশনার বিষয়
guide-online-service = এই প্রক্রিয়া অনলাইনে করা যায়
guide-vneid-account = VNeID লেভেল-২ অ্যাকাউন্ট
guide-vneid-login = VNeID-তে লগইন
guide-status-lookup = কোড দিয়ে নথির অবস্থা দেখা
guide-assist-online = কিয়স্কে একসঙ্গে অনলাইনে জমা

## স্ক্যানের সমস্যা
scan-low-resolution = রেজোলিউশন ২০০ dpi-এর কম
scan-color-lost = রং হারিয়েছে (সিল বা ছবি)
scan-missing-pages = পাতা বাদ পড়েছে
scan-unreadable = কাগজটি অপাঠ্য

## সূচক
kpi-on-time = সময়মতো নিষ্পত্তির হার
kpi-online-submission = অনলাইনে জমার হার
kpi-digitization = ডিজিটাইজেশনের হার
kpi-online-payment = অনলাইন পরিশোধের হার
kpi-sync = জাতীয় পোর্টালে সিঙ্ক
kpi-satisfaction = সন্তুষ্টি
kpi-index = সেবা সূচক (সিদ্ধান্ত ৭৬৬)
kpi-perception = কাগজে ত্রুটি শনাক্তকরণ
kpi-perception-detail = { $visible }টির মধ্যে { $found }টি ত্রুটি পাওয়া গেছে · { $false }টি ভুল চিহ্ন · { $seconds ->
    [none] কোনো ত্রুটি পাওয়া যায়নি
   *[other] খুঁজে পেতে মধ্যমা { $seconds } সেকেন্ড
}

## ফলাফল
report-total = মোট
report-passed = উত্তীর্ণ
report-failed = অনুত্তীর্ণ
report-critical = গুরুতর ত্রুটি
report-feedback = মতামত
report-kpis = সূচক
report-passed-with-hints = ইঙ্গিতের সাহায্যে উত্তীর্ণ
report-hints-block-pass = আপনি { $count }টি ইঙ্গিত দেখেছেন: এই খেলাটি উত্তীর্ণ হিসেবে গণ্য হবে না। পরের পরিস্থিতি খুলতে ইঙ্গিত ছাড়া আবার খেলুন।
report-unfinished = শিফট শেষ করা হয়নি: যে নাগরিকদের এখনও গ্রহণ করা হয়নি (যাঁরা এখনও আসেননি তাঁরাও) তাঁদের সেবা-না-পাওয়া হিসেবে গণ্য করা হয়, এবং অসমাপ্ত শিফট উত্তীর্ণ হয় না।
report-dimensions-below-floor = { $floor }%-এর নিচে: { $dimensions } — উত্তীর্ণ হতে কাজের প্রতিটি অংশে অন্তত { $floor }% লাগে; কোনো অংশ বাদ দেওয়া যায় না।
report-too-many-wrong-decisions = নথি নিয়ে { $wrong }টি ভুল সিদ্ধান্ত (যা গ্রহণ করা যায় না তা গ্রহণ, যা গ্রহণ করা উচিত ছিল তা ফেরত বা প্রত্যাখ্যান…); { $decisions }টি নথির শিফটে উত্তীর্ণ হতে সর্বোচ্চ { $allowed }টি অনুমোদিত।
report-dimensions-dropped = গণনা করা হয়নি, কারণ এই শিফটে এই ধরনের কাজ ছিল না: { $dimensions }। বাকি অংশগুলোর ওজন বাড়িয়ে মোট ১০০ পয়েন্ট করা হয়েছে।
report-not-counted = গণনা করা হয়নি

## issue 13: citizens who need help to be served
rule-language-support = ভাষা সহায়তা: যে নাগরিক ভিয়েতনামি কম জানেন, তাঁকে দোভাষী বা আত্মীয়ের মাধ্যমে সেবা দিন
rule-accessible-service = প্রতিবন্ধী মানুষের জন্য সেবা: কাগজ দেওয়ার বা স্বাক্ষর করানোর আগে জোরে পড়ে শোনান বা বড় অক্ষরে ছাপুন
fb-no-language-help = { $citizen } ভিয়েতনামি কম জানেন, কোনো দোভাষী পাননি: যা জিজ্ঞেস করা ও বোঝানো হয়েছে তা তিনি বুঝতে পারেননি।
fb-language-help-late = { $citizen }: দোভাষী আসার আগে { $count }টি প্রশ্ন বা নির্দেশনা দেওয়া হয়েছিল, তিনি বুঝতে পারেননি।
fb-paper-not-read = { $citizen } চোখে কম দেখেন: { $count }টি কাগজ জোরে পড়ে শোনানো বা বড় অক্ষরে ছাপা ছাড়াই দেওয়া হয়েছে; তিনি নিজে যাচাই করতে পারেননি (ফলাফল প্রদানের তারিখ, সম্পূরণের তালিকা)।
fb-help-not-needed = { $citizen }-এর { $help ->
    [interpreter] দোভাষীর
    [family] আত্মীয়ের অনুবাদের
    [read-aloud] কাগজ জোরে পড়ে শোনানোর
   *[large-print] বড় অক্ষরে ছাপার
  } দরকার ছিল না: সারিতে থাকা মানুষদের বেশি অপেক্ষা করতে হয়েছে।
## issue 13: kiosk (assisted online submission) and VNeID outage
rule-kiosk-online = অনলাইনে নথি জমায় সহায়তা: নাগরিককে কিয়স্কে পাঠানোর আগে স্মার্টফোন ও VNeID লেভেল-2 অ্যাকাউন্টের কথা জিজ্ঞেস করুন; যিনি অনলাইনে জমা দিতে পারেন তাঁকে কিয়স্কে পাঠান
rule-vneid-outage-paper = VNeID বিঘ্নিত হলে: কিয়স্কে অনলাইন জমা সাময়িক বন্ধ রাখুন, কাউন্টারে কাগজের নথি গ্রহণ করুন, এ কারণে কোনো নাগরিককে প্রত্যাখ্যান করবেন না
fb-kiosk-unfit = { $citizen }-কে কিয়স্কে পাঠানো হয়েছিল, কিন্তু তিনি অনলাইনে জমা দিতে পারেননি: { $block }।
fb-kiosk-wasted = { $citizen } কিয়স্কে { $minutes } মিনিট কাটিয়েও নথি জমা দিতে পারেননি।
fb-kiosk-not-offered = { $citizen } কিয়স্কে অনলাইনে জমা দিতে পারতেন, কিন্তু তাঁকে কিয়স্কে পাঠানো হয়নি: একটি অনলাইন নথি হারানো গেল।
kiosk-block-no-smartphone = স্মার্টফোন নেই
kiosk-block-no-vneid-level2 = VNeID লেভেল-2 অ্যাকাউন্ট নেই
kiosk-block-not-fully-online = প্রক্রিয়াটি সম্পূর্ণ অনলাইনে করা যায় না
kiosk-block-vneid-outage = VNeID বিঘ্নিত
kiosk-block-needs-coaching = নিজে চালাতে পারেননি, পাশে কর্মকর্তার সহায়তা দরকার ছিল
kiosk-block-called-back = কর্মকর্তা কাউন্টারে ডেকে এনেছেন
kpi-queue-wait = সারির অপেক্ষার খরচ: { $minutes } নাগরিক-মিনিট (ডাকের অপেক্ষায়, আর কিয়স্কে বৃথা সময়)
response-suspend-kiosk = কিয়স্ক সাময়িক বন্ধ, কাউন্টারে কাগজের নথি গ্রহণ

## issue 13: departments sending a dossier back
rule-send-back-notice = বিভাগ নথি ফেরত পাঠালে: নাগরিককে একবারেই জানান, বিভাগ ঠিক যা সিদ্ধান্ত নিয়েছে তা-ই
fb-send-back-not-told = নথি { $dossier } বিভাগ ফেরত পাঠিয়েছে, কিন্তু নাগরিককে জানানো হয়নি।
fb-send-back-misinformed = নথি { $dossier } নিয়ে দেওয়া বিজ্ঞপ্তিতে বিভাগের সিদ্ধান্ত ঠিকভাবে বলা হয়নি।
fb-send-back-late = নথি { $dossier }-এর নাগরিককে দেরিতে জানানো হয়েছে: বিভাগ নথি ফেরত পাঠানোর { $minutes } মিনিটেরও পরে।
fb-send-back-asked-again = নথি { $dossier }: দ্বিতীয়বার বিজ্ঞপ্তি পাঠানো হয়েছে — সম্পূরণ একবারই চাওয়া যায়।
fb-send-back-not-synced = ফেরত পাঠানোর পরে নথি { $dossier }-এর নতুন অবস্থা জাতীয় জনসেবা পোর্টালে সিঙ্ক হয়নি।
fb-supplement-not-received = { $citizen } নথি { $dossier }-এর সম্পূরণের কাগজ এনেছিলেন, কিন্তু তা গ্রহণ করা হয়নি: নথিটি এখনো পড়ে আছে।
fb-supplement-wrong-date = নথি { $dossier }-এর সম্পূরণ: রসিদে { $given } লেখা, সঠিক হবে { $correct } (সম্পূর্ণ হওয়ার পর নিষ্পত্তির সময় আবার গোনা হয়)।

## issue 13: police residence slips (CT04–CT06) and the catalogue
rule-slip-forms = কমিউন পুলিশের বসবাসের নথিতে পুলিশের নিজস্ব ফর্ম (CT04, CT05, CT06) লাগে, ওয়ান-স্টপ পত্র নয়
fb-wrong-slip-forms = { $citizen }-কে দেওয়া পত্রটি ভুল ফর্মে ছাপা হয়েছে: এই প্রক্রিয়ায় { $forms ->
        [police] পুলিশের ফর্ম (CT04 গ্রহণ, CT05 সম্পূরণের নির্দেশনা, CT06 প্রত্যাখ্যান)
       *[other] ওয়ান-স্টপ বিভাগের পত্র
    } লাগে।
slip-police-receipt = নথি গ্রহণ ও ফলাফল প্রদানের তারিখের রসিদ (CT04 ফর্ম)
slip-police-supplement = নথি সম্পূরণ ও সম্পূর্ণ করার নির্দেশনাপত্র (CT05 ফর্ম)
slip-police-refusal = নথি গ্রহণ ও নিষ্পত্তি প্রত্যাখ্যানের পত্র (CT06 ফর্ম)
slip-forms-one-stop = ওয়ান-স্টপ পত্র
slip-forms-police = পুলিশের ফর্ম (CT04–CT06)

## issue 13: the clerk's own side of the system
fault-certificate-expired = ডিজিটাল স্বাক্ষরের সার্টিফিকেটের মেয়াদ শেষ
rule-sign-digitized-copy = নথি পাঠানোর আগে প্রতিটি স্ক্যানে আপনার ব্যক্তিগত ডিজিটাল স্বাক্ষর দিন; কেবল কাগজের সঙ্গে মেলে এমন স্ক্যানেই স্বাক্ষর দিন
fb-transferred-unsigned = নথি { $dossier } পাঠানো হয়েছে, অথচ { $count }টি স্ক্যানে ডিজিটাল স্বাক্ষর ছিল না (প্রথমটি: { $scan } নম্বর স্ক্যান)।
fb-signed-flawed-scan = { $scan } নম্বর স্ক্যানটি কাগজের সঙ্গে মেলে না (রং হারিয়েছে, রেজোলিউশন কম বা পাতা নেই), তবুও আপনি তাতে ডিজিটাল স্বাক্ষর দিয়েছেন।
kpi-results-digitized = ফলাফল প্রদানের আগে ডিজিটাইজ করা ফলাফল
rule-digitize-result = ফলাফল প্রদানের আগে ফলাফলটি নাগরিকের ইলেকট্রনিক ডেটা ভান্ডারে ডিজিটাইজ করুন
fb-result-not-digitized = নথি { $dossier }-এর ফলাফল নাগরিকের ইলেকট্রনিক ডেটা ভান্ডারে ডিজিটাইজ না করেই ফলাফল প্রদান করা হয়েছে।
rule-e-copy-from-original = নাগরিক চাইলে মূল কাগজ থেকে ইলেকট্রনিক প্রতিলিপি সত্যায়ন করে তাঁর ইলেকট্রনিক ডেটা ভান্ডারে রাখুন
fb-e-copy-missing = { $citizen } ইলেকট্রনিক প্রতিলিপি চেয়েছিলেন (নথি { $dossier }), কিন্তু মূল কাগজ থেকে কোনো ইলেকট্রনিক প্রতিলিপি সত্যায়ন করে তাঁর ডেটা ভান্ডারে রাখা হয়নি।

## issue 13: how the result is returned (return channel)
question-result-channel = আপনি ফলাফল কীভাবে নিতে চান: এখানে, ডাকে, নাকি ইলেকট্রনিক ফলাফল?
rule-result-channel = নাগরিক কীভাবে ফলাফল নিতে চান জিজ্ঞেস করুন, প্রক্রিয়া ও নাগরিক যে উপায় অনুমতি দেয় তা লিখে রাখুন, এবং সেই উপায়েই ফলাফল প্রদান করুন
fb-result-channel-not-asked = { $citizen } কীভাবে ফলাফল নিতে চান, আপনি জিজ্ঞেস করেননি।
fb-result-channel-wrong = { $citizen }-এর নথি { $dossier }-তে ফলাফল { $recorded ->
    [post] ডাকে
    [electronic] ইলেকট্রনিকভাবে
   *[counter] কাউন্টারে
} লেখা আছে, কিন্তু হওয়া উচিত { $expected ->
    [post] ডাকে
    [electronic] ইলেকট্রনিকভাবে
   *[counter] কাউন্টারে
}।
fb-result-wrong-channel = নথি { $dossier }-এর ফলাফল প্রদান হয়েছে { $via ->
    [post] ডাকে
    [electronic] ইলেকট্রনিকভাবে
   *[counter] কাউন্টারে
}, অথচ নাগরিক বেছে নিয়েছিলেন { $recorded ->
    [post] ডাক
    [electronic] ইলেকট্রনিক ফলাফল
   *[counter] কাউন্টার
}।
fb-result-left-waiting = নথি { $dossier }-এর ফলাফল তৈরি, কিন্তু নাগরিকের বেছে নেওয়া উপায়ে ({ $recorded ->
    [post] ডাকে
    [electronic] ইলেকট্রনিকভাবে
   *[counter] কাউন্টারে
}) ফলাফল প্রদান করা হয়নি: তিনি কাউন্টারে আসবেন না।
kpi-e-results-issued = ইলেকট্রনিকভাবে ফলাফল প্রদান

## issue 13: on-the-spot corrections
rule-on-the-spot-correction = নিয়মে অনুমতি থাকলে নাগরিকের নিজের ঘোষণাপত্রের ছোট ভুল নাগরিক কাউন্টারেই সংশোধন করেন (কেটে দিয়ে পাশে আবার লিখে আদ্যক্ষর দেন), সম্পূরণের অনুরোধের বদলে
fb-received-uncorrected = ঘোষণাপত্রে এমন ভুল থাকা অবস্থায় আপনি { $citizen }-এর নথি গ্রহণ করেছেন, যা নাগরিক কাউন্টারেই সংশোধন করতে পারতেন ({ $defect })।
fb-slip-instead-of-correction = ঘোষণাপত্রের এমন একটি ভুলের জন্য { $citizen }-কে বাড়ি গিয়ে আবার আসতে হবে, যা নাগরিক নিজেই কাউন্টারে সংশোধন করে আদ্যক্ষর দিতে পারতেন।
fb-demanded-correctable = আপনি { $citizen }-এর কাছে { $component }-এর সম্পূরণ চেয়েছেন, অথচ তার ভুলটি নাগরিক কাউন্টারেই সংশোধন করতে পারতেন।
fb-correction-not-offered = { $citizen }-এর ঘোষণাপত্রে এখনো { $count }টি ভুল আছে যা কাউন্টারেই সংশোধন করা যেত, কিন্তু তাঁকে সংশোধন করতে বলা হয়নি।
fb-false-correction = আপনি { $citizen }-কে এমন { $count }টি জায়গা সংশোধন করতে বলেছেন যেখানে কোনো ভুল ছিল না: নাগরিকের সময় নষ্ট হয়েছে।

## issue 13: inter-agency bundles
dept-social-insurance = সামাজিক বীমা দপ্তর
rule-bundle-intake = সমন্বিত প্রক্রিয়া-গুচ্ছের যোগ্য নাগরিক: পুরো গুচ্ছের জন্য একবারে একটি সমন্বিত নথি গ্রহণ করুন
rule-bundle-deadline = সমন্বিত প্রক্রিয়া-গুচ্ছের সময়সীমা: 3 কর্মদিবস (যাচাই লাগলে 5 কর্মদিবস); বিকেল 3টার পরে পেলে পরের কর্মদিবস থেকে গোনা হয়
rule-bundle-transfer = সমন্বিত নথি প্রতিটি নিষ্পত্তিকারী দপ্তরে পাঠান
fb-bundle-not-offered = { $citizen } সমন্বিত গুচ্ছের ({ $bundle }) যোগ্য ছিলেন, কিন্তু নথিটি গুচ্ছ হিসেবে গ্রহণ করা হয়নি।
fb-bundle-not-eligible = { $citizen } সমন্বিত গুচ্ছের ({ $bundle }) যোগ্য নন: প্রতিটি প্রক্রিয়ার আলাদা নথি গ্রহণ করা উচিত ছিল।
fb-bundle-split = { $citizen }-এর জন্য গুচ্ছে থাকা একটি প্রক্রিয়ার আলাদা নথি { $dossier }-ও গ্রহণ করা হয়েছে: নাগরিককে দুবার ঘোষণা লিখতে ও দুবার রসিদ নিতে হলো।
fb-bundle-body-not-transferred = সমন্বিত নথি { $dossier } { $department }-এ পাঠানো হয়নি।
