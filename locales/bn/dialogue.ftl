# সিমুলেশন কোর যা বলায়: দৃশ্যপটে লেখা না থাকলে নাগরিকের উত্তর, কাগজ খুঁটিয়ে দেখলে যা চোখে পড়ে,
# প্রশিক্ষণার্থীর জন্য ইঙ্গিত। ভিয়েতনামী (locales/vi) মূল সংস্করণ। দৃশ্যপট নিজে যা লেখে
# (শুভেচ্ছা, নিজস্ব উত্তর) তা দৃশ্যপটেই থাকে।

## কর্মকর্তার প্রশ্নের উত্তর
answer-acting-for-relative = আমি এক আত্মীয়ের হয়ে এসেছি।
answer-acting-for-self = এটা আমার নিজের জন্য।
answer-relationship-close-relative = আমি তাঁর নিকট আত্মীয়।
answer-relationship-neighbour = আমি প্রতিবেশী, আমাকে সাহায্য করতে বলা হয়েছে।
answer-relationship-applicant = নথিটি আমার নামেই।
answer-residence = আমি { $address }-এ থাকি।
answer-event-date = কাগজে যে তারিখ লেখা আছে, সেটাই।
answer-vneid-none = আমার কোনো VNeID অ্যাকাউন্ট নেই।
answer-vneid-level1 = আমি VNeID ইনস্টল করেছি, কিন্তু সেটা এখনো লেভেল-১-এ।
answer-vneid-level2 = হ্যাঁ, লেভেল-২ অ্যাকাউন্ট আছে।
answer-smartphone = হ্যাঁ, এই যে আমার ফোন।
answer-no-smartphone = আমার শুধু একটা সাধারণ বোতাম-ফোন আছে।
answer-submitted-online = আমি আগেই জমা দিয়েছি; আজ ফলাফল নিতে এসেছি।
answer-submitting-here = না, আমি এখানেই সরাসরি জমা দিচ্ছি।
answer-copies = { $copies }টি প্রতিলিপি।
answer-one-copy = শুধু একটা।
answer-divorced = আমার বিবাহবিচ্ছেদ হয়েছে।
answer-married = আমি বিবাহিত।
answer-not-married = আমি অবিবাহিত।
answer-exempt = আমাদের পরিবার নিবন্ধিত দরিদ্র পরিবার, প্রত্যয়নপত্রও আছে।
answer-not-exempt = না।
answer-other-papers = আমি শুধু এগুলোই এনেছি।

## কাগজ খুঁটিয়ে দেখলে যা চোখে পড়ে
hint-look-at = { $area ->
    [field] { $paper }-এর «{ $field }» ঘরটি আবার দেখুন।
    [photo] { $paper }-এর ছবিটি ভালো করে দেখুন, তারপর কাউন্টারের সামনের মানুষটিকে দেখুন।
    [seal] { $paper }-এর সিলমোহরের জায়গাটি ভালো করে দেখুন।
    [signature] { $paper }-এর স্বাক্ষরের জায়গাটি ভালো করে দেখুন।
    [form-code] { $paper }-এর কোণে ছাপা ফর্মের কোডটি পড়ুন।
   *[whole] পুরো { $paper } ভালো করে দেখুন।
}
hint-read-side-by-side = { $paper }-এর «{ $field }» ঘরটি { $other_paper }-এর «{ $other_field }» ঘরের পাশে রেখে প্রতিটি অক্ষর মিলিয়ে পড়ুন।

## ইঙ্গিত (অনুশীলন মোড)
hint-accept = নথিটি সম্পূর্ণ ও বৈধ: গ্রহণ করুন, প্রতিটি অংশ ডিজিটাইজ করুন, ফি থাকলে নিন, রসিদ দিন।
hint-supplement = নথিটি অসম্পূর্ণ: একবারেই এই অংশগুলোর সম্পূরণ চেয়ে নিন: { $components }।
hint-refuse = এই ক্ষেত্রে লিখিতভাবে, কারণ উল্লেখ করে প্রত্যাখ্যান করতে হবে ({ $ground })।
hint-check-id = ফলাফল প্রদানের আগে পরিচয়পত্র যাচাই করুন।

## issue 13: citizens who need help to be served
answer-unclear = হ্যাঁ… হ্যাঁ… (থেমে থেমে উত্তর, অর্ধেক ভিয়েতনামিতে, অর্ধেক নিজের ভাষায়; অর্থ পরিষ্কার নয়)

## issue 13: how the result is returned (return channel)
answer-result-counter = আমি এখানে এসে নিয়ে যাব।
answer-result-post = দয়া করে ডাকে বাড়িতে পাঠিয়ে দিন, ডাকমাশুল আমি দেব।
answer-result-electronic = আমি আমার VNeID অ্যাকাউন্টে ইলেকট্রনিক ফলাফল চাই, যাতে আবার আসতে না হয়।

## issue 13: on-the-spot corrections
answer-field-is-right = এটা তো আমি ঠিকই লিখেছি।
