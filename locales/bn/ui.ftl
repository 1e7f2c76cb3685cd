# ডেস্কটপ অ্যাপের লেবেল। ভিয়েতনামি (vi/ui.ftl) মূল সংস্করণ: সেখানে থাকা প্রতিটি আইডি
# এখানে একই চলক নিয়ে থাকতে হবে।

## সাধারণ
app-title = Một Cửa
app-subtitle = কমিউনের নথি গ্রহণ ও ফলাফল প্রদান কাউন্টারের সিমুলেটর

## হোম
home-loading = পরিস্থিতিগুলো লোড হচ্ছে…
home-resume-title = অসমাপ্ত শিফট চালিয়ে যান
home-resume-body = { $trainee }-এর পরিস্থিতি "{ $scenario }": { $actions }টি কাজ সংরক্ষিত। সবকিছু সঙ্গে সঙ্গে সংরক্ষণ হয়েছে; আপনি ঠিক যেখানে থেমেছিলেন সেখানে ফিরবেন।
home-resume = চালিয়ে যান
home-resume-discard = এই শিফট বাদ দিন
resume-unknown-scenario = পরিস্থিতি "{ $scenario }" ইনস্টল করা প্যাকে নেই।
resume-journal-error = শিফটের জার্নাল { $file } আবার খোলা যায়নি: { $error }
home-curriculum = স্ব-অধ্যয়ন পাঠক্রম
home-curriculum-help = সহজ থেকে কঠিনের দিকে এগোন; একটি পরিস্থিতিতে উত্তীর্ণ হলে পরেরটি খোলে।
home-no-scenarios = কোনো পরিস্থিতি লোড করা যায়নি।
home-difficulty = কাঠিন্য { $level }/5
home-best = সেরা নম্বর: { $score }
home-not-tried = এখনও চেষ্টা করা হয়নি
home-locked = আগে "{ $scenario }"-এ উত্তীর্ণ হোন
home-start = শুরু করুন
home-new-morning = নতুন সকাল
home-conference = সম্মেলন মোড
home-conference-help = আপনার নাম এবং প্রশিক্ষকের বলা সেশন কোড লিখুন, অথবা প্রশিক্ষকের পাঠানো সেশন ফাইল খুলুন; কোডই পরিস্থিতি ও মোড ঠিক করে।
home-trainee-name = প্রশিক্ষণার্থীর পূর্ণ নাম
home-session-code = সেশন কোড
home-session-code-hint = ৯টি অক্ষর, যেমন K7M-4QX-PZ2
home-join = সেশনে যোগ দিন
home-name-required = ফলাফলে আপনার নাম থাকার জন্য পূর্ণ নাম লিখুন।

## বিজ্ঞপ্তি
notice-dismiss = ঠিক আছে
notice-data-dir-failed = ডেটা ফোল্ডার { $path } তৈরি করা যায়নি: { $error }। ফলাফল সংরক্ষিত হবে না।
notice-file-unreadable = { $path } ফাইলটি পড়া যায়নি: { $error }। ডিফল্ট মান ব্যবহার করা হচ্ছে।
notice-file-damaged = ফাইল { $path } ক্ষতিগ্রস্ত; ডিফল্ট মান ব্যবহার করা হচ্ছে। ({ $error })
notice-bad-setting = সেটিং "{ $key }"-এর মান { $value } সঠিক নয়; ডিফল্ট মান ব্যবহার করা হচ্ছে।
notice-unknown-setting = অজানা সেটিং "{ $key }" উপেক্ষা করা হয়েছে।
notice-save-failed = { $path } সংরক্ষণ করা যায়নি: { $error }
notice-no-data-dir = কোনো ডেটা ফোল্ডার পাওয়া যায়নি; সেটিং ও ফলাফল সংরক্ষিত হবে না।
notice-no-pack = কোনো পরিস্থিতি প্যাক পাওয়া যায়নি। পরিবেশ চলক { $env } scenarios ফোল্ডারে নির্দেশ করুন।
notice-pack-problems = পরিস্থিতি প্যাকে { $count }টি সমস্যা আছে; ত্রুটিপূর্ণ পরিস্থিতি বাদ দেওয়া হয়েছে। প্রথমটি: { $first }
notice-journal-tail = অ্যাপ বন্ধ হওয়ার আগের শেষ কাজটি পুরো লেখা হয়নি এবং বাদ দেওয়া হয়েছে: { $note }
notice-replay-failed = আবার খেলা যাচ্ছে না: { $error }

## অগ্রগতি
progress-loading-shared = প্রক্রিয়া, কাগজপত্র ও ক্যালেন্ডার লোড হচ্ছে…
progress-loading-scenarios = পরিস্থিতিগুলো যাচাই করা হচ্ছে…
progress-grading = নম্বর দেওয়া হচ্ছে…
progress-expert = বিশেষজ্ঞের পথ আবার চালানো হচ্ছে…

## সেটিং
settings-title = সেটিং
settings-language = ভাষা
settings-font-size = লেখার আকার
settings-theme = চেহারা
settings-theme-light = উজ্জ্বল
settings-theme-dark = অন্ধকার
settings-mode = মোড
settings-trainee = প্রশিক্ষণার্থীর নাম
settings-trainee-hint = স্লিপ ও ফলাফল ফাইলে ছাপা হয়
settings-results-folder = ফলাফলের ফোল্ডার
settings-results-default = ডিফল্ট (ডেটা ফোল্ডার)
settings-results-choose = ফোল্ডার বাছুন…
settings-results-reset = ডিফল্ট ব্যবহার করুন
settings-results-no-dialog = এই কম্পিউটারে ফোল্ডার বাছাইয়ের জানালা খোলা যায় না; ফলাফল ডিফল্ট ফোল্ডারে সংরক্ষিত হয়।
settings-data-folder = ডেটা রাখা হয়: { $path }
mode-practice = অনুশীলন
mode-exam = পরীক্ষা
mode-practice-help = ইঙ্গিত পাওয়া যায়, শিফট চলাকালীন সূচক দেখা যায়, ছোট ভুলে অর্ধেক কাটা হয়।
mode-exam-help = কোনো ইঙ্গিত নেই, শিফট চলাকালীন সূচক লুকানো, পূর্ণ নম্বর কাটা হয়।

## Briefing before a shift
briefing-title = শিফটের ব্রিফিং: কাউন্টারে যাওয়ার আগে পড়ুন
briefing-start = কাউন্টার খুলুন, শিফট শুরু করুন
briefing-back = হোমে ফিরুন
briefing-situation = পরিস্থিতি
briefing-objectives = এই শিফটের লক্ষ্য
briefing-no-objectives = এই পরিস্থিতিতে আলাদা কোনো লক্ষ্য নেই: প্রত্যেক নাগরিকের কাজ নিয়ম মেনে করুন।
briefing-mode = মোড: { $mode }।
briefing-session = সেশন কোড: { $code }
briefing-queue = কাউন্টারে যে নাগরিকদের আসার কথা ({ $count } জন)
briefing-more = … এবং আরও { $count } জন।
briefing-existing = পোর্টালে ইতিমধ্যে { $count }টি নথি নিষ্পত্তি বা ফলাফল প্রদানের অপেক্ষায় আছে।

