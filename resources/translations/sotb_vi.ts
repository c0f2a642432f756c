<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="567"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="595"/>
        <source>%1 items will be added to the register in one step: if anything goes wrong, nothing is written. An import cannot be undone in one step, so check the previous page first.</source>
        <translation>Sẽ thêm %1 thiết bị vào sổ trong một lần: nếu có trục trặc thì không ghi gì cả. Việc nhập không thể hoàn tác trong một bước, vì vậy hãy xem kỹ trang trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="600"/>
        <source>&amp;Import %1 items</source>
        <translation>&amp;Nhập %1 thiết bị</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="391"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="392"/>
        <source>Every row is read and checked; nothing is written yet.</source>
        <translation>Mọi dòng đều được đọc và kiểm tra; chưa ghi gì vào sổ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="412"/>
        <source>&amp;Save the error list…</source>
        <translation>&amp;Lưu danh sách lỗi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="423"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="423"/>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="438"/>
        <source>Reading the rows…</source>
        <translation>Đang đọc các dòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="476"/>
        <source>Items to add: %1 (total quantity %2, total value %3 đ).
Rows with errors: %4. Warnings: %5. Rows skipped (totals, headings, signatures): %6. New rooms: %7.</source>
        <translation>Thiết bị sẽ thêm: %1 (tổng số lượng %2, tổng giá trị %3 đ).
