# Thông điệp của lõi mô phỏng: tiêu chí chấm, quy tắc, nhận xét, trạng thái.
# Tiếng Việt là bản gốc; mọi mã ở đây phải có trong en và bn với cùng các biến.

## Tiêu chí
dim-intake = Tiếp nhận chính xác
dim-digitization = Chất lượng số hóa
dim-compliance = Tuân thủ và đúng hạn
dim-guidance = Hướng dẫn người dân
dim-service = Chất lượng phục vụ

## Quy tắc
rule-ask-once = Hướng dẫn một lần: nêu đủ mọi thiếu sót ngay lần kiểm tra đầu
rule-no-demand-state-held = Không yêu cầu giấy tờ Nhà nước đã có
rule-digitize-at-reception = Số hóa khi tiếp nhận, đủ trang, đúng thứ tự
rule-receipt-and-code = Cấp mã hồ sơ và giấy hẹn, chuyển xử lý ngay
rule-cutoff = Nhận hồ sơ từ 15 giờ trở đi: ngày làm việc tiếp theo được coi là ngày nhận, thời hạn tính từ ngày sau đó
rule-working-days = Tính thời hạn theo ngày làm việc, không tính ngày nhận: hẹn vào ngày làm việc thứ N sau ngày nhận
rule-apology-before-due = Trễ hạn phải xin lỗi bằng văn bản trước ngày hẹn
rule-check-identity = Kiểm tra giấy tờ tùy thân đúng cách
rule-correct-fee = Thu đúng phí, lệ phí và ghi nhận thanh toán
rule-guide-online = Hướng dẫn người dân sử dụng dịch vụ công trực tuyến
rule-procedure-components = Thực hiện đúng thủ tục đã công bố
rule-refuse-in-writing = Từ chối bằng văn bản, nêu rõ lý do
rule-privacy = Dữ liệu cá nhân chỉ giao cho đúng người
rule-fault-fallback = Xử lý sự cố đúng cách, không ngừng phục vụ
rule-courtesy = Lịch sự, không hỏi lại không cần thiết
rule-national-sync = Đồng bộ mọi hồ sơ lên Cổng Dịch vụ công quốc gia
rule-certify-copy = Đối chiếu bản chụp với bản chính và ký xác nhận
rule-serve-in-time = Phục vụ theo thứ tự, kịp thời
rule-return-result = Trả kết quả đã có
rule-status-lifecycle = Cập nhật đầy đủ trạng thái hồ sơ
rule-online-8-hours = Xử lý hồ sơ trực tuyến trong 8 giờ làm việc
rule-practice = Chế độ luyện tập
rule-calendar-days = Thời hạn tính theo ngày từ ngày sau ngày nhận; ngày cuối là ngày nghỉ thì hết hạn vào ngày làm việc tiếp theo

## Lỗi nghiêm trọng
critical-accepted-defective = Tiếp nhận hồ sơ có sai sót hoặc phải từ chối
critical-attached-others-document = Đính kèm giấy tờ của người khác
critical-privacy-breach = Lộ lọt thông tin cá nhân
critical-wrong-deadline = Ghi sai ngày hẹn trả kết quả

