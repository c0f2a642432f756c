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
    <name>CandidatesDialog</name>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="157"/>
        <source>Suggested items</source>
        <translation>Thiết bị gợi ý thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="163"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="164"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="165"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="166"/>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="167"/>
        <source>Units</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="168"/>
        <source>Why</source>
        <translation>Lý do gợi ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="184"/>
        <source>Add selected</source>
        <translation>Thêm các dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="185"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="189"/>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="193"/>
        <source>%n suggestion(s): all their broken or lost units are added.</source>
        <translation>
            <numerusform>%n gợi ý: thêm vào thì toàn bộ số hỏng hoặc mất của thiết bị được đưa vào danh sách.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="44"/>
        <source>Import a minimum equipment list</source>
        <translation>Nhập danh mục thiết bị dạy học tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="49"/>
        <source>Choose the ministry&apos;s Excel file of the minimum teaching-equipment list (Circular 37, 38 or 39/2021/TT-BGDĐT). The file is checked first; nothing changes until you replace the list.</source>
        <translation>Chọn tệp Excel danh mục thiết bị dạy học tối thiểu của Bộ Giáo dục và Đào tạo (Thông tư 37, 38 hoặc 39/2021/TT-BGDĐT). Chương trình kiểm tra tệp trước; chưa có gì thay đổi cho đến khi bấm «Thay danh mục».</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="57"/>
        <source>Path of the .xlsx file</source>
        <translation>Đường dẫn tệp .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="58"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="71"/>
        <source>Excel &amp;file</source>
        <translation>&amp;Tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="74"/>
        <source>&amp;Level</source>
        <translation>Cấp &amp;học</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="81"/>
        <source>The result of the check shows here.</source>
        <translation>Kết quả kiểm tra hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="82"/>
        <source>&amp;Check the file</source>
        <translation>&amp;Kiểm tra tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="85"/>
        <source>&amp;Replace the list</source>
        <translation>Thay &amp;danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="88"/>
        <source>Use the &amp;shipped list again</source>
        <translation>Dùng lại danh mục &amp;có sẵn</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="90"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="123"/>
        <source>This level uses an imported list of %n line(s).</source>
        <translation>
            <numerusform>Cấp học này đang dùng danh mục đã nhập, gồm %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="127"/>
        <source>This level uses the list shipped with the program (a sample for THCS).</source>
        <translation>Cấp học này đang dùng danh mục có sẵn của chương trình (với THCS là danh mục mẫu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="134"/>
        <source>Choose the list&apos;s Excel file</source>
        <translation>Chọn tệp Excel danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="136"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ làm việc Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="145"/>
        <source>Choose the Excel file first.</source>
        <translation>Hãy chọn tệp Excel trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="153"/>
        <source>Checking the file…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="160"/>
        <source>Errors:</source>
        <translation>Lỗi:</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="163"/>
        <source>Notes:</source>
        <translation>Lưu ý:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="183"/>
        <source>Replace the minimum equipment list of this level by the %n line(s) read?</source>
        <translation>
            <numerusform>Thay danh mục thiết bị tối thiểu của cấp học này bằng %n dòng vừa đọc?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="195"/>
        <source>Replacing the list…</source>
        <translation>Đang thay danh mục…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/catalogue_import_dialog.py" line="204"/>
        <source>The list now has %n line(s).</source>
        <translation>
            <numerusform>Danh mục hiện có %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_import_dialog.py" line="213"/>
        <source>Remove the imported list of this level and use the shipped one again?</source>
        <translation>Xóa danh mục đã nhập của cấp học này và dùng lại danh mục có sẵn của chương trình?</translation>
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
    <name>ClassesDialog</name>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="25"/>
        <source>Classes per grade</source>
        <translation>Số lớp theo khối</translation>
    </message>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="30"/>
        <source>The minimum equipment lists count many lines per class: enter how many classes each grade has this school year.</source>
        <translation>Danh mục thiết bị tối thiểu tính nhiều dòng theo lớp: hãy nhập số lớp của từng khối trong năm học này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="36"/>
        <source>The numbers shown are an estimate: the school&apos;s %1 classes spread over the grades.</source>
        <translation>Các số đang hiện là ước tính: %1 lớp của trường chia đều cho các khối.</translation>
    </message>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="51"/>
        <source> classes</source>
        <translation> lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="53"/>
        <source>Grade %1</source>
        <translation>Khối %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/classes_dialog.py" line="57"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/classes_dialog.py" line="66"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n lớp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitteeTable</name>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="59"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="59"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="59"/>
        <source>Role in the committee</source>
        <translation>Nhiệm vụ trong ban</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="65"/>
        <source>&amp;Add member</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="67"/>
        <source>&amp;Remove member</source>
        <translation>Bỏ t&amp;hành viên</translation>
    </message>
</context>
<context>
    <name>CompleteTasksDialog</name>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="383"/>
        <source>Mark tasks done</source>
        <translation>Ghi nhận việc đã làm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="394"/>
        <source>and %n more</source>
        <translation>
            <numerusform>và %n thiết bị khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="397"/>
        <source>%n task(s) done:</source>
        <translation>
            <numerusform>Đã làm %n việc:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="404"/>
        <source>&amp;Done on</source>
        <translation>&amp;Ngày thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="406"/>
        <source>Done &amp;by (person or firm)</source>
        <translation>Người &amp;thực hiện (cá nhân hoặc đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="408"/>
        <source>&amp;Cost of each (đồng)</source>
        <translation>&amp;Chi phí mỗi việc (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="409"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="412"/>
        <source>Record as done</source>
        <translation>Ghi nhận đã làm</translation>
    </message>
</context>
<context>
    <name>ComplianceActions</name>
    <message>
        <location filename="../../app/ui/compliance_actions.py" line="25"/>
        <source>Compliance review</source>
        <translation>Báo cáo rà soát phòng bộ môn và thiết bị tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_actions.py" line="38"/>
        <source>Export the compliance review</source>
        <translation>Xuất rà soát phòng bộ môn và thiết bị tối thiểu</translation>
    </message>
</context>
<context>
    <name>ComplianceCard</name>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="732"/>
        <source>%1 room shortfall(s), %2 of %3 equipment lines short</source>
        <translation>%1 thiếu sót về phòng, %2/%3 dòng thiết bị còn thiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="740"/>
        <source>Compared with the SAMPLE list</source>
        <translation>So với danh mục MẪU</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="744"/>
        <source>Classes per grade estimated</source>
        <translation>Số lớp theo khối là ước tính</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="751"/>
        <source>Compliance shortfalls</source>
        <translation>Thiếu sót so với chuẩn</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="150"/>
        <source>Compliance review</source>
        <translation>Rà soát phòng bộ môn và thiết bị tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="154"/>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp học:</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="156"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="159"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="161"/>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="175"/>
        <source>Subject &amp;rooms</source>
        <translation>&amp;Phòng học bộ môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="176"/>
        <source>Minimum &amp;equipment</source>
        <translation>&amp;Thiết bị tối thiểu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="215"/>
        <source>Room type</source>
        <translation>Loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="217"/>
        <source>Required</source>
        <translation>Cần có</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="221"/>
        <source>Present</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="227"/>
        <source>Rooms</source>
        <translation>Các phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="230"/>
        <location filename="../../app/ui/compliance_page.py" line="270"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="248"/>
        <location filename="../../app/ui/compliance_page.py" line="396"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="249"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="250"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="253"/>
        <source>Area</source>
        <translation>Diện tích</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="259"/>
        <source>Students</source>
        <translation>Số HS</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="263"/>
        <source>Area needed</source>
        <translation>Diện tích cần</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="277"/>
        <source>Shortfalls</source>
        <translation>Thiếu sót</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="324"/>
        <source>&amp;Classes per grade…</source>
        <translation>&amp;Số lớp theo khối…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="326"/>
        <source>&amp;Import a list from Excel…</source>
        <translation>&amp;Nhập danh mục từ Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="342"/>
        <source>Search name or code (accents optional)</source>
        <translation>Tìm theo tên hoặc mã (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="343"/>
        <source>Only &amp;missing</source>
        <translation>Chỉ dòng còn &amp;thiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="363"/>
        <source>Subject and grade</source>
        <translation>Môn và khối</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="366"/>
        <source>Lines</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="373"/>
        <location filename="../../app/ui/compliance_page.py" line="509"/>
        <source>Short</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="381"/>
        <source>Units missing</source>
        <translation>Số lượng thiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="397"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="398"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="399"/>
        <source>Per list</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="400"/>
        <source>Classes</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="403"/>
        <source>Needed</source>
        <translation>Cần có</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="409"/>
        <source>Held</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="413"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="419"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="420"/>
        <source>Grade</source>
        <translation>Khối</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="421"/>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="448"/>
        <source>Catalogue code</source>
        <translation>Mã danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="449"/>
        <source>Item (for example)</source>
        <translation>Thiết bị (ví dụ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="452"/>
        <source>Items</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="459"/>
        <source>Units</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="495"/>
        <source>No verified figure</source>
        <translation>Chưa có định mức đối chiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="497"/>
        <source>Enough</source>
        <translation>Đủ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="498"/>
        <source>%n missing</source>
        <translation>
            <numerusform>thiếu %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="508"/>
        <source>Meets the rules</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="510"/>
        <source>Data missing</source>
        <translation>Thiếu thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="515"/>
        <source>All subjects and grades</source>
        <translation>Tất cả các môn, các khối</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="517"/>
        <source>grade %1</source>
        <translation>khối %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="519"/>
        <location filename="../../app/ui/compliance_page.py" line="531"/>
        <source>every grade</source>
        <translation>mọi khối</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="524"/>
        <source>school</source>
        <translation>trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="524"/>
        <source>class</source>
        <translation>lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="582"/>
        <source>Nothing to review at this level.</source>
        <translation>Cấp học này không có gì để rà soát.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="586"/>
        <source>%n shortfall(s)</source>
        <translation>
            <numerusform>%n thiếu sót</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="588"/>
        <source>%1 of %2 rooms short</source>
        <translation>%1/%2 phòng chưa đạt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="595"/>
        <source>No shortfall found in %n room(s).</source>
        <translation>
            <numerusform>Không thấy thiếu sót ở %n phòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="613"/>
        <source>Room counts</source>
        <translation>Số phòng theo loại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="643"/>
        <source>Items whose catalogue code is not on the list (%n code(s))</source>
        <translation>
            <numerusform>Thiết bị có mã danh mục không thuộc danh mục (%n mã)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/compliance_page.py" line="697"/>
        <source>%n line(s) shown</source>
        <translation>
            <numerusform>Đang hiện %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/compliance_page.py" line="699"/>
        <source>%1 units missing</source>
        <translation>còn thiếu %1 đơn vị</translation>
    </message>
</context>
<context>
    <name>CountSession</name>
    <message>
        <location filename="../../app/ui/count_session.py" line="69"/>
        <source>Not counted</source>
        <translation>Chưa kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="70"/>
        <source>As in the book</source>
        <translation>Khớp sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="71"/>
        <source>Differs</source>
        <translation>Có chênh lệch</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="72"/>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="73"/>
        <source>Extra</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="87"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="92"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="96"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="103"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="110"/>
        <source>Book room</source>
        <translation>Phòng theo sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="116"/>
        <source>Book qty</source>
        <translation>SL theo sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="123"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="131"/>
        <source>Minor dmg.</source>
        <translation>Hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="139"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="147"/>
        <source>On loan</source>
        <translation>Đang mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="155"/>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="164"/>
        <source>Surplus</source>
        <translation>Thừa</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="172"/>
        <source>To dispose</source>
        <translation>Chờ thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="180"/>
        <source>Found in</source>
        <translation>Tìm thấy ở</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="187"/>
        <source>Counted by</source>
        <translation>Người kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="193"/>
        <source>Counted at</source>
        <translation>Lúc kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="199"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="377"/>
        <source>Inventory count</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="392"/>
        <source>&amp;Resume counting</source>
        <translation>&amp;Tiếp tục kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="402"/>
        <source>&amp;Room being counted:</source>
        <translation>&amp;Phòng đang kiểm:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="404"/>
        <source>◀ Previous</source>
        <translation>◀ Phòng trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="407"/>
        <source>Next ▶</source>
        <translation>Phòng sau ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="412"/>
        <source>%v of %m counted (%p%)</source>
        <translation>Đã kiểm %v/%m (%p%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="420"/>
        <source>Whole count:</source>
        <translation>Cả đợt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="426"/>
        <source>Scan a label, or type an asset code and Enter</source>
        <translation>Quét nhãn, hoặc gõ mã tài sản rồi bấm Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="431"/>
        <source>&amp;Scan:</source>
        <translation>&amp;Quét mã:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="454"/>
        <source>All lines of the room</source>
        <translation>Mọi thiết bị của phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="455"/>
        <source>Not counted yet</source>
        <translation>Chưa kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="456"/>
        <source>Counted</source>
        <translation>Đã kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="457"/>
        <source>Differences (missing, extra, moved, condition)</source>
        <translation>Có chênh lệch (thiếu, thừa, khác phòng, tình trạng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="465"/>
        <source>Find in the list: name or code (accents optional)</source>
        <translation>Tìm trong danh sách: tên hoặc mã (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="473"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="500"/>
        <source>&amp;Quantities… (F2)</source>
        <translation>Nhập &amp;số lượng… (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="502"/>
        <source>&amp;Tick as in the book (Ctrl+T)</source>
        <translation>Đánh &amp;dấu khớp sổ (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="505"/>
        <source>&amp;Not found (Ctrl+M)</source>
        <translation>&amp;Không tìm thấy (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="508"/>
        <source>&amp;Undo count (Ctrl+Z)</source>
        <translation>&amp;Bỏ kết quả kiểm (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="510"/>
        <source>&amp;Details…</source>
        <translation>Th&amp;ông tin đợt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="512"/>
        <source>&amp;Print minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="515"/>
        <source>E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="517"/>
        <source>P&amp;ause and close</source>
        <translation>Tạ&amp;m dừng và đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="518"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Chốt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="519"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="552"/>
        <source>Choose the room, then scan each label.</source>
        <translation>Chọn phòng, rồi quét nhãn từng thiết bị.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="574"/>
        <source>Items in no room</source>
        <translation>Thiết bị chưa xếp phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="575"/>
        <source>Every room (items count where the book has them)</source>
        <translation>Mọi phòng (thiết bị được tính ở phòng ghi trong sổ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="615"/>
        <source>whole school</source>
        <translation>toàn trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="620"/>
        <source>This count is paused: everything counted so far is kept. Resume it to go on scanning.</source>
        <translation>Đợt kiểm kê đang tạm dừng: mọi kết quả đã kiểm vẫn được giữ. Bấm «Tiếp tục kiểm kê» để quét tiếp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="626"/>
        <source>This count was finalised on %1: its results are in the register. It can be looked at and printed, not changed.</source>
        <translation>Đợt kiểm kê đã chốt ngày %1: kết quả đã ghi vào sổ. Chỉ xem và in được, không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="630"/>
        <source>This count was cancelled: it can be looked at, not changed.</source>
        <translation>Đợt kiểm kê đã hủy: chỉ xem được, không sửa được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="659"/>
        <source>%1 of %2 counted, %3 left</source>
        <translation>đã kiểm %1/%2, còn %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="663"/>
        <source>%n with units missing</source>
        <translation>
            <numerusform>%n thiết bị thiếu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="664"/>
        <source>%n found in another room</source>
        <translation>
            <numerusform>%n thiết bị tìm thấy ở phòng khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="667"/>
        <source>%n from other rooms found here</source>
        <translation>
            <numerusform>%n thiết bị của phòng khác tìm thấy ở đây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="668"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n thiết bị ngoài phạm vi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="669"/>
        <source>In this room:</source>
        <translation>Phòng này:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="669"/>
        <source>In every room:</source>
        <translation>Mọi phòng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="740"/>
        <source>No item in the register has the code «%1». Check the label (or the spelling), or find the item by name in the list below.</source>
        <translation>Không có thiết bị nào trong sổ có mã «%1». Hãy xem lại nhãn (hoặc mã vừa gõ), hoặc tìm thiết bị theo tên trong danh sách bên dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="748"/>
        <source>%1 %2 was disposed of: it is not counted any more.</source>
        <translation>%1 %2 đã thanh lý nên không kiểm kê nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="763"/>
        <source>%1 %2 was already counted here (at %3). Nothing changed.</source>
        <translation>%1 %2 đã được kiểm ở phòng này (lúc %3). Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="780"/>
        <source>broken</source>
        <translation>hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="781"/>
        <source>minor damage</source>
        <translation>hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="782"/>
        <location filename="../../app/ui/count_session.py" line="784"/>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="786"/>
        <source>✓ %1 %2 counted (%3).</source>
        <translation>✓ Đã kiểm %1 %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="793"/>
        <source>It was not on this count&apos;s list (the register has it in %1): added as an extra line.</source>
        <translation>Thiết bị này không thuộc phạm vi đợt kiểm kê (sổ ghi ở %1): đã thêm vào dòng ngoài phạm vi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="795"/>
        <location filename="../../app/ui/count_session.py" line="800"/>
        <location filename="../../app/ui/count_session.py" line="882"/>
        <source>no room</source>
        <translation>chưa xếp phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="798"/>
        <source>The register has it in %1: finalising the count moves it to the room where it was found.</source>
        <translation>Sổ ghi thiết bị ở %1: khi chốt kiểm kê, thiết bị được chuyển sang phòng nơi tìm thấy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="802"/>
        <source>It had been counted in %1 before: now counted here.</source>
        <translation>Trước đó đã kiểm ở %1: nay tính ở phòng này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="807"/>
        <source>The loan book still has it lent: record its return on the Loans page.</source>
        <translation>Sổ mượn vẫn ghi thiết bị đang cho mượn: hãy ghi trả ở trang Mượn – trả.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="854"/>
        <source>%1 %2 is a lot of %3 %4: type the units counted by condition, then Enter.</source>
        <translation>%1 %2 gồm %3 %4: nhập số đếm được theo tình trạng, rồi bấm Enter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="879"/>
        <source>The book has %1 %2 in %3: good %4, minor damage %5, broken %6, lost %7.</source>
        <translation>Sổ ghi %1 %2 ở %3: tốt %4, hỏng nhẹ %5, hỏng %6, mất %7.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="890"/>
        <source>%1 out on loan now: they are accounted for by the loan book, count only the units here.</source>
        <translation>%1 đang cho mượn: đã có trong sổ mượn, chỉ đếm số có mặt ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="894"/>
        <source>It is not on this count&apos;s list: it will be an extra line.</source>
        <translation>Thiết bị không thuộc phạm vi đợt kiểm kê: sẽ thành dòng ngoài phạm vi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="896"/>
        <source>Saving counts it in this room: finalising moves it here.</source>
        <translation>Lưu thì thiết bị được tính ở phòng này: khi chốt, thiết bị được chuyển về đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="922"/>
        <source>✓ %1 %2: %3 found (good %4, minor damage %5, broken %6).</source>
        <translation>✓ %1 %2: đếm được %3 (tốt %4, hỏng nhẹ %5, hỏng %6).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="931"/>
        <source>%n not found.</source>
        <translation>
            <numerusform>Không tìm thấy %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="933"/>
        <source>%n more than the book.</source>
        <translation>
            <numerusform>Thừa %n so với sổ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="935"/>
        <source>%n to dispose of.</source>
        <translation>
            <numerusform>Đề nghị thanh lý %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="945"/>
        <source>The quantities of %1 were not saved.</source>
        <translation>Chưa lưu số lượng của %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="955"/>
        <source>(The quantities of %1 were not saved.) </source>
        <translation>(Chưa lưu số lượng của %1.) </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="967"/>
        <source>Select a line in the list first.</source>
        <translation>Hãy chọn một dòng trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="1000"/>
        <source>Select lines in the list first.</source>
        <translation>Hãy chọn các dòng trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="1017"/>
        <source>%1 line(s) ticked as found as in the book (lines already counted kept).</source>
        <translation>Đã đánh dấu %1 dòng khớp sổ (các dòng đã kiểm giữ nguyên).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="1024"/>
        <source>Record the %n selected item(s) as looked for and not found? Finalising the count records their units as lost.</source>
        <translation>
            <numerusform>Ghi %n thiết bị đã chọn là đã tìm mà không thấy? Khi chốt kiểm kê, số lượng của chúng được ghi là mất.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="1033"/>
        <source>%1 line(s) recorded as not found.</source>
        <translation>Đã ghi %1 dòng là không tìm thấy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_session.py" line="1039"/>
        <source>Take back what was counted of the %n selected lines?</source>
        <translation>
            <numerusform>Bỏ kết quả đã kiểm của %n dòng đã chọn?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="1044"/>
        <source>%1 line(s) are not counted any more.</source>
        <translation>%1 dòng trở lại chưa kiểm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="1074"/>
        <source>Counting again: scan the next label.</source>
        <translation>Đã tiếp tục kiểm kê: quét nhãn tiếp theo.</translation>
    </message>
</context>
<context>
    <name>CountWizard</name>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="126"/>
        <source>Open an inventory count</source>
        <translation>Mở đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="126"/>
        <source>Count details</source>
        <translation>Thông tin đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="132"/>
        <source>&amp;Title</source>
        <translation>&amp;Tên đợt</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="135"/>
        <source>Count &amp;date (thời điểm kiểm kê)</source>
        <translation>Thời điểm &amp;kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="142"/>
        <source>The &amp;whole school</source>
        <translation>T&amp;oàn trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="144"/>
        <source>&amp;Chosen rooms:</source>
        <translation>&amp;Các phòng được chọn:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_wizard.py" line="154"/>
        <source>%1 – %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n thiết bị)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="166"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="169"/>
        <source>Co&amp;mmittee (ban kiểm kê)</source>
        <translation>&amp;Ban kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="172"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="175"/>
        <source>Opening the count copies the register&apos;s figures of every item in scope. Two counts may not share a room: finish or cancel an open count first.</source>
        <translation>Khi mở đợt kiểm kê, số liệu trong sổ của mọi thiết bị thuộc phạm vi được chép sang. Hai đợt kiểm kê không được trùng phòng: hãy chốt hoặc hủy đợt đang mở trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="209"/>
        <source>&amp;Open count</source>
        <translation>&amp;Mở đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_wizard.py" line="235"/>
        <source>Write the date of the count (dd/mm/yyyy).</source>
        <translation>Hãy ghi thời điểm kiểm kê (dd/mm/yyyy).</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="216"/>
        <location filename="../../app/ui/disposal_dialog.py" line="555"/>
        <source>Disposal</source>
        <translation>Hồ sơ thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="224"/>
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="226"/>
        <source>e.g. 15/QĐ-THCS</source>
        <translation>ví dụ 15/QĐ-THCS</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="228"/>
        <source>Decision &amp;date</source>
        <translation>&amp;Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="231"/>
        <source>Disposal da&amp;te</source>
        <translation>Ngày th&amp;anh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="233"/>
        <source>&amp;Method</source>
        <translation>&amp;Hình thức thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="236"/>
        <source>&amp;Proceeds (đồng)</source>
        <translation>Số tiền th&amp;u hồi (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="237"/>
        <source>&amp;Reason</source>
        <translation>Lý d&amp;o thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="238"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="241"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="241"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="241"/>
        <source>Role in the committee</source>
        <translation>Nhiệm vụ trong hội đồng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="247"/>
        <source>Add mem&amp;ber</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="249"/>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="260"/>
        <source>Committee</source>
        <translation>Hội đồng thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="262"/>
        <source>Items to dispose of</source>
        <translation>Thiết bị thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="270"/>
        <source>Which units of the scanned item go</source>
        <translation>Thanh lý những đơn vị ở tình trạng nào của thiết bị vừa quét</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="272"/>
        <source>all</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="274"/>
        <source>How many units; empty: all units in that condition</source>
        <translation>Số đơn vị thanh lý; để trống: tất cả đơn vị ở tình trạng đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="275"/>
        <source>&amp;Suggestions…</source>
        <translation>&amp;Gợi ý…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="277"/>
        <source>C&amp;ondition</source>
        <translation>Tình t&amp;rạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="279"/>
        <source>&amp;Qty</source>
        <translation>S&amp;L</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="309"/>
        <source>&amp;Edit item…</source>
        <translation>Sửa &amp;dòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="311"/>
        <source>Remo&amp;ve items</source>
        <translation>Bỏ &amp;khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="319"/>
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="320"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="322"/>
        <source>&amp;Apply disposal…</source>
        <translation>&amp;Thực hiện thanh lý…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="326"/>
        <source>Pr&amp;int minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="330"/>
        <source>De&amp;lete draft</source>
        <translation>&amp;Xóa hồ sơ nháp</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="337"/>
        <source>No item in service matches «%1».</source>
        <translation>Không có thiết bị nào đang quản lý khớp với «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="420"/>
        <source>Enter the date of the disposal.</source>
        <translation>Hãy nhập ngày thanh lý.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="461"/>
        <location filename="../../app/ui/disposal_dialog.py" line="608"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="463"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="465"/>
        <source>original value %1, remaining %2</source>
        <translation>nguyên giá %1, giá trị còn lại %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="555"/>
        <source>New disposal</source>
        <translation>Lập hồ sơ thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="560"/>
        <source>carried out on %1</source>
        <translation>đã thực hiện ngày %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="606"/>
        <location filename="../../app/ui/disposal_dialog.py" line="617"/>
        <source>Carry out this disposal?</source>
        <translation>Thực hiện thanh lý theo hồ sơ này?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposal_dialog.py" line="610"/>
        <source>%n unit(s) leave the register.</source>
        <translation>
            <numerusform>%n đơn vị sẽ ra khỏi sổ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="612"/>
        <source>Items whose every unit goes stay as history, marked disposed.</source>
        <translation>Thiết bị thanh lý hết số lượng vẫn còn trong sổ làm lịch sử, với trạng thái Đã thanh lý.</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="614"/>
        <source>This cannot be undone.</source>
        <translation>Việc này không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="644"/>
        <source>Delete this draft and its list of items?</source>
        <translation>Xóa hồ sơ nháp này cùng danh sách thiết bị của nó?</translation>
    </message>
</context>
<context>
    <name>DisposalsPage</name>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="32"/>
        <source>Search decision number, reason, item name or asset code… (accents optional)</source>
        <translation>Tìm số quyết định, lý do, tên hoặc mã thiết bị… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="37"/>
        <source>Drafts and carried out</source>
        <translation>Nháp và đã thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="42"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="44"/>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="48"/>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="54"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="59"/>
        <source>Items</source>
        <translation>Số thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="60"/>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="63"/>
        <source>Original value</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="71"/>
        <source>Remaining value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="77"/>
        <source>Method</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="78"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="81"/>
        <source>&amp;New disposal…</source>
        <translation>&amp;Lập hồ sơ thanh lý…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="82"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="83"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Thực hiện…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="85"/>
        <source>&amp;Print minutes…</source>
        <translation>&amp;In biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="88"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Xóa hồ sơ nháp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/disposals_page.py" line="110"/>
        <source>%n disposal(s)</source>
        <translation>
            <numerusform>%n hồ sơ thanh lý</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="164"/>
        <source>Delete this draft disposal and its list of items?</source>
        <translation>Xóa hồ sơ thanh lý nháp này cùng danh sách thiết bị của nó?</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="175"/>
        <source>Open…</source>
        <translation>Mở…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="176"/>
        <source>Print minutes…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="181"/>
        <source>Apply…</source>
        <translation>Thực hiện…</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposals_page.py" line="182"/>
        <source>Delete draft</source>
        <translation>Xóa hồ sơ nháp</translation>
    </message>
</context>
<context>
    <name>DueDialog</name>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="150"/>
        <source>Change the due time</source>
        <translation>Gia hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="155"/>
        <source>Loan</source>
        <translation>Lượt mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="157"/>
        <source>&amp;Due back</source>
        <translation>&amp;Hạn trả</translation>
    </message>
</context>
<context>
    <name>DueTasksDialog</name>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="444"/>
        <source>Maintenance due</source>
        <translation>Bảo trì đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="448"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>DueTasksPanel</name>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="119"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="121"/>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="122"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="144"/>
        <source>Scan an item&apos;s label to tick its task, or search item, room, task…</source>
        <translation>Quét nhãn thiết bị để đánh dấu việc của thiết bị đó, hoặc tìm theo thiết bị, phòng, công việc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="150"/>
        <source>Due now</source>
        <translation>Đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="151"/>
        <source>Due within 7 days</source>
        <translation>Đến hạn trong 7 ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="152"/>
        <source>Due within 30 days</source>
        <translation>Đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="167"/>
        <source>Done</source>
        <translation>Đã làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="168"/>
        <source>Due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="169"/>
        <source>When</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="170"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="171"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="172"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="173"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="176"/>
        <source>Every</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="183"/>
        <source>Last done</source>
        <translation>Lần gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="184"/>
        <source>never</source>
        <translation>chưa làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="194"/>
        <source>Tick &amp;all shown</source>
        <translation>Đánh dấu &amp;cả danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="195"/>
        <source>C&amp;lear ticks</source>
        <translation>&amp;Bỏ đánh dấu</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="196"/>
        <source>Open &amp;item</source>
        <translation>Xem &amp;thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="197"/>
        <source>&amp;Mark done…</source>
        <translation>&amp;Ghi đã làm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="218"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="257"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>đã đánh dấu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="262"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n việc</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="319"/>
        <source>Ticked %1: %2 (not due until %3).</source>
        <translation>Đã đánh dấu %1: %2 (chưa đến hạn, hạn là ngày %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="324"/>
        <source>Ticked %1: %2.</source>
        <translation>Đã đánh dấu %1: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="333"/>
        <source>No active maintenance plan covers %1.</source>
        <translation>Không có kế hoạch bảo trì đang áp dụng nào cho %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="351"/>
        <source>Tick the tasks that were done first.</source>
        <translation>Hãy đánh dấu các việc đã làm trước.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/due_tasks_dialog.py" line="360"/>
        <source>Recorded %n task(s) as done.</source>
        <translation>
            <numerusform>Đã ghi nhận %n việc đã làm.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="373"/>
        <source>Tick / untick</source>
        <translation>Đánh dấu / bỏ đánh dấu</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="374"/>
        <source>Mark done…</source>
        <translation>Ghi đã làm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/due_tasks_dialog.py" line="375"/>
        <source>Open item</source>
        <translation>Xem thiết bị</translation>
    </message>
</context>
<context>
    <name>EquipmentDetail</name>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="38"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="40"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="43"/>
        <source>Record &amp;maintenance…</source>
        <translation>Ghi &amp;bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="65"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="66"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="68"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="70"/>
        <source>Loans</source>
        <translation>Mượn – trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="84"/>
        <source>Category</source>
        <translation>Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="85"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="86"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="87"/>
        <source>Subject / grades</source>
        <translation>Môn học / khối lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="88"/>
        <source>Catalogue code</source>
        <translation>Mã danh mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="89"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="91"/>
        <source>By condition</source>
        <translation>Theo tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="92"/>
        <source>good %1, minor damage %2, broken %3, lost %4</source>
        <translation>tốt %1, hỏng nhẹ %2, hỏng %3, mất %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="98"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="99"/>
        <source>Total value</source>
        <translation>Thành tiền</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="100"/>
        <source>Funding source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="101"/>
        <source>Acquired on</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="102"/>
        <source>In service since</source>
        <translation>Ngày đưa vào sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="103"/>
        <source>Warranty until</source>
        <translation>Bảo hành đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="104"/>
        <source>Brand / model</source>
        <translation>Nhãn hiệu / model</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="105"/>
        <source>Serial number</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="107"/>
        <source>Origin / supplier</source>
        <translation>Xuất xứ / nhà cung cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="110"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="122"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="123"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="124"/>
        <source>Done by</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="125"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="126"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="127"/>
        <source>Next due</source>
        <translation>Lần tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="128"/>
        <source>What was done</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_detail.py" line="59"/>
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
        <location filename="../../app/ui/equipment_page.py" line="140"/>
        <source>Search name, asset code, serial, brand, room… (accents optional)</source>
        <translation>Tìm tên, mã tài sản, sê-ri, nhãn hiệu, phòng… (không cần gõ dấu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="145"/>
        <source>All categories</source>
        <translation>Tất cả nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="149"/>
        <source>All but disposed</source>
        <translation>Tất cả, trừ đã thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="150"/>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="153"/>
        <source>Any condition</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="154"/>
        <source>Deleted items</source>
        <translation>Thiết bị đã xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="173"/>
        <source>&amp;Add…</source>
        <translation>Thêm &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="174"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="175"/>
        <source>&amp;Move to room…</source>
        <translation>&amp;Chuyển phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="176"/>
        <source>Main&amp;tenance…</source>
        <translation>&amp;Bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="178"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="180"/>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="196"/>
        <source>All rooms</source>
        <translation>Tất cả phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="196"/>
        <location filename="../../app/ui/equipment_page.py" line="275"/>
        <source>(no room)</source>
        <translation>(chưa xếp phòng)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="221"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="278"/>
        <source>Move to room</source>
        <translation>Chuyển phòng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="279"/>
        <source>Move %n item(s) to:</source>
        <translation>
            <numerusform>Chuyển %n thiết bị đến:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/equipment_page.py" line="315"/>
        <source>Delete %n item(s)? They go to Deleted items and can be restored.</source>
        <translation>
            <numerusform>Xóa %n thiết bị? Thiết bị sẽ chuyển vào mục Thiết bị đã xóa và có thể khôi phục.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="327"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="330"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="331"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="332"/>
        <source>Move to room…</source>
        <translation>Chuyển phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="333"/>
        <source>Record maintenance…</source>
        <translation>Ghi bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="334"/>
        <source>Report a fault…</source>
        <translation>Báo hỏng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="335"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="102"/>
        <source>Acquired</source>
        <translation>Ngày mua</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="33"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="114"/>
        <source>Brand</source>
        <translation>Nhãn hiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="74"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="42"/>
        <source>Category</source>
        <translation>Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="96"/>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="126"/>
        <source>In service</source>
        <translation>Ngày sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="38"/>
        <source>Name</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="60"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="48"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="120"/>
        <source>Serial</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="108"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="54"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="67"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="82"/>
        <source>Unit price</source>
        <translation>Đơn giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/equipment_page.py" line="89"/>
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
    <name>FaultForm</name>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="36"/>
        <source>Report a fault</source>
        <translation>Báo hỏng thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="40"/>
        <source>&amp;Asset code</source>
        <translation>&amp;Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="41"/>
        <source>type or scan the asset code</source>
        <translation>gõ hoặc quét mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="46"/>
        <source>Broken &amp;units</source>
        <translation>Số lượng &amp;hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="47"/>
        <source>&amp;Reported on</source>
        <translation>&amp;Ngày báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="49"/>
        <source>Reported &amp;by</source>
        <translation>Người &amp;báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="51"/>
        <source>a teacher&apos;s name (pick from the list) or anyone</source>
        <translation>tên giáo viên (chọn trong danh sách) hoặc tên bất kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="53"/>
        <source>&amp;What is wrong</source>
        <translation>Hiện &amp;tượng hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="55"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="57"/>
        <source>Report</source>
        <translation>Báo hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="85"/>
        <source>No item with this asset code.</source>
        <translation>Không có thiết bị nào có mã tài sản này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="89"/>
        <source>%1 (%2): %3 of %4 %5 in good condition.</source>
        <translation>%1 (%2): %3/%4 %5 còn tốt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="106"/>
        <source>Enter the item&apos;s asset code.</source>
        <translation>Hãy nhập mã tài sản của thiết bị.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/fault_form.py" line="109"/>
        <source>No item with asset code %s in the register.</source>
        <translation>Trong sổ không có thiết bị nào có mã tài sản %s.</translation>
    </message>
</context>
<context>
    <name>FaultsPage</name>
    <message>
        <location filename="../../app/ui/faults_page.py" line="73"/>
        <source>Scan an asset code to report or follow its fault, or search item, fault…</source>
        <translation>Quét mã tài sản để báo hỏng hoặc xử lý tiếp, hoặc tìm theo thiết bị, hiện tượng hỏng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="78"/>
        <source>Under way</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="79"/>
        <source>Waiting for repair</source>
        <translation>Đang chờ sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="80"/>
        <source>Being repaired</source>
        <translation>Đang sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="81"/>
        <source>Overdue repairs</source>
        <translation>Quá hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="82"/>
        <location filename="../../app/ui/faults_page.py" line="135"/>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="83"/>
        <source>Cannot be fixed</source>
        <translation>Không sửa được</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="84"/>
        <source>All reports</source>
        <translation>Tất cả báo hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="91"/>
        <source>Show the repairs past the day promised</source>
        <translation>Xem các thiết bị sửa quá ngày hẹn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="96"/>
        <source>Reported</source>
        <translation>Ngày báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="97"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="98"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="99"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="102"/>
        <source>Units</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="108"/>
        <source>Fault</source>
        <translation>Hiện tượng hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="110"/>
        <source>Reported by</source>
        <translation>Người báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="111"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="113"/>
        <source>Repaired by</source>
        <translation>Người / đơn vị sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="117"/>
        <source>Repair started</source>
        <translation>Ngày bắt đầu sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="124"/>
        <source>Promised back</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="130"/>
        <source>Cost</source>
        <translation>Chi phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="138"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="148"/>
        <source>&amp;Report a fault…</source>
        <translation>&amp;Báo hỏng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="149"/>
        <source>&amp;Start repair…</source>
        <translation>Bắt đầu &amp;sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="150"/>
        <source>Repair r&amp;esult…</source>
        <translation>&amp;Kết quả sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="151"/>
        <source>Open &amp;item</source>
        <translation>Xem &amp;thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="152"/>
        <source>&amp;Cancel report…</source>
        <translation>&amp;Hủy báo hỏng…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="181"/>
        <source>%n overdue repair(s)</source>
        <translation>
            <numerusform>%n lượt sửa quá hạn trả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="187"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n lần báo hỏng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="191"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n chờ sửa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/faults_page.py" line="193"/>
        <source>%n being repaired</source>
        <translation>
            <numerusform>%n đang sửa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="198"/>
        <source>Overdue</source>
        <translation>Quá hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="224"/>
        <source>%1 – %2 has no fault under way. Report a fault on it?</source>
        <translation>%1 – %2 không có báo hỏng nào đang xử lý. Báo hỏng thiết bị này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="273"/>
        <source>Select one report that is waiting for repair.</source>
        <translation>Hãy chọn một báo hỏng đang chờ sửa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="280"/>
        <source>Select one report that is waiting or being repaired.</source>
        <translation>Hãy chọn một báo hỏng đang chờ sửa hoặc đang sửa chữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="289"/>
        <source>Select one report that is waiting for repair. A repair under way ends with its result instead.</source>
        <translation>Hãy chọn một báo hỏng đang chờ sửa. Thiết bị đang sửa thì ghi kết quả sửa chữa, không hủy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="326"/>
        <source>Start repair…</source>
        <translation>Bắt đầu sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="327"/>
        <source>Repair result…</source>
        <translation>Kết quả sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="328"/>
        <source>Open item</source>
        <translation>Xem thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/faults_page.py" line="329"/>
        <source>Cancel report…</source>
        <translation>Hủy báo hỏng…</translation>
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
    <name>FinaliseDialog</name>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="93"/>
        <source>Finalise the inventory count</source>
        <translation>Chốt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="100"/>
        <source>Finalising writes the counted figures into the register, in one step: each item gets the units found by condition (units out on loan count as good); units not found are recorded as lost; units above the book&apos;s quantity are added; an item found in another room moves there. An item nobody counted is not taken as missing unless you confirm below that the committee looked for it. Items disposed of or deleted since the count opened are left alone. The count then becomes read-only.</source>
        <translation>Chốt kiểm kê ghi kết quả đếm vào sổ trong một lần: mỗi thiết bị nhận số đếm được theo tình trạng (số đang cho mượn tính là tốt); số không tìm thấy được ghi là mất; số thừa so với sổ được cộng thêm; thiết bị tìm thấy ở phòng khác được chuyển sang phòng đó. Thiết bị chưa ai kiểm không bị coi là thiếu, trừ khi bạn xác nhận bên dưới rằng ban kiểm kê đã tìm. Thiết bị đã thanh lý hoặc đã xóa sau khi mở đợt kiểm kê được giữ nguyên. Sau khi chốt, đợt kiểm kê chỉ còn xem và in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="142"/>
        <source>The committee&apos;s conclusion and proposals, as the minutes print them</source>
        <translation>Kết luận và kiến nghị của ban kiểm kê, in vào biên bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="144"/>
        <source>&amp;Print draft minutes…</source>
        <translation>&amp;In biên bản nháp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="146"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Chốt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="149"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="164"/>
        <source>C&amp;onclusion of the committee:</source>
        <translation>&amp;Kết luận của ban kiểm kê:</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="200"/>
        <source>Comparing the count with the register…</source>
        <translation>Đang đối chiếu kết quả kiểm kê với sổ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="212"/>
        <source>Finalise «%1» (%2)</source>
        <translation>Chốt «%1» (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="222"/>
        <source>%1 of %2 lines counted.</source>
        <translation>Đã kiểm %1/%2 dòng thiết bị.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="224"/>
        <source>%n item(s) change in the register:</source>
        <translation>
            <numerusform>%n thiết bị thay đổi trong sổ:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="227"/>
        <source>%1 unit(s) not found, recorded as lost</source>
        <translation>%1 đơn vị không tìm thấy, ghi là mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="228"/>
        <source>%1 unit(s) found again</source>
        <translation>%1 đơn vị đã mất nay tìm lại được</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="229"/>
        <source>%1 unit(s) more than the book</source>
        <translation>%1 đơn vị thừa so với sổ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="230"/>
        <source>%n item(s) move room</source>
        <translation>
            <numerusform>%n thiết bị chuyển phòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="231"/>
        <source>%n change condition</source>
        <translation>
            <numerusform>%n thiết bị đổi tình trạng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="232"/>
        <source>%n extra item(s)</source>
        <translation>
            <numerusform>%n thiết bị ngoài phạm vi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="233"/>
        <source>%1 unit(s) proposed for disposal</source>
        <translation>%1 đơn vị đề nghị thanh lý</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="242"/>
        <source>%n item(s) were disposed of or deleted since the count opened: left alone.</source>
        <translation>
            <numerusform>%n thiết bị đã thanh lý hoặc đã xóa sau khi mở đợt kiểm kê: giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="251"/>
        <source>%n item(s) were changed in the register after the count opened (a loan returned, an edit, a repair). Their counted figures apply over their figures of now; the minutes show both. Check them in the last tab.</source>
        <translation>
            <numerusform>%n thiết bị đã thay đổi trong sổ sau khi mở đợt kiểm kê (trả đồ mượn, sửa thông tin, sửa chữa). Số đếm được sẽ thay cho số hiện tại trong sổ; biên bản ghi cả hai. Hãy xem lại ở thẻ cuối.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="262"/>
        <source>The committee looked for the %n item(s) not counted and did not find them: record their units as lost.</source>
        <translation>
            <numerusform>Ban kiểm kê đã tìm %n thiết bị chưa kiểm mà không thấy: ghi số lượng của chúng là mất.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="279"/>
        <location filename="../../app/ui/count_finalise_dialog.py" line="299"/>
        <location filename="../../app/ui/count_finalise_dialog.py" line="305"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="280"/>
        <location filename="../../app/ui/count_finalise_dialog.py" line="300"/>
        <location filename="../../app/ui/count_finalise_dialog.py" line="306"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="283"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="287"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="290"/>
        <source>Minor dmg.</source>
        <translation>Hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="293"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="294"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="295"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="296"/>
        <source>What changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="301"/>
        <source>Book room</source>
        <translation>Phòng theo sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="302"/>
        <source>Book qty</source>
        <translation>SL theo sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="309"/>
        <source>When the count opened (qty/good/minor/broken/lost)</source>
        <translation>Lúc mở kiểm kê (SL/tốt/hỏng nhẹ/hỏng/mất)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="313"/>
        <source>In the register now</source>
        <translation>Trong sổ hiện nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="316"/>
        <source>Changes to the register (%1)</source>
        <translation>Thay đổi trong sổ (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="317"/>
        <source>Not counted (%1)</source>
        <translation>Chưa kiểm (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="322"/>
        <source>Changed since the count opened (%1)</source>
        <translation>Thay đổi sau khi mở kiểm kê (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="335"/>
        <source>no room</source>
        <translation>chưa xếp phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="349"/>
        <source>not counted: %1 recorded as lost</source>
        <translation>chưa kiểm: ghi mất %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="354"/>
        <source>%1 not found</source>
        <translation>không tìm thấy %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="356"/>
        <source>%1 found again</source>
        <translation>tìm lại %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="358"/>
        <source>%1 more</source>
        <translation>thừa %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="360"/>
        <source>condition</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="362"/>
        <source>moves room</source>
        <translation>chuyển phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="364"/>
        <source>extra</source>
        <translation>ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="370"/>
        <source>The result is stamped %1 by this PC&apos;s clock. If that is not today, correct the PC&apos;s date and time first.</source>
        <translation>Kết quả được ghi thời điểm %1 theo đồng hồ của máy này. Nếu không đúng hôm nay, hãy chỉnh ngày giờ của máy trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="376"/>
        <source>This PC&apos;s date (%1) is before the count&apos;s date (%2).</source>
        <translation>Ngày của máy tính (%1) còn trước ngày kiểm kê (%2).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="394"/>
        <source>Apply the count to the register now? %n item(s) change: </source>
        <translation>
            <numerusform>Ghi kết quả kiểm kê vào sổ ngay bây giờ? %n thiết bị thay đổi: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="397"/>
        <source>%1 unit(s) recorded as lost, %2 added, %3 item(s) moved. The count then becomes read-only. This cannot be undone.</source>
        <translation>ghi mất %1 đơn vị, thêm %2 đơn vị, chuyển phòng %3 thiết bị. Sau đó đợt kiểm kê chỉ còn xem và in. Việc này không hoàn tác được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="424"/>
        <source>Finalising the count…</source>
        <translation>Đang chốt kiểm kê…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/count_finalise_dialog.py" line="433"/>
        <source>The count is finalised: %n item(s) changed in the register.</source>
        <translation>
            <numerusform>Đã chốt kiểm kê: %n thiết bị thay đổi trong sổ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="436"/>
        <source>Print the minutes now?</source>
        <translation>In biên bản kiểm kê ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_finalise_dialog.py" line="443"/>
        <source>Nothing was changed.</source>
        <translation>Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>FinishRepairDialog</name>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="115"/>
        <source>Repair result</source>
        <translation>Kết quả sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="123"/>
        <source>Repair started on %1 by %2.</source>
        <translation>Bắt đầu sửa ngày %1, do %2 thực hiện.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="131"/>
        <source>&amp;Finished on</source>
        <translation>Ngày &amp;xong</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="132"/>
        <source>&amp;Result</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="135"/>
        <source>Fixed: the units are good again</source>
        <translation>Đã sửa xong: thiết bị tốt trở lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="136"/>
        <source>Cannot be fixed: offer for disposal</source>
        <translation>Không sửa được: đề nghị thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="144"/>
        <source>&amp;Repaired by (person or firm)</source>
        <translation>&amp;Người sửa (cá nhân hoặc đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="146"/>
        <source>Final &amp;cost (đồng)</source>
        <translation>&amp;Chi phí thực tế (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="147"/>
        <source>&amp;Work done</source>
        <translation>Nội &amp;dung đã sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="148"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="150"/>
        <source>Save result</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="155"/>
        <source>empty: the fault as reported</source>
        <translation>để trống: lấy hiện tượng hỏng đã báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="157"/>
        <source>empty: as written when the repair started</source>
        <translation>để trống: giữ nội dung ghi khi bắt đầu sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="165"/>
        <source>The units stay broken; the item is listed among the disposal candidates.</source>
        <translation>Số lượng hỏng giữ nguyên; thiết bị được đưa vào danh sách gợi ý thanh lý.</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="168"/>
        <source>The units are counted as good again.</source>
        <translation>Số lượng này được tính là tốt trở lại.</translation>
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
        <location filename="../../app/ui/forms/base.py" line="232"/>
        <source>This was changed elsewhere (for example by a sync) while you edited it. The fields you did not touch now show the newest values; yours are kept. Check them and save again.</source>
        <translation>Mục này vừa được sửa ở nơi khác (ví dụ do đồng bộ) trong lúc bạn sửa. Các ô bạn không sửa đã lấy giá trị mới nhất; các ô bạn đã sửa được giữ nguyên. Hãy kiểm tra rồi bấm Lưu lần nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/base.py" line="239"/>
        <source>Changed elsewhere to: %1</source>
        <translation>Nơi khác vừa sửa thành: %1</translation>
    </message>
</context>
<context>
    <name>HandoverLines</name>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="81"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="82"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="83"/>
        <source>From room</source>
        <translation>Từ phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="84"/>
        <source>Has</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="85"/>
        <source>Move</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="86"/>
        <source>Good</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="87"/>
        <source>Minor damage</source>
        <translation>Hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="88"/>
        <source>Broken</source>
        <translation>Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="89"/>
        <source>Lost</source>
        <translation>Mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="107"/>
        <source>The item has %1 in this condition</source>
        <translation>Thiết bị có %1 ở tình trạng này</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../app/ui/history_view.py" line="76"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="78"/>
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
        <location filename="../../app/ui/history_view.py" line="28"/>
        <source>Lent</source>
        <translation>Cho mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="29"/>
        <source>Returned</source>
        <translation>Nhận trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="30"/>
        <source>Loan cancelled</source>
        <translation>Hủy lượt mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="31"/>
        <source>Disposed of</source>
        <translation>Thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="32"/>
        <source>Split off</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="33"/>
        <source>Received from another school</source>
        <translation>Nhận từ trường khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="34"/>
        <source>Sent to another school</source>
        <translation>Chuyển sang trường khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="77"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="74"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/history_view.py" line="75"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
</context>
<context>
    <name>HomeCards</name>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="34"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n mục khác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="53"/>
        <source>%n loan(s) still out</source>
        <translation>
            <numerusform>%n lượt mượn chưa trả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="55"/>
        <source>%n due within two hours</source>
        <translation>
            <numerusform>%n lượt sắp đến hạn (trong 2 giờ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="60"/>
        <source>late by %1</source>
        <translation>quá hạn %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="72"/>
        <source>Overdue loans</source>
        <translation>Mượn quá hạn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="98"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n việc quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_cards.py" line="100"/>
        <source>%n more due within 30 days</source>
        <translation>
            <numerusform>thêm %n việc đến hạn trong 30 ngày tới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="109"/>
        <source>Maintenance due</source>
        <translation>Bảo trì đến hạn</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/home_page.py" line="157"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="159"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="166"/>
        <source>Equipment in service</source>
        <translation>Thiết bị đang quản lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="167"/>
        <source>Rooms</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="168"/>
        <source>Broken or lost units</source>
        <translation>Thiết bị hỏng, mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="169"/>
        <source>Sync with the district</source>
        <translation>Đồng bộ với Phòng Giáo dục</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="190"/>
        <source>Units by condition and kind of room</source>
        <translation>Số lượng theo tình trạng và loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="192"/>
        <source>Value by funding source</source>
        <translation>Giá trị theo nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="275"/>
        <source>%1 units, worth %2</source>
        <translation>%1 đơn vị, trị giá %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/home_page.py" line="279"/>
        <source>%n disposed item(s) kept as history</source>
        <translation>
            <numerusform>%n thiết bị đã thanh lý (lưu làm lịch sử)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="294"/>
        <source>%1 broken, %2 lost, %3 with minor damage</source>
        <translation>%1 hỏng, %2 mất, %3 hỏng nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_page.py" line="310"/>
        <source>No room</source>
        <translation>Chưa xếp phòng</translation>
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
    <name>InventoryPage</name>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="39"/>
        <source>Search the counts&apos; titles and notes…</source>
        <translation>Tìm theo tên đợt kiểm kê, ghi chú… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="42"/>
        <source>Every count</source>
        <translation>Mọi đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="46"/>
        <source>Count date</source>
        <translation>Thời điểm kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="47"/>
        <source>Title</source>
        <translation>Tên đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="50"/>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="51"/>
        <source>Whole school</source>
        <translation>Toàn trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="57"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="62"/>
        <source>Items</source>
        <translation>Số thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="64"/>
        <source>Counted</source>
        <translation>Đã kiểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="66"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="67"/>
        <source>Extra</source>
        <translation>Ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="70"/>
        <source>Committee chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="77"/>
        <source>Finalised on</source>
        <translation>Ngày chốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="83"/>
        <source>&amp;New count…</source>
        <translation>&amp;Mở đợt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="84"/>
        <location filename="../../app/ui/inventory_page.py" line="127"/>
        <source>&amp;Count…</source>
        <translation>&amp;Kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="85"/>
        <source>De&amp;tails…</source>
        <translation>&amp;Thông tin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="86"/>
        <location filename="../../app/ui/inventory_page.py" line="134"/>
        <source>&amp;Pause</source>
        <translation>Tạm &amp;dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="87"/>
        <source>&amp;Finalise…</source>
        <translation>&amp;Chốt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="88"/>
        <source>C&amp;ancel count…</source>
        <translation>&amp;Hủy đợt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="90"/>
        <source>Print &amp;minutes…</source>
        <translation>In &amp;biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="92"/>
        <source>E&amp;xcel…</source>
        <translation>Xuất E&amp;xcel…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/inventory_page.py" line="112"/>
        <source>%n count(s)</source>
        <translation>
            <numerusform>%n đợt kiểm kê</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="127"/>
        <source>&amp;Look at…</source>
        <translation>X&amp;em…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="134"/>
        <source>&amp;Resume</source>
        <translation>Tiế&amp;p tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="163"/>
        <source>This count is paused. Resume counting now?</source>
        <translation>Đợt kiểm kê đang tạm dừng. Tiếp tục kiểm kê ngay?</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="205"/>
        <source>Cancel the count</source>
        <translation>Hủy đợt kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="207"/>
        <source>Cancel «%1»? Nothing of it reaches the register; its lines are kept as history. Why is it cancelled?</source>
        <translation>Hủy «%1»? Kết quả của đợt không ghi vào sổ; các dòng đã kiểm được giữ làm lịch sử. Lý do hủy là gì?</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="229"/>
        <source>Count…</source>
        <translation>Kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="229"/>
        <source>Look at…</source>
        <translation>Xem…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="230"/>
        <source>Print minutes…</source>
        <translation>In biên bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="231"/>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="235"/>
        <source>Details…</source>
        <translation>Thông tin…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="236"/>
        <source>Finalise…</source>
        <translation>Chốt kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/inventory_page.py" line="237"/>
        <source>Cancel count…</source>
        <translation>Hủy đợt…</translation>
    </message>
</context>
<context>
    <name>ItemLoans</name>
    <message>
        <location filename="../../app/ui/loans_page.py" line="350"/>
        <source>Lent</source>
        <translation>Ngày mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="351"/>
        <source>Borrower</source>
        <translation>Người mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="352"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="353"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="354"/>
        <source>Due back</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="355"/>
        <source>Returned</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="356"/>
        <source>Condition on return</source>
        <translation>Tình trạng khi trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="357"/>
        <source>Lesson</source>
        <translation>Tên bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="359"/>
        <source>%1 still out</source>
        <translation>còn %1 chưa trả</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../app/ui/item_scan.py" line="38"/>
        <source>Choose items</source>
        <translation>Chọn thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_scan.py" line="59"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/item_scan.py" line="60"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/item_scan.py" line="66"/>
        <source>%n item(s) match «%1». Select and press Enter.</source>
        <translation>
            <numerusform>Có %n thiết bị khớp với «%1». Chọn rồi nhấn Enter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsField</name>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="106"/>
        <source>Items of the &amp;room…</source>
        <translation>&amp;Chọn thiết bị của phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="107"/>
        <source>Remove</source>
        <translation>Bỏ ra</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="131"/>
        <source>No item in service matches «%1».</source>
        <translation>Không có thiết bị nào đang dùng khớp với «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="165"/>
        <source>Already in the list: %1</source>
        <translation>Đã có trong danh sách: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="185"/>
        <source>items of the room</source>
        <translation>thiết bị của phòng</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="71"/>
        <source>Print QR labels</source>
        <translation>In nhãn QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="72"/>
        <source>Print labels for</source>
        <translation>In nhãn cho</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/label_dialog.py" line="74"/>
        <source>the %n selected item(s)</source>
        <translation>
            <numerusform>%n thiết bị đang chọn</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="76"/>
        <source>every item in the room</source>
        <translation>mọi thiết bị trong phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="98"/>
        <source>Custom</source>
        <translation>Tự chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="110"/>
        <source>Sticker sheet</source>
        <translation>Khổ giấy nhãn</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="111"/>
        <source>Columns</source>
        <translation>Số cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="112"/>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="113"/>
        <source>Page margins and gaps</source>
        <translation>Lề trang và khoảng cách</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="116"/>
        <source>Top</source>
        <translation>Trên</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="116"/>
        <source>Bottom</source>
        <translation>Dưới</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="117"/>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="117"/>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="119"/>
        <source>Between columns</source>
        <translation>Giữa các cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="121"/>
        <source>Between rows</source>
        <translation>Giữa các hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="135"/>
        <source>Measure your sticker sheet, or pick its size from the list. Each label gets the item&apos;s QR code, asset code, name and the school&apos;s name.</source>
        <translation>Đo tờ giấy nhãn của bạn, hoặc chọn khổ có sẵn trong danh sách. Mỗi nhãn có mã QR, mã tài sản, tên thiết bị và tên trường.</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_dialog.py" line="226"/>
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
        <location filename="../../app/ui/labels.py" line="154"/>
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
        <location filename="../../app/ui/labels.py" line="153"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="134"/>
        <source>Lend equipment</source>
        <translation>Cho mượn thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="140"/>
        <source>&amp;Borrower</source>
        <translation>&amp;Người mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="143"/>
        <source>a teacher&apos;s name (accents optional), or any name</source>
        <translation>tên giáo viên (gõ có dấu hay không dấu đều được), hoặc tên bất kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="148"/>
        <source>&amp;Class</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="152"/>
        <source>e.g. 7A2</source>
        <translation>ví dụ 7A2</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="153"/>
        <source>&amp;Period</source>
        <translation>&amp;Tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="154"/>
        <source>e.g. 3 or 3-4</source>
        <translation>ví dụ 3 hoặc 3-4</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="155"/>
        <source>Less&amp;on</source>
        <translation>Tên &amp;bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="157"/>
        <source>&amp;Due back</source>
        <translation>&amp;Hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="168"/>
        <source>Scan an asset code, or type a code or name, then Enter</source>
        <translation>Quét mã thiết bị, hoặc gõ mã hay tên rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="170"/>
        <source>Re&amp;move</source>
        <translation>&amp;Bỏ ra</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="171"/>
        <source>Take the selected item off the list (Delete)</source>
        <translation>Bỏ thiết bị đang chọn ra khỏi danh sách (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="180"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="181"/>
        <source>Item</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="182"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="183"/>
        <source>Available</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="184"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="200"/>
        <source>&amp;Items</source>
        <translation>&amp;Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="204"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="210"/>
        <source>&amp;Lend</source>
        <translation>&amp;Cho mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="211"/>
        <source>Save the loan (Ctrl+Enter)</source>
        <translation>Ghi lượt mượn (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="247"/>
        <source>On the staff list</source>
        <translation>Có trong danh sách cán bộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="250"/>
        <source>Not on the staff list: the name is written in the book as typed.</source>
        <translation>Không có trong danh sách cán bộ: tên được ghi vào sổ đúng như đã gõ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="264"/>
        <source>No item with the code or name “%1” in the register.</source>
        <translation>Không có thiết bị nào có mã hoặc tên “%1” trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="277"/>
        <source>%1 – %2 (%3 available)</source>
        <translation>%1 – %2 (còn %3 sẵn sàng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="331"/>
        <source>Added %1 %2: %3 of %4 available.</source>
        <translation>Đã thêm %1 %2: mượn %3, đang có %4 sẵn sàng.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/loan_form.py" line="360"/>
        <source>%n item(s) on the list</source>
        <translation>
            <numerusform>%n thiết bị trong danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/loan_form.py" line="362"/>
        <source>%n unit(s) in all</source>
        <translation>
            <numerusform>tổng cộng %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/loan_form.py" line="377"/>
        <source>more than available: lower the red quantities</source>
        <translation>vượt số sẵn sàng: hãy giảm các số lượng màu đỏ</translation>
    </message>
</context>
<context>
    <name>LineForm</name>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="108"/>
        <source>Item to dispose of</source>
        <translation>Thiết bị thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="112"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="113"/>
        <source>&amp;Condition</source>
        <translation>&amp;Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="116"/>
        <source>&amp;Quantity</source>
        <translation>&amp;Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="119"/>
        <source>&amp;Remaining value (đồng)</source>
        <translation>&amp;Giá trị còn lại (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="123"/>
        <source>Original value</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="124"/>
        <source>%1 per unit</source>
        <translation>%1 một đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="126"/>
        <source>Reason / notes</source>
        <translation>Lý do, ghi chú</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="67"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="68"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="69"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="70"/>
        <source>Condition</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="71"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="72"/>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="73"/>
        <source>Has</source>
        <translation>Hiện có</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="74"/>
        <source>Original value</source>
        <translation>Nguyên giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="75"/>
        <source>Remaining value</source>
        <translation>Giá trị còn lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>Lý do, ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/disposal_dialog.py" line="100"/>
        <source>Units of the item in this condition in the register now</source>
        <translation>Số đơn vị của thiết bị ở tình trạng này hiện có trong sổ</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../app/ui/list_page.py" line="51"/>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/list_page.py" line="174"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanPeriodDialog</name>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="40"/>
        <source>This &amp;month</source>
        <translation>&amp;Tháng này</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="41"/>
        <source>This school &amp;year</source>
        <translation>&amp;Năm học này</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="47"/>
        <source>&amp;Whole book</source>
        <translation>&amp;Cả sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="57"/>
        <source>Lent &amp;from</source>
        <translation>Mượn &amp;từ ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="58"/>
        <source>Lent &amp;to</source>
        <translation>Mượn đế&amp;n ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="62"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_book_dialog.py" line="84"/>
        <source>The first day is after the last one.</source>
        <translation>Ngày bắt đầu đang sau ngày kết thúc: hãy chọn lại.</translation>
    </message>
</context>
<context>
    <name>LoansPage</name>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="58"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="60"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="61"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="67"/>
        <source>good %1</source>
        <translation>tốt %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="68"/>
        <source>damaged %1</source>
        <translation>hỏng %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="69"/>
        <source>lost %1</source>
        <translation>mất %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="84"/>
        <source>Scan an asset code to take it back, or search item, borrower, class…</source>
        <translation>Quét mã thiết bị để nhận trả, hoặc tìm theo thiết bị, người mượn, lớp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="89"/>
        <location filename="../../app/ui/loans_page.py" line="220"/>
        <source>On loan</source>
        <translation>Đang mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="90"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="91"/>
        <location filename="../../app/ui/loans_page.py" line="129"/>
        <location filename="../../app/ui/loans_page.py" line="212"/>
        <source>Returned</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="92"/>
        <source>All loans</source>
        <translation>Tất cả lượt mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="99"/>
        <source>Show the overdue loans</source>
        <translation>Xem các lượt mượn quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="104"/>
        <source>Lent</source>
        <translation>Ngày mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="105"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="106"/>
        <source>Item</source>
        <translation>Tên thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="109"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="116"/>
        <source>Still out</source>
        <translation>Chưa trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="121"/>
        <source>Borrower</source>
        <translation>Người mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="122"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="123"/>
        <source>Due back</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="124"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="125"/>
        <source>Period</source>
        <translation>Tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="127"/>
        <source>Lesson</source>
        <translation>Tên bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="133"/>
        <source>Condition on return</source>
        <translation>Tình trạng khi trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="140"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="149"/>
        <source>&amp;Lend…</source>
        <translation>&amp;Cho mượn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="150"/>
        <source>&amp;Return…</source>
        <translation>&amp;Nhận trả…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="151"/>
        <source>Change &amp;due…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="152"/>
        <source>Open &amp;item</source>
        <translation>Xem &amp;thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="153"/>
        <source>&amp;Cancel loan…</source>
        <translation>&amp;Hủy lượt mượn…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="183"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="189"/>
        <source>%n loan(s)</source>
        <translation>
            <numerusform>%n lượt mượn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="191"/>
        <source>%n due within 2 hours</source>
        <translation>
            <numerusform>%n đến hạn trong 2 giờ tới</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="215"/>
        <source>Overdue by %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="217"/>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="219"/>
        <source>Partly returned</source>
        <translation>Đã trả một phần</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="245"/>
        <source>%1 – %2 is not on loan. Lend it now?</source>
        <translation>%1 – %2 không có ai đang mượn. Cho mượn ngay?</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="274"/>
        <source>Select a loan that is still open.</source>
        <translation>Hãy chọn một lượt mượn chưa trả.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/loans_page.py" line="280"/>
        <source>Take back everything still out on the %n selected loan(s), in good condition?</source>
        <translation>
            <numerusform>Nhận trả toàn bộ thiết bị còn ở %n lượt mượn đã chọn, tất cả trong tình trạng tốt?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="292"/>
        <location filename="../../app/ui/loans_page.py" line="300"/>
        <source>Select one loan that is still open.</source>
        <translation>Hãy chọn một lượt mượn (chỉ một) chưa trả.</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="304"/>
        <source>Strike out the loan of %1 to %2? Use this only for a loan written by mistake.</source>
        <translation>Hủy lượt cho %2 mượn %1? Chỉ dùng khi lượt mượn này ghi nhầm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="337"/>
        <source>Return…</source>
        <translation>Nhận trả…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="338"/>
        <source>Change due…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="339"/>
        <source>Open item</source>
        <translation>Xem thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/loans_page.py" line="340"/>
        <source>Cancel loan…</source>
        <translation>Hủy lượt mượn…</translation>
    </message>
</context>
<context>
    <name>LotEntry</name>
    <message>
        <location filename="../../app/ui/count_session.py" line="270"/>
        <source>Why it differs (optional)</source>
        <translation>Lý do chênh lệch (nếu có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="281"/>
        <source>Sa&amp;ve (Enter)</source>
        <translation>Lư&amp;u (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="283"/>
        <source>Cancel (Esc)</source>
        <translation>Bỏ qua (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="289"/>
        <source>&amp;Good</source>
        <translation>&amp;Tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="290"/>
        <source>&amp;Minor damage</source>
        <translation>Hỏn&amp;g nhẹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="291"/>
        <source>&amp;Broken</source>
        <translation>&amp;Hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/count_session.py" line="292"/>
        <source>To dispose &amp;of</source>
        <translation>Chờ thanh &amp;lý</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="101"/>
        <source>Home</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="102"/>
        <source>Equipment</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="103"/>
        <source>Rooms</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>Loans</source>
        <translation>Mượn – trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>Room usage</source>
        <translation>Sử dụng phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>Maintenance</source>
        <translation>Bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="107"/>
        <source>Maintenance plans</source>
        <translation>Kế hoạch bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>Fault reports</source>
        <translation>Báo hỏng – sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="109"/>
        <source>Inventory counts</source>
        <translation>Kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <source>Disposals</source>
        <translation>Thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Transfers</source>
        <translation>Điều chuyển</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Compliance</source>
        <translation>Rà soát chuẩn</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="163"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="189"/>
        <source>S&amp;ync</source>
        <translation>Đồng &amp;bộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="190"/>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="193"/>
        <source>Sync &amp;settings and review…</source>
        <translation>&amp;Cài đặt đồng bộ và xem lại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="198"/>
        <source>&amp;Write a sync file for USB…</source>
        <translation>&amp;Ghi tệp đồng bộ ra USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="200"/>
        <source>&amp;Apply the district&apos;s reply file…</source>
        <translation>Nhập tệp &amp;trả lời của Phòng Giáo dục…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="206"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>%n item(s) in the register</source>
        <translation>
            <numerusform>Sổ có %n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="247"/>
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
    <name>PlanForm</name>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="52"/>
        <source>Edit maintenance plan</source>
        <translation>Sửa kế hoạch bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="52"/>
        <source>New maintenance plan</source>
        <translation>Lập kế hoạch bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="61"/>
        <source>One item</source>
        <translation>Một thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="61"/>
        <source>Every item of a category</source>
        <translation>Mọi thiết bị của một nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="63"/>
        <source>Applies &amp;to</source>
        <translation>Áp dụng &amp;cho</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="67"/>
        <source>&amp;Asset code</source>
        <translation>&amp;Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="68"/>
        <source>type or scan the asset code</source>
        <translation>gõ hoặc quét mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="73"/>
        <source>&amp;Category</source>
        <translation>&amp;Nhóm tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="76"/>
        <source>Only items whose &amp;name holds</source>
        <translation>Chỉ thiết bị có &amp;tên chứa</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="78"/>
        <source>e.g. máy chiếu (empty: the whole category)</source>
        <translation>ví dụ máy chiếu (để trống: cả nhóm)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="84"/>
        <source>&amp;What to do</source>
        <translation>&amp;Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="85"/>
        <source>e.g. Clean the filter and the lens</source>
        <translation>ví dụ Vệ sinh lưới lọc và ống kính</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="86"/>
        <source>&amp;Every (days)</source>
        <translation>Chu &amp;kỳ (ngày)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="90"/>
        <source>First &amp;due on</source>
        <translation>Đến hạn &amp;lần đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="93"/>
        <source>When the items not yet done under this plan fall due. A later date holds every item back until then.</source>
        <translation>Ngày đến hạn của các thiết bị chưa làm theo kế hoạch này. Chọn ngày muộn hơn thì mọi thiết bị đều chờ đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="97"/>
        <source>&amp;Active</source>
        <translation>Đang áp &amp;dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="98"/>
        <source>Untick to pause the plan: its tasks stop falling due.</source>
        <translation>Bỏ đánh dấu để tạm dừng kế hoạch: các việc của kế hoạch không đến hạn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="182"/>
        <source>disposed</source>
        <translation>đã thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="200"/>
        <source>Covers %1 item(s) of %2 whose name holds «%3».</source>
        <translation>Áp dụng cho %1 thiết bị nhóm %2 có tên chứa «%3».</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="203"/>
        <source>Covers all %1 item(s) of %2.</source>
        <translation>Áp dụng cho cả %1 thiết bị nhóm %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="222"/>
        <source>Enter the item&apos;s asset code.</source>
        <translation>Hãy nhập mã tài sản của thiết bị.</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/plan_form.py" line="225"/>
        <source>No item with asset code %s in the register.</source>
        <translation>Trong sổ không có thiết bị nào có mã tài sản %s.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="254"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>%n năm một lần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="256"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>%n tháng một lần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="258"/>
        <source>every %n week(s)</source>
        <translation>
            <numerusform>%n tuần một lần</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/forms/plan_form.py" line="259"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>%n ngày một lần</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../app/ui/plans_page.py" line="37"/>
        <source>All %1</source>
        <translation>Các thiết bị nhóm %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="39"/>
        <source>named «%1»</source>
        <translation>có tên chứa «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="70"/>
        <source>Scan an asset code to complete its tasks, or search plan, item…</source>
        <translation>Quét mã tài sản để ghi việc đã làm, hoặc tìm theo kế hoạch, thiết bị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="75"/>
        <source>All plans</source>
        <translation>Tất cả kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="76"/>
        <source>Active plans</source>
        <translation>Kế hoạch đang áp dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="77"/>
        <source>With tasks due</source>
        <translation>Có việc đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="78"/>
        <source>Paused plans</source>
        <translation>Kế hoạch tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="85"/>
        <source>Open the tasks that are due</source>
        <translation>Mở các việc đã đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="90"/>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="91"/>
        <source>Applies to</source>
        <translation>Áp dụng cho</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="94"/>
        <source>Every</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="98"/>
        <source>Items</source>
        <translation>Số thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="101"/>
        <source>Due now</source>
        <translation>Việc đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="108"/>
        <source>Next due</source>
        <translation>Đến hạn gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="113"/>
        <source>Last done</source>
        <translation>Lần gần nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="115"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="125"/>
        <source>&amp;New plan…</source>
        <translation>&amp;Lập kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="126"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="127"/>
        <source>&amp;Pause / resume</source>
        <translation>&amp;Tạm dừng / tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="128"/>
        <source>&amp;Due tasks…</source>
        <translation>&amp;Việc đến hạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="129"/>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="155"/>
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n việc đến hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="162"/>
        <source>%n plan(s)</source>
        <translation>
            <numerusform>%n kế hoạch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="166"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="168"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="169"/>
        <source>Active</source>
        <translation>Đang áp dụng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/plans_page.py" line="202"/>
        <source>Delete %n plan(s)? The maintenance already recorded under them stays in the log.</source>
        <translation>
            <numerusform>Xóa %n kế hoạch? Các lần bảo trì đã ghi theo kế hoạch vẫn được giữ trong nhật ký bảo trì.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="240"/>
        <source>No active plan covers %1 – %2. Make a plan for it?</source>
        <translation>Chưa có kế hoạch đang áp dụng nào cho %1 – %2. Lập kế hoạch cho thiết bị này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="249"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="250"/>
        <source>Due tasks…</source>
        <translation>Việc đến hạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="251"/>
        <source>Pause / resume</source>
        <translation>Tạm dừng / tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_page.py" line="252"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>RepairDialogs</name>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="37"/>
        <source>Reported on %1 by %2:</source>
        <translation>Ngày %1, %2 báo hỏng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="190"/>
        <source>Cancel the report on %1 – %2? Its units are counted as good again.

Why (optional):</source>
        <translation>Hủy báo hỏng %1 – %2? Số lượng đã báo hỏng được tính là tốt trở lại.

Lý do (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="197"/>
        <source>Cancel the fault report</source>
        <translation>Hủy báo hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="200"/>
        <source>reported by mistake</source>
        <translation>báo nhầm</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="34"/>
        <source>&amp;Print</source>
        <translation>&amp;In ấn</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="35"/>
        <source>E&amp;xcel</source>
        <translation>E&amp;xcel</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="51"/>
        <source>Equipment register book, by &amp;room…</source>
        <translation>Sổ quản lý thiết bị, theo &amp;phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="55"/>
        <source>Equipment register book, by &amp;subject…</source>
        <translation>Sổ quản lý thiết bị, theo &amp;môn học…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="58"/>
        <source>&amp;Inventory count sheet…</source>
        <translation>Biên bản kiểm kê (bản &amp;in để ghi tay)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="59"/>
        <source>Minutes of an inventory &amp;count…</source>
        <translation>Biên bản của một đợt &amp;kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="60"/>
        <source>&amp;Maintenance log…</source>
        <translation>Nhật ký &amp;bảo trì, sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="61"/>
        <source>Maintenance pla&amp;n schedule…</source>
        <translation>&amp;Lịch bảo trì theo kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="62"/>
        <source>&amp;Fault and repair book…</source>
        <translation>&amp;Sổ theo dõi báo hỏng – sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="63"/>
        <source>&amp;Loan book…</source>
        <translation>Sổ mượn – t&amp;rả thiết bị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="64"/>
        <source>Room &amp;usage book…</source>
        <translation>Sổ theo dõi sử dụng phòng học bộ mô&amp;n…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="65"/>
        <source>Room &amp;profile of the selected room…</source>
        <translation>&amp;Hồ sơ phòng học đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="66"/>
        <source>&amp;Disposal minutes of the selected disposal…</source>
        <translation>Biên bản &amp;thanh lý của hồ sơ đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="67"/>
        <source>&amp;Handover minutes of the selected transfer…</source>
        <translation>Biên bản bàn &amp;giao của lần điều chuyển đang chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="70"/>
        <source>Subject rooms and minimum &amp;equipment review…</source>
        <translation>Báo cáo rà soát phòng bộ môn và thiết bị tối thiể&amp;u…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="78"/>
        <source>Export the &amp;register (current filter)…</source>
        <translation>Xuất &amp;sổ thiết bị (theo bộ lọc hiện tại)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="79"/>
        <source>Export the r&amp;ooms…</source>
        <translation>Xuất danh sách &amp;phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="80"/>
        <source>Export the &amp;maintenance log…</source>
        <translation>Xuất nhật ký &amp;bảo trì…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="81"/>
        <source>Export the maintenance pla&amp;ns and due tasks…</source>
        <translation>Xuất kế hoạch bảo trì và &amp;việc đến hạn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="82"/>
        <source>Export the &amp;fault reports…</source>
        <translation>Xuất &amp;danh sách báo hỏng – sửa chữa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="83"/>
        <source>Export an inventory &amp;count…</source>
        <translation>Xuất kết quả một đợt &amp;kiểm kê…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="84"/>
        <source>Export the &amp;loans…</source>
        <translation>Xuất sổ &amp;mượn – trả…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="85"/>
        <source>Export the room &amp;usage book…</source>
        <translation>Xuất sổ theo dõi sử dụng phòng &amp;học bộ môn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="86"/>
        <source>&amp;District summary…</source>
        <translation>Bảng tổng hợp gửi Phòn&amp;g…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="88"/>
        <source>Export the &amp;transfers…</source>
        <translation>Xuất danh sách điều &amp;chuyển…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="91"/>
        <source>Export the subject rooms and minimum &amp;equipment review…</source>
        <translation>Xuất rà soát phòng bộ môn và thiết bị &amp;tối thiểu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="95"/>
        <source>&amp;Import a register from Excel…</source>
        <translation>&amp;Nhập sổ thiết bị từ Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="87"/>
        <source>Export the di&amp;sposals…</source>
        <translation>Xuất danh sách th&amp;anh lý…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="74"/>
        <source>&amp;QR labels…</source>
        <translation>Nhãn &amp;QR…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="98"/>
        <source>Import a minimum e&amp;quipment list from Excel…</source>
        <translation>Nhập danh mục thiết bị tối thiể&amp;u từ Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="119"/>
        <source>Saved %1.

Open it now?</source>
        <translation>Đã lưu %1.

Mở tệp ngay?</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="137"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="142"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="152"/>
        <source>Equipment register book</source>
        <translation>Sổ quản lý thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="161"/>
        <source>Inventory count sheet</source>
        <translation>Biên bản kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="182"/>
        <source>Inventory count minutes</source>
        <translation>Biên bản kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="194"/>
        <source>Export an inventory count</source>
        <translation>Xuất kết quả kiểm kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="204"/>
        <source>Maintenance log</source>
        <translation>Nhật ký bảo trì, sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="216"/>
        <source>Maintenance plan schedule</source>
        <translation>Kế hoạch bảo trì thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="227"/>
        <source>Fault and repair book</source>
        <translation>Sổ theo dõi báo hỏng – sửa chữa thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="236"/>
        <source>Export the maintenance plans</source>
        <translation>Xuất kế hoạch bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="247"/>
        <source>Export the fault reports</source>
        <translation>Xuất danh sách báo hỏng – sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="253"/>
        <source>Room profile</source>
        <translation>Hồ sơ phòng học</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="256"/>
        <source>Select a room on the Rooms page first.</source>
        <translation>Hãy chọn một phòng ở trang Phòng trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="267"/>
        <source>QR labels</source>
        <translation>Nhãn QR</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="271"/>
        <source>Select the items on the Equipment page first.</source>
        <translation>Hãy chọn các thiết bị ở trang Thiết bị trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="296"/>
        <source>Export the register</source>
        <translation>Xuất sổ thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="310"/>
        <source>Loan book</source>
        <translation>Sổ mượn – trả thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="327"/>
        <source>Export the loans</source>
        <translation>Xuất sổ mượn – trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="351"/>
        <source>Room usage book</source>
        <translation>Sổ theo dõi sử dụng phòng học bộ môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="366"/>
        <source>Export the room usage book</source>
        <translation>Xuất sổ theo dõi sử dụng phòng học bộ môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="380"/>
        <source>Export the rooms</source>
        <translation>Xuất danh sách phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="387"/>
        <source>Export the maintenance log</source>
        <translation>Xuất nhật ký bảo trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="394"/>
        <source>District summary</source>
        <translation>Bảng tổng hợp gửi Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="403"/>
        <source>Disposal minutes</source>
        <translation>Biên bản thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="406"/>
        <source>Select a disposal on the Disposals page first.</source>
        <translation>Hãy chọn một hồ sơ ở trang Thanh lý trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="418"/>
        <source>Handover minutes</source>
        <translation>Biên bản bàn giao</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="421"/>
        <source>Select a transfer on the Transfers page first.</source>
        <translation>Hãy chọn một lần điều chuyển ở trang Điều chuyển trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="433"/>
        <source>Export the disposals</source>
        <translation>Xuất danh sách thanh lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports_menu.py" line="442"/>
        <source>Export the transfers</source>
        <translation>Xuất danh sách điều chuyển</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="31"/>
        <source>Return equipment</source>
        <translation>Nhận trả thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="38"/>
        <source>Back in &amp;good condition</source>
        <translation>Trả &amp;tốt</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="39"/>
        <source>Back &amp;damaged</source>
        <translation>Trả &amp;hỏng</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="40"/>
        <source>Counted as broken in the register</source>
        <translation>Ghi vào số hỏng của thiết bị trong sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="41"/>
        <source>&amp;Lost</source>
        <translation>Bị &amp;mất</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="42"/>
        <source>Counted as lost in the register</source>
        <translation>Ghi vào số mất của thiết bị trong sổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="46"/>
        <source>&amp;Notes on the return</source>
        <translation>&amp;Ghi chú khi trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="49"/>
        <source>&amp;Return</source>
        <translation>&amp;Nhận trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="63"/>
        <source>(overdue)</source>
        <translation>(quá hạn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="64"/>
        <source>%1 (good %2, damaged %3, lost %4)</source>
        <translation>%1 (tốt %2, hỏng %3, mất %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="72"/>
        <source>period %1</source>
        <translation>tiết %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="74"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="76"/>
        <source>Borrower</source>
        <translation>Người mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="79"/>
        <source>Lesson</source>
        <translation>Bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="80"/>
        <source>Lent</source>
        <translation>Lúc mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="81"/>
        <source>Due back</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="82"/>
        <source>Lent quantity</source>
        <translation>Số lượng mượn</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="83"/>
        <source>Returned before</source>
        <translation>Đã trả trước đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="84"/>
        <source>Still out</source>
        <translation>Còn chưa trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="105"/>
        <source>%1 is more than the %2 still out.</source>
        <translation>%1 nhiều hơn %2 còn chưa trả.</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="108"/>
        <source>%1 back now; %2 still out stay on loan.</source>
        <translation>Trả lần này %1; còn %2 tiếp tục mượn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/loan_return_dialog.py" line="112"/>
        <source>%1 back now: everything lent is back.</source>
        <translation>Trả lần này %1: đã trả đủ.</translation>
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
    <name>RoomUsage</name>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="45"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="46"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="47"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="48"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="49"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="50"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="51"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="59"/>
        <source>%1 – morning</source>
        <translation>%1 – sáng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="60"/>
        <source>%1 – afternoon</source>
        <translation>%1 – chiều</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="64"/>
        <source>Morning: periods 1–5 · Afternoon: periods 6–10</source>
        <translation>Buổi sáng: tiết 1–5 · Buổi chiều: tiết 6–10</translation>
    </message>
</context>
<context>
    <name>RoomUsageForm</name>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="201"/>
        <source>Correct a room session</source>
        <translation>Sửa buổi sử dụng phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="201"/>
        <source>Record a room session</source>
        <translation>Ghi buổi sử dụng phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="213"/>
        <source>&amp;Room</source>
        <translation>&amp;Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="214"/>
        <source>&amp;Day</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="219"/>
        <source>&amp;From period</source>
        <translation>Từ &amp;tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="221"/>
        <source>&amp;To period</source>
        <translation>Đế&amp;n tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="225"/>
        <source>&amp;Class</source>
        <translation>&amp;Lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="226"/>
        <source>e.g. 7A2</source>
        <translation>ví dụ 7A2</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="227"/>
        <source>T&amp;eacher</source>
        <translation>&amp;Giáo viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="228"/>
        <source>type a few letters of the name, accents optional</source>
        <translation>gõ vài chữ của tên, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="232"/>
        <source>&amp;Subject</source>
        <translation>&amp;Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="233"/>
        <source>&amp;Lesson</source>
        <translation>Tên &amp;bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="234"/>
        <source>the lesson&apos;s title, as in the teaching plan</source>
        <translation>tên bài như trong kế hoạch bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="236"/>
        <source>E&amp;quipment used</source>
        <translation>Thiết bị &amp;sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="239"/>
        <source>Other equipment</source>
        <translation>Thiết bị khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="241"/>
        <source>anything not in the register, as written</source>
        <translation>thiết bị, đồ dùng không có trong sổ, ghi tay</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="243"/>
        <source>Room and equipment condition</source>
        <translation>Tình trạng phòng và thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="245"/>
        <source>leave empty when all was normal</source>
        <translation>để trống nếu mọi thứ bình thường</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="246"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="309"/>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="377"/>
        <source>In the staff list</source>
        <translation>Có trong danh sách cán bộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="379"/>
        <source>No longer working here (kept as written)</source>
        <translation>Không còn công tác ở trường (giữ như đã ghi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/forms/room_usage_form.py" line="381"/>
        <source>Not in the staff list: kept as typed</source>
        <translation>Không có trong danh sách cán bộ: ghi đúng như đã gõ</translation>
    </message>
</context>
<context>
    <name>RoomUsagePage</name>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="53"/>
        <source>There is no subject room or classroom in the register yet: add the rooms on the Rooms page first.</source>
        <translation>Sổ chưa có phòng học bộ môn hay phòng học nào: hãy thêm phòng ở trang Phòng trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="211"/>
        <source>&amp;Week of a room</source>
        <translation>Lịch &amp;tuần của phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="212"/>
        <source>&amp;List of sessions</source>
        <translation>&amp;Danh sách buổi học</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="213"/>
        <source>&amp;Statistics</source>
        <translation>Thống &amp;kê</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="255"/>
        <source>Delete the session of %1, periods %2 on %3 from the book?</source>
        <translation>Xóa buổi học của lớp %1, tiết %2 ngày %3 khỏi sổ?</translation>
    </message>
</context>
<context>
    <name>RoomWeekView</name>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="61"/>
        <source>&amp;Room:</source>
        <translation>&amp;Phòng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="63"/>
        <source>◀ Previous week</source>
        <translation>◀ Tuần trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="64"/>
        <source>This week</source>
        <translation>Tuần này</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="65"/>
        <source>Next week ▶</source>
        <translation>Tuần sau ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="72"/>
        <source>&amp;Go to:</source>
        <translation>Đến &amp;ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="113"/>
        <source>Double-click or Enter: record a session in an empty cell (select several periods of a day first to record them together), or correct the session shown. Delete: delete it. Alt+Left / Alt+Right: previous / next week.</source>
        <translation>Nhấp đúp hoặc Enter: ghi buổi học vào ô trống (chọn trước nhiều tiết trong một ngày để ghi chung một buổi), hoặc sửa buổi đang chọn. Delete: xóa buổi đó. Alt+← / Alt+→: tuần trước / tuần sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="228"/>
        <source>Week of %1 – %2</source>
        <translation>Tuần từ %1 đến %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_week_view.py" line="234"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_week_view.py" line="236"/>
        <source>%n period(s) used</source>
        <translation>
            <numerusform>%n tiết đã dùng</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="322"/>
        <source>Periods %1, %2</source>
        <translation>Tiết %1, ngày %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="329"/>
        <source>Lesson: %1</source>
        <translation>Bài dạy: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="333"/>
        <source>Equipment: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="338"/>
        <source>Condition: %1</source>
        <translation>Tình trạng: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_week_view.py" line="339"/>
        <source>normal</source>
        <translation>bình thường</translation>
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
    <name>ScanBox</name>
    <message>
        <location filename="../../app/ui/item_scan.py" line="90"/>
        <source>Scan the label or type an asset code or name, then Enter</source>
        <translation>Quét nhãn hoặc gõ mã, tên thiết bị rồi nhấn Enter</translation>
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
    <name>StartRepairDialog</name>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="62"/>
        <source>Start the repair</source>
        <translation>Bắt đầu sửa chữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="69"/>
        <source>&amp;Started on</source>
        <translation>Ngày &amp;bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="71"/>
        <source>&amp;Repaired by (person or firm)</source>
        <translation>&amp;Người sửa (cá nhân hoặc đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="73"/>
        <source>&amp;Work to do</source>
        <translation>Nội &amp;dung cần sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="74"/>
        <source>empty: the fault as reported</source>
        <translation>để trống: lấy hiện tượng hỏng đã báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="75"/>
        <source>&amp;Quoted cost (đồng)</source>
        <translation>&amp;Chi phí báo giá (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="77"/>
        <source>The item &amp;leaves the school for the repair</source>
        <translation>Thiết bị được &amp;mang ra ngoài trường để sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="80"/>
        <source>&amp;Promised back by</source>
        <translation>Ngày &amp;hẹn trả</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="82"/>
        <source>&amp;Notes</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/repair_dialog.py" line="84"/>
        <source>Start repair</source>
        <translation>Bắt đầu sửa</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="45"/>
        <source>Sync with the district</source>
        <translation>Đồng bộ với Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="48"/>
        <source>District server</source>
        <translation>Máy chủ của Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="54"/>
        <source>Equipment room PC</source>
        <translation>Máy phòng thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="55"/>
        <source>&amp;Connect this PC</source>
        <translation>&amp;Đăng ký máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="59"/>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="60"/>
        <source>One-time code</source>
        <translation>Mã đăng ký (dùng một lần)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="61"/>
        <source>Name of this PC</source>
        <translation>Tên máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="65"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="70"/>
        <source>&amp;Sync now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="72"/>
        <source>&amp;Export USB file…</source>
        <translation>&amp;Xuất tệp USB…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="75"/>
        <source>&amp;Import reply file…</source>
        <translation>Nhập tệp &amp;trả lời…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="109"/>
        <source>This PC is connected (device %1). A new code connects it again.</source>
        <translation>Máy này đã được đăng ký (mã máy %1). Nhập mã mới nếu cần đăng ký lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="115"/>
        <source>Ask the district office for the server address and a one-time code.</source>
        <translation>Hãy xin Phòng Giáo dục và Đào tạo địa chỉ máy chủ và mã đăng ký dùng một lần.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_dialog.py" line="118"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="120"/>
        <source>Last sync: %1</source>
        <translation>Lần đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="122"/>
        <source>Last error: %1</source>
        <translation>Lỗi gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="127"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="138"/>
        <source>Conflicts to review (%1)</source>
        <translation>Xung đột cần xem (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="140"/>
        <source>Refused changes (%1)</source>
        <translation>Thay đổi bị từ chối (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="143"/>
        <location filename="../../app/ui/sync_dialog.py" line="161"/>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="144"/>
        <location filename="../../app/ui/sync_dialog.py" line="161"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="145"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="146"/>
        <source>This PC&apos;s value</source>
        <translation>Giá trị ở máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="147"/>
        <source>District&apos;s value (kept)</source>
        <translation>Giá trị của Phòng (được giữ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="161"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="169"/>
        <source>Mark all as reviewed</source>
        <translation>Đánh dấu đã xem tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="175"/>
        <source>Dismiss all</source>
        <translation>Bỏ qua tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="201"/>
        <source>Enter the server address and the one-time code.</source>
        <translation>Hãy nhập địa chỉ máy chủ và mã đăng ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_dialog.py" line="211"/>
        <source>Connecting to the district server…</source>
        <translation>Đang kết nối máy chủ của Phòng Giáo dục và Đào tạo…</translation>
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
        <location filename="../../app/ui/sync_status.py" line="76"/>
        <source>PC clock is wrong</source>
        <translation>đồng hồ máy tính bị lệch</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="83"/>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="86"/>
        <source>Sync: </source>
        <translation>Đồng bộ: </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_status.py" line="91"/>
        <source>(oldest under an hour)</source>
        <translation>(cũ nhất chưa tới 1 giờ)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="93"/>
        <source>(oldest %n hour(s))</source>
        <translation>
            <numerusform>(cũ nhất %n giờ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync_status.py" line="94"/>
        <source>(oldest %n day(s))</source>
        <translation>
            <numerusform>(cũ nhất %n ngày)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="142"/>
        <source>Hand over equipment to a room</source>
        <translation>Bàn giao thiết bị cho một phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="146"/>
        <source>&amp;To room</source>
        <translation>Đến &amp;phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="147"/>
        <source>(choose a room)</source>
        <translation>(chọn phòng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="150"/>
        <source>&amp;Date</source>
        <translation>&amp;Ngày bàn giao</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="153"/>
        <source>Decision &amp;number</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="155"/>
        <source>if there is one</source>
        <translation>nếu có</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="157"/>
        <source>&amp;Handed over by</source>
        <translation>Người &amp;giao</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="158"/>
        <source>&amp;Received by</source>
        <translation>Người n&amp;hận</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="164"/>
        <source>Rea&amp;son</source>
        <translation>&amp;Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="165"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="196"/>
        <source>Re&amp;move item</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="201"/>
        <source>Items</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="202"/>
        <source>Hand &amp;over</source>
        <translation>Bàn gia&amp;o</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="207"/>
        <source>No item in service matches «%1».</source>
        <translation>Không có thiết bị nào đang quản lý khớp với «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer_dialog.py" line="227"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfer_dialog.py" line="229"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="246"/>
        <source>Already in the list: %1</source>
        <translation>Đã có trong danh sách: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="272"/>
        <source>Choose the room that receives the items.</source>
        <translation>Hãy chọn phòng nhận thiết bị.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfer_dialog.py" line="278"/>
        <source>Enter the date of the handover.</source>
        <translation>Hãy nhập ngày bàn giao.</translation>
    </message>
</context>
<context>
    <name>TransfersPage</name>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="43"/>
        <source>Search item name, asset code or decision number… (accents optional)</source>
        <translation>Tìm tên, mã thiết bị hoặc số quyết định… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="47"/>
        <source>Rooms and schools</source>
        <translation>Giữa các phòng và các trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="62"/>
        <source>P&amp;lace them in a room…</source>
        <translation>&amp;Xếp vào phòng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="72"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="74"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="75"/>
        <source>Asset code</source>
        <translation>Mã tài sản</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="76"/>
        <source>Item</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="79"/>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="85"/>
        <source>From</source>
        <translation>Nơi giao</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="85"/>
        <location filename="../../app/ui/transfers_page.py" line="87"/>
        <source>(no room)</source>
        <translation>(chưa xếp phòng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="87"/>
        <source>To</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="89"/>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="93"/>
        <source>Handed over by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="100"/>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="107"/>
        <source>New code</source>
        <translation>Mã mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="116"/>
        <source>&amp;New handover…</source>
        <translation>&amp;Bàn giao mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="118"/>
        <source>&amp;Print handover…</source>
        <translation>&amp;In biên bản bàn giao…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="120"/>
        <source>&amp;Open item</source>
        <translation>&amp;Mở thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="133"/>
        <source>All rooms</source>
        <translation>Tất cả phòng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfers_page.py" line="154"/>
        <source>%n item(s) handed over</source>
        <translation>
            <numerusform>%n lượt điều chuyển thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/transfers_page.py" line="160"/>
        <source>%n item(s) sent by another school have no room yet.</source>
        <translation>
            <numerusform>%n thiết bị do trường khác chuyển đến chưa được xếp phòng.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="175"/>
        <source>Handed over. Print the handover minutes now?</source>
        <translation>Đã bàn giao. In biên bản bàn giao ngay?</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="201"/>
        <source>This item went to %1: it is no longer in this school&apos;s register.</source>
        <translation>Thiết bị này đã chuyển sang %1, không còn trong sổ của trường.</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="217"/>
        <source>Print handover…</source>
        <translation>In biên bản bàn giao…</translation>
    </message>
    <message>
        <location filename="../../app/ui/transfers_page.py" line="218"/>
        <source>Open item</source>
        <translation>Mở thiết bị</translation>
    </message>
</context>
<context>
    <name>UsageListPage</name>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="78"/>
        <source>Search class, teacher, lesson, equipment…</source>
        <translation>Tìm lớp, giáo viên, bài dạy, thiết bị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="93"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="96"/>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="102"/>
        <source>Periods</source>
        <translation>Tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="104"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="105"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="106"/>
        <source>Teacher</source>
        <translation>Giáo viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="107"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="108"/>
        <source>Lesson</source>
        <translation>Tên bài dạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="111"/>
        <source>Equipment used</source>
        <translation>Thiết bị sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="118"/>
        <source>Room and equipment condition</source>
        <translation>Tình trạng phòng và thiết bị</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="119"/>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="126"/>
        <source>&amp;Record…</source>
        <translation>&amp;Ghi buổi học…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="127"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="128"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="145"/>
        <source>All rooms</source>
        <translation>Tất cả các phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="149"/>
        <source>All months</source>
        <translation>Tất cả các tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="151"/>
        <source>All teachers</source>
        <translation>Tất cả giáo viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="152"/>
        <source>All subjects</source>
        <translation>Tất cả các môn</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_usage_page.py" line="177"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/room_usage_page.py" line="190"/>
        <source>Delete %n session(s) from the book?</source>
        <translation>
            <numerusform>Xóa %n buổi học khỏi sổ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="196"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="196"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>UsageScopeDialog</name>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="292"/>
        <source>Every subject room (one section each)</source>
        <translation>Tất cả phòng học bộ môn (mỗi phòng một phần)</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="306"/>
        <source>&amp;Room</source>
        <translation>&amp;Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="307"/>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="308"/>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="312"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="313"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="329"/>
        <source>Write both dates, as dd/mm/yyyy.</source>
        <translation>Hãy ghi đủ hai ngày, dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/room_usage_page.py" line="332"/>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu: hãy kiểm tra lại hai ngày.</translation>
    </message>
</context>
<context>
    <name>UsageStatsView</name>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="175"/>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="186"/>
        <source>&amp;Period:</source>
        <translation>&amp;Khoảng thời gian:</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="187"/>
        <source>&amp;From:</source>
        <translation>&amp;Từ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="188"/>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="189"/>
        <source>Subjects and months of:</source>
        <translation>Môn và tháng của:</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="200"/>
        <source>Room</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="201"/>
        <source>Name</source>
        <translation>Tên phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="202"/>
        <source>Kind</source>
        <translation>Loại phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="203"/>
        <location filename="../../app/ui/usage_stats_view.py" line="211"/>
        <location filename="../../app/ui/usage_stats_view.py" line="217"/>
        <source>Sessions</source>
        <translation>Số buổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="204"/>
        <location filename="../../app/ui/usage_stats_view.py" line="211"/>
        <location filename="../../app/ui/usage_stats_view.py" line="218"/>
        <source>Periods</source>
        <translation>Số tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="205"/>
        <location filename="../../app/ui/usage_stats_view.py" line="219"/>
        <source>Available periods</source>
        <translation>Số tiết có thể dùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="206"/>
        <location filename="../../app/ui/usage_stats_view.py" line="220"/>
        <source>Share used</source>
        <translation>Tỉ lệ sử dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="211"/>
        <source>Subject</source>
        <translation>Môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="211"/>
        <source>Rooms</source>
        <translation>Số phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="216"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="225"/>
        <source>Share of the available periods used (%)</source>
        <translation>Tỉ lệ số tiết sử dụng (%)</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="227"/>
        <source>Periods by subject</source>
        <translation>Số tiết theo môn học</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="229"/>
        <source>Periods by month</source>
        <translation>Số tiết theo tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="233"/>
        <source>By &amp;room</source>
        <translation>Theo &amp;phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="234"/>
        <source>By s&amp;ubject</source>
        <translation>Theo &amp;môn</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="235"/>
        <source>By &amp;month</source>
        <translation>Theo t&amp;háng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="245"/>
        <source>Available periods: the Monday-to-Saturday days of the period times 10 periods a day (holidays are not left out).</source>
        <translation>Số tiết có thể dùng: số ngày từ thứ Hai đến thứ Bảy trong khoảng thời gian nhân với 10 tiết mỗi ngày (chưa trừ ngày nghỉ lễ).</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="271"/>
        <source>This school year, to today</source>
        <translation>Năm học này, đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="272"/>
        <source>This term, to today</source>
        <translation>Học kỳ này, đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="273"/>
        <source>This month, to today</source>
        <translation>Tháng này, đến hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="274"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="275"/>
        <source>Last school year</source>
        <translation>Năm học trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="276"/>
        <source>Chosen dates</source>
        <translation>Tự chọn ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="296"/>
        <source>All rooms</source>
        <translation>Tất cả các phòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="332"/>
        <source>Write both dates of the period, as dd/mm/yyyy.</source>
        <translation>Hãy ghi đủ ngày bắt đầu và ngày kết thúc, dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="335"/>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu: hãy kiểm tra lại hai ngày.</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="338"/>
        <source>Choose a period of at most three years.</source>
        <translation>Hãy chọn khoảng thời gian không quá ba năm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="380"/>
        <source>From %1 to %2: </source>
        <translation>Từ %1 đến %2: </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="383"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n buổi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="385"/>
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n tiết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="387"/>
        <source>in %n room(s)</source>
        <translation>
            <numerusform>ở %n phòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usage_stats_view.py" line="390"/>
        <source>%n session(s) noted a problem</source>
        <translation>
            <numerusform>%n buổi có ghi sự cố</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="399"/>
        <source>(deleted)</source>
        <translation>(đã xóa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/usage_stats_view.py" line="422"/>
        <source>(no subject written)</source>
        <translation>(chưa ghi môn)</translation>
    </message>
</context>
<context>
    <name>UsbSync</name>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="34"/>
        <source>Folder on the USB stick</source>
        <translation>Thư mục trên USB</translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="43"/>
        <source>Written %1. Take it to the district office; bring back their reply file.</source>
        <translation>Đã ghi %1. Hãy mang tệp này đến Phòng Giáo dục và Đào tạo và mang tệp trả lời về nhập vào máy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="54"/>
        <source>Writing the sync file…</source>
        <translation>Đang ghi tệp đồng bộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="61"/>
        <source>Reply file from the district</source>
        <translation>Tệp trả lời của Phòng Giáo dục và Đào tạo</translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="63"/>
        <source>Sync files (*.zip)</source>
        <translation>Tệp đồng bộ (*.zip)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/usb_sync.py" line="74"/>
        <source>Reply applied: %n change(s) from the district.</source>
        <translation>
            <numerusform>Đã nhập tệp trả lời: %n thay đổi từ Phòng Giáo dục và Đào tạo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="78"/>
        <source>The district&apos;s server had lost part of this school&apos;s data. The whole register (%1 rows) goes again in the next sync file.</source>
        <translation>Máy chủ của Phòng Giáo dục và Đào tạo đã mất một phần dữ liệu của trường. Toàn bộ sổ (%1 dòng) sẽ được gửi lại trong tệp đồng bộ lần sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/usb_sync.py" line="90"/>
        <source>Applying the district&apos;s reply…</source>
        <translation>Đang nhập tệp trả lời của Phòng Giáo dục và Đào tạo…</translation>
    </message>
</context>
</TS>
