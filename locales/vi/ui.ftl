# Nhãn của ứng dụng máy tính (giao diện). Tiếng Việt là bản gốc: mọi mã ở đây phải có trong
# en và bn với cùng các biến.

## Chung
app-title = Một Cửa
app-subtitle = Mô phỏng quầy tiếp nhận và trả kết quả cấp xã

## Trang chủ
home-loading = Đang nạp các tình huống…
home-resume-title = Tiếp tục ca làm việc dở dang
home-resume-body = Tình huống "{ $scenario }" của { $trainee }: đã ghi { $actions } thao tác. Mọi thao tác được lưu tự động, bạn sẽ quay lại đúng chỗ đã dừng.
home-resume = Tiếp tục
home-resume-discard = Bỏ ca này
resume-unknown-scenario = Không tìm thấy tình huống "{ $scenario }" trong bộ tình huống hiện có.
resume-journal-error = Không mở lại được nhật ký ca { $file }: { $error }
home-curriculum = Tự học theo lộ trình
home-curriculum-help = Làm lần lượt từ dễ đến khó; đạt một tình huống sẽ mở khóa tình huống tiếp theo.
home-no-scenarios = Chưa có tình huống nào được nạp.
home-difficulty = Độ khó { $level }/5
home-best = Điểm cao nhất: { $score }
home-not-tried = Chưa làm
home-locked = Cần đạt "{ $scenario }" trước
home-start = Bắt đầu
home-new-morning = Buổi mới
home-conference = Chế độ hội nghị
home-conference-help = Nhập họ tên và mã phiên giảng viên đọc, hoặc mở tệp buổi học giảng viên gửi; mã phiên quyết định tình huống và chế độ.
home-trainee-name = Họ và tên học viên
home-session-code = Mã phiên
home-session-code-hint = 9 ký tự, vd. K7M-4QX-PZ2
home-join = Vào phiên
home-name-required = Hãy nhập họ và tên để kết quả ghi đúng người.

## Thông báo
notice-dismiss = Đã hiểu
notice-data-dir-failed = Không tạo được thư mục dữ liệu { $path }: { $error }. Kết quả sẽ không được lưu.
notice-file-unreadable = Không đọc được tệp { $path }: { $error }. Dùng giá trị mặc định.
notice-file-damaged = Tệp { $path } bị hỏng; dùng giá trị mặc định. ({ $error })
notice-bad-setting = Thiết lập "{ $key }" có giá trị không hợp lệ { $value }; dùng giá trị mặc định.
notice-unknown-setting = Bỏ qua thiết lập không rõ "{ $key }".
notice-save-failed = Không lưu được { $path }: { $error }
notice-no-data-dir = Không xác định được thư mục dữ liệu; thiết lập và kết quả sẽ không được lưu.
notice-no-pack = Không tìm thấy bộ tình huống. Đặt biến môi trường { $env } trỏ tới thư mục scenarios.
notice-pack-problems = Có { $count } lỗi trong bộ tình huống; các tình huống lỗi bị bỏ qua. Lỗi đầu tiên: { $first }
notice-journal-tail = Thao tác cuối cùng trước khi tắt máy chưa ghi xong và đã bị bỏ: { $note }
notice-replay-failed = Không chơi lại được: { $error }

## Tiến trình
progress-loading-shared = Đang nạp thủ tục, giấy tờ, lịch làm việc…
progress-loading-scenarios = Đang kiểm tra các tình huống…
progress-grading = Đang chấm điểm…
progress-expert = Đang chạy lại lời giải mẫu…

## Thiết lập
settings-title = Thiết lập
settings-language = Ngôn ngữ
settings-font-size = Cỡ chữ
settings-theme = Giao diện
settings-theme-light = Sáng
settings-theme-dark = Tối
settings-mode = Chế độ
settings-trainee = Họ tên học viên
settings-trainee-hint = Ghi trên phiếu và tệp kết quả
settings-results-folder = Thư mục kết quả
settings-results-default = Mặc định (thư mục dữ liệu)
settings-results-choose = Chọn thư mục…
settings-results-reset = Dùng mặc định
settings-results-no-dialog = Máy này không mở được hộp chọn thư mục; kết quả được lưu vào thư mục mặc định.
settings-data-folder = Dữ liệu được lưu tại: { $path }
mode-practice = Luyện tập
mode-exam = Thi
mode-practice-help = Có gợi ý, hiện chỉ số trong ca, lỗi nhỏ chỉ trừ một nửa.
mode-exam-help = Không gợi ý, ẩn chỉ số trong ca, trừ điểm đầy đủ.

## Briefing before a shift
briefing-title = Giao ca: đọc trước khi vào quầy
briefing-start = Vào quầy, bắt đầu ca
briefing-back = Về trang chủ
briefing-situation = Tình huống
briefing-objectives = Mục tiêu của ca
briefing-no-objectives = Tình huống này không nêu mục tiêu riêng: làm đúng quy định cho từng người dân.
briefing-mode = Chế độ: { $mode }.
briefing-session = Mã phiên: { $code }
briefing-queue = Người dân dự kiến đến quầy ({ $count } người)
briefing-more = … và { $count } người khác.
briefing-existing = Trên cổng đang có { $count } hồ sơ chờ xử lý hoặc chờ trả kết quả.