## Nhận xét
fb-left-impatient = { $citizen } chờ quá lâu và đã bỏ về.
fb-not-served = { $citizen } chưa được phục vụ khi hết giờ làm việc.
fb-long-wait = { $citizen } phải chờ { $minutes } phút mới được gọi.
fb-repeated-question = Bạn hỏi lại { $citizen } cùng một câu ({ $question }).
fb-hint-used = Số lần dùng gợi ý: { $count }.
fb-withdrawal-not-recorded = Chưa ghi nhận việc rút hồ sơ { $dossier }.
fb-supplement-for-complete = Hồ sơ của { $citizen } đã đầy đủ nhưng bạn vẫn yêu cầu bổ sung.
fb-unnecessary-trip = { $citizen } phải đi lại không cần thiết.
fb-wrongful-refusal = Hồ sơ của { $citizen } hợp lệ nhưng bạn đã từ chối.
fb-not-received = Hồ sơ hợp lệ của { $citizen } không được tiếp nhận.
fb-case-not-handled = Trường hợp của { $citizen } không được giải quyết.
fb-accepted-incomplete = Bạn đã tiếp nhận hồ sơ của { $citizen } dù có sai sót ({ $defect }).
fb-defect-missed = Bạn chưa phát hiện trên { $paper } của { $citizen }: { $defect }.
fb-false-flag = Bạn đánh dấu { $paper } của { $citizen } là có sai sót ({ $defect }), nhưng giấy tờ không sai ở đó.
fb-false-flag-demanded = Bạn đánh dấu nhầm { $paper } của { $citizen } ({ $defect }) và vì thế đã đòi hỏi người dân một việc không cần thiết.
fb-supplement-missed-item = Phiếu yêu cầu bổ sung cho { $citizen } thiếu "{ $component }"; người dân sẽ phải quay lại lần nữa.
fb-demanded-state-held = Bạn yêu cầu { $citizen } nộp "{ $component }" trong khi Nhà nước đã có thông tin này.
fb-demanded-unneeded = Bạn yêu cầu { $citizen } nộp "{ $component }" dù thủ tục không đòi hỏi.
fb-unnecessary-demand = Yêu cầu không cần thiết với { $citizen }: "{ $component }".
fb-asked-twice = Bạn yêu cầu { $citizen } bổ sung hơn một lần.
fb-refused-instead-of-supplement = Hồ sơ của { $citizen } có thể bổ sung; phải ra phiếu yêu cầu bổ sung, không phải từ chối.
fb-sent-away-without-slip = { $citizen } bị cho về mà không có phiếu bằng văn bản.
fb-accepted-refusable = Bạn đã tiếp nhận hồ sơ của { $citizen }; trường hợp này phải từ chối ({ $ground }).
fb-wrong-ground = Phiếu từ chối cho { $citizen } nêu "{ $given }"; lý do đúng là "{ $ground }".
fb-supplement-instead-of-refusal = Trường hợp của { $citizen } phải từ chối ({ $ground }), không phải yêu cầu bổ sung.
fb-not-digitized = Thành phần "{ $component }" của { $citizen } chưa được số hóa.
fb-no-receipt = Không có giấy tiếp nhận hồ sơ và hẹn trả kết quả cho { $citizen }.
fb-wrong-procedure = Hồ sơ của { $citizen } được nhập sai thủ tục ({ $procedure }).
fb-name-typed-wrong = Họ tên người nộp của { $citizen } nhập sai (đúng là "{ $expected }").
fb-id-typed-wrong = Số định danh của { $citizen } nhập sai.
fb-name-not-entered = Chưa nhập họ tên người nộp của { $citizen } ("{ $expected }").
fb-id-not-entered = Chưa nhập số định danh của { $citizen }.
fb-identity-not-checked = Giấy tờ tùy thân của { $citizen } chưa được tra cứu trên cơ sở dữ liệu dân cư.
fb-wrong-fee = Phí của { $citizen }: đã thu { $charged }, đúng là { $correct }.
fb-fee-not-collected = Đã nhập phí cho hồ sơ { $dossier } nhưng chưa thu.
fb-attached-others-document = Giấy tờ của người khác ({ $document }) bị đính kèm vào hồ sơ của { $citizen }.
fb-wrong-scan-attached = Bản quét gắn vào "{ $component }" của { $citizen } là giấy tờ khác.
fb-scan-quality = Bản quét "{ $component }" không đạt: { $problem }.
fb-sticky-note-once = "{ $component }": trang có giấy ghi chú phải quét hai lần ({ $images }/{ $needed } ảnh).
fb-pages-missing = "{ $component }": mới quét { $images }/{ $needed } trang.
fb-copy-not-checked = Bản chụp { $document } chưa được đối chiếu với bản chính và ký xác nhận.
fb-wrong-deadline = Giấy hẹn của { $citizen }: ghi { $given }, đúng là { $correct }.
fb-not-transferred = Hồ sơ { $dossier } chưa được chuyển cho bộ phận giải quyết.
fb-wrong-department = Hồ sơ { $dossier } chuyển sai bộ phận ({ $department }).
fb-sync-not-retried = Hồ sơ { $dossier } đồng bộ lỗi và không được gửi lại.
fb-not-synced = Hồ sơ { $dossier } chưa được đồng bộ lên Cổng Dịch vụ công quốc gia.
fb-result-not-handed = Kết quả hồ sơ { $dossier } đã có nhưng chưa trả.
fb-result-to-unauthorised = Kết quả hồ sơ { $dossier } bị giao cho { $citizen }, người không có quyền nhận.
fb-returned-without-id-check = Trả kết quả cho { $citizen } mà không kiểm tra giấy tờ tùy thân.
fb-result-not-returned = { $citizen } đến nhận hồ sơ { $dossier } nhưng không được trả.
fb-guidance-missed = { $citizen } chưa được hướng dẫn: { $topic }.
fb-sent-back-by-department = Hồ sơ của { $citizen } sẽ bị cán bộ giải quyết trả lại vì không thể giải quyết như đã tiếp nhận; thời hạn giải quyết phải tính lại từ đầu.
fb-citizen-comes-back = { $citizen } sẽ phải quay lại để hoàn thiện hồ sơ lẽ ra đã được xử lý đúng ngay tại quầy.
fb-guidance-missed-next-visit = Do không được hướng dẫn, lần sau { $citizen } sẽ lại đến quầy thay vì dùng dịch vụ công trực tuyến.
fb-guidance-unusable = Hướng dẫn cho { $citizen } nội dung họ không thể sử dụng.
fb-online-not-accepted = Hồ sơ trực tuyến { $dossier } chưa được xử lý.
fb-no-apology = Hồ sơ { $dossier } sẽ trễ hạn nhưng chưa gửi phiếu xin lỗi.
fb-apology-late = Phiếu xin lỗi hồ sơ { $dossier } gửi sau thời hạn.
fb-apology-wrong-date = Phiếu xin lỗi { $dossier }: hẹn lại { $given }, đúng là { $correct }.
fb-fault-response-missing = Sự cố "{ $fault }": thiếu biện pháp xử lý ({ $response }).