## The tutorial's step guide (one line under the counter's header)
guide-title = ধাপে ধাপে:
guide-understood = বুঝেছি
guide-off = নির্দেশিকা বন্ধ করুন
guide-on-your-own = এই ধাপগুলো আপনি নিজেই করেছেন; এভাবেই চালিয়ে যান।
guide-call-next = পরের জনকে কাউন্টারে ডাকতে নাগরিক কলামে "{ counter-call-next }" চাপুন।
guide-ask = নাগরিক কোন প্রক্রিয়ার জন্য এসেছেন জিজ্ঞেস করুন: নাগরিক কলামে একটি প্রশ্ন বেছে নিন।
guide-look = প্রতিটি কাগজ মন দিয়ে দেখুন: কাগজে চাপুন, "{ desk-look-magnifier }", "{ desk-look-light }" ব্যবহার করুন, পাতা উল্টান, দুটি লাইনের জন্য "{ desk-compare-button }"। ভুল পেলে চিহ্নিত করুন।
guide-identity = আবেদনকারীর পরিচয়পত্র যাচাই করুন: টেবিলে পরিচয়পত্রটি বেছে "{ desk-check-identity }" চাপুন।
guide-create = পোর্টালের "{ portal-menu-reception }" অংশে: প্রক্রিয়া বেছে নিয়ে "{ portal-create }" চাপুন।
guide-applicant = পোর্টালের নথিতে আবেদনকারীর নাম ও ব্যক্তিগত পরিচয় নম্বর লিখুন।
guide-scan = জমার কাগজ ডিজিটাইজ করুন: কাগজ বেছে "{ scanner-scan }" চাপুন, তারপর স্ক্যানটি নথির সঠিক অংশে সংযুক্ত করুন।
guide-decide = সিদ্ধান্ত নিন: সম্পূর্ণ হলে ফলাফল প্রদানের তারিখ লিখে "{ portal-issue-receipt }" চাপুন; অসম্পূর্ণ হলে একবারেই সম্পূরণ চেয়ে নিন; যোগ্য না হলে প্রত্যাখ্যান করুন।
guide-transfer = "{ portal-menu-processing }" অংশে: দায়িত্বপ্রাপ্ত বিভাগ বেছে "{ portal-transfer }" চাপুন।
guide-sync = নথিটি জাতীয় জনসেবা পোর্টালে দেখাতে "{ portal-sync }" চাপুন।
guide-return = "{ portal-menu-return }" অংশে: নাগরিকের নথি খুঁজে ফলাফল প্রদান করুন (অথবা নথি প্রত্যাহার লিপিবদ্ধ করুন)।
guide-guide = পরের বার নাগরিক কীভাবে অনলাইনে করবেন দেখিয়ে দিন: "{ citizen-guide }" অংশে একটি বিষয় বেছে নিন।
guide-dismiss = এই নাগরিকের কাজ শেষ করতে "{ counter-dismiss }" চাপুন।

## কাউন্টার
counter-home = হোম
counter-home-help = শিফট স্বয়ংক্রিয়ভাবে সংরক্ষিত হয়; পরে চালিয়ে যেতে পারবেন।
counter-end-shift = শিফট শেষ করুন
counter-end-title = শিফট শেষ করবেন?
counter-end-body = যাঁরা অপেক্ষা করছেন তাঁদের চলে যেতে হবে। তারপর আপনি নম্বর ও মতামত দেখবেন।
counter-end-confirm = শেষ করে নম্বর দিন
counter-cancel = বাতিল
counter-call-next = পরের নম্বর ডাকুন (N)
counter-dismiss = শেষ, বিদায় (D)
counter-dismiss-help = এই নাগরিকের কাজ শেষ করুন; একই দিনের ফলাফল আসার থাকলে তিনি বসে অপেক্ষা করবেন।
counter-hint = ইঙ্গিত
counter-hint-button = ইঙ্গিত (H)
counter-wait = { $minutes } মিনিট অপেক্ষা

## নাগরিক
citizen-portrait = { $citizen }-এর প্রতিকৃতি
citizen-nobody = কাউন্টার খালি।
citizen-queue-empty = কেউ সারিতে নেই।
citizen-waiting-results = ফলাফলের জন্য অপেক্ষায়:
citizen-questions = নাগরিককে জিজ্ঞাসা করুন
citizen-guide = নির্দেশনা
citizen-guided-useful = (নির্দেশনা দেওয়া হয়েছে: { $topic })
citizen-guided-useless = ({ $topic } বিষয়ে নির্দেশনা দেওয়া হয়েছে, কিন্তু নাগরিক এখনও তা ব্যবহার করতে পারবেন না)
citizen-queue = সারি: { $count } জন
citizen-patience = প্রায় { $minutes } মিনিট ধৈর্য বাকি
citizen-expected = আরও { $count } জন আসবেন।
citizen-guide-online-service-help = বুঝিয়ে বলুন যে এই প্রক্রিয়া পরের বার অনলাইনে করা যায়, এবং কীভাবে।
citizen-guide-vneid-account-help = লেভেল-২ VNeID অ্যাকাউন্ট বুঝিয়ে বলুন (চিপযুক্ত পরিচয়পত্র ও ফোন নিয়ে পুলিশে নিবন্ধন)।
citizen-guide-vneid-login-help = নাগরিকের ফোনে VNeID-তে লগ ইন করতে সাহায্য করুন।
citizen-guide-status-lookup-help = কোড দিয়ে নথির অবস্থা দেখার উপায় দেখান (রসিদের QR, এসএমএস)।
citizen-guide-assist-online-help = নাগরিকের সঙ্গে বসে কাউন্টারেই এই নথি অনলাইনে জমা দিন।
# Guidance buttons (capitalised; the topics in core.ftl are worded to sit inside a sentence).
citizen-guide-online-service-button = এই প্রক্রিয়া অনলাইনে করা যায়
citizen-guide-vneid-account-button = VNeID লেভেল-২ অ্যাকাউন্ট
citizen-guide-vneid-login-button = VNeID-তে লগইন
citizen-guide-status-lookup-button = কোড দিয়ে নথির অবস্থা দেখা
citizen-guide-assist-online-button = কিয়স্কে একসঙ্গে অনলাইনে জমা

## ডেস্ক
desk-empty = ডেস্ক খালি। শুরু করতে পরের জনকে ডাকুন।
desk-shortcuts = শর্টকাট: N পরের জন, 1–9 কাগজ বাছাই, I আতশ কাচ, K পরিচয়পত্র যাচাই, C পাশাপাশি, S স্ক্যান, R রসিদ, H ইঙ্গিত, D বিদায়, Esc বাতিল।
desk-check-identity = জনসংখ্যা ডেটাবেসে যাচাই (K)
desk-zoom = বড় করুন
desk-state-records = রাষ্ট্রের কাছে কী আছে দেখুন
desk-state-records-help = VNeID, নাগরিক নিবন্ধন ও জনসংখ্যা ডেটাবেস দেখুন: কোন কাগজ চাওয়া যাবে না।
desk-state-records-result = রাষ্ট্রের কাছে আগে থেকেই আছে (চাইবেন না):
desk-state-records-none = এই নথির কোনো কাগজ ডেটাবেসে নেই।
desk-identity-result = জনসংখ্যা ডেটাবেস:
desk-identity-found = রেকর্ডে আছে: { $name }, জন্ম { $birth }।
desk-identity-not-found = এই পরিচয় নম্বর রেকর্ডে নেই।
desk-compare = তথ্য তুলনা
desk-compare-help = কাগজের দুটি লাইনে ক্লিক করুন (দুটি আলাদা কাগজেও হতে পারে), পাশাপাশি রেখে মন দিয়ে পড়ুন।
desk-compare-none = (বাছাই হয়নি)
desk-compare-button = পাশাপাশি (C)
desk-compare-clear = বাতিল
desk-compare-flag = এই দুটি লাইন আলাদা
desk-look-magnifier = আতশ কাচ (I)
desk-look-magnifier-help = ছোট লেখা, ঘষে লেখা সংখ্যা, সিলমোহরের দাগ পড়তে বড় করুন।
desk-look-light = আলোর সামনে ধরুন
desk-look-light-help = কাগজটি আলোর সামনে ধরুন: মোছা, ওপরে লেখা, জলছাপ ও উঁচু সিলমোহর দেখা যায়।
desk-look-light-off = নামিয়ে রাখুন
desk-page = পাতা { $page }/{ $pages }
desk-page-prev = ‹ আগের পাতা
desk-page-next = পরের পাতা ›
flag-menu = সমস্যা চিহ্নিত করুন
flag-quick = { $place }-এ ভুল:
flag-quick-close = বন্ধ
flag-area-field = একটি তথ্যের লাইন
flag-area-photo = ছবি
flag-area-seal = সিলমোহর
flag-area-signature = স্বাক্ষর
flag-area-form-code = ফর্মের কোড
flag-area-whole = পুরো কাগজ
flags-title = আপনি যা চিহ্নিত করেছেন
flags-none = আপনি এখনও কিছু চিহ্নিত করেননি।
flag-clear = তুলে নিন
flag-on-field = { $paper } · { $field }: { $defect }
flag-on-paper = { $paper }: { $defect }
flag-discrepancy = অমিল: { $a } / { $b }