## The tutorial's step guide (one line under the counter's header)
guide-title = Hướng dẫn từng bước:
guide-understood = Đã hiểu
guide-off = Tắt hướng dẫn
guide-on-your-own = Bạn đã tự làm được các bước này; tiếp tục như vậy.
guide-call-next = Bấm "{ counter-call-next }" ở cột người dân để mời người kế tiếp đến quầy.
guide-ask = Hỏi người dân cần làm thủ tục gì: chọn một câu hỏi ở cột người dân.
guide-look = Xem kỹ từng giấy tờ: bấm vào giấy, dùng "{ desk-look-magnifier }", "{ desk-look-light }", lật trang, "{ desk-compare-button }" hai dòng. Thấy sai sót thì đánh dấu.
guide-identity = Tra căn cước của người nộp: chọn thẻ căn cước trên bàn, bấm "{ desk-check-identity }".
guide-create = Trên cổng, mục "{ portal-menu-reception }": chọn thủ tục rồi bấm "{ portal-create }".
guide-applicant = Nhập họ tên và số định danh của người nộp vào hồ sơ trên cổng.
guide-scan = Số hóa giấy tờ phải nộp: chọn giấy, bấm "{ scanner-scan }", rồi đính kèm bản quét vào đúng thành phần hồ sơ.
guide-decide = Quyết định: đủ thì nhập ngày hẹn, bấm "{ portal-issue-receipt }"; thiếu thì yêu cầu bổ sung một lần; không đủ điều kiện thì từ chối.
guide-transfer = Mục "{ portal-menu-processing }": chọn bộ phận giải quyết và bấm "{ portal-transfer }".
guide-sync = Bấm "{ portal-sync }" để hồ sơ hiện trên Cổng Dịch vụ công quốc gia.
guide-return = Mục "{ portal-menu-return }": tìm hồ sơ của người dân và trả kết quả (hoặc ghi nhận rút hồ sơ).
guide-guide = Hướng dẫn người dân làm trực tuyến lần sau: chọn một nội dung ở mục "{ citizen-guide }".
guide-dismiss = Bấm "{ counter-dismiss }" để kết thúc lượt của người dân này.

## Quầy
counter-home = Về trang chủ
counter-home-help = Ca được lưu tự động; có thể tiếp tục sau.
counter-end-shift = Kết thúc ca
counter-end-title = Kết thúc ca làm việc?
counter-end-body = Người đang chờ sẽ phải về. Sau đó bạn xem kết quả và nhận xét.
counter-end-confirm = Kết thúc và chấm điểm
counter-cancel = Hủy
counter-call-next = Gọi số tiếp theo (N)
counter-dismiss = Xong, mời về (D)
counter-dismiss-help = Kết thúc với người dân này; nếu có kết quả trong ngày, họ ngồi chờ.
counter-hint = Gợi ý
counter-hint-button = Gợi ý (H)
counter-wait = Chờ { $minutes } phút

## Người dân
citizen-portrait = Chân dung { $citizen }
citizen-nobody = Quầy đang trống.
citizen-queue-empty = Không còn ai xếp hàng.
citizen-waiting-results = Đang ngồi chờ kết quả:
citizen-questions = Hỏi người dân
citizen-guide = Hướng dẫn
citizen-guided-useful = (Đã hướng dẫn: { $topic })
citizen-guided-useless = (Đã hướng dẫn { $topic }, nhưng người dân chưa dùng được)
citizen-queue = Hàng chờ: { $count } người
citizen-patience = còn kiên nhẫn khoảng { $minutes } phút
citizen-expected = Sẽ còn { $count } người đến.
citizen-guide-online-service-help = Giới thiệu thủ tục này làm được trực tuyến và cách làm lần sau.
citizen-guide-vneid-account-help = Giải thích tài khoản VNeID mức 2 (đăng ký ở công an với thẻ căn cước gắn chip và điện thoại).
citizen-guide-vneid-login-help = Giúp đăng nhập VNeID trên điện thoại của người dân.
citizen-guide-status-lookup-help = Chỉ cách tra cứu hồ sơ bằng mã (mã QR trên giấy hẹn, tin nhắn).
citizen-guide-assist-online-help = Ngồi cùng người dân nộp hồ sơ trực tuyến ngay tại quầy.
# Guidance buttons (capitalised; the topics in core.ftl are worded to sit inside a sentence).
citizen-guide-online-service-button = Thủ tục này có thể làm trực tuyến
citizen-guide-vneid-account-button = Tài khoản VNeID mức 2
citizen-guide-vneid-login-button = Đăng nhập VNeID
citizen-guide-status-lookup-button = Tra cứu hồ sơ bằng mã
citizen-guide-assist-online-button = Cùng nộp trực tuyến tại quầy

## Bàn giấy tờ
desk-empty = Bàn trống. Gọi người tiếp theo để bắt đầu.
desk-shortcuts = Phím tắt: N gọi số, 1–9 chọn giấy tờ, I kính lúp, K tra căn cước, C đặt cạnh nhau, S quét, R cấp giấy hẹn, H gợi ý, D mời về, Esc bỏ chọn.
desk-check-identity = Tra cơ sở dữ liệu dân cư (K)
desk-zoom = Phóng to
desk-state-records = Tra dữ liệu Nhà nước đã có
desk-state-records-help = Tra VNeID, cơ sở dữ liệu hộ tịch và dân cư: giấy tờ nào không cần đòi người dân.
desk-state-records-result = Dữ liệu Nhà nước đã có (không yêu cầu nộp):
desk-state-records-none = Không có giấy tờ nào của hồ sơ này trong cơ sở dữ liệu.
desk-identity-result = Kết quả tra cứu dân cư:
desk-identity-found = Có trong cơ sở dữ liệu: { $name }, sinh ngày { $birth }.
desk-identity-not-found = Không tìm thấy số định danh này.
desk-compare = Đối chiếu thông tin
desk-compare-help = Bấm vào hai dòng trên giấy tờ (có thể ở hai giấy khác nhau) để đặt chúng cạnh nhau và đọc kỹ.
desk-compare-none = (chưa chọn)
desk-compare-button = Đặt cạnh nhau (C)
desk-compare-clear = Bỏ chọn
desk-compare-flag = Hai dòng này khác nhau
desk-look-magnifier = Kính lúp (I)
desk-look-magnifier-help = Phóng to để đọc chữ nhỏ, số bị viết đè, nét con dấu.
desk-look-light = Soi dưới đèn
desk-look-light-help = Soi giấy dưới đèn: thấy vết tẩy xóa, chữ viết đè, hình chìm và con dấu nổi.
desk-look-light-off = Thôi soi đèn
desk-page = Trang { $page }/{ $pages }
desk-page-prev = ‹ Trang trước
desk-page-next = Trang sau ›
flag-menu = Đánh dấu sai sót
flag-quick = Sai ở { $place }:
flag-quick-close = Đóng
flag-area-field = Một dòng thông tin
flag-area-photo = Ảnh
flag-area-seal = Con dấu
flag-area-signature = Chữ ký
flag-area-form-code = Ký hiệu mẫu
flag-area-whole = Cả tờ giấy
flags-title = Những điểm bạn đã đánh dấu
flags-none = Bạn chưa đánh dấu sai sót nào.
flag-clear = Bỏ đánh dấu
flag-on-field = { $paper } · { $field }: { $defect }
flag-on-paper = { $paper }: { $defect }
flag-discrepancy = Khác nhau: { $a } / { $b }