## Trạng thái hồ sơ
status-new-online = Mới đăng ký trực tuyến
status-accepted = Được tiếp nhận
status-refused = Không được tiếp nhận
status-processing = Đang xử lý
status-supplement-requested = Yêu cầu bổ sung giấy tờ
status-awaiting-payment = Yêu cầu thực hiện nghĩa vụ tài chính
status-withdrawn = Công dân yêu cầu rút hồ sơ
status-stopped = Dừng xử lý
status-processed = Đã xử lý xong
status-returned = Đã trả kết quả

## Phiếu
slip-receipt = Giấy tiếp nhận hồ sơ và hẹn trả kết quả
slip-supplement = Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ
slip-refusal = Phiếu từ chối tiếp nhận giải quyết hồ sơ
slip-apology = Phiếu xin lỗi và hẹn lại ngày trả kết quả
slip-fee-receipt = Biên lai thu phí, lệ phí
slip-stop-notice = Thông báo dừng giải quyết hồ sơ

## Bộ phận
dept-justice = Công chức tư pháp – hộ tịch
dept-police = Công an xã
dept-economic = Phòng Kinh tế
dept-social = Phòng Văn hóa – Xã hội
dept-land = Công chức địa chính – nông nghiệp
dept-certification = Bộ phận chứng thực
dept-mot-cua = bộ phận một cửa