## স্ক্যানার
scanner-title = স্ক্যানার
scanner-paper = কাগজ: { $document }
scanner-no-paper = (ডেস্ক থেকে একটি কাগজ বাছুন)
scanner-dpi = রেজোলিউশন
scanner-color = রঙিন
scanner-gray = ধূসর
scanner-bw = সাদা-কালো
scanner-duplex = দুই পাশ
scanner-scan = স্ক্যান (S)
scanner-none = এই নাগরিকের জন্য এখনও কিছু স্ক্যান হয়নি।
scanner-scan-label = স্ক্যান { $scan }: { $document }
scanner-scan-number = স্ক্যান { $scan } ({ $images }টি ছবি)
scanner-attach-to = নথি { $dossier }-এ সংযুক্ত করুন:
scanner-choose-component = নথির একটি অংশ বাছুন
scanner-attach = সংযুক্ত করুন
scanner-no-dossier = স্ক্যান সংযুক্ত করতে সিস্টেমে নথি তৈরি করুন।
scanner-chosen = সংযুক্ত করার জন্য বাছা হয়েছে
scanner-attach-needs-component = বাছাই করা স্ক্যানটি নথির কোন অংশে সংযুক্ত হবে, তা বাছুন।
scanner-attach-ready = স্ক্যান { $scan } সংযুক্ত হবে: { $component }

## ওয়ান-স্টপ তথ্য ব্যবস্থা
portal-system-title = প্রশাসনিক প্রক্রিয়া নিষ্পত্তির তথ্য ব্যবস্থা
portal-menu-reception = নথি গ্রহণ
portal-menu-processing = নথি নিষ্পত্তি
portal-menu-return = ফলাফল প্রদান
portal-menu-lookup = প্রক্রিয়া খুঁজুন
portal-sync-ok = জাতীয় জনসেবা পোর্টালে সিঙ্ক: স্বাভাবিক
portal-sync-failed = সিঙ্ক ব্যর্থ: { $count }টি নথি
portal-unavailable = কম্পিউটার ব্যবহার করা যাচ্ছে না (আটকে গেছে বা বিদ্যুৎ নেই)।
portal-no-citizen = কাউন্টারে এখনও কোনো নাগরিক নেই।
portal-new-dossier = নতুন নথি
portal-procedure = প্রক্রিয়া
portal-choose-procedure = (একটি প্রক্রিয়া বাছুন)
portal-create = নথি তৈরি করুন
portal-dossier = নথি { $dossier }
portal-save = সংরক্ষণ
portal-components = নথির উপাদান
portal-component = উপাদান
portal-form = ধরন
portal-attached = স্ক্যান
portal-form-original = মূল কাগজ
portal-form-copy = প্রতিলিপি
portal-form-show = শুধু দেখানো
portal-fee = ফি ও চার্জ
portal-fee-amount = পরিমাণ
portal-set-fee = ফি লিখুন
portal-fee-invalid = পরিমাণ সঠিক নয়।
portal-fee-due = আদায় করতে হবে: { $amount }
portal-fee-free = বিনামূল্যে।
portal-fee-not-set = কোনো ফি লেখা হয়নি।
portal-paid = আদায় হয়েছে { $amount } ({ $method })
portal-certify = ফটোকপি মূল কাগজের সঙ্গে মিলিয়ে দেখুন
portal-certify-copy = ফটোকপি
portal-certify-original = মিলিয়ে দেখার মূল কাগজ
portal-department = বিভাগ
portal-choose = (বাছুন)
portal-certify-button = মিলিয়ে স্বাক্ষর করুন
portal-receipt = নথি গ্রহণ ও ফলাফল প্রদানের তারিখের রসিদ
portal-appointment = ফলাফল প্রদানের তারিখ
portal-calendar = ক্যালেন্ডার
portal-issue-receipt = নথি গ্রহণ ও ফলাফল প্রদানের তারিখের রসিদ দিন (R)
portal-issue-receipt-help = নথি গ্রহণ করুন, কোড দিন এবং আপনার লেখা ফলাফল প্রদানের তারিখসহ রসিদ ছাপুন।
portal-date-invalid = তারিখ সঠিক নয়: DD/MM/YYYY আকারে লিখুন।
portal-request-supplement = সম্পূরণের অনুরোধপত্র দিন
portal-ground = কারণ
portal-choose-ground = (একটি কারণ বাছুন)
portal-grounds-from-flags = কাগজের কোনো ত্রুটি কাগজে চিহ্নিত করার পরেই প্রত্যাখ্যানের কারণ হিসেবে আসে।
portal-supplement-grounds = কাগজে আপনি যা চিহ্নিত করেছেন (সম্পূরণের অনুরোধের ভিত্তি):
portal-refuse = প্রত্যাখ্যানপত্র দিন
portal-online-queue = গ্রহণের অপেক্ষায় অনলাইন নথি
portal-accept-online = গ্রহণ করুন
portal-online-review = নথি দেখুন
portal-online-close = বন্ধ করুন
portal-online-papers = অনলাইন নথি { $dossier }-এর অংশগুলো (ইলেকট্রনিক সংস্করণ)
portal-online-no-papers = এই নথিতে কোনো ফাইল সংযুক্ত নেই।
portal-dossier-list = নথির তালিকা
portal-no-dossiers = এখনও কোনো নথি নেই।
portal-appointment-on = ফলাফল প্রদানের তারিখ: { $date }
portal-sync-not-sent = সিঙ্ক হয়নি
portal-sync-error = সিঙ্ক ব্যর্থ
portal-sync-done = সিঙ্ক হয়েছে
portal-delay = বিভাগ বিলম্বের কথা জানিয়েছে: { $reason } (আরও { $days } কর্মদিবস)
portal-control-sheet = নথি নিষ্পত্তি প্রক্রিয়া নিয়ন্ত্রণপত্র
portal-control-sheet-row = { $time }: { $from } { $to }-কে হস্তান্তর করেছে — { $status }
portal-choose-department = (একটি বিভাগ বাছুন)
portal-transfer = হস্তান্তর
portal-sync = জাতীয় জনসেবা পোর্টালে সিঙ্ক করুন
portal-apology-date = ফলাফল প্রদানের নতুন তারিখ
portal-send-apology = ক্ষমাপ্রার্থনার স্লিপ পাঠান
portal-view-slip = স্লিপ { $number }: { $slip }
portal-other-slips = অন্যান্য স্লিপ
portal-return-result = নাগরিককে ফলাফল প্রদান
portal-withdraw = প্রত্যাহার নথিভুক্ত করুন
portal-lookup-open = প্রক্রিয়ার পাতা খুলুন
portal-national-code = জাতীয় প্রক্রিয়া কোড: { $code }
portal-deadline = নিষ্পত্তির সময়
portal-same-day = একই কর্মদিবসে
portal-working-days = { $days } কর্মদিবস
portal-calendar-days = { $days } ক্যালেন্ডার দিন
portal-handled-by = নিষ্পত্তিকারী
portal-online = অনলাইন
portal-result = ফলাফল
portal-legal-basis = আইনি ভিত্তি
online-full = সম্পূর্ণ অনলাইন
online-partial = আংশিক অনলাইন
online-none = শুধু কাউন্টারে
fee-free = বিনামূল্যে
fee-flat = কাউন্টারে { $counter }; অনলাইনে { $online }
fee-per-copy = প্রতিটি প্রতিলিপি { $amount }
fee-per-page = প্রথম { $pages } পাতার প্রতিটি { $first }, পরের প্রতিটি { $later }, প্রতিটি প্রতিলিপিতে সর্বোচ্চ { $cap }
fee-free-when = ছাড়প্রাপ্তদের জন্য বিনামূল্যে; অন্যথায়: { $otherwise }
pay-cash = নগদ
pay-epayment = ই-পেমেন্ট