## Máy quét
scanner-title = Máy quét
scanner-paper = Giấy tờ: { $document }
scanner-no-paper = (chọn một giấy tờ trên bàn)
scanner-dpi = Độ phân giải
scanner-color = Màu
scanner-gray = Xám
scanner-bw = Đen trắng
scanner-duplex = Quét hai mặt
scanner-scan = Quét (S)
scanner-none = Chưa quét gì cho người này.
scanner-scan-label = Bản quét { $scan }: { $document }
scanner-scan-number = Bản { $scan } ({ $images } ảnh)
scanner-attach-to = Đính kèm vào hồ sơ { $dossier }:
scanner-choose-component = Chọn thành phần hồ sơ
scanner-attach = Đính kèm
scanner-no-dossier = Tạo hồ sơ trên hệ thống để đính kèm bản quét.
scanner-chosen = Đã chọn để đính kèm
scanner-attach-needs-component = Chọn thành phần hồ sơ để đính kèm bản quét đã chọn.
scanner-attach-ready = Sẽ đính kèm Bản { $scan } vào: { $component }

## Hệ thống một cửa điện tử
portal-system-title = HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
portal-menu-reception = Tiếp nhận hồ sơ
portal-menu-processing = Xử lý hồ sơ
portal-menu-return = Trả kết quả
portal-menu-lookup = Tra cứu thủ tục
portal-sync-ok = Đồng bộ Cổng DVCQG: bình thường
portal-sync-failed = Đồng bộ lỗi: { $count } hồ sơ
portal-unavailable = Máy tính không dùng được (treo máy hoặc mất điện).
portal-no-citizen = Chưa có người dân tại quầy.
portal-new-dossier = Tạo hồ sơ mới
portal-procedure = Thủ tục
portal-choose-procedure = (chọn thủ tục)
portal-create = Tạo hồ sơ
portal-dossier = Hồ sơ { $dossier }
portal-save = Lưu
portal-components = Thành phần hồ sơ
portal-component = Thành phần
portal-form = Hình thức
portal-attached = Bản quét
portal-form-original = Bản chính
portal-form-copy = Bản sao
portal-form-show = Xuất trình
portal-fee = Phí, lệ phí
portal-fee-amount = Số tiền
portal-set-fee = Nhập phí
portal-fee-invalid = Số tiền không hợp lệ.
portal-fee-due = Phải thu: { $amount }
portal-fee-free = Miễn phí.
portal-fee-not-set = Chưa nhập phí.
portal-paid = Đã thu { $amount } ({ $method })
portal-certify = Đối chiếu bản chụp với bản chính
portal-certify-copy = Bản chụp
portal-certify-original = Bản chính để đối chiếu
portal-department = Bộ phận
portal-choose = (chọn)
portal-certify-button = Đối chiếu và ký
portal-receipt = Giấy tiếp nhận hồ sơ và hẹn trả kết quả
portal-appointment = Ngày hẹn trả
portal-calendar = Lịch
portal-issue-receipt = Cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả (R)
portal-issue-receipt-help = Tiếp nhận hồ sơ, cấp mã và in giấy hẹn với ngày bạn đã nhập.
portal-date-invalid = Ngày không hợp lệ: nhập theo dạng NN/TT/NNNN.
portal-request-supplement = Ra phiếu yêu cầu bổ sung
portal-ground = Lý do
portal-choose-ground = (chọn lý do)
portal-grounds-from-flags = Lý do từ chối vì sai sót của giấy tờ chỉ có sau khi bạn đánh dấu sai sót đó trên giấy tờ.
portal-supplement-grounds = Những điểm bạn đã đánh dấu trên giấy tờ (căn cứ để yêu cầu bổ sung):
portal-refuse = Ra phiếu từ chối
portal-online-queue = Hồ sơ trực tuyến chờ tiếp nhận
portal-accept-online = Tiếp nhận
portal-online-review = Xem hồ sơ
portal-online-close = Đóng
portal-online-papers = Thành phần hồ sơ trực tuyến { $dossier } (bản điện tử)
portal-online-no-papers = Hồ sơ không có tệp đính kèm.
portal-dossier-list = Danh sách hồ sơ
portal-no-dossiers = Chưa có hồ sơ.
portal-appointment-on = Hẹn trả: { $date }
portal-sync-not-sent = Chưa đồng bộ
portal-sync-error = Đồng bộ lỗi
portal-sync-done = Đã đồng bộ
portal-delay = Bộ phận báo trễ: { $reason } (thêm { $days } ngày làm việc)
portal-control-sheet = Phiếu kiểm soát quá trình giải quyết hồ sơ
portal-control-sheet-row = { $time }: { $from } giao { $to } — { $status }
portal-choose-department = (chọn bộ phận)
portal-transfer = Chuyển xử lý
portal-sync = Đồng bộ lên Cổng DVCQG
portal-apology-date = Ngày hẹn mới
portal-send-apology = Gửi phiếu xin lỗi
portal-view-slip = Phiếu { $number }: { $slip }
portal-other-slips = Phiếu khác
portal-return-result = Giao kết quả cho người dân
portal-withdraw = Ghi nhận rút hồ sơ
portal-lookup-open = Mở trang thủ tục
portal-national-code = Mã thủ tục quốc gia: { $code }
portal-deadline = Thời hạn giải quyết
portal-same-day = Trong ngày làm việc
portal-working-days = { $days } ngày làm việc
portal-calendar-days = { $days } ngày (tính cả ngày nghỉ)
portal-handled-by = Cơ quan giải quyết
portal-online = Trực tuyến
portal-result = Kết quả
portal-legal-basis = Căn cứ pháp lý
online-full = Toàn trình
online-partial = Một phần
online-none = Chỉ tại quầy
fee-free = Miễn phí
fee-flat = { $counter } tại quầy; { $online } trực tuyến
fee-per-copy = { $amount } mỗi bản
fee-per-page = { $first }/trang cho { $pages } trang đầu, { $later }/trang từ trang tiếp theo, tối đa { $cap } mỗi bản
fee-free-when = Miễn phí trong trường hợp được miễn; ngược lại: { $otherwise }
pay-cash = Tiền mặt
pay-epayment = Thanh toán điện tử