## Sai sót
defect-expired = giấy tờ tùy thân hết hạn
defect-invalid-id-number = số định danh không khớp năm sinh hoặc giới tính
defect-name-mismatch = họ tên không thống nhất giữa các giấy tờ
defect-date-mismatch = ngày tháng không thống nhất giữa các giấy tờ
defect-field-mismatch = thông tin không thống nhất giữa các giấy tờ
defect-missing-signature = thiếu chữ ký
defect-missing-stamp = thiếu dấu
defect-wrong-form-version = mẫu tờ khai cũ
defect-photocopy-only = bản photo thay cho bản chính
defect-illegible = giấy tờ không đọc được
defect-belongs-to-other = giấy tờ của người khác
defect-forged = giấy tờ giả
defect-altered = tẩy xóa, sửa chữa
defect-missing-field = bỏ trống mục bắt buộc
defect-missing = thiếu thành phần hồ sơ
defect-online = hồ sơ trực tuyến thiếu thành phần

## Sự cố và cách xử lý
fault-sync-failure = Lỗi đồng bộ Cổng Dịch vụ công quốc gia
fault-scanner-jam = Kẹt giấy máy quét
fault-frozen-pc = Máy tính bị treo
fault-power-cut = Mất điện
fault-payment-down = Lỗi cổng thanh toán
fault-vneid-outage = VNeID gián đoạn
response-restart-computer = Khởi động lại máy tính
response-clear-scanner-jam = Gỡ kẹt giấy máy quét
response-report-helpdesk = Báo bộ phận hỗ trợ kỹ thuật
response-inform-queue = Thông báo cho người dân đang chờ
response-switch-to-paper = Tiếp nhận trên giấy (sổ theo dõi, phiếu viết tay)
response-switch-to-cash = Thu tiền mặt, cấp biên lai giấy

## Câu hỏi
question-purpose = Ông/bà cần làm thủ tục gì?
question-acting-for = Ông/bà làm cho mình hay làm thay người khác?
question-relationship = Ông/bà có quan hệ thế nào với người đó?
question-residence = Ông/bà hiện cư trú ở đâu?
question-event-date = Sự việc xảy ra khi nào?
question-has-vneid = Ông/bà có tài khoản VNeID chưa?
question-has-smartphone = Ông/bà có mang điện thoại thông minh không?
question-submitted-online = Ông/bà đã nộp trực tuyến chưa?
question-copies = Ông/bà cần bao nhiêu bản?
question-marital-status = Tình trạng hôn nhân của ông/bà thế nào?
question-exemption = Ông/bà có thuộc diện miễn phí không?
question-other-papers = Ông/bà còn mang giấy tờ nào khác không?

## Nội dung hướng dẫn
guide-online-service = thủ tục này có thể làm trực tuyến
guide-vneid-account = tài khoản VNeID mức 2
guide-vneid-login = đăng nhập VNeID
guide-status-lookup = tra cứu hồ sơ bằng mã
guide-assist-online = cùng nộp trực tuyến tại quầy

## Lỗi bản quét
scan-low-resolution = độ phân giải dưới 200 dpi
scan-color-lost = mất màu (dấu đỏ, ảnh)
scan-missing-pages = thiếu trang
scan-unreadable = giấy tờ không đọc được

## Chỉ số
kpi-on-time = Tỷ lệ đúng hạn
kpi-online-submission = Tỷ lệ nộp trực tuyến
kpi-digitization = Tỷ lệ số hóa
kpi-online-payment = Tỷ lệ thanh toán trực tuyến
kpi-sync = Đồng bộ lên Cổng quốc gia
kpi-satisfaction = Mức độ hài lòng
kpi-index = Chỉ số phục vụ (Quyết định 766)
kpi-perception = Phát hiện sai sót trên giấy tờ
kpi-perception-detail = Phát hiện { $found }/{ $visible } sai sót · { $false } đánh dấu nhầm · { $seconds ->
    [none] chưa phát hiện sai sót nào
   *[other] trung vị { $seconds } giây để phát hiện
}