Dòng có lỗi: %4. Lưu ý: %5. Dòng bỏ qua (dòng cộng, tiêu đề nhóm, chữ ký): %6. Phòng mới: %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="495"/>
        <source>Fix these rows in Excel (or change the columns) and check again: the import adds all rows or none.</source>
        <translation>Hãy sửa các dòng này trong Excel (hoặc đổi cách ghép cột) rồi kiểm tra lại: việc nhập thêm tất cả các dòng hoặc không dòng nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="500"/>
        <source>There is no item to import.</source>
        <translation>Không có thiết bị nào để nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="503"/>
        <source>No errors: you can import.</source>
        <translation>Không có lỗi: có thể nhập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="525"/>
        <source>Errors (%1)</source>
        <translation>Lỗi (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="527"/>
        <source>Warnings (%1)</source>
        <translation>Lưu ý (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="530"/>
        <source>Skipped rows (%1)</source>
        <translation>Dòng bỏ qua (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="539"/>
        <source>Save the error list</source>
        <translation>Lưu danh sách lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="541"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="552"/>
        <source>Could not save the file: %1</source>
        <translation>Không lưu được tệp: %1</translation>
    </message>
</context>
<context>
    <name>EquipmentDetail</name>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="37"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="39"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="42"/>
        <source>Record &amp;maintenance…</source>
        <translation>Ghi &amp;bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="64"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="65"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="67"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="82"/>
        <source>Category</source>
        <translation>Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="83"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="84"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="85"/>
        <source>Subject / grades</source>
        <translation>Môn học / khối lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="86"/>
        <source>Catalogue code</source>
        <translation>Mã danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="87"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="89"/>
        <source>By condition</source>
        <translation>Theo tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="90"/>
        <source>good %1, minor damage %2, broken %3, lost %4</source>
        <translation>tốt %1, hỏng nhẹ %2, hỏng %3, mất %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="96"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="97"/>
        <source>Total value</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="98"/>
        <source>Funding source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="99"/>
        <source>Acquired on</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="100"/>
        <source>In service since</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="101"/>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="102"/>
        <source>Brand / model</source>
        <translation>Nhãn hiệu / model</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="103"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="105"/>
        <source>Origin / supplier</source>
        <translation>Xuất xứ / nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="108"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="120"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="121"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="122"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="123"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="124"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="125"/>
        <source>Next due</source>
        <translation>Lần tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="126"/>
        <source>What was done</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="58"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>EquipmentForm</name>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="34"/>
        <source>Edit equipment</source>
        <translation>Sửa thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="34"/>
        <source>Add equipment</source>
        <translation>Thêm thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="40"/>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="41"/>
        <source>Asset &amp;code</source>
        <translation>&amp;Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="42"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="43"/>
        <source>Cate&amp;gory</source>
        <translation>&amp;Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="45"/>
        <source>&amp;Room</source>
        <translation>&amp;Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="47"/>
        <source>(no room)</source>
        <translation>(chưa xếp phòng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="48"/>
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="50"/>
        <source>Su&amp;bject</source>
        <translation>Môn &amp;học</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="51"/>
        <source>Grades</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="54"/>
        <source>Catalogue code</source>
        <translation>Mã danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="57"/>
        <source>Quantity and value</source>
        <translation>Số lượng và giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="58"/>
        <source>&amp;Unit</source>
        <translation>Đơn &amp;vị tính</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="59"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="60"/>
        <source>  of which good</source>
        <translation>  trong đó tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="62"/>
        <source>  minor damage</source>
        <translation>  hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="64"/>
        <source>  broken</source>
        <translation>  hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="65"/>
        <source>  lost</source>
        <translation>  mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="67"/>
        <source>Unit &amp;price (đồng)</source>
        <translation>Đơn &amp;giá (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="70"/>
        <source>&amp;Funding source</source>
        <translation>Nguồn &amp;kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="74"/>
        <source>Acquired on</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="77"/>
        <source>In service since</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="80"/>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="83"/>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="84"/>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="85"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="86"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="87"/>
        <source>Origin</source>
        <translation>Xuất xứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="88"/>
        <source>Supplier</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/equipment_form.py" line="89"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="138"/>
        <source>Search name, asset code, serial, brand, room… (accents optional)</source>
        <translation>Tìm tên, mã tài sản, sê-ri, nhãn hiệu, phòng… (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="143"/>
        <source>All categories</source>
        <translation>Tất cả nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="145"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="147"/>
        <source>Any condition</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="148"/>
        <source>Deleted items</source>
        <translation>Thiết bị đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="167"/>
        <source>&amp;Add…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="169"/>
        <source>&amp;Move to room…</source>
        <translation>&amp;Chuyển phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="170"/>
        <source>Main&amp;tenance…</source>
        <translation>&amp;Bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="172"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="174"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="190"/>
        <source>All rooms</source>
        <translation>Tất cả phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="190"/>
        <location filename="../../app/ui/equipment_page.py" line="267"/>
        <source>(no room)</source>
        <translation>(chưa xếp phòng)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="213"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="270"/>
        <source>Move to room</source>
        <translation>Chuyển phòng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="271"/>
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Chuyển %n thiết bị đến:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="297"/>
        <source>Delete %n item(s)? They go to Deleted items and can be restored.</source>
        <translation>
            <numerusform>Xóa %n thiết bị? Thiết bị sẽ chuyển vào mục Thiết bị đã xóa và có thể khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="309"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="312"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="313"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="314"/>
        <source>Move to room…</source>
        <translation>Chuyển phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="315"/>
        <source>Record maintenance…</source>
        <translation>Ghi bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="316"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="100"/>
        <source>Acquired</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="31"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="112"/>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="72"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="40"/>
        <source>Category</source>
        <translation>Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="94"/>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="124"/>
        <source>In service</source>
        <translation>Ngày sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="36"/>
        <source>Name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="58"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="46"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="118"/>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="106"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="52"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="65"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="80"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="87"/>
        <source>Value</source>
        <translation>Thành tiền</translation>
    </message>
</context>
<context>
    <name>Facilities</name>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="38"/>
        <source>Power supply</source>
        <translation>Hệ thống điện</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="39"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="40"/>
        <source>Sound insulation</source>
        <translation>Cách âm</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="41"/>
        <source>Curtains</source>
        <translation>Rèm cửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="42"/>
        <source>Fans / air conditioning</source>
        <translation>Quạt / điều hòa</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="43"/>
        <source>Furniture</source>
        <translation>Bàn ghế, tủ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="44"/>
        <source>Door and window security</source>
        <translation>Cửa ra vào, cửa sổ an toàn</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="45"/>
        <source>Fire safety</source>
        <translation>Phòng cháy chữa cháy</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="28"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="49"/>
        <source>Not a valid date; write it as dd/mm/yyyy.</source>
        <translation>Ngày không hợp lệ; hãy nhập theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="72"/>
        <source>Write the amount in đồng using digits only, e.g. 1.200.000.</source>
        <translation>Nhập số tiền (đồng) chỉ bằng chữ số, ví dụ 1.200.000.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="98"/>
        <location filename="../../app/ui/forms/fields.py" line="103"/>
        <source>Write a whole number.</source>
        <translation>Hãy nhập số nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fields.py" line="121"/>
        <source>Write a number, e.g. 62,5.</source>
        <translation>Hãy nhập một số, ví dụ 62,5.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="104"/>
        <location filename="../../app/ui/import_dialog.py" line="141"/>
        <source>Choose the Excel file</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="107"/>
        <source>The register as your school keeps it in Excel (.xlsx). Nothing is written to the register until the last step.</source>
        <translation>Sổ thiết bị trường đang lưu bằng Excel (.xlsx). Chưa có gì được ghi vào sổ cho tới bước cuối.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="115"/>
        <source>e.g. C:\Users\…\so-thiet-bi.xlsx</source>
        <translation>ví dụ C:\Users\…\so-thiet-bi.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="119"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="127"/>
        <source>Tips: an old .xls file must first be saved as .xlsx in Excel; remove the password of a protected workbook. The program finds the header row, the columns, Vietnamese numbers (1.200.000) and dates (15/08/2022) by itself, and skips total and signature rows.</source>
        <translation>Mẹo: tệp .xls cũ cần được lưu lại dưới dạng .xlsx trong Excel; hãy bỏ mật khẩu của tệp được bảo vệ. Chương trình tự tìm dòng tiêu đề, các cột, số viết kiểu Việt Nam (1.200.000) và ngày (15/08/2022), và bỏ qua các dòng cộng, dòng chữ ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="143"/>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/forms/base.py" line="66"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="67"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="229"/>
        <source>This was changed elsewhere (for example by a sync) while you edited it. The fields you did not touch now show the newest values; yours are kept. Check them and save again.</source>
        <translation>Mục này vừa được sửa ở nơi khác (ví dụ do đồng bộ) trong lúc bạn sửa. Các ô bạn không sửa đã lấy giá trị mới nhất; các ô bạn đã sửa được giữ nguyên. Hãy kiểm tra rồi bấm Lưu lần nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="236"/>
        <source>Changed elsewhere to: %1</source>
        <translation>Nơi khác vừa sửa thành: %1</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history_view.py" line="69"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="71"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="21"/>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="24"/>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="22"/>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="27"/>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="26"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="23"/>
        <source>Moved</source>
        <translation>Chuyển phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="25"/>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="70"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="67"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="68"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="47"/>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="48"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="50"/>
        <source>Catalogue code</source>
        <translation>Mã danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="51"/>
        <source>Category</source>
        <translation>Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="52"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="53"/>
        <source>Grades</source>
        <translation>Khối lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="54"/>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="55"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="56"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="57"/>
        <source>Country of origin</source>
        <translation>Xuất xứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="58"/>
        <source>Supplier</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="59"/>
        <source>Room (code or name)</source>
        <translation>Phòng (mã hoặc tên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="60"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="61"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="62"/>
        <source>Quantity in good condition</source>
        <translation>Số lượng tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="63"/>
        <source>Quantity slightly damaged</source>
        <translation>Số lượng hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="64"/>
        <source>Quantity broken</source>
        <translation>Số lượng hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="65"/>
        <source>Quantity lost</source>
        <translation>Số lượng mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="66"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="67"/>
        <source>Line total (gives the unit price when missing)</source>
        <translation>Thành tiền (tính ra đơn giá khi thiếu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="70"/>
        <source>Funding source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="71"/>
        <source>Purchase date</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="72"/>
        <source>In service since (year or date)</source>
        <translation>Năm/ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="75"/>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="76"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="77"/>
        <source>Condition (good, broken… or a status)</source>
        <translation>Tình trạng (tốt, hỏng… hoặc trạng thái)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="80"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="651"/>
        <source>Import a register from Excel</source>
        <translation>Nhập sổ thiết bị từ Excel</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="57"/>
        <source>Print QR labels</source>
        <translation>In nhãn QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="62"/>
        <source>Custom</source>
        <translation>Tự chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="74"/>
        <source>Sticker sheet</source>
        <translation>Khổ giấy nhãn</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="75"/>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="76"/>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="77"/>
        <source>Page margins and gaps</source>
        <translation>Lề trang và khoảng cách</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="80"/>
        <source>Top</source>
        <translation>Trên</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="80"/>
        <source>Bottom</source>
        <translation>Dưới</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="81"/>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="81"/>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="83"/>
        <source>Between columns</source>
        <translation>Giữa các cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="85"/>
        <source>Between rows</source>
        <translation>Giữa các hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="99"/>
        <source>Measure your sticker sheet, or pick its size from the list. Each label gets the item&apos;s QR code, asset code, name and the school&apos;s name.</source>
        <translation>Đo tờ giấy nhãn của bạn, hoặc chọn khổ có sẵn trong danh sách. Mỗi nhãn có mã QR, mã tài sản, tên thiết bị và tên trường.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="180"/>
        <source>Each label: %1 × %2 mm, %3 labels per A4 page.</source>
        <translation>Mỗi nhãn: %1 × %2 mm, %3 nhãn trên một trang A4.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="68"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="56"/>
        <source>Chemical</source>
        <translation>Hóa chất</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Classroom</source>
        <translation>Phòng học</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Combined levels</source>
        <translation>Liên cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="55"/>
        <source>Consumable</source>
        <translation>Vật tư tiêu hao</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Continuing education (GDTX)</source>
        <translation>Giáo dục thường xuyên (GDTX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="63"/>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>Disposed</source>
        <translation>Đã thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="83"/>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="84"/>
        <location filename="../../app/ui/labels.py" line="91"/>
        <source>Fixed</source>
        <translation>Đã sửa xong</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Fixed asset</source>
        <translation>Tài sản cố định</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="66"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="62"/>
        <source>In repair</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>In store</source>
        <translation>Trong kho</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="47"/>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>In use</source>
        <translation>Đang sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="80"/>
        <source>Inspection</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="69"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33"/>
        <source>Lower secondary (THCS)</source>
        <translation>Trung học cơ sở (THCS)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="78"/>
        <source>Maintenance</source>
        <translation>Bảo dưỡng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="67"/>
        <source>Minor damage</source>
        <translation>Hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="89"/>
        <source>Reported</source>
        <translation>Đã báo hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="90"/>
        <source>Being repaired</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="92"/>
        <source>Cannot be fixed</source>
        <translation>Không sửa được</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="93"/>
        <location filename="../../app/ui/labels.py" line="99"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96"/>
        <source>Counting</source>
        <translation>Đang kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="98"/>
        <source>Finalised</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="102"/>
        <source>Draft</source>
        <translation>Đang lập</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="106"/>
        <source>Between rooms</source>
        <translation>Giữa các phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="107"/>
        <source>Between schools</source>
        <translation>Giữa các trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="148"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="85"/>
        <source>Not fixed</source>
        <translation>Không sửa được</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Not in use</source>
        <translation>Không sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="61"/>
        <source>On loan</source>
        <translation>Đang cho mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Online classroom</source>
        <translation>Phòng học trực tuyến</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="73"/>
        <source>Parents&apos; contribution</source>
        <translation>Xã hội hóa (phụ huynh đóng góp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Preparation room</source>
        <translation>Phòng chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31"/>
        <source>Preschool (MN)</source>
        <translation>Mầm non (MN)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32"/>
        <source>Primary (TH)</source>
        <translation>Tiểu học (TH)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="75"/>
        <source>Programme/project</source>
        <translation>Chương trình/dự án</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>Repair</source>
        <translation>Sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="86"/>
        <source>Sent for repair</source>
        <translation>Gửi đi sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Smart classroom</source>
        <translation>Phòng học thông minh</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="74"/>
        <source>Sponsor</source>
        <translation>Tài trợ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="72"/>
        <source>State budget</source>
        <translation>Ngân sách nhà nước</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Storeroom</source>
        <translation>Kho thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Subject room</source>
        <translation>Phòng học bộ môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="54"/>
        <source>Teaching equipment</source>
        <translation>Thiết bị dạy học</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="53"/>
        <source>Tool</source>
        <translation>Công cụ dụng cụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Under repair</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34"/>
        <source>Upper secondary (THPT)</source>
        <translation>Trung học phổ thông (THPT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="147"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="49"/>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="171"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Rooms</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Sync &amp;settings and review…</source>
        <translation>&amp;Cài đặt đồng bộ và xem lại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="150"/>
        <source>%n item(s) in the register</source>
        <translation>
            <numerusform>Sổ có %n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="158"/>
        <source>The equipment register of a school: rooms, equipment, maintenance.</source>
        <translation>Sổ quản lý thiết bị của nhà trường: phòng, thiết bị, bảo trì.</translation>
    </message>
</context>
<context>
    <name>MaintenanceForm</name>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="29"/>
        <source>Edit maintenance record</source>
        <translation>Sửa lượt bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="29"/>
        <source>Record maintenance</source>
        <translation>Ghi nhận bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="35"/>
        <source>&amp;Asset code</source>
        <translation>&amp;Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="36"/>
        <source>type or scan the asset code</source>
        <translation>gõ hoặc quét mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="39"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="41"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="43"/>
        <source>&amp;What was done / fault</source>
        <translation>Nội &amp;dung / hư hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="46"/>
        <source>Done by (person or firm)</source>
        <translation>Người thực hiện (cá nhân hoặc đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="48"/>
        <source>&amp;Cost (đồng)</source>
        <translation>&amp;Chi phí (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="49"/>
        <source>&amp;Result</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="51"/>
        <source>Next due</source>
        <translation>Lần tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="52"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="97"/>
        <source>Enter the item&apos;s asset code.</source>
        <translation>Hãy nhập mã tài sản của thiết bị.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="100"/>
        <source>No item with asset code %s in the register.</source>
        <translation>Trong sổ không có thiết bị nào có mã tài sản %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/maintenance_form.py" line="115"/>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
</context>
<context>
    <name>MaintenancePage</name>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="28"/>
        <source>Search item name, asset code, room…</source>
        <translation>Tìm tên thiết bị, mã tài sản, phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="31"/>
        <source>All kinds</source>
        <translation>Tất cả loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="57"/>
        <source>&amp;Record…</source>
        <translation>Ghi &amp;nhận…</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="58"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="59"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="73"/>
        <source>All rooms</source>
        <translation>Tất cả phòng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="90"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n lượt bảo trì</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/maintenance_page.py" line="107"/>
        <source>Delete %n maintenance record(s)?</source>
        <translation>
            <numerusform>Xóa %n lượt bảo trì?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="114"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="114"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="38"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="51"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="37"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="49"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="39"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="41"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="54"/>
        <source>Next due</source>
        <translation>Lần tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="53"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="40"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/maintenance_page.py" line="44"/>
        <source>What was done</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="287"/>
        <source>Columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="290"/>
        <source>What each column holds, as proposed from its header. Change a choice if it is wrong; columns left &apos;(not imported)&apos; are ignored.</source>
        <translation>Nội dung của từng cột, đề xuất theo tiêu đề cột. Hãy đổi nếu chưa đúng; cột để «(không nhập)» sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source>Header</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source>First values</source>
        <translation>Vài giá trị đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="297"/>
        <source>Import into</source>
        <translation>Nhập vào</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="356"/>
        <source>Choose the column that holds the equipment names (Name).</source>
        <translation>Hãy chọn cột chứa tên thiết bị (Tên thiết bị).</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="33"/>
        <source>&amp;Print</source>
        <translation>&amp;In ấn</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="34"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="49"/>
        <source>Equipment register book, by &amp;room…</source>
        <translation>Sổ quản lý thiết bị, theo &amp;phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="53"/>
        <source>Equipment register book, by &amp;subject…</source>
        <translation>Sổ quản lý thiết bị, theo &amp;môn học…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="56"/>
        <source>&amp;Inventory count sheet…</source>
        <translation>Biên bản &amp;kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="57"/>
        <source>&amp;Maintenance log…</source>
        <translation>Nhật ký &amp;bảo trì, sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="58"/>
        <source>Room &amp;profile of the selected room…</source>
        <translation>&amp;Hồ sơ phòng học đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="60"/>
        <source>&amp;QR labels of the selected items…</source>
        <translation>Nhãn &amp;QR của các thiết bị đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="64"/>
        <source>Export the &amp;register (current filter)…</source>
        <translation>Xuất &amp;sổ thiết bị (theo bộ lọc hiện tại)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="65"/>
        <source>Export the r&amp;ooms…</source>
        <translation>Xuất danh sách &amp;phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="66"/>
        <source>Export the &amp;maintenance log…</source>
        <translation>Xuất nhật ký &amp;bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="67"/>
        <source>&amp;District summary…</source>
        <translation>Bảng &amp;tổng hợp gửi Phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="69"/>
        <source>&amp;Import a register from Excel…</source>
        <translation>&amp;Nhập sổ thiết bị từ Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="88"/>
        <source>Saved %1.

Open it now?</source>
        <translation>Đã lưu %1.

Mở tệp ngay?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="106"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="111"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="121"/>
        <source>Equipment register book</source>
        <translation>Sổ quản lý thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="130"/>
        <source>Inventory count sheet</source>
        <translation>Biên bản kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="138"/>
        <source>Maintenance log</source>
        <translation>Nhật ký bảo trì, sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="146"/>
        <source>Room profile</source>
        <translation>Hồ sơ phòng học</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="149"/>
        <source>Select a room on the Rooms page first.</source>
        <translation>Hãy chọn một phòng ở trang Phòng trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="160"/>
        <source>QR labels</source>
        <translation>Nhãn QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="163"/>
        <source>Select the items on the Equipment page first.</source>
        <translation>Hãy chọn các thiết bị ở trang Thiết bị trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="178"/>
        <source>Export the register</source>
        <translation>Xuất sổ thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="190"/>
        <source>Export the rooms</source>
        <translation>Xuất danh sách phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="197"/>
        <source>Export the maintenance log</source>
        <translation>Xuất nhật ký bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="204"/>
        <source>District summary</source>
        <translation>Bảng tổng hợp gửi Phòng</translation>
    </message>
</context>
<context>
    <name>RoomDetail</name>
    <message>
        <location filename="../../app/ui/room_detail.py" line="52"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="55"/>
        <source>&amp;Edit room…</source>
        <translation>&amp;Sửa phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="58"/>
        <source>&amp;Add equipment…</source>
        <translation>&amp;Thêm thiết bị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="78"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="79"/>
        <location filename="../../app/ui/room_detail.py" line="118"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="80"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="82"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="91"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="97"/>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="99"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="103"/>
        <location filename="../../app/ui/room_detail.py" line="185"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="105"/>
        <source>Building / floor</source>
        <translation>Dãy nhà / tầng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="110"/>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="111"/>
        <source>Seats</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="112"/>
        <source>Preparation room</source>
        <translation>Phòng chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="113"/>
        <source>Responsible staff</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="114"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="115"/>
        <source>Rules document</source>
        <translation>Nội quy phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="116"/>
        <source>Classes served</source>
        <translation>Các lớp sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="119"/>
        <source>%1 lines, %2 pieces, %3 broken</source>
        <translation>%1 mục, %2 chiếc, %3 hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="124"/>
        <source>Total value</source>
        <translation>Tổng giá trị</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="125"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="131"/>
        <source>Facility checklist</source>
        <translation>Điều kiện cơ sở vật chất</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="182"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="183"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="184"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="186"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="187"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_detail.py" line="188"/>
        <source>What was done</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>RoomForm</name>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="63"/>
        <source>Write classes like 6A1 (42), 7A2 (40).</source>
        <translation>Ghi các lớp dạng 6A1 (42), 7A2 (40).</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="78"/>
        <source>Edit room</source>
        <translation>Sửa phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="78"/>
        <source>Add room</source>
        <translation>Thêm phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="83"/>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="84"/>
        <source>&amp;Kind</source>
        <translation>&amp;Loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="87"/>
        <source>Subject room &amp;type</source>
        <translation>Loại phòng &amp;bộ môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="91"/>
        <source>(not a subject room)</source>
        <translation>(không phải phòng bộ môn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="94"/>
        <source>&amp;Code</source>
        <translation>&amp;Mã phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="95"/>
        <source>&amp;Name</source>
        <translation>&amp;Tên phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="96"/>
        <source>Building</source>
        <translation>Dãy nhà</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="97"/>
        <source>Floor</source>
        <translation>Tầng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="98"/>
        <source>Area (m²)</source>
        <translation>Diện tích (m²)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="99"/>
        <source>Seats</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="100"/>
        <source>&amp;Status</source>
        <translation>T&amp;rạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="103"/>
        <source>Responsible staff</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="106"/>
        <source>(nobody)</source>
        <translation>(chưa phân công)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="109"/>
        <source>Facilities</source>
        <translation>Cơ sở vật chất</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="113"/>
        <source>Preparation room</source>
        <translation>Phòng chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="114"/>
        <source>has a preparation room</source>
        <translation>có phòng chuẩn bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="117"/>
        <source>Preparation room area (m²)</source>
        <translation>Diện tích phòng chuẩn bị (m²)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="126"/>
        <source>Rules document</source>
        <translation>Nội quy phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="129"/>
        <source>Classes served</source>
        <translation>Các lớp sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_form.py" line="132"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="47"/>
        <source>Search room code, name, building…</source>
        <translation>Tìm mã phòng, tên phòng, dãy nhà…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="49"/>
        <source>All kinds</source>
        <translation>Tất cả loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="51"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="52"/>
        <source>Deleted rooms</source>
        <translation>Phòng đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="102"/>
        <source>&amp;Add…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="103"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="105"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="107"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="135"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n phòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/rooms_page.py" line="168"/>
        <source>Delete %n room(s)?</source>
        <translation>
            <numerusform>Xóa %n phòng?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="178"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="181"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="182"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="183"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="80"/>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="69"/>
        <source>Building</source>
        <translation>Dãy nhà</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="59"/>
        <source>Code</source>
        <translation>Mã phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="96"/>
        <source>Facilities</source>
        <translation>Cơ sở vật chất</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="72"/>
        <source>Floor</source>
        <translation>Tầng</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="90"/>
        <source>Items</source>
        <translation>Số thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="61"/>
        <source>Kind</source>
        <translation>Loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="60"/>
        <source>Name</source>
        <translation>Tên phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="86"/>
        <source>Seats</source>
        <translation>Số chỗ ngồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="97"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/rooms_page.py" line="64"/>
        <source>Subject room type</source>
        <translation>Loại phòng bộ môn</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="32"/>
        <source>Your school</source>
        <translation>Thông tin nhà trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="34"/>
        <source>These details head every printed sheet. You can change them later.</source>
        <translation>Các thông tin này in ở đầu mọi biểu mẫu. Có thể sửa lại sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="47"/>
        <source>School code (mã trường)</source>
        <translation>Mã trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="48"/>
        <source>School name</source>
        <translation>Tên trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="50"/>
        <source>Level</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="53"/>
        <source>Governing body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="55"/>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="56"/>
        <source>Province / city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="57"/>
        <source>Number of classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="58"/>
        <source>Number of students</source>
        <translation>Số học sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="59"/>
        <source>Principal</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="60"/>
        <source>Equipment officer</source>
        <translation>Cán bộ thiết bị</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="14"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="20"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="21"/>
        <source>A new language applies the next time the program starts.</source>
        <translation>Ngôn ngữ mới được áp dụng từ lần mở chương trình sau.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="133"/>
        <source>Sổ Thiết Bị – first start</source>
        <translation>Sổ Thiết Bị – khởi động lần đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="156"/>
        <source>Creating the demo register…</source>
        <translation>Đang tạo sổ mẫu…</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="168"/>
        <source>Sheet and header row</source>
        <translation>Trang tính và dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="171"/>
        <source>Check the sheet and the row with the column names (highlighted). Data is read from the row below it.</source>
        <translation>Kiểm tra trang tính và dòng chứa tên cột (được tô màu). Dữ liệu được đọc từ dòng ngay dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="180"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="185"/>
        <source>Header row</source>
        <translation>Dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="204"/>
        <source> (hidden)</source>
        <translation> (ẩn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="242"/>
        <source>Header found on row %1. Click another row to change it.</source>
        <translation>Đã tìm thấy tiêu đề ở dòng %1. Bấm vào dòng khác để đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="251"/>
        <source>No row with known column names (Tên thiết bị, Số lượng…) was found. Click the header row in the table.</source>
        <translation>Không tìm thấy dòng có tên cột quen thuộc (Tên thiết bị, Số lượng…). Hãy bấm vào dòng tiêu đề trong bảng.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../app/ui/wizard.py" line="108"/>
        <source>How do you want to start?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="110"/>
        <source>With an empty register (enter or import my own data)</source>
        <translation>Với sổ trống (tự nhập hoặc nhập dữ liệu của trường từ tệp)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/wizard.py" line="113"/>
        <source>With a demo register: a realistic lower secondary school with %n items, to explore the program</source>
        <translation>
            <numerusform>Với sổ mẫu: một trường THCS như thật với %n thiết bị, để làm quen với chương trình</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/wizard.py" line="122"/>
        <source>The demo data can be removed later by starting a new register.</source>
        <translation>Sau này có thể bỏ dữ liệu mẫu bằng cách tạo sổ mới.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="50"/>
        <source>Sync with the district</source>
        <translation>Đồng bộ với Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="53"/>
        <source>District server</source>
        <translation>Máy chủ của Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="59"/>
        <source>Equipment room PC</source>
        <translation>Máy phòng thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="60"/>
        <source>&amp;Connect this PC</source>
        <translation>&amp;Đăng ký máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="64"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="65"/>
        <source>One-time code</source>
        <translation>Mã đăng ký (dùng một lần)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="66"/>
        <source>Name of this PC</source>
        <translation>Tên máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="70"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="75"/>
        <source>&amp;Sync now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="77"/>
        <source>&amp;Export USB file…</source>
        <translation>&amp;Xuất tệp USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="79"/>
        <source>&amp;Import reply file…</source>
        <translation>Nhập tệp &amp;trả lời…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="113"/>
        <source>This PC is connected (device %1). A new code connects it again.</source>
        <translation>Máy này đã được đăng ký (mã máy %1). Nhập mã mới nếu cần đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="119"/>
        <source>Ask the district office for the server address and a one-time code.</source>
        <translation>Hãy xin Phòng Giáo dục và Đào tạo địa chỉ máy chủ và mã đăng ký dùng một lần.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_dialog.py" line="122"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="124"/>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="126"/>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="131"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="142"/>
        <source>Conflicts to review (%1)</source>
        <translation>Xung đột cần xem (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="144"/>
        <source>Refused changes (%1)</source>
        <translation>Thay đổi bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="147"/>
        <location filename="../../app/ui/sync_dialog.py" line="165"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="148"/>
        <location filename="../../app/ui/sync_dialog.py" line="165"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="149"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="150"/>
        <source>This PC&apos;s value</source>
        <translation>Giá trị ở máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="151"/>
        <source>District&apos;s value (kept)</source>
        <translation>Giá trị của Phòng (được giữ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="165"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="173"/>
        <source>Mark all as reviewed</source>
        <translation>Đánh dấu đã xem tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="179"/>
        <source>Dismiss all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="205"/>
        <source>Enter the server address and the one-time code.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="215"/>
        <source>Connecting to the district server…</source>
        <translation>Đang kết nối máy chủ của Phòng Giáo dục và Đào tạo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="231"/>
        <source>Folder on the USB stick</source>
        <translation>Thư mục trên USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="243"/>
        <source>Written %1. Take it to the district office; bring back their reply file.</source>
        <translation>Đã ghi %1. Hãy mang tệp này đến Phòng Giáo dục và Đào tạo và mang tệp trả lời về nhập vào máy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="250"/>
        <source>Reply file from the district</source>
        <translation>Tệp trả lời của Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="252"/>
        <source>Sync files (*.zip)</source>
        <translation>Tệp đồng bộ (*.zip)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="264"/>
        <source>Reply applied: %1 change(s) from the district.</source>
        <translation>Đã nhập tệp trả lời: %1 thay đổi từ Phòng Giáo dục và Đào tạo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="269"/>
        <source>The district&apos;s server had lost part of this school&apos;s data. The whole register (%1 rows) goes again in the next sync file.</source>
        <translation>Máy chủ của Phòng đã mất một phần dữ liệu của trường. Toàn bộ sổ (%1 dòng) sẽ được gửi lại trong tệp đồng bộ lần sau.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync_status.py" line="41"/>
        <source>Sync: syncing… %1/%2</source>
        <translation>Đồng bộ: đang đồng bộ… %1/%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="55"/>
        <source>Sync: not set up</source>
        <translation>Đồng bộ: chưa cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="57"/>
        <source>Click to connect this PC to the district server.</source>
        <translation>Bấm để đăng ký máy này với máy chủ của Phòng Giáo dục và Đào tạo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="61"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="66"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="68"/>
        <source>All sent</source>
        <translation>Đã gửi hết</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="70"/>
        <source>last sync %1</source>
        <translation>đồng bộ lúc %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="72"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n mục cần xem</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="82"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="85"/>
        <source>Sync: </source>
        <translation>Đồng bộ: </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="90"/>
        <source>(oldest under an hour)</source>
        <translation>(cũ nhất chưa tới 1 giờ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="92"/>
        <source>(oldest %n hour(s))</source>
        <translation>
            <numerusform>(cũ nhất %n giờ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="93"/>
        <source>(oldest %n day(s))</source>
        <translation>
            <numerusform>(cũ nhất %n ngày)</numerusform>
        </translation>
    </message>
</context>
</TS>