## Lịch
calendar-previous = Tháng trước
calendar-next = Tháng sau
calendar-mon = T2
calendar-tue = T3
calendar-wed = T4
calendar-thu = T5
calendar-fri = T6
calendar-sat = T7
calendar-sun = CN
calendar-working = ngày làm việc
calendar-weekend = cuối tuần
calendar-day-off-named = ngày nghỉ: { $name }
calendar-make-up = ngày làm việc bù: { $name }
calendar-legend = Số đỏ: ngày nghỉ; số xanh đậm: thứ Bảy làm bù. Ngày nhận hồ sơ không tính; nhận từ 15 giờ thì ngày làm việc tiếp theo là ngày nhận. Bấm một ngày để điền vào ngày hẹn.

## Phiếu
slip-line-citizen = Người nộp: { $citizen }
slip-line-procedure = Thủ tục: { $procedure }
slip-line-dossier = Mã hồ sơ: { $dossier }
slip-line-appointment = Ngày hẹn trả kết quả: { $date }
slip-line-receipt-note = Khi đến nhận kết quả, mang theo giấy này và giấy tờ tùy thân.
slip-line-supplement = Đề nghị bổ sung, hoàn thiện các giấy tờ sau:
slip-line-supplement-note = Bộ phận một cửa hướng dẫn một lần, đầy đủ các nội dung cần bổ sung.
slip-line-ground = Lý do từ chối: { $ground }
slip-line-reason = Lý do chậm: { $reason }
slip-line-new-date = Hẹn lại ngày trả kết quả: { $date }
slip-line-apology = Trung tâm xin lỗi ông/bà vì sự chậm trễ này.
slip-line-amount = Số tiền đã thu: { $amount }
slip-line-stop = Hồ sơ dừng giải quyết theo yêu cầu rút hồ sơ của công dân.
slip-line-electronic = (Gửi điện tử qua Cổng Dịch vụ công)
slip-clerk = NGƯỜI TIẾP NHẬN
slip-clerk-unnamed = Học viên
slip-sign-hint = (Ký, ghi rõ họ tên)
slip-citizen-sign = NGƯỜI NỘP HỒ SƠ
slip-hand-over = Giao phiếu cho người dân

## Thanh trạng thái
status-clock = Giờ mô phỏng
status-queue = Đang chờ: { $count }
status-waiting = Chờ kết quả: { $count }
status-kpis-hidden = Chỉ số ẩn trong chế độ thi
status-autosaved = Đã lưu tự động
status-journal-error = Không ghi được nhật ký ca { $file }: { $error }

## Lỗi của nhật ký ca và tệp kết quả (sau tên tệp)
record-error-io = { $action ->
        [create] không tạo được tệp
        [open] không mở được tệp
        [read] không đọc được tệp
        [write] không ghi được vào tệp
        [sync] không lưu được xuống đĩa
        [replace] không thay được tệp cũ
        [truncate] không cắt được dòng ghi dở
        [seek] không di chuyển được trong tệp
        [list] không đọc được thư mục
       *[other] không { $action } được
    } ({ $reason })
record-error-rollback = ghi thất bại ({ $reason }) và cắt bỏ dòng ghi dở cũng thất bại ({ $rollback }); nhật ký không nhận thêm thao tác — mở lại ca sẽ khôi phục được
record-error-damaged = nhật ký kết thúc bằng một dòng hỏng sau lần ghi thất bại và không nhận thêm thao tác — mở lại ca sẽ khôi phục được
record-error-too-large = tệp dài { $size } byte; bản ghi của một ca thật dài nhiều nhất { $limit } byte
record-error-line = dòng { $line }: { $message }
record-error-line-column = dòng { $line }, cột { $column }: { $message }
record-error-engine = ghi bằng phiên bản { $recorded }, bản này là { $current }
record-error-replay = dòng { $line }: thao tác thứ { $number } ({ $action }) không thực hiện lại được: { $error }