## Kết quả
report-total = Tổng điểm
report-passed = Đạt
report-failed = Chưa đạt
report-critical = Lỗi nghiêm trọng
report-feedback = Nhận xét
report-kpis = Chỉ số
report-passed-with-hints = Đạt nhờ gợi ý
report-hints-block-pass = Bạn đã xem { $count } gợi ý: lượt này chưa được tính là đạt. Hãy làm lại mà không xem gợi ý để mở khóa tình huống tiếp theo.
report-unfinished = Ca làm việc chưa được kết thúc: những công dân chưa được tiếp đón (kể cả người chưa đến) được tính là chưa được phục vụ, và một ca chưa kết thúc thì không đạt.
report-dimensions-below-floor = Dưới { $floor }%: { $dimensions } — để đạt, mỗi phần công việc phải đạt ít nhất { $floor }%; không phần nào được bỏ qua.
report-too-many-wrong-decisions = Có { $wrong } quyết định sai về hồ sơ (tiếp nhận hồ sơ không được tiếp nhận, trả lại hay từ chối hồ sơ lẽ ra phải tiếp nhận…); để đạt, ca có { $decisions } hồ sơ chỉ cho phép tối đa { $allowed }.
report-dimensions-dropped = Không tính vì ca này không có việc loại đó: { $dimensions }. Trọng số của các phần còn lại được tăng lên cho đủ 100 điểm.
report-not-counted = không tính

## issue 13: citizens who need help to be served
rule-language-support = Hỗ trợ ngôn ngữ: người dân ít nói tiếng Việt được phục vụ qua người phiên dịch hoặc người nhà
rule-accessible-service = Phục vụ người khuyết tật: đọc to hoặc in chữ to giấy tờ trước khi giao hoặc để ký
fb-no-language-help = { $citizen } ít nói tiếng Việt và không được hỗ trợ phiên dịch: không hiểu được những gì được hỏi và hướng dẫn.
fb-language-help-late = { $citizen }: { $count } câu hỏi hoặc lời hướng dẫn trước khi có người phiên dịch, không hiểu được.
fb-paper-not-read = { $citizen } nhìn kém: { $count } tờ giấy được giao mà không đọc to hoặc in chữ to, không tự kiểm tra được (ngày hẹn, danh sách cần bổ sung).
fb-help-not-needed = { $citizen } không cần { $help ->
    [interpreter] người phiên dịch
    [family] người nhà phiên dịch
    [read-aloud] đọc to giấy tờ
   *[large-print] in chữ to
  }: hàng chờ phải đợi thêm.
## issue 13: kiosk (assisted online submission) and VNeID outage
rule-kiosk-online = Hỗ trợ nộp hồ sơ trực tuyến: hỏi điện thoại và tài khoản VNeID mức 2 trước khi đưa công dân ra kiosk; ai nộp trực tuyến được thì đưa ra kiosk
rule-vneid-outage-paper = Khi VNeID gián đoạn: tạm dừng nộp trực tuyến tại kiosk, tiếp nhận hồ sơ giấy tại quầy, không từ chối công dân vì lý do đó
fb-kiosk-unfit = { $citizen } được đưa ra kiosk nhưng không nộp trực tuyến được: { $block }.
fb-kiosk-wasted = { $citizen } mất { $minutes } phút ở kiosk mà không nộp được hồ sơ.
fb-kiosk-not-offered = { $citizen } nộp trực tuyến được tại kiosk nhưng không được đưa ra kiosk: mất một hồ sơ trực tuyến.
kiosk-block-no-smartphone = không có điện thoại thông minh
kiosk-block-no-vneid-level2 = chưa có tài khoản VNeID mức 2
kiosk-block-not-fully-online = thủ tục không thực hiện trực tuyến toàn trình
kiosk-block-vneid-outage = VNeID đang gián đoạn
kiosk-block-needs-coaching = không tự thao tác được, cần cán bộ kèm
kiosk-block-called-back = được cán bộ mời về quầy
kpi-queue-wait = Thời gian chờ của hàng đợi: { $minutes } phút-người (chờ gọi số, và ở kiosk mà không nộp được)
response-suspend-kiosk = Tạm dừng kiosk, tiếp nhận hồ sơ giấy tại quầy

