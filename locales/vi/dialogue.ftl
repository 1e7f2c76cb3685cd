# Lời thoại của lõi mô phỏng: câu người dân trả lời khi kịch bản không viết sẵn, ghi chú khi
# xem kỹ giấy tờ, gợi ý cho học viên. Tiếng Việt là bản gốc; mọi mã ở đây phải có trong en
# và bn với cùng các biến. Lời do kịch bản viết (lời chào, câu trả lời riêng) nằm trong kịch bản.

## Trả lời câu hỏi của cán bộ
answer-acting-for-relative = Tôi làm giúp người nhà.
answer-acting-for-self = Tôi làm cho chính tôi.
answer-relationship-close-relative = Tôi là người thân ruột thịt.
answer-relationship-neighbour = Tôi là hàng xóm, được nhờ đi giúp.
answer-relationship-applicant = Tôi là người đứng tên hồ sơ.
answer-residence = Tôi ở { $address }.
answer-event-date = Ngày ghi trên giấy tờ đó ạ.
answer-vneid-none = Tôi chưa có tài khoản VNeID.
answer-vneid-level1 = Tôi có cài VNeID nhưng chưa lên mức 2.
answer-vneid-level2 = Có, tài khoản mức 2.
answer-smartphone = Có, điện thoại đây.
answer-no-smartphone = Tôi chỉ có điện thoại bàn phím thôi.
answer-submitted-online = Tôi đã nộp, nay đến nhận kết quả.
answer-submitting-here = Chưa, tôi nộp trực tiếp.
answer-copies = { $copies } bản.
answer-one-copy = Một bản thôi.
answer-divorced = Tôi đã ly hôn.
answer-married = Tôi đã có gia đình.
answer-not-married = Tôi chưa kết hôn.
answer-exempt = Nhà tôi thuộc hộ nghèo, có giấy xác nhận.
answer-not-exempt = Không ạ.
answer-other-papers = Tôi chỉ mang chừng này thôi.

## Điều nhận thấy khi xem kỹ giấy tờ
hint-look-at = { $area ->
    [field] Xem lại mục «{ $field }» trên { $paper }.
    [photo] Nhìn kỹ ảnh trên { $paper }, rồi nhìn người đang đứng trước quầy.
    [seal] Xem kỹ chỗ đóng dấu trên { $paper }.
    [signature] Xem kỹ chỗ ký tên trên { $paper }.
    [form-code] Đọc ký hiệu mẫu in ở góc { $paper }.
   *[whole] Xem kỹ toàn bộ { $paper }.
}
hint-read-side-by-side = Đặt mục «{ $field }» trên { $paper } cạnh mục «{ $other_field }» trên { $other_paper } và đọc từng chữ.

## Gợi ý (chế độ luyện tập)
hint-accept = Hồ sơ đầy đủ, hợp lệ: tiếp nhận, số hóa từng thành phần, thu phí (nếu có), cấp giấy hẹn.
hint-supplement = Hồ sơ chưa đạt: yêu cầu bổ sung một lần các thành phần: { $components }.
hint-refuse = Trường hợp này phải từ chối bằng văn bản, nêu lý do ({ $ground }).
hint-check-id = Kiểm tra căn cước trước khi trả kết quả.

## issue 13: citizens who need help to be served
answer-unclear = Dạ… dạ… (trả lời ngập ngừng, nửa tiếng Việt nửa tiếng mẹ đẻ, không rõ ý)

## issue 13: how the result is returned (return channel)
answer-result-counter = Tôi lên đây nhận trực tiếp.
answer-result-post = Gửi qua bưu điện về nhà giúp tôi, tôi trả tiền cước.
answer-result-electronic = Cho tôi nhận bản điện tử vào tài khoản VNeID, khỏi phải lên lấy.

## issue 13: on-the-spot corrections
answer-field-is-right = Chỗ này tôi ghi đúng rồi mà.