## Mô tả thao tác
act-call-next = Gọi số tiếp theo
act-ask = Hỏi: { $question }
act-inspect = Xem { $document } qua kính lúp
act-inspect-light = Soi { $document } dưới đèn
act-turn-page = Lật { $document } sang trang { $page }
act-flag = Đánh dấu: { $claim }
act-clear-flag = Bỏ đánh dấu: { $claim }
act-compare = So sánh { $a } với { $b }
act-check-identity = Tra cứu dân cư { $document }
act-state-records = Tra dữ liệu Nhà nước đã có
act-look-up-procedure = Tra cứu thủ tục { $procedure }
act-hint = Xem gợi ý
act-create-dossier = Tạo hồ sơ { $procedure }
act-fill-field = Nhập { $field }: { $value } ({ $dossier })
act-scan = Quét { $document } ({ $dpi } dpi, { $color })
act-attach = Đính kèm bản quét { $scan } vào "{ $component }"
act-certify-copy = Đối chiếu và ký bản chụp { $document }
act-set-fee = Nhập phí { $amount }
act-collect-fee = Thu phí ({ $method })
act-issue-receipt = Cấp giấy hẹn { $dossier }, hẹn ngày { $date }
act-request-supplement = Yêu cầu bổ sung: { $components }
act-refuse = Từ chối, lý do: { $ground }
act-transfer = Chuyển { $dossier } cho { $department }
act-sync = Đồng bộ { $dossier }
act-return-result = Trả kết quả { $dossier }
act-record-withdrawal = Ghi nhận rút hồ sơ { $dossier }
act-send-apology = Gửi phiếu xin lỗi { $dossier }, hẹn lại { $date }
act-guide = Hướng dẫn: { $topic }
act-respond = Xử lý sự cố: { $response }
act-dismiss = Mời người dân về
act-wait = Chờ { $minutes } phút
act-end-shift = Kết thúc ca

## Diễn biến
ev-arrived = { $citizen } vừa đến, lấy số.
ev-called = Mời { $citizen } lên quầy.
ev-left-served = { $citizen } đã về.
ev-left-impatient = { $citizen } chờ lâu quá nên bỏ về.
ev-left-closed = { $citizen } phải về vì hết giờ.
ev-waiting = { $citizen } ngồi chờ nhận kết quả trong ngày.
ev-dossier-created = Đã tạo hồ sơ { $dossier }.
ev-scanned = Đã quét bản { $scan }: { $images } ảnh.
ev-scanner-jammed = Máy quét bị kẹt giấy!
ev-payment-failed = Thanh toán điện tử cho { $dossier } không thành công.
ev-slip = Đã in phiếu số { $number }: { $slip }.
ev-status = Hồ sơ { $dossier }: { $status }.
ev-synced = Đã đồng bộ { $dossier } lên Cổng Dịch vụ công quốc gia.
ev-sync-failed = Đồng bộ { $dossier } thất bại; cần gửi lại.
ev-result-ready = Đã có kết quả hồ sơ { $dossier }.
ev-delay = Hồ sơ { $dossier } sẽ trễ hạn: { $reason }
ev-fault-started = Sự cố: { $fault }
ev-fault-ended = Hết sự cố: { $fault }
ev-shift-ended = Ca làm việc đã kết thúc.

## Lỗi thao tác
err-shift-over = Ca làm việc đã kết thúc.
err-too-many-actions = Ca này đã có { $limit } thao tác, mức tối đa một ca có thể có. Hãy kết thúc ca.
err-no-citizen = Không có ai tại quầy.
err-citizen-at-counter = Đang có người tại quầy; hãy làm xong với họ trước.
err-queue-empty = Không còn ai chờ và sẽ không còn ai đến.
err-document-not-here = Giấy tờ { $document } không có trên bàn.
err-unknown-field = Giấy tờ { $document } không có mục { $field }.
err-not-identity = { $document } không phải giấy tờ tùy thân.
err-unknown-procedure = Không có thủ tục { $procedure }.
err-unknown-component = Thủ tục không có thành phần { $component }.
err-unknown-scan = Không có bản quét số { $scan }.
err-unknown-ground = Lý do { $ground } không áp dụng cho thủ tục này.
err-portal = Hệ thống không cho phép: { $error }
err-dossier-open = Đang nhập dở hồ sơ { $dossier } cho người này.
err-already-received = Hồ sơ { $dossier } đã được tiếp nhận, không sửa được nữa.
err-not-received = Hồ sơ { $dossier } chưa được tiếp nhận (chưa cấp giấy hẹn).
err-no-fee = Hồ sơ { $dossier } không có khoản phí nào để thu.
err-fee-not-paid = Hồ sơ { $dossier }: thu phí trước khi cấp giấy hẹn.
err-empty-supplement = Phiếu yêu cầu bổ sung phải có ít nhất một thành phần.
err-frozen = Máy tính bị treo; hãy khởi động lại.
err-power-out = Mất điện: máy tính và máy quét không hoạt động.
err-scanner-jammed = Máy quét đang kẹt giấy; hãy gỡ kẹt.
err-no-fault = Hiện không có sự cố nào cần xử lý như vậy.
err-hints-disabled = Chế độ thi không có gợi ý.
err-not-a-copy = { $copy } không phải bản chụp của { $original }.
err-text-too-long = Tối đa { $max } ký tự.
err-already-paid = Hồ sơ { $dossier } đã nộp phí.
err-amount-too-large = Số tiền { $amount } quá lớn.
err-wait-range = Chỉ chờ từ 1 đến 240 phút.
err-resolution = Máy quét không có độ phân giải { $dpi } dpi.
err-not-processing = Hồ sơ { $dossier } không ở trạng thái đang xử lý.
err-apology-sent = Đã gửi phiếu xin lỗi cho hồ sơ { $dossier }.
err-nobody = Không có ai để nhận kết quả hồ sơ { $dossier }.
err-no-such-page = { $document } không có trang { $page }.
err-mismatch-two-fields = Chỗ khác nhau giữa hai giấy tờ được đánh dấu bằng cách đặt hai dòng cạnh nhau.
err-discrepancy-two-fields = Hãy chọn hai dòng khác nhau của cùng một bộ hồ sơ.
err-already-flagged = Điểm này đã được đánh dấu.
err-not-flagged = Điểm này chưa được đánh dấu.
err-ground-not-flagged = Hãy đánh dấu sai sót «{ $ground }» trên giấy tờ trước: lý do từ chối phải là điều bạn đã phát hiện.