## ক্যালেন্ডার
calendar-previous = আগের মাস
calendar-next = পরের মাস
calendar-mon = সোম
calendar-tue = মঙ্গল
calendar-wed = বুধ
calendar-thu = বৃহ
calendar-fri = শুক্র
calendar-sat = শনি
calendar-sun = রবি
calendar-working = কর্মদিবস
calendar-weekend = সাপ্তাহিক ছুটি
calendar-day-off-named = ছুটির দিন: { $name }
calendar-make-up = পূরণ-কর্মদিবস: { $name }
calendar-legend = লাল: ছুটির দিন; গাঢ় সবুজ: পূরণ-কর্মদিবস শনিবার। নথি গ্রহণের দিন গোনা হয় না; ১৫টা থেকে পরের কর্মদিবসই গ্রহণের দিন। ফলাফল প্রদানের তারিখ বসাতে একটি দিনে ক্লিক করুন।

## স্লিপ
slip-line-citizen = আবেদনকারী: { $citizen }
slip-line-procedure = প্রক্রিয়া: { $procedure }
slip-line-dossier = নথি কোড: { $dossier }
slip-line-appointment = ফলাফল প্রদানের তারিখ: { $date }
slip-line-receipt-note = ফলাফল নিতে আসার সময় এই রসিদ ও পরিচয়ের কাগজ সঙ্গে আনুন।
slip-line-supplement = অনুগ্রহ করে নিচের কাগজগুলোর সম্পূরণ ও সংশোধন করুন:
slip-line-supplement-note = ওয়ান-স্টপ কাউন্টার একবারেই সম্পূর্ণভাবে সম্পূরণের সব বিষয় জানায়।
slip-line-ground = প্রত্যাখ্যানের কারণ: { $ground }
slip-line-reason = বিলম্বের কারণ: { $reason }
slip-line-new-date = ফলাফল প্রদানের নতুন তারিখ: { $date }
slip-line-apology = এই বিলম্বের জন্য কেন্দ্র দুঃখিত।
slip-line-amount = আদায়কৃত পরিমাণ: { $amount }
slip-line-stop = নাগরিকের নথি প্রত্যাহারের অনুরোধে নথির নিষ্পত্তি বন্ধ করা হয়েছে।
slip-line-electronic = (পাবলিক সার্ভিস পোর্টালের মাধ্যমে ইলেকট্রনিকভাবে পাঠানো)
slip-clerk = গ্রহণকারী কর্মকর্তা
slip-clerk-unnamed = প্রশিক্ষণার্থী
slip-sign-hint = (স্বাক্ষর ও পূর্ণ নাম)
slip-citizen-sign = নথি জমাদানকারী
slip-hand-over = নাগরিককে স্লিপ দিন

## স্ট্যাটাস বার
status-clock = সিমুলেটেড সময়
status-queue = অপেক্ষায়: { $count }
status-waiting = ফলাফলের অপেক্ষায়: { $count }
status-kpis-hidden = পরীক্ষা মোডে সূচক লুকানো
status-autosaved = স্বয়ংক্রিয়ভাবে সংরক্ষিত
status-journal-error = শিফটের জার্নাল { $file } লেখা যাচ্ছে না: { $error }

## শিফটের জার্নাল ও ফলাফল ফাইলের ত্রুটি (ফাইলের নামের পরে)
record-error-io = { $action ->
        [create] ফাইল তৈরি করা যায়নি
        [open] ফাইল খোলা যায়নি
        [read] ফাইল পড়া যায়নি
        [write] ফাইলে লেখা যায়নি
        [sync] ডিস্কে সংরক্ষণ করা যায়নি
        [replace] পুরোনো ফাইল বদলানো যায়নি
        [truncate] অর্ধেক লেখা লাইন কেটে ফেলা যায়নি
        [seek] ফাইলের ভেতরে সরানো যায়নি
        [list] ফোল্ডার পড়া যায়নি
       *[other] { $action } করা যায়নি
    } ({ $reason })
record-error-rollback = লেখা ব্যর্থ হয়েছে ({ $reason }) এবং অর্ধেক লেখা লাইন কেটে ফেলাও ব্যর্থ হয়েছে ({ $rollback }); জার্নাল আর কোনো কাজ নেবে না — শিফট আবার খুললে তা পুনরুদ্ধার হবে
record-error-damaged = ব্যর্থ লেখার পরে জার্নালের শেষে একটি ক্ষতিগ্রস্ত লাইন আছে, তাই এটি আর কোনো কাজ নেবে না — শিফট আবার খুললে তা পুনরুদ্ধার হবে
record-error-too-large = ফাইলটি { $size } বাইট; একটি প্রকৃত শিফটের রেকর্ড সর্বোচ্চ { $limit } বাইট
record-error-line = লাইন { $line }: { $message }
record-error-line-column = লাইন { $line }, কলাম { $column }: { $message }
record-error-engine = সংস্করণ { $recorded } দিয়ে রেকর্ড করা, এটি সংস্করণ { $current }
record-error-replay = লাইন { $line }: কাজ { $number } ({ $action }) আবার করা যায় না: { $error }

