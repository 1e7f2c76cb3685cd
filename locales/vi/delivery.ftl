# delivery: delivery words (vi).
# Gửi kết quả đến kho dữ liệu học tập (LRS, xAPI 1.0.3): phần cài đặt, hàng đợi, màn hình tổng kết.

delivery-lrs = Gửi kết quả đến LRS
delivery-summary-off = Tắt
delivery-summary-on = Bật — { $count } kết quả chờ gửi
delivery-enabled = Tự động gửi kết quả (xAPI)
delivery-enabled-help = Mỗi ca kết thúc được gửi đến kho dữ liệu học tập (LRS) của giảng viên. Khi mất mạng, kết quả chờ trong hàng đợi trên máy này và được gửi lại sau.
delivery-endpoint = Địa chỉ LRS
delivery-username = Tên đăng nhập
delivery-password = Mật khẩu
delivery-home-page = Trang chủ tài khoản
delivery-test = Kiểm tra kết nối
delivery-testing = Đang kiểm tra kết nối…
delivery-test-ok = Kết nối tốt: LRS dùng xAPI { $version }.
delivery-test-ok-no-version = Kết nối tốt: LRS đã nhận tên đăng nhập và mật khẩu.
delivery-outbox = Hàng đợi gửi
delivery-off = Chưa bật gửi kết quả đến LRS.
delivery-waiting = { $count } kết quả chờ gửi
delivery-rejected = { $count } kết quả bị LRS từ chối, được giữ lại trong { $folder }
delivery-last-sent = Lần gửi gần nhất: { $minutes } phút trước
delivery-sent = Đã gửi đến LRS.
delivery-queued = Đang chờ gửi đến LRS (kết quả đã nằm trong hàng đợi, sẽ tự gửi khi có mạng).
delivery-error-endpoint = “{ $endpoint }” không phải là địa chỉ LRS (phải bắt đầu bằng http:// hoặc https://).
delivery-error-unreachable = Không kết nối được đến LRS ({ $url }): { $error }
delivery-error-not-lrs = Địa chỉ { $url } không phải là một LRS xAPI: { $error }
delivery-error-credentials = LRS không chấp nhận tên đăng nhập hoặc mật khẩu (HTTP { $status }).
delivery-error-rejected = LRS từ chối kết quả (HTTP { $status }): { $error }
delivery-error-server = LRS đang gặp lỗi (HTTP { $status }): { $error }. Sẽ tự gửi lại sau.
delivery-error-outbox = Không ghi được vào hàng đợi gửi: { $error }