## Mô tả yêu cầu
want-collect = Nhận kết quả hồ sơ { $dossier }
want-withdraw = Rút hồ sơ { $dossier }

## Các trường trên hệ thống
field-applicant-name = Họ tên người nộp
field-applicant-id-number = Số định danh cá nhân
field-phone = Số điện thoại

## Kết quả
debrief-title = Kết quả ca làm việc
debrief-home = Về trang chủ
debrief-export = Xuất tệp kết quả
debrief-replay-start = Làm lại từ đầu
debrief-grading = Đang chấm điểm ca làm việc…
debrief-failed = Chấm điểm bị dừng do lỗi nội bộ: { $error }
debrief-new-best = Điểm cao nhất mới!
debrief-dimensions = Tiêu chí
debrief-timeline = Diễn biến ca làm việc
debrief-timeline-help = Chấm đỏ: có lỗi tại thời điểm đó, kèm quy tắc và căn cứ. "Chơi lại từ đây" làm lại ca từ ngay trước thao tác đó.
debrief-replay-here = Chơi lại từ đây
debrief-replay-short = Chơi lại
debrief-replay-help = Dựng lại ca đến ngay trước thao tác này và tiếp tục từ đó.
debrief-end-of-shift = Cuối ca
debrief-cost = trừ { $units } đơn vị ({ $dimension })
debrief-expert = Lời giải mẫu
debrief-papers = Giấy tờ: điều đã có và điều bạn đã thấy
debrief-papers-help = Vòng xanh: sai sót bạn đã phát hiện. Vòng đỏ đứt nét: sai sót bạn bỏ sót. Dấu nhân cam: chỗ bạn đánh dấu nhưng không sai.
debrief-papers-clean = Giấy tờ của ca này không có sai sót nào và bạn không đánh dấu nhầm chỗ nào.
debrief-online-case = Hồ sơ trực tuyến { $dossier }
debrief-case-seen = { $who }: phát hiện { $found }/{ $visible } sai sót, { $false } đánh dấu nhầm
debrief-found-after = Đã phát hiện: { $defect } (sau { $seconds } giây)
debrief-found = Đã phát hiện: { $defect }
debrief-missed = Bỏ sót: { $defect }
debrief-false-flag = Đánh dấu nhầm: { $claim }
debrief-false-flag-demanded = Đánh dấu nhầm và đã đòi hỏi người dân vì điều đó: { $claim }
debrief-expert-score = Điểm của lời giải mẫu: { $score }
debrief-no-expert = Tình huống này không có lời giải mẫu.
debrief-exported = Đã lưu tệp kết quả: { $path }
debrief-export-failed = Không lưu được tệp kết quả { $file }: { $error }
debrief-saved = Kết quả đã được tự động lưu: { $path }
debrief-save-failed = Không tự lưu được tệp kết quả { $file }: { $error }. Kết quả vẫn còn: bấm "Xuất tệp kết quả" để lưu vào chỗ khác.
debrief-not-saved = Máy này không có thư mục dữ liệu nên kết quả chưa được lưu. Bấm "Xuất tệp kết quả" để lưu.
debrief-no-dialog = Máy này không mở được hộp chọn tệp. Tệp kết quả đã nằm trong thư mục { $folder }.
debrief-costliest = Ba lỗi làm mất nhiều điểm nhất
debrief-group-count = { $count } lần: { $cases }
debrief-group-cost = trừ tổng cộng { $units } đơn vị
debrief-no-mistakes = Ca này không có lỗi nào bị trừ điểm.
debrief-show-moment = Xem lúc { $time } và giấy tờ
debrief-show-case = Xem giấy tờ
debrief-repeated = Cùng lỗi này thêm { $count } lần: { $cases }
debrief-chart-x = Tiêu chí
debrief-chart-y = Điểm (%)
debrief-timeline-help-no-replay = Chấm đỏ: có lỗi tại thao tác đó, kèm quy tắc và căn cứ.
debrief-case-no-marks = Giấy tờ của trường hợp này không có sai sót nào để đánh dấu.

## Papers, slips and refusal grounds named as the trainee reads them (never an id).
paper-unnamed = giấy tờ
paper-nth = { $paper } (tờ { $n })
slip-number = { $number }/{ $year }/{ $code }
slip-number-line = Số: { $number }
slip-code-receipt = TNHS
slip-code-supplement = BSHS
slip-code-refusal = TCHS
slip-code-apology = XLHT
slip-code-fee-receipt = BLTP
slip-code-stop-notice = DGQ
ground-expired = Giấy tờ tùy thân đã hết thời hạn sử dụng.
ground-invalid-id-number = Số định danh cá nhân trên giấy tờ không hợp lệ (không khớp năm sinh hoặc giới tính).
ground-name-mismatch = Họ tên không thống nhất giữa các giấy tờ xuất trình.
ground-date-mismatch = Ngày tháng không thống nhất giữa các giấy tờ xuất trình.
ground-field-mismatch = Thông tin không thống nhất giữa các giấy tờ xuất trình.
ground-missing-signature = Giấy tờ thiếu chữ ký theo quy định.
ground-missing-stamp = Giấy tờ thiếu dấu của cơ quan có thẩm quyền.
ground-wrong-form-version = Tờ khai không đúng mẫu hiện hành.
ground-photocopy-only = Chỉ có bản chụp, không có bản chính hoặc bản sao có chứng thực.
ground-illegible = Bản chính bị hư hỏng, không đọc được nội dung.
ground-belongs-to-other = Giấy tờ xuất trình không phải của người yêu cầu.
ground-forged = Giấy tờ có dấu hiệu giả mạo.
ground-altered = Bản chính bị tẩy xóa, sửa chữa nội dung.
ground-missing-field = Giấy tờ bỏ trống mục bắt buộc.
ground-unknown = (lý do không còn trong quy định của thủ tục)
portal-receipt-missing = Chưa cấp được giấy tiếp nhận: còn trống { $fields }. Giấy tiếp nhận phải ghi họ tên và số định danh của người nộp hồ sơ; hãy nhập và lưu (Enter) các ô này.
portal-supplement-issued = Đã giao phiếu yêu cầu bổ sung số { $number }; phiếu đã giao không sửa được.
err-portal-transition = hồ sơ { $dossier } đang ở trạng thái «{ $from }», không chuyển sang «{ $to }» được.
err-portal-unknown = không có hồ sơ { $dossier }.