## কাজ
act-call-next = পরের নম্বর ডাকা
act-ask = প্রশ্ন: { $question }
act-inspect = আতশ কাচ দিয়ে { $document } দেখা
act-inspect-light = { $document } আলোর সামনে ধরা
act-turn-page = { $document }-এর পাতা { $page }-এ যাওয়া
act-flag = চিহ্নিত: { $claim }
act-clear-flag = চিহ্ন তুলে নেওয়া: { $claim }
act-compare = { $a } এবং { $b } তুলনা
act-check-identity = জনসংখ্যা যাচাই: { $document }
act-state-records = রাষ্ট্রের কাছে কী আছে দেখা
act-look-up-procedure = প্রক্রিয়া খোঁজা: { $procedure }
act-hint = ইঙ্গিত
act-create-dossier = নথি তৈরি: { $procedure }
act-fill-field = { $field } লেখা: { $value } ({ $dossier })
act-scan = স্ক্যান: { $document } ({ $dpi } dpi, { $color })
act-attach = স্ক্যান { $scan } "{ $component }"-এ সংযুক্ত
act-certify-copy = ফটোকপি মিলিয়ে স্বাক্ষর: { $document }
act-set-fee = ফি লেখা: { $amount }
act-collect-fee = ফি আদায় ({ $method })
act-issue-receipt = { $dossier }-এর রসিদ, ফলাফল প্রদানের তারিখ { $date }
act-request-supplement = সম্পূরণের অনুরোধ: { $components }
act-refuse = প্রত্যাখ্যান, কারণ: { $ground }
act-transfer = { $dossier } হস্তান্তর: { $department }
act-sync = সিঙ্ক: { $dossier }
act-return-result = ফলাফল প্রদান: { $dossier }
act-record-withdrawal = প্রত্যাহার নথিভুক্ত: { $dossier }
act-send-apology = { $dossier }-এর জন্য ক্ষমাপ্রার্থনা, ফলাফল প্রদানের নতুন তারিখ { $date }
act-guide = নির্দেশনা: { $topic }
act-respond = ত্রুটির প্রতিক্রিয়া: { $response }
act-dismiss = নাগরিককে বিদায় জানানো
act-wait = { $minutes } মিনিট অপেক্ষা
act-end-shift = শিফট শেষ

## ঘটনা
ev-arrived = { $citizen } এসে একটি নম্বর নিয়েছেন।
ev-called = { $citizen } কাউন্টারে এলেন।
ev-left-served = { $citizen } চলে গেছেন।
ev-left-impatient = { $citizen } অনেকক্ষণ অপেক্ষা করে চলে গেছেন।
ev-left-closed = কাউন্টার বন্ধ হওয়ায় { $citizen }-কে চলে যেতে হয়েছে।
ev-waiting = { $citizen } একই দিনের ফলাফলের জন্য বসে অপেক্ষা করছেন।
ev-dossier-created = নথি { $dossier } তৈরি হয়েছে।
ev-scanned = স্ক্যান { $scan } হয়েছে: { $images }টি ছবি।
ev-scanner-jammed = স্ক্যানারে কাগজ আটকে গেছে!
ev-payment-failed = { $dossier }-এর ই-পেমেন্ট ব্যর্থ হয়েছে।
ev-slip = স্লিপ নং { $number } ছাপা হয়েছে: { $slip }।
ev-status = নথি { $dossier }: { $status }।
ev-synced = { $dossier } জাতীয় জনসেবা পোর্টালে সিঙ্ক হয়েছে।
ev-sync-failed = { $dossier }-এর সিঙ্ক ব্যর্থ; আবার পাঠান।
ev-result-ready = নথি { $dossier }-এর ফলাফল প্রস্তুত।
ev-delay = নথি { $dossier } দেরি হবে: { $reason }
ev-fault-started = ত্রুটি: { $fault }
ev-fault-ended = ত্রুটি শেষ: { $fault }
ev-shift-ended = শিফট শেষ হয়েছে।

## কাজের ত্রুটি
err-shift-over = শিফট শেষ হয়ে গেছে।
err-too-many-actions = এই শিফটে ইতিমধ্যে { $limit }টি কাজ হয়েছে, একটি শিফটে সর্বোচ্চ এতটাই হতে পারে। শিফট শেষ করুন।
err-no-citizen = কাউন্টারে কেউ নেই।
err-citizen-at-counter = কাউন্টারে একজন আছেন; আগে তাঁর কাজ শেষ করুন।
err-queue-empty = কেউ অপেক্ষায় নেই এবং আর কেউ আসবেন না।
err-document-not-here = কাগজ { $document } ডেস্কে নেই।
err-unknown-field = কাগজ { $document }-এ { $field } ঘর নেই।
err-not-identity = { $document } পরিচয়ের কাগজ নয়।
err-unknown-procedure = { $procedure } নামে কোনো প্রক্রিয়া নেই।
err-unknown-component = প্রক্রিয়ায় { $component } উপাদান নেই।
err-unknown-scan = { $scan } নম্বরের কোনো স্ক্যান নেই।
err-unknown-ground = কারণ { $ground } এই প্রক্রিয়ায় প্রযোজ্য নয়।
err-portal = সিস্টেম এটি অনুমোদন করে না: { $error }
err-dossier-open = এই নাগরিকের জন্য নথি { $dossier } ইতিমধ্যে লেখা হচ্ছে।
err-already-received = নথি { $dossier } ইতিমধ্যে গ্রহণ করা হয়েছে, আর বদলানো যাবে না।
err-not-received = নথি { $dossier } এখনও গ্রহণ করা হয়নি (রসিদ দেওয়া হয়নি)।
err-no-fee = নথি { $dossier }-এর কোনো ফি আদায়ের নেই।
err-fee-not-paid = নথি { $dossier }: রসিদ দেওয়ার আগে ফি আদায় করুন।
err-empty-supplement = সম্পূরণের অনুরোধে অন্তত একটি উপাদান থাকতে হবে।
err-frozen = কম্পিউটার আটকে গেছে; আবার চালু করুন।
err-power-out = বিদ্যুৎ নেই: কম্পিউটার ও স্ক্যানার বন্ধ।
err-scanner-jammed = স্ক্যানারে কাগজ আটকে আছে; পরিষ্কার করুন।
err-no-fault = এখন এমন প্রতিক্রিয়ার প্রয়োজন এমন কোনো ত্রুটি নেই।
err-hints-disabled = পরীক্ষা মোডে কোনো ইঙ্গিত নেই।
err-not-a-copy = { $copy } { $original }-এর ফটোকপি নয়।
err-text-too-long = সর্বোচ্চ { $max } অক্ষর।
err-already-paid = নথি { $dossier }-এর ফি আগেই পরিশোধিত।
err-amount-too-large = { $amount } পরিমাণটি অনেক বেশি।
err-wait-range = ১ থেকে ২৪০ মিনিট অপেক্ষা করুন।
err-resolution = স্ক্যানারে { $dpi } dpi সেটিং নেই।
err-not-processing = নথি { $dossier } প্রক্রিয়াধীন নয়।
err-apology-sent = নথি { $dossier }-এর জন্য ক্ষমাপ্রার্থনা আগেই পাঠানো হয়েছে।
err-nobody = নথি { $dossier } গ্রহণ করার জন্য কেউ নেই।
err-no-such-page = { $document }-এ পাতা { $page } নেই।
err-mismatch-two-fields = দুটি কাগজের অমিল দুটি লাইন পাশাপাশি রেখে চিহ্নিত করা হয়।
err-discrepancy-two-fields = একই নথির দুটি আলাদা লাইন বেছে নিন।
err-already-flagged = এটি আগেই চিহ্নিত করা আছে।
err-not-flagged = এটি চিহ্নিত করা নেই।
err-ground-not-flagged = আগে কাগজে «{ $ground }» চিহ্নিত করুন: প্রত্যাখ্যানের কারণ হবে আপনি যা খুঁজে পেয়েছেন।

## নাগরিক কী চান
want-collect = নথি { $dossier }-এর ফলাফল সংগ্রহ
want-withdraw = নথি { $dossier } প্রত্যাহার

## সিস্টেমের ফর্মের ঘর
field-applicant-name = আবেদনকারীর পূর্ণ নাম
field-applicant-id-number = ব্যক্তিগত পরিচয় নম্বর
field-phone = ফোন নম্বর

