# instructor: instructor words (bn).

## The trainee joins a session (home, conference card).
join-code-length = সেশন কোডে { $expected }টি অক্ষর থাকে (ড্যাশ ও ফাঁকা জায়গা বাদে); এটিতে আছে { $found }টি।
join-code-character = { $position } নম্বর অক্ষরটি («{ $character }») সেশন কোডে ব্যবহার হয় না। কোডে কখনও অঙ্ক 0 ও অক্ষর O, অঙ্ক 1 ও অক্ষর I, L থাকে না: প্রশিক্ষকের কাছে অক্ষরটি আবার জেনে নিন।
join-code-check = সেশন কোডটি তার যাচাই-অক্ষরের সাথে মেলে না: একটি অক্ষর ভুল শোনা বা ভুল টাইপ হয়েছে। প্রশিক্ষকের সাথে কোডটি আবার মিলিয়ে পড়ুন।
join-code-unknown = এই কোডটি কোনো Một Cửa সেশন তৈরি করেনি।
join-no-scenario = এই সেশন কোডটি এমন একটি পরিস্থিতির জন্য যা অ্যাপের এই কপিতে নেই। পরিস্থিতির প্যাক হালনাগাদ করুন বা প্রশিক্ষককে জিজ্ঞেস করুন।
join-ambiguous = এই সেশন কোডটি প্যাকের একাধিক পরিস্থিতির সাথে মেলে: প্রশিক্ষকের পাঠানো সেশন ফাইলটি খুলুন।
join-file-scenario = সেশন ফাইলে «{ $scenario }» পরিস্থিতির নাম আছে, যা অ্যাপের এই কপিতে নেই।
join-no-dialog = এই কম্পিউটারে ফাইল বাছাইয়ের ডায়ালগ খোলে না: সেশন কোডটি টাইপ করুন।
join-file-unreadable = সেশন ফাইল { $file } পড়া যায়নি: { $error }
join-file-malformed = { $file }:{ $line }:{ $col }: এটি সেশন ফাইল নয় ({ $error })।
join-file-format = { $file }: সেশন ফাইলের ফরম্যাট { $found } সমর্থিত নয় (এই সংস্করণ ফরম্যাট { $supported } পড়ে)।
join-file-code = { $file }: ফাইলের কোডটি সঠিক নয়। { $error }
join-file-mismatch = { $file }: ফাইলের কোডটি «{ $scenario }» পরিস্থিতির জন্য তৈরি হয়নি।
join-open-file = সেশন ফাইল খুলুন…
join-file-opened = সেশন ফাইল: { $file } { $title }
join-preview = পরিস্থিতি: { $scenario } · { $mode } · { $seeding }
home-instructor = প্রশিক্ষকদের জন্য
home-instructor-help = সেশন তৈরি করুন, পুরো ক্লাসের ফলাফল দেখুন।

## Instructor mode.
instructor-title = প্রশিক্ষকদের জন্য
instructor-tab-create = সেশন তৈরি
instructor-tab-dashboard = ক্লাস ড্যাশবোর্ড
instructor-home = মূল পাতায় ফিরুন
instructor-create-title = সেশন তৈরি করুন
instructor-create-help = পরিস্থিতি ও খেলার ধরন বেছে নিন; অ্যাপটি একটি সেশন কোড তৈরি করবে, যা ভিডিও সংযোগে প্রশিক্ষণার্থীদের পড়ে শোনানো যায়।
instructor-scenario = পরিস্থিতি
instructor-mode = মোড
instructor-seeding = কাজের দিন
instructor-seeding-shared = সবার একই দিন
instructor-seeding-shared-help = প্রত্যেক প্রশিক্ষণার্থী একই নাগরিক ও নথি পান: ফলাফল সরাসরি তুলনা করা যায়।
instructor-seeding-per-seat = প্রত্যেকের আলাদা দিন
instructor-seeding-per-seat-help = প্রত্যেকের দিন কোড ও নাম থেকে তৈরি: নকল করা যায় না, নাম বদলানো ফলাফল আর যাচাইয়ে টেকে না।
instructor-session-title = শিরোনাম
instructor-session-title-hint = যেমন ৩০ নভেম্বরের প্রশিক্ষণ সম্মেলন
instructor-create = সেশন কোড তৈরি করুন
instructor-code-label = সেশন কোড (তিনটি করে অক্ষর পড়ুন):
instructor-copy = কপি করুন
instructor-copied = কোডটি ক্লিপবোর্ডে কপি হয়েছে।
instructor-save-file = সেশন ফাইল সংরক্ষণ…
instructor-open-dashboard = এই সেশনের ক্লাস দেখুন
instructor-saved = সেশন ফাইল সংরক্ষিত: { $file }
instructor-save-failed = সেশন ফাইল { $file } সংরক্ষণ করা যায়নি: { $error }
instructor-no-dialog = এই কম্পিউটারে সংরক্ষণের ডায়ালগ খোলে না: কোডটি কপি করে প্রশিক্ষণার্থীদের পাঠান।
instructor-how-to-join-title = প্রশিক্ষণার্থীরা কীভাবে যোগ দেবেন
instructor-how-to-join = প্রশিক্ষণার্থীরা Một Cửa খুলে «সম্মেলন মোড» অংশে নাম ও কোড { $code } লিখে «সেশনে যোগ দিন» চাপবেন — অথবা «সেশন ফাইল খুলুন…» চেপে আপনার পাঠানো ফাইলটি বেছে নেবেন। ছোট হাতের অক্ষর, ফাঁকা জায়গা বা ড্যাশ সবই চলে; কোডে অঙ্ক 0 ও 1 এবং অক্ষর O, I, L নেই। শিফট শেষ হলে ফলাফল প্রশিক্ষণার্থীর কম্পিউটারের ফলাফল ফোল্ডারে সংরক্ষিত হয়।