## issue 13: departments sending a dossier back
rule-send-back-notice = Hồ sơ bị bộ phận giải quyết trả lại: thông báo cho công dân một lần, đúng điều bộ phận yêu cầu
fb-send-back-not-told = Hồ sơ { $dossier } bị bộ phận giải quyết trả lại nhưng công dân chưa được thông báo.
fb-send-back-misinformed = Thông báo về hồ sơ { $dossier } không đúng điều bộ phận giải quyết yêu cầu.
fb-send-back-late = Công dân có hồ sơ { $dossier } được thông báo muộn: quá { $minutes } phút sau khi bộ phận trả lại hồ sơ.
fb-send-back-asked-again = Hồ sơ { $dossier }: đã thông báo lần thứ hai — chỉ được yêu cầu bổ sung một lần.
fb-send-back-not-synced = Trạng thái mới của hồ sơ { $dossier } sau khi bị trả lại chưa được đồng bộ lên Cổng Dịch vụ công quốc gia.
fb-supplement-not-received = { $citizen } mang giấy tờ bổ sung cho hồ sơ { $dossier } nhưng chưa được tiếp nhận: hồ sơ vẫn nằm chờ.
fb-supplement-wrong-date = Hồ sơ { $dossier } nhận bổ sung: ngày hẹn ghi { $given }, đúng phải là { $correct } (thời hạn tính lại từ khi nhận đủ).

## issue 13: police residence slips (CT04–CT06) and the catalogue
# Thông tư 56/2021/TT-BCA, sửa đổi bởi Thông tư 66/2023/TT-BCA.
rule-slip-forms = Hồ sơ cư trú của công an xã dùng mẫu phiếu của công an (CT04, CT05, CT06), không dùng phiếu một cửa
fb-wrong-slip-forms = Phiếu giao cho { $citizen } in sai bộ mẫu: thủ tục này dùng { $forms ->
        [police] mẫu của công an (CT04 tiếp nhận, CT05 hướng dẫn bổ sung, CT06 từ chối)
       *[other] phiếu của bộ phận một cửa
    }.
slip-police-receipt = Phiếu tiếp nhận hồ sơ và hẹn trả kết quả (mẫu CT04)
slip-police-supplement = Phiếu hướng dẫn bổ sung, hoàn thiện hồ sơ (mẫu CT05)
slip-police-refusal = Phiếu từ chối tiếp nhận, giải quyết hồ sơ (mẫu CT06)
slip-forms-one-stop = Phiếu một cửa
slip-forms-police = Mẫu công an (CT04–CT06)

## issue 13: the clerk's own side of the system
fault-certificate-expired = Chứng thư chữ ký số hết hạn
rule-sign-digitized-copy = Ký số từng bản quét bằng chữ ký số cá nhân trước khi chuyển hồ sơ; chỉ ký bản khớp với bản giấy
fb-transferred-unsigned = Hồ sơ { $dossier } được chuyển đi khi còn { $count } bản quét chưa ký số (đầu tiên: bản quét số { $scan }).
fb-signed-flawed-scan = Bạn đã ký số bản quét số { $scan } dù bản quét không khớp với giấy tờ (mất màu, độ phân giải thấp hoặc thiếu trang).
kpi-results-digitized = Kết quả được số hóa trước khi trả
rule-digitize-result = Số hóa kết quả vào kho dữ liệu điện tử của người dân trước khi trả kết quả
fb-result-not-digitized = Trả kết quả hồ sơ { $dossier } mà chưa số hóa kết quả vào kho dữ liệu điện tử của người dân.
rule-e-copy-from-original = Chứng thực bản sao điện tử từ bản chính vào kho dữ liệu điện tử khi người dân yêu cầu
fb-e-copy-missing = { $citizen } yêu cầu bản sao điện tử (hồ sơ { $dossier }) nhưng không được chứng thực bản sao điện tử từ bản chính vào kho dữ liệu.

