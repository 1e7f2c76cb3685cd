# delivery: delivery words (bn).
# লার্নিং রেকর্ড স্টোরে (LRS, xAPI 1.0.3) ফলাফল পাঠানো: সেটিংস, আউটবক্স, ডিব্রিফ।

delivery-lrs = LRS-এ ফলাফল পাঠান
delivery-summary-off = বন্ধ
delivery-summary-on = চালু — { $count }টি ফলাফল পাঠানোর অপেক্ষায়
delivery-enabled = স্বয়ংক্রিয়ভাবে ফলাফল পাঠান (xAPI)
delivery-enabled-help = প্রতিটি শেষ হওয়া শিফট প্রশিক্ষকের লার্নিং রেকর্ড স্টোরে (LRS) পাঠানো হয়। নেটওয়ার্ক না থাকলে ফলাফল এই কম্পিউটারের আউটবক্সে অপেক্ষা করে এবং পরে পাঠানো হয়।
delivery-endpoint = LRS-এর ঠিকানা
delivery-username = ব্যবহারকারীর নাম
delivery-password = পাসওয়ার্ড
delivery-home-page = অ্যাকাউন্টের হোম পেজ
delivery-test = সংযোগ পরীক্ষা করুন
delivery-testing = সংযোগ পরীক্ষা করা হচ্ছে…
delivery-test-ok = সংযোগ ঠিক আছে: LRS xAPI { $version } ব্যবহার করে।
delivery-test-ok-no-version = সংযোগ ঠিক আছে: LRS ব্যবহারকারীর নাম ও পাসওয়ার্ড গ্রহণ করেছে।
delivery-outbox = আউটবক্স
delivery-off = LRS-এ ফলাফল পাঠানো বন্ধ আছে।
delivery-waiting = { $count }টি ফলাফল পাঠানোর অপেক্ষায়
delivery-rejected = { $count }টি ফলাফল LRS প্রত্যাখ্যান করেছে, { $folder }-এ রাখা আছে
delivery-last-sent = সর্বশেষ পাঠানো: { $minutes } মিনিট আগে
delivery-sent = LRS-এ পাঠানো হয়েছে।
delivery-queued = LRS-এ পাঠানোর অপেক্ষায় (ফলাফল আউটবক্সে আছে, নেটওয়ার্ক ফিরলে চলে যাবে)।
delivery-error-endpoint = “{ $endpoint }” কোনো LRS-এর ঠিকানা নয় (এটি http:// বা https:// দিয়ে শুরু হতে হবে)।
delivery-error-unreachable = LRS-এ পৌঁছানো যাচ্ছে না ({ $url }): { $error }
delivery-error-not-lrs = { $url } কোনো xAPI LRS নয়: { $error }
delivery-error-credentials = LRS ব্যবহারকারীর নাম বা পাসওয়ার্ড গ্রহণ করেনি (HTTP { $status })।
delivery-error-rejected = LRS ফলাফলটি প্রত্যাখ্যান করেছে (HTTP { $status }): { $error }
delivery-error-server = LRS-এ সমস্যা হচ্ছে (HTTP { $status }): { $error }। পরে আবার পাঠানো হবে।
delivery-error-outbox = আউটবক্সে লেখা যাচ্ছে না: { $error }