## ফলাফল
debrief-title = শিফটের ফলাফল
debrief-home = হোম
debrief-export = ফলাফল ফাইল রপ্তানি
debrief-replay-start = শুরু থেকে আবার খেলুন
debrief-grading = শিফটের নম্বর দেওয়া হচ্ছে…
debrief-failed = অভ্যন্তরীণ ত্রুটির কারণে নম্বর দেওয়া থেমে গেছে: { $error }
debrief-new-best = নতুন সেরা নম্বর!
debrief-dimensions = মানদণ্ড
debrief-timeline = ধাপে ধাপে শিফট
debrief-timeline-help = লাল বিন্দু: সেই মুহূর্তে একটি ভুল, নিয়ম ও আইনি ভিত্তিসহ। "এখান থেকে আবার খেলুন" সেই কাজের ঠিক আগে পর্যন্ত শিফট আবার তৈরি করে।
debrief-replay-here = এখান থেকে আবার খেলুন
debrief-replay-short = আবার খেলুন
debrief-replay-help = এই কাজের ঠিক আগে পর্যন্ত শিফট আবার তৈরি করে সেখান থেকে চালিয়ে যান।
debrief-end-of-shift = শিফটের শেষে
debrief-cost = { $units } একক কাটা ({ $dimension })
debrief-expert = বিশেষজ্ঞের পথ
debrief-papers = কাগজপত্র: কী ছিল আর আপনি কী দেখেছেন
debrief-papers-help = সবুজ বৃত্ত: আপনি যে ত্রুটি খুঁজে পেয়েছেন। লাল ভাঙা বৃত্ত: যা আপনি মিস করেছেন। কমলা ক্রস: যেখানে ভুল না থাকলেও আপনি চিহ্ন দিয়েছেন।
debrief-papers-clean = এই শিফটের কাগজে কোনো ত্রুটি ছিল না, আর আপনি ভুল করে কিছু চিহ্নিত করেননি।
debrief-online-case = অনলাইন নথি { $dossier }
debrief-case-seen = { $who }: { $visible }টির মধ্যে { $found }টি ত্রুটি পাওয়া গেছে, { $false }টি ভুল চিহ্ন
debrief-found-after = পাওয়া গেছে: { $defect } ({ $seconds } সেকেন্ড পরে)
debrief-found = পাওয়া গেছে: { $defect }
debrief-missed = মিস হয়েছে: { $defect }
debrief-false-flag = চিহ্নিত, কিন্তু ভুল ছিল না: { $claim }
debrief-false-flag-demanded = চিহ্নিত, ভুল ছিল না, আর এর জন্য নাগরিকের কাছে দাবি করেছেন: { $claim }
debrief-expert-score = বিশেষজ্ঞের পথের নম্বর: { $score }
debrief-no-expert = এই পরিস্থিতির কোনো বিশেষজ্ঞ পথ নেই।
debrief-exported = ফলাফল ফাইল সংরক্ষিত: { $path }
debrief-export-failed = ফলাফল ফাইল { $file } সংরক্ষণ করা যায়নি: { $error }
debrief-saved = ফলাফল নিজে থেকেই সংরক্ষিত হয়েছে: { $path }
debrief-save-failed = ফলাফল ফাইল { $file } নিজে থেকে সংরক্ষণ করা যায়নি: { $error }। ফলাফলটি রাখা আছে: অন্য কোথাও সংরক্ষণ করতে "ফলাফল ফাইল রপ্তানি" চাপুন।
debrief-not-saved = এই কম্পিউটারে কোনো ডেটা ফোল্ডার নেই, তাই ফলাফল সংরক্ষিত হয়নি। সংরক্ষণ করতে "ফলাফল ফাইল রপ্তানি" চাপুন।
debrief-no-dialog = এই কম্পিউটারে ফাইল বাছাইয়ের জানালা খোলা যায় না। ফলাফল ফাইলটি { $folder } ফোল্ডারে আছে।
debrief-costliest = সবচেয়ে বেশি নম্বর কাটা তিনটি ভুল
debrief-group-count = { $count } বার: { $cases }
debrief-group-cost = মোট { $units } একক কাটা গেছে
debrief-no-mistakes = এই শিফটে কোনো ভুলে নম্বর কাটা যায়নি।
debrief-show-moment = { $time } সময় ও কাগজপত্র দেখুন
debrief-show-case = কাগজপত্র দেখুন
debrief-repeated = একই ভুল আরও { $count } বার: { $cases }
debrief-chart-x = মানদণ্ড
debrief-chart-y = নম্বর (%)
debrief-timeline-help-no-replay = লাল বিন্দু: সেই কাজে একটি ভুল, নিয়ম ও আইনি ভিত্তিসহ।
debrief-case-no-marks = এই ক্ষেত্রের কাগজপত্রে চিহ্নিত করার মতো কোনো ভুল ছিল না।

## Papers, slips and refusal grounds named as the trainee reads them (never an id).
paper-unnamed = কাগজ
paper-nth = { $paper } (নং { $n })
slip-number = { $number }/{ $year }/{ $code }
slip-number-line = নং { $number }
slip-code-receipt = TNHS
slip-code-supplement = BSHS
slip-code-refusal = TCHS
slip-code-apology = XLHT
slip-code-fee-receipt = BLTP
slip-code-stop-notice = DGQ
ground-expired = পরিচয়ের কাগজের মেয়াদ শেষ হয়ে গেছে।
ground-invalid-id-number = কাগজের ব্যক্তিগত পরিচয় নম্বর বৈধ নয় (জন্মসাল বা লিঙ্গের সঙ্গে মেলে না)।
ground-name-mismatch = দাখিল করা কাগজগুলোতে নাম এক নয়।
ground-date-mismatch = দাখিল করা কাগজগুলোতে তারিখ এক নয়।
ground-field-mismatch = দাখিল করা কাগজগুলোতে তথ্য এক নয়।
ground-missing-signature = কাগজে প্রয়োজনীয় স্বাক্ষর নেই।
ground-missing-stamp = কাগজে ইস্যুকারী কর্তৃপক্ষের সিল নেই।
ground-wrong-form-version = ঘোষণাপত্রটি বর্তমান ফর্মে নয়।
ground-photocopy-only = শুধু ফটোকপি আছে, মূল কাগজ বা সত্যায়িত প্রতিলিপি নেই।
ground-illegible = মূল কাগজটি নষ্ট, লেখা পড়া যায় না।
ground-belongs-to-other = দাখিল করা কাগজটি আবেদনকারীর নিজের নয়।
ground-forged = কাগজে জালিয়াতির চিহ্ন আছে।
ground-altered = মূল কাগজে ঘষামাজা বা লেখা বদলানো হয়েছে।
ground-missing-field = কাগজের একটি আবশ্যিক ঘর ফাঁকা।
ground-unknown = (এমন কারণ যা আর এই প্রক্রিয়ার নিয়মে নেই)
portal-receipt-missing = গ্রহণের রসিদ এখনও দেওয়া যাবে না: { $fields } এখনও ফাঁকা। গ্রহণের রসিদে নথি জমাদানকারীর নাম ও পরিচিতি নম্বর থাকতেই হবে; এই ঘরগুলো লিখে সংরক্ষণ করুন (Enter)।
portal-supplement-issued = সম্পূরণের অনুরোধ নং { $number } হস্তান্তর করা হয়েছে; হস্তান্তর করা স্লিপ আর বদলানো যায় না।
err-portal-transition = নথি { $dossier } এখন «{ $from }» অবস্থায় আছে, «{ $to }» অবস্থায় নেওয়া যায় না।
err-portal-unknown = { $dossier } নামে কোনো নথি নেই।