## issue 13: how the result is returned (return channel)
question-result-channel = Ông/bà muốn nhận kết quả thế nào: tại đây, qua bưu điện, hay bản điện tử?
rule-result-channel = Hỏi người dân muốn nhận kết quả thế nào, ghi cách nhận mà thủ tục và người dân cho phép, và trả kết quả đúng cách đó
fb-result-channel-not-asked = Bạn không hỏi { $citizen } muốn nhận kết quả thế nào.
fb-result-channel-wrong = Hồ sơ { $dossier } của { $citizen } ghi nhận kết quả { $recorded ->
    [post] qua bưu điện
    [electronic] bản điện tử
   *[counter] tại quầy
}, nhưng phải là { $expected ->
    [post] qua bưu điện
    [electronic] bản điện tử
   *[counter] tại quầy
}.
fb-result-wrong-channel = Kết quả hồ sơ { $dossier } được trả { $via ->
    [post] qua bưu điện
    [electronic] bản điện tử
   *[counter] tại quầy
} dù người dân đã chọn nhận { $recorded ->
    [post] qua bưu điện
    [electronic] bản điện tử
   *[counter] tại quầy
}.
fb-result-left-waiting = Kết quả hồ sơ { $dossier } đã có nhưng chưa được trả { $recorded ->
    [post] qua bưu điện
    [electronic] bản điện tử
   *[counter] tại quầy
} như người dân đã chọn: họ sẽ không đến quầy.
kpi-e-results-issued = Kết quả trả bản điện tử

## issue 13: on-the-spot corrections
rule-on-the-spot-correction = Sai sót nhỏ trên tờ khai của chính người dân được người dân sửa ngay tại quầy (gạch bỏ, ghi lại bên cạnh, ký nháy) nếu quy định cho phép, thay vì yêu cầu bổ sung
fb-received-uncorrected = Bạn đã tiếp nhận hồ sơ của { $citizen } khi tờ khai còn sai sót người dân có thể sửa ngay tại quầy ({ $defect }).
fb-slip-instead-of-correction = { $citizen } phải về rồi quay lại chỉ vì một sai sót trên tờ khai mà người dân có thể sửa và ký nháy ngay tại quầy.
fb-demanded-correctable = Bạn yêu cầu { $citizen } bổ sung { $component }, trong khi sai sót trên đó người dân có thể sửa ngay tại quầy.
fb-correction-not-offered = { $citizen } còn { $count } sai sót trên tờ khai có thể sửa ngay tại quầy nhưng không được hướng dẫn sửa.
fb-false-correction = Bạn đề nghị { $citizen } sửa { $count } chỗ vốn không sai: mất thời gian của người dân.

## issue 13: inter-agency bundles
dept-social-insurance = Cơ quan Bảo hiểm xã hội
rule-bundle-intake = Người dân đủ điều kiện liên thông: tiếp nhận một lần một hồ sơ liên thông cho cả nhóm thủ tục
rule-bundle-deadline = Thời hạn của nhóm thủ tục liên thông: 3 ngày làm việc (5 ngày nếu phải xác minh); nhận sau 15 giờ thì tính từ ngày làm việc tiếp theo
rule-bundle-transfer = Chuyển hồ sơ liên thông đến từng cơ quan giải quyết
fb-bundle-not-offered = { $citizen } đủ điều kiện liên thông ({ $bundle }) nhưng hồ sơ không được tiếp nhận theo nhóm liên thông.
fb-bundle-not-eligible = { $citizen } không đủ điều kiện liên thông ({ $bundle }): lẽ ra phải tiếp nhận hồ sơ của từng thủ tục riêng.
fb-bundle-split = { $citizen } được tiếp nhận thêm hồ sơ riêng { $dossier } cho một thủ tục đã nằm trong nhóm liên thông: người dân phải khai và nhận giấy hẹn hai lần.
fb-bundle-body-not-transferred = Hồ sơ liên thông { $dossier } chưa được chuyển đến { $department }.
