; Vietnamese setup messages for Sổ Thiết Bị, written for this project (plain words for
; school equipment officers). Loaded after compiler:Default.isl, and after Inno Setup's own
; Languages\Vietnamese.isl when the compiler ships one (see sotb.iss), so every message it
; does not name here still has a translation, or at worst the English text.
; Keep placeholders exactly as in Default.isl: %1 %2, %n (new line), [name], [name/ver], [mb].

[LangOptions]
LanguageName=Tiếng Việt
; Vietnamese (Vietnam). Setup picks this language when Windows' regional format is Vietnamese
; (sotb.iss: LanguageDetectionMethod=locale); listed first there, it is preselected otherwise.
LanguageID=$042A
LanguageCodePage=0

[Messages]
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt %1
UninstallAppTitle=Gỡ cài đặt
UninstallAppFullTitle=Gỡ cài đặt %1
InformationTitle=Thông báo
ConfirmTitle=Xác nhận
ErrorTitle=Lỗi

WindowsVersionNotSupported=Chương trình không chạy được trên phiên bản Windows của máy này.
OnlyOnTheseArchitectures=Chương trình chỉ cài được trên Windows dành cho các loại bộ xử lý sau:%n%n%1
WinVersionTooLowError=Chương trình cần %1 phiên bản %2 trở lên.
SetupAppRunningError=%1 đang mở.%n%nHãy đóng %1 rồi bấm OK để tiếp tục, hoặc bấm Hủy để thoát.
UninstallAppRunningError=%1 đang mở.%n%nHãy đóng %1 rồi bấm OK để tiếp tục gỡ, hoặc bấm Hủy để thoát.

PrivilegesRequiredOverrideTitle=Chọn cách cài đặt
PrivilegesRequiredOverrideInstruction=Cài đặt cho ai?
PrivilegesRequiredOverrideText1=%1 có thể cài cho mọi người dùng máy này (cần quyền quản trị), hoặc chỉ cho riêng bạn.
PrivilegesRequiredOverrideText2=%1 có thể cài chỉ cho riêng bạn, hoặc cho mọi người dùng máy này (cần quyền quản trị).
PrivilegesRequiredOverrideAllUsers=Cài cho &mọi người dùng
PrivilegesRequiredOverrideAllUsersRecommended=Cài cho &mọi người dùng (nên chọn)
PrivilegesRequiredOverrideCurrentUser=Chỉ cài cho &tôi
PrivilegesRequiredOverrideCurrentUserRecommended=Chỉ cài cho &tôi (nên chọn)

ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Chưa cài đặt xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại tệp cài đặt vào lúc khác.%n%nThoát cài đặt?

ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=OK
ButtonCancel=Hủy
ButtonYes=&Có
ButtonYesToAll=Có với &tất cả
ButtonNo=&Không
ButtonNoToAll=K&hông với tất cả
ButtonFinish=&Xong
ButtonBrowse=&Chọn...
ButtonWizardBrowse=C&họn...
ButtonNewFolder=&Tạo thư mục mới

SelectLanguageTitle=Chọn ngôn ngữ
SelectLanguageLabel=Chọn ngôn ngữ dùng trong khi cài đặt.
ClickNext=Bấm Tiếp để tiếp tục, hoặc Hủy để thoát.
BrowseDialogTitle=Chọn thư mục
BrowseDialogLabel=Chọn một thư mục trong danh sách rồi bấm OK.
NewFolderName=Thư mục mới

WelcomeLabel1=Chào mừng bạn đến với trình cài đặt [name]
WelcomeLabel2=Trình này sẽ cài [name/ver] vào máy tính.%n%nNên đóng các chương trình khác trước khi tiếp tục.

WizardSelectDir=Chọn nơi cài đặt
SelectDirDesc=Cài [name] vào đâu?
SelectDirLabel3=[name] sẽ được cài vào thư mục dưới đây.
SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
DiskSpaceGBLabel=Cần ít nhất [gb] GB dung lượng trống.
DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
DirExistsTitle=Thư mục đã có
DirExists=Thư mục:%n%n%1%n%nđã có sẵn. Vẫn cài vào thư mục này?

WizardSelectTasks=Chọn việc làm thêm
SelectTasksDesc=Trình cài đặt cần làm thêm những việc nào?
SelectTasksLabel2=Chọn những việc trình cài đặt sẽ làm thêm khi cài [name], rồi bấm Tiếp.

WizardReady=Sẵn sàng cài đặt
ReadyLabel1=Đã sẵn sàng cài [name] vào máy tính.
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại lựa chọn.
ReadyLabel2b=Bấm Cài đặt để bắt đầu.
ReadyMemoDir=Nơi cài đặt:
ReadyMemoTasks=Việc làm thêm:

WizardPreparing=Chuẩn bị cài đặt
PreparingDesc=Đang chuẩn bị cài [name] vào máy tính.
ApplicationsFound=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng.
ApplicationsFound2=Các chương trình sau đang dùng những tệp cần cập nhật. Nên để trình cài đặt tự đóng chúng. Cài xong, trình cài đặt sẽ thử mở lại chúng.
CloseApplications=&Tự động đóng các chương trình này
DontCloseApplications=&Không đóng

WizardInstalling=Đang cài đặt
InstallingLabel=Vui lòng chờ trong khi cài [name] vào máy tính.
StatusExtractFiles=Đang chép tệp...
StatusCreateIcons=Đang tạo biểu tượng...

FinishedHeadingLabel=Đã cài xong [name]
FinishedLabelNoIcons=Đã cài xong [name] vào máy tính.
FinishedLabel=Đã cài xong [name] vào máy tính. Mở chương trình bằng biểu tượng vừa tạo trong menu Start hoặc trên màn hình.
ClickFinish=Bấm Xong để đóng trình cài đặt.
RunEntryExec=Mở %1

UninstallStatusLabel=Vui lòng chờ trong khi gỡ %1 khỏi máy tính.
UninstalledMost=Đã gỡ xong %1.%n%nCòn vài tệp không gỡ được; có thể xóa chúng bằng tay.
WizardUninstalling=Đang gỡ cài đặt

[CustomMessages]
NameAndVersion=%1 phiên bản %2
AdditionalIcons=Biểu tượng:
CreateDesktopIcon=Tạo biểu tượng trên &màn hình (Desktop)
UninstallProgram=Gỡ cài đặt %1
LaunchProgram=Mở %1