## issue 13: citizens who need help to be served
citizen-help = সহায়তা
help-interpreter-button = দোভাষী ডাকুন
help-interpreter-help = নাগরিকের ভাষা জানেন এমন সহকর্মী বা কমিউনিটি ডিজিটাল দলের সদস্যকে ডাকুন (কয়েক মিনিট লাগে; তিনি ব্যস্ত থাকতে পারেন)।
help-family-button = আত্মীয়কে অনুবাদ করতে দিন
help-family-help = যখন ভিয়েতনামি জানেন এমন কোনো আত্মীয় সঙ্গে এসেছেন।
help-read-aloud-button = কাগজ জোরে পড়ে শোনান
help-read-aloud-help = কাগজ দেওয়ার বা স্বাক্ষর করানোর আগে লেখাটি নাগরিককে জোরে পড়ে শোনান।
help-large-print-button = বড় অক্ষরে ছাপুন
help-large-print-help = কাগজটি বড় অক্ষরে আবার ছাপুন।
help-interpreter-done = (দোভাষী এসে নাগরিকের জন্য অনুবাদ করছেন।)
help-family-done = (আত্মীয় অনুবাদ করে দিচ্ছেন।)
help-read-aloud-done = (কাগজ নাগরিককে জোরে পড়ে শোনানো হয়েছে।)
help-large-print-done = (কাগজ বড় অক্ষরে আবার ছাপা হয়েছে।)
help-interpreter-unavailable = (দোভাষী ব্যস্ত, আসতে পারছেন না।)
help-family-unavailable = (কোনো আত্মীয় সঙ্গে আসেননি।)
help-read-aloud-unavailable = (এখন সম্ভব নয়।)
help-large-print-unavailable = (এখন সম্ভব নয়।)
## issue 13: kiosk (assisted online submission)
act-send-to-kiosk = অনলাইনে জমা দিতে স্ব-সেবা কিয়স্কে পাঠানো
act-coach-at-kiosk = স্ব-সেবা কিয়স্কে পাঠিয়ে { $minutes } মিনিট পাশে থেকে সহায়তা
ev-sent-to-kiosk = { $citizen } অনলাইনে জমা দিতে স্ব-সেবা কিয়স্কে গেলেন।
ev-kiosk-submitted = { $citizen } কিয়স্কে অনলাইনে জমা দিয়েছেন: নথি { $dossier } অনলাইন ট্যাবে গ্রহণের অপেক্ষায়।
ev-back-from-kiosk = { $citizen } আবার সারিতে ফিরেছেন: { $block }।
err-coach-range = কিয়স্কে ০ থেকে { $minutes } মিনিট সহায়তা করুন।
err-nothing-to-submit = কাউন্টারের নাগরিকের জমা দেওয়ার মতো কোনো নথি নেই।
err-no-kiosk = এই কেন্দ্রে কোনো স্ব-সেবা কিয়স্ক নেই।
kiosk-heading = স্ব-সেবা কিয়স্ক
kiosk-send = কিয়স্কে, অনলাইনে জমা
kiosk-send-hover = নাগরিক নিজের VNeID লেভেল-2 অ্যাকাউন্ট দিয়ে জাতীয় জনসেবা পোর্টালে জমা দেন; কাউন্টার পরের নাগরিকের জন্য খালি থাকে।
kiosk-coach = কিয়স্কে, { $minutes } মিনিট সহায়তা
kiosk-coach-hover = কর্মকর্তা সঙ্গে গিয়ে কিয়স্কে সহায়তা করেন; ততক্ষণ সারি অপেক্ষা করে।
kiosk-at = কিয়স্কে আছেন: { $names }

## issue 13: departments sending a dossier back
act-notify-supplement = নথি { $dossier }-এর সম্পূরণের বিজ্ঞপ্তি: { $components }
act-notify-refusal = নথি { $dossier } প্রত্যাখ্যানের বিজ্ঞপ্তি, কারণ: { $ground }
ev-sent-back-supplement = বিভাগ নথি { $dossier } সম্পূরণের জন্য ফেরত পাঠিয়েছে: { $reason }
ev-sent-back-refusal = বিভাগ নথি { $dossier } ফেরত পাঠিয়েছে, প্রত্যাখ্যান করে: { $reason }
err-not-sent-back = নথি { $dossier } বিভাগ ফেরত পাঠায়নি।
err-notice-mixed = একটি বিজ্ঞপ্তি হয় সম্পূরণ চায়, নয় প্রত্যাখ্যান করে — দুটো একসঙ্গে নয়।
portal-sent-back = বিভাগ { $time }-এ নথি ফেরত পাঠিয়েছে: { $reason }
portal-notify-citizen = নাগরিককে জানান (ফোন/SMS-এ, অথবা কাউন্টারে থাকলে হাতে দিন)
portal-notify-supplement = নথি সম্পূরণের অনুরোধপত্র পাঠান
portal-notify-refusal = নথি গ্রহণ প্রত্যাখ্যানের পত্র পাঠান
want-bring-supplement = নথি { $dossier }-এর সম্পূরণ
act-receive-supplement = নথি { $dossier }-এর সম্পূরণ গ্রহণ, নতুন ফলাফল প্রদানের তারিখ { $date }
err-not-their-dossier = নথি { $dossier } কাউন্টারে থাকা নাগরিকের নথি নয়।
err-not-notified = নথি { $dossier }: আগে নাগরিককে জানান বিভাগ কী চেয়েছে।
portal-new-appointment = নতুন ফলাফল প্রদানের তারিখ
portal-receive-supplement = নথির সম্পূরণ গ্রহণ করুন

## issue 13: police residence slips (CT04–CT06)
portal-slip-forms = পত্রের ফর্ম:
portal-slip-forms-help = পরবর্তী গ্রহণের রসিদ, সম্পূরণের অনুরোধপত্র ও প্রত্যাখ্যানের পত্রের জন্য যে ফর্ম ছাপা হবে।
act-use-slip-forms = পত্রের ফর্ম বেছে নেওয়া হয়েছে: { $forms }

