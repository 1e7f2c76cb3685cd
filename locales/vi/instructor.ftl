# instructor: instructor words (vi).

## The trainee joins a session (home, conference card).
join-code-length = Mã phiên có { $expected } ký tự (không kể dấu gạch ngang và khoảng trắng); mã vừa nhập có { $found }.
join-code-character = Ký tự thứ { $position } («{ $character }») không có trong mã phiên. Mã không bao giờ dùng chữ số 0 và chữ O, chữ số 1 và chữ I, L: hãy hỏi lại giảng viên ký tự đó.
join-code-check = Mã phiên không khớp ký tự kiểm tra: có một ký tự bị nghe nhầm hoặc gõ nhầm. Hãy đọc lại mã với giảng viên.
join-code-unknown = Mã này không phải do một buổi học Một Cửa tạo ra.
join-no-scenario = Mã phiên này dành cho một tình huống mà bản ứng dụng này không có. Hãy cập nhật bộ tình huống hoặc hỏi giảng viên.
join-ambiguous = Mã phiên này khớp với nhiều tình huống trong bộ: hãy mở tệp buổi học giảng viên gửi.
join-file-scenario = Tệp buổi học chỉ đến tình huống «{ $scenario }», bản ứng dụng này không có tình huống đó.
join-no-dialog = Máy này không mở được hộp chọn tệp: hãy gõ mã phiên.
join-file-unreadable = Không đọc được tệp buổi học { $file }: { $error }
join-file-malformed = { $file }:{ $line }:{ $col }: đây không phải tệp buổi học ({ $error }).
join-file-format = { $file }: tệp buổi học định dạng { $found } chưa được hỗ trợ (bản này đọc định dạng { $supported }).
join-file-code = { $file }: mã trong tệp không hợp lệ. { $error }
join-file-mismatch = { $file }: mã trong tệp không được tạo cho tình huống «{ $scenario }».
join-open-file = Mở tệp buổi học…
join-file-opened = Tệp buổi học: { $file } { $title }
join-preview = Tình huống: { $scenario } · { $mode } · { $seeding }
home-instructor = Dành cho giảng viên
home-instructor-help = Tạo buổi học, xem kết quả cả lớp.

## Instructor mode.
instructor-title = Dành cho giảng viên
instructor-tab-create = Tạo buổi học
instructor-tab-dashboard = Bảng theo dõi lớp
instructor-home = Về trang chính
instructor-create-title = Tạo buổi học
instructor-create-help = Chọn tình huống và cách làm bài; ứng dụng tạo một mã phiên để đọc cho học viên qua cầu truyền hình.
instructor-scenario = Tình huống
instructor-mode = Chế độ
instructor-seeding = Ngày làm việc
instructor-seeding-shared = Một ngày chung
instructor-seeding-shared-help = Mọi học viên gặp cùng những công dân và hồ sơ: so sánh kết quả trực tiếp.
instructor-seeding-per-seat = Mỗi người một ngày
instructor-seeding-per-seat-help = Ngày của mỗi học viên sinh từ mã và họ tên: không chép được bài nhau, kết quả đổi tên không còn hợp lệ.
instructor-session-title = Tiêu đề
instructor-session-title-hint = vd. Hội nghị tập huấn ngày 30/11
instructor-create = Tạo mã phiên
instructor-code-label = Mã phiên (đọc từng nhóm ba ký tự):
instructor-copy = Sao chép
instructor-copied = Đã chép mã vào bộ nhớ tạm.
instructor-save-file = Lưu tệp buổi học…
instructor-open-dashboard = Theo dõi lớp của buổi này
instructor-saved = Đã lưu tệp buổi học: { $file }
instructor-save-failed = Không lưu được tệp buổi học { $file }: { $error }
instructor-no-dialog = Máy này không mở được hộp lưu tệp: hãy chép mã và gửi cho học viên.
instructor-how-to-join-title = Học viên vào buổi học thế nào
instructor-how-to-join = Học viên mở Một Cửa, ở khung «Chế độ hội nghị» nhập họ tên và mã { $code } rồi bấm «Vào phiên» — hoặc bấm «Mở tệp buổi học…» và chọn tệp bạn gửi. Chữ thường, khoảng trắng hay dấu gạch đều được chấp nhận; mã không có chữ số 0, 1 và chữ O, I, L. Khi ca kết thúc, kết quả tự lưu vào thư mục kết quả của máy học viên.