## issue 13: citizens who need help to be served
citizen-help = Hỗ trợ
help-interpreter-button = Gọi người phiên dịch
help-interpreter-help = Mời đồng nghiệp hoặc thành viên tổ công nghệ số cộng đồng biết tiếng của người dân (mất vài phút; có thể đang bận).
help-family-button = Nhờ người nhà phiên dịch
help-family-help = Khi có người nhà đi cùng và nói được tiếng Việt.
help-read-aloud-button = Đọc to giấy tờ
help-read-aloud-help = Đọc to nội dung giấy cho người dân nghe trước khi giao hoặc để ký.
help-large-print-button = In chữ to
help-large-print-help = In lại giấy với cỡ chữ lớn.
help-interpreter-done = (Người phiên dịch đến và dịch cho người dân.)
help-family-done = (Người nhà phiên dịch giúp.)
help-read-aloud-done = (Đã đọc to giấy tờ cho người dân nghe.)
help-large-print-done = (Đã in lại giấy tờ chữ to.)
help-interpreter-unavailable = (Người phiên dịch đang bận, không đến được.)
help-family-unavailable = (Không có người nhà đi cùng.)
help-read-aloud-unavailable = (Không thực hiện được lúc này.)
help-large-print-unavailable = (Không thực hiện được lúc này.)
## issue 13: kiosk (assisted online submission)
act-send-to-kiosk = Đưa ra kiosk tự phục vụ nộp trực tuyến
act-coach-at-kiosk = Đưa ra kiosk tự phục vụ và kèm { $minutes } phút
ev-sent-to-kiosk = { $citizen } ra kiosk tự phục vụ để nộp trực tuyến.
ev-kiosk-submitted = { $citizen } đã nộp trực tuyến tại kiosk: hồ sơ { $dossier } chờ tiếp nhận trong mục trực tuyến.
ev-back-from-kiosk = { $citizen } quay lại xếp hàng: { $block }.
err-coach-range = Chỉ kèm ở kiosk từ 0 đến { $minutes } phút.
err-nothing-to-submit = Công dân ở quầy không có hồ sơ để nộp.
err-no-kiosk = Trung tâm này không có kiosk tự phục vụ.
kiosk-heading = Kiosk tự phục vụ
kiosk-send = Ra kiosk nộp trực tuyến
kiosk-send-hover = Công dân tự nộp trên Cổng Dịch vụ công quốc gia bằng tài khoản VNeID mức 2 của mình; quầy rảnh để phục vụ người tiếp theo.
kiosk-coach = Ra kiosk, kèm { $minutes } phút
kiosk-coach-hover = Cán bộ đi cùng và hướng dẫn tại kiosk; trong thời gian đó hàng chờ phải đợi.
kiosk-at = Đang ở kiosk: { $names }

## issue 13: departments sending a dossier back
act-notify-supplement = Thông báo bổ sung hồ sơ { $dossier }: { $components }
act-notify-refusal = Thông báo từ chối hồ sơ { $dossier }, lý do: { $ground }
ev-sent-back-supplement = Bộ phận giải quyết trả lại hồ sơ { $dossier } để bổ sung: { $reason }
ev-sent-back-refusal = Bộ phận giải quyết trả lại hồ sơ { $dossier }, từ chối giải quyết: { $reason }
err-not-sent-back = hồ sơ { $dossier } không bị bộ phận giải quyết trả lại.
err-notice-mixed = một thông báo hoặc yêu cầu bổ sung, hoặc từ chối, không thể cả hai.
portal-sent-back = Bộ phận giải quyết trả lại hồ sơ lúc { $time }: { $reason }
portal-notify-citizen = Thông báo cho công dân (qua điện thoại/SMS, hoặc trao tận tay nếu công dân đang ở quầy)
portal-notify-supplement = Gửi phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
portal-notify-refusal = Gửi phiếu từ chối tiếp nhận giải quyết hồ sơ
want-bring-supplement = Bổ sung hồ sơ { $dossier }
act-receive-supplement = Nhận bổ sung hồ sơ { $dossier }, hẹn ngày { $date }
err-not-their-dossier = hồ sơ { $dossier } không phải của công dân đang ở quầy.
err-not-notified = hồ sơ { $dossier }: trước hết hãy thông báo cho công dân điều bộ phận giải quyết yêu cầu.
portal-new-appointment = Ngày hẹn mới
portal-receive-supplement = Nhận hồ sơ bổ sung

## issue 13: police residence slips (CT04–CT06)
portal-slip-forms = Mẫu phiếu:
portal-slip-forms-help = Bộ mẫu in cho phiếu tiếp nhận, phiếu bổ sung và phiếu từ chối tiếp theo.
act-use-slip-forms = Chọn mẫu phiếu: { $forms }