## issue 13: the clerk's own side of the system
act-log-in = কর্মী অ্যাকাউন্ট দিয়ে সিস্টেমে লগ ইন
act-sign-scan = স্ক্যান { $scan }-এ ডিজিটাল স্বাক্ষর
ev-logged-in = প্রাদেশিক সিস্টেমে লগ ইন হয়েছে।
ev-scan-signed = স্ক্যান { $scan }-এ ডিজিটাল স্বাক্ষর দেওয়া হয়েছে।
ev-signature-refused = স্ক্যান { $scan }-এ স্বাক্ষর দেওয়া গেল না: সার্টিফিকেটের মেয়াদ শেষ!
err-not-logged-in = আগে আপনার কর্মী অ্যাকাউন্ট দিয়ে সিস্টেমে লগ ইন করুন।
err-session-expired = অনেকক্ষণ কিছু না করায় আপনার সেশন শেষ হয়ে গেছে; আবার লগ ইন করুন।
err-already-logged-in = আপনি আগেই লগ ইন করেছেন।
err-no-staff-system = এই কাউন্টারের সিস্টেমে কর্মী লগ ইন বা ব্যক্তিগত ডিজিটাল স্বাক্ষর নেই।
err-scan-already-signed = { $scan } নম্বর স্ক্যানে আগেই ডিজিটাল স্বাক্ষর দেওয়া হয়েছে।
err-certificate-expired = আপনার ডিজিটাল স্বাক্ষরের সার্টিফিকেটের মেয়াদ শেষ; কিছুতেই স্বাক্ষর দেওয়া যাবে না।
portal-login-title = সিস্টেমে লগ ইন
portal-login-prompt = সিস্টেমে কাজ করতে আপনার কর্মী অ্যাকাউন্ট (প্রদেশ থেকে দেওয়া) দিয়ে লগ ইন করুন।
portal-login-expired = অনেকক্ষণ কিছু না করায় আপনার সেশন শেষ হয়ে গেছে। চালিয়ে যেতে আবার লগ ইন করুন।
portal-login = লগ ইন
portal-sign-scans = { $scan } নম্বর স্ক্যানে ডিজিটাল স্বাক্ষর দিন ({ $count }টি স্বাক্ষরবিহীন)
scanner-sign = স্ক্যান { $scan }-এ স্বাক্ষর
scanner-signed = স্বাক্ষরিত
act-digitize-result = নথি { $dossier }-এর ফলাফল ডিজিটাইজ
ev-result-digitized = নথি { $dossier }-এর ফলাফল নাগরিকের ইলেকট্রনিক ডেটা ভান্ডারে ডিজিটাইজ করা হয়েছে।
err-result-not-ready = নথি { $dossier }-এর ডিজিটাইজ করার মতো কোনো ফলাফল এখনো তৈরি হয়নি।
err-result-already-digitized = নথি { $dossier }-এর ফলাফল আগেই ডিজিটাইজ করা হয়েছে।
portal-digitize-result = ফলাফল ডিজিটাইজ করুন
portal-result-digitized = ফলাফল ডিজিটাইজ করা হয়েছে
act-certify-e-copy = স্ক্যান { $scan } থেকে ইলেকট্রনিক প্রতিলিপি সত্যায়ন (নথি { $dossier })
ev-e-copy-certified = স্ক্যান { $scan } থেকে সত্যায়িত ইলেকট্রনিক প্রতিলিপি নাগরিকের ডেটা ভান্ডারে রাখা হয়েছে (নথি { $dossier })।
err-no-e-copy = এই প্রক্রিয়ায় ইলেকট্রনিক প্রতিলিপি দেওয়া হয় না।
err-not-an-original-scan = { $scan } নম্বর স্ক্যানটি এই নথির আবেদনকারীর মূল কাগজের স্ক্যান নয়।
err-scan-not-signed = ইলেকট্রনিক প্রতিলিপি সত্যায়নের আগে { $scan } নম্বর স্ক্যানে ডিজিটাল স্বাক্ষর দিন।
err-e-copy-already-certified = { $scan } নম্বর স্ক্যান থেকে আগেই ইলেকট্রনিক প্রতিলিপি সত্যায়ন করা হয়েছে।
scanner-certify-e-copy = স্ক্যান { $scan } থেকে ইলেকট্রনিক প্রতিলিপি সত্যায়ন করুন
scanner-e-copy-done = ইলেকট্রনিক প্রতিলিপি সত্যায়িত

## issue 13: how the result is returned (return channel)
result-channel-counter = কাউন্টারে
result-channel-post = ডাকে
result-channel-electronic = ইলেকট্রনিক ফলাফল
portal-return-channel = ফলাফল পাওয়ার উপায়
portal-return-electronically = ইলেকট্রনিকভাবে ফলাফল প্রদান
portal-send-by-post = ডাকে ফলাফল প্রদান
act-set-return-channel = নথি { $dossier }-এর ফলাফল পাওয়ার উপায় লিখে রাখা: { $channel }
act-return-electronically = নথি { $dossier }-এর ইলেকট্রনিকভাবে ফলাফল প্রদান
act-send-by-post = নথি { $dossier }-এর ফলাফল ডাকে প্রদান
ev-return-channel-set = নথি { $dossier }: ফলাফল পাওয়ার উপায় { $channel }।
ev-result-sent = নথি { $dossier }-এর ফলাফল প্রদান হয়েছে { $via ->
    [post] ডাকে
   *[electronic] ইলেকট্রনিকভাবে, নাগরিকের ডেটা ভান্ডারে
}।
err-dossier-closed = নথি { $dossier } বন্ধ হয়ে গেছে; এর ফলাফল পাওয়ার উপায় বদলানো যাবে না।
err-no-e-result = এই প্রক্রিয়ায় শুধু কাগজে ফলাফল প্রদান করা হয়।
err-no-postal-return = এই প্রক্রিয়ায় ডাকে ফলাফল প্রদান করা হয় না।
err-result-not-digitized = নথি { $dossier }-এর ফলাফল ডিজিটাইজ করা হয়নি: ইলেকট্রনিকভাবে ফলাফল প্রদানের আগে ডিজিটাইজ করুন।
portal-result-channels = ফলাফল প্রদানের উপায়
slip-line-result-channel = ফলাফল পাওয়ার উপায়: { $channel }

## issue 13: on-the-spot corrections
act-correct-on-the-spot = নাগরিককে সংশোধন করে আদ্যক্ষর দিতে বলা হয়েছে: { $what }
correction-part-field = { $paper }-এর "{ $field }"
correction-part-signature = { $paper }-এর স্বাক্ষর
ev-corrected-on-the-spot = { $citizen } কেটে দিয়ে আবার লিখে আদ্যক্ষর দিয়েছেন: { $what }।
ev-nothing-to-correct = { $citizen } { $what } আবার দেখে বললেন এটি ঠিক আছে; কিছু সংশোধন করা হয়নি।
err-citizen-not-here-to-correct = { $document } অনলাইন নথির সঙ্গে এসেছে; নাগরিক এখানে নেই, তাই সংশোধন করতে পারবেন না।
err-not-correctable-at-counter = { $document } কাউন্টারে সংশোধন করা যায় না: কেবল ইস্যুকারী কর্তৃপক্ষই সংশোধন করতে পারে, অথবা প্রযোজ্য নিয়মে এর অনুমতি নেই।
correction-menu = নাগরিকের সংশোধন
correction-menu-hover = নাগরিক ভুল শব্দ কেটে দেন, পাশে ঠিকটা লেখেন এবং আদ্যক্ষর দেন — কেবল নিজের ঘোষণাপত্রে, নিয়মে অনুমতি থাকলে।
correction-sign = ঘোষণাপত্রে স্বাক্ষর করুন

## issue 13: inter-agency bundles
act-create-bundle = সমন্বিত নথি তৈরি: { $bundle }
ev-body-result = { $department } সমন্বিত নথি { $dossier }-এর নিজের অংশের ফলাফল প্রদান করেছে।
err-unknown-bundle = { $bundle } নামে কোনো সমন্বিত প্রক্রিয়া-গুচ্ছ নেই।
err-not-a-bundle = নথি { $dossier } সমন্বিত গুচ্ছ হিসেবে গ্রহণ করা হয়নি।
err-not-a-bundle-body = { $department } সমন্বিত নথি { $dossier }-এর কোনো প্রক্রিয়া নিষ্পত্তি করে না।
err-already-transferred = নথি { $dossier } আগেই { $department }-এ পাঠানো হয়েছে।
portal-bundle-create = অথবা পুরো প্রক্রিয়া-গুচ্ছের জন্য একটি সমন্বিত নথি তৈরি করুন:
portal-bundle-title = সমন্বিত নথি: { $bundle }
portal-bundle-not-transferred = পাঠানো হয়নি
portal-bundle-transferred = { $time }-এ পাঠানো হয়েছে, ফলাফলের অপেক্ষা
portal-bundle-result-back = { $time }-এ ফলাফল এসেছে
portal-bundle-transfer = { $department }-এ পাঠান