## issue 13: the clerk's own side of the system
act-log-in = Đăng nhập hệ thống bằng tài khoản công chức
act-sign-scan = Ký số bản quét { $scan }
ev-logged-in = Đã đăng nhập Hệ thống thông tin giải quyết TTHC.
ev-scan-signed = Đã ký số bản quét { $scan }.
ev-signature-refused = Không ký số được bản quét { $scan }: chứng thư số đã hết hạn!
err-not-logged-in = Hãy đăng nhập hệ thống bằng tài khoản công chức của bạn trước.
err-session-expired = Phiên làm việc đã hết do lâu không thao tác; hãy đăng nhập lại.
err-already-logged-in = Bạn đang đăng nhập rồi.
err-no-staff-system = Hệ thống ở quầy này không dùng tài khoản công chức và chữ ký số cá nhân.
err-scan-already-signed = Bản quét số { $scan } đã được ký số.
err-certificate-expired = Chứng thư chữ ký số của bạn đã hết hạn; không ký được.
portal-login-title = Đăng nhập hệ thống
portal-login-prompt = Đăng nhập bằng tài khoản công chức của bạn (tài khoản do tỉnh cấp) để làm việc trên hệ thống.
portal-login-expired = Phiên làm việc đã hết do lâu không thao tác. Đăng nhập lại để tiếp tục.
portal-login = Đăng nhập
portal-sign-scans = Ký số bản quét số { $scan } (còn { $count } bản chưa ký)
scanner-sign = Ký số bản { $scan }
scanner-signed = Đã ký số
act-digitize-result = Số hóa kết quả hồ sơ { $dossier }
ev-result-digitized = Đã số hóa kết quả hồ sơ { $dossier } vào kho dữ liệu điện tử của người dân.
err-result-not-ready = Hồ sơ { $dossier } chưa có kết quả để số hóa.
err-result-already-digitized = Kết quả hồ sơ { $dossier } đã được số hóa.
portal-digitize-result = Số hóa kết quả
portal-result-digitized = Kết quả đã số hóa
act-certify-e-copy = Chứng thực bản sao điện tử từ bản quét { $scan } (hồ sơ { $dossier })
ev-e-copy-certified = Đã chứng thực bản sao điện tử từ bản quét { $scan } vào kho dữ liệu của người dân (hồ sơ { $dossier }).
err-no-e-copy = Thủ tục này không cấp bản sao điện tử.
err-not-an-original-scan = Bản quét số { $scan } không phải bản quét bản chính của người nộp hồ sơ này.
err-scan-not-signed = Hãy ký số bản quét số { $scan } trước khi chứng thực bản sao điện tử.
err-e-copy-already-certified = Bản quét số { $scan } đã được chứng thực thành bản sao điện tử.
scanner-certify-e-copy = Chứng thực bản sao điện tử từ bản quét { $scan }
scanner-e-copy-done = Đã chứng thực bản sao điện tử

## issue 13: how the result is returned (return channel)
result-channel-counter = Nhận tại quầy
result-channel-post = Qua bưu điện
result-channel-electronic = Bản điện tử
portal-return-channel = Cách nhận kết quả
portal-return-electronically = Trả kết quả điện tử
portal-send-by-post = Gửi kết quả qua bưu điện
act-set-return-channel = Ghi cách nhận kết quả hồ sơ { $dossier }: { $channel }
act-return-electronically = Trả kết quả điện tử hồ sơ { $dossier }
act-send-by-post = Gửi kết quả hồ sơ { $dossier } qua bưu điện
ev-return-channel-set = Hồ sơ { $dossier }: cách nhận kết quả là { $channel }.
ev-result-sent = Kết quả hồ sơ { $dossier } đã được trả { $via ->
    [post] qua bưu điện
   *[electronic] bản điện tử vào kho dữ liệu của người dân
}.
err-dossier-closed = Hồ sơ { $dossier } đã kết thúc; không đổi được cách nhận kết quả.
err-no-e-result = Thủ tục này chỉ trả kết quả bản giấy.
err-no-postal-return = Thủ tục này không trả kết quả qua bưu điện.
err-result-not-digitized = Kết quả hồ sơ { $dossier } chưa được số hóa: số hóa trước khi trả kết quả điện tử.
portal-result-channels = Cách trả kết quả
slip-line-result-channel = Hình thức nhận kết quả: { $channel }

## issue 13: on-the-spot corrections
act-correct-on-the-spot = Đề nghị người dân sửa và ký nháy: { $what }
correction-part-field = "{ $field }" trên { $paper }
correction-part-signature = chữ ký trên { $paper }
ev-corrected-on-the-spot = { $citizen } đã gạch bỏ, ghi lại và ký nháy: { $what }.
ev-nothing-to-correct = { $citizen } xem lại { $what } và nói là đã đúng; không sửa gì.
err-citizen-not-here-to-correct = { $document } thuộc hồ sơ nộp trực tuyến; người nộp không có mặt để sửa.
err-not-correctable-at-counter = { $document } không thể sửa tại quầy: chỉ nơi cấp mới được sửa, hoặc quy định đang áp dụng không cho phép.
correction-menu = Người dân sửa, ký nháy
correction-menu-hover = Người dân gạch bỏ chỗ sai, ghi lại bên cạnh và ký nháy — chỉ trên tờ khai của chính họ, nếu quy định cho phép.
correction-sign = Ký vào tờ khai

## issue 13: inter-agency bundles
act-create-bundle = Tạo hồ sơ liên thông { $bundle }
ev-body-result = { $department } đã trả kết quả phần việc của mình cho hồ sơ liên thông { $dossier }.
err-unknown-bundle = Không có nhóm thủ tục liên thông { $bundle }.
err-not-a-bundle = Hồ sơ { $dossier } không được tiếp nhận theo nhóm liên thông.
err-not-a-bundle-body = { $department } không giải quyết thủ tục nào của hồ sơ liên thông { $dossier }.
err-already-transferred = Hồ sơ { $dossier } đã được chuyển đến { $department }.
portal-bundle-create = Hoặc tạo một hồ sơ liên thông cho cả nhóm thủ tục:
portal-bundle-title = Hồ sơ liên thông: { $bundle }
portal-bundle-not-transferred = chưa chuyển
portal-bundle-transferred = đã chuyển lúc { $time }, chờ kết quả
portal-bundle-result-back = đã có kết quả lúc { $time }
portal-bundle-transfer = Chuyển đến { $department }
