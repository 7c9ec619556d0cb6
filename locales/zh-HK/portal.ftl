# Every string the portal's interface shows, in Traditional Chinese as read in Hong Kong,
# Macao and Taiwan (zh-HK). Drafted with `content to-hk locales/zh-CN/portal.ftl`, then
# edited for Hong Kong usage (導覽, 資訊, 載入, 伺服器, 預設, 滑鼠, 選單, 支援, 聯絡).

site-name = 深圳市人民政府口岸辦公室
site-short-name = 市口岸辦
skip-to-content = 跳到主要內容

nav-primary = 主導覽
nav-breadcrumb = 目前位置
nav-language = 選擇語言
nav-footer = 網站資訊

route-home = 首頁
route-about = 關於我們
route-copyright = 版權保護
route-privacy = 隱私聲明
route-accessibility = 無障礙聲明
route-sitemap = 網站導覽
route-section = 欄目
route-not-found = 頁面未找到

footer-host = 主辦單位
footer-address = 地址
footer-postcode = 郵編
footer-phone = 聯絡電話
footer-fax = 傳真
footer-site-code = 網站標識碼
footer-filings = 備案信息

loading = 正在載入，請稍候…
error-title = 暫時無法顯示此內容
error-network = 網絡連線失敗，內容沒有載入。請檢查網絡後重試。
error-server = 網站伺服器暫時出了問題（代碼 { $status }）。請稍後重試。
error-missing = 找不到這部分內容（代碼 { $status }）。
error-bundle = 網站的內容文件有誤，無法顯示。我們會盡快修復。
error-retry = 重新加載
error-details = 技術信息（報告問題時可附上）
error-contact = 如需幫助，請在工作日致電 0755-83394325。

home-lead-heading = 本站欄目
home-contact-heading = 聯絡我們
home-contact-hours = 工作日 9:00-12:00，14:00-18:00

page-updated = 更新日期：{ $date }
sitemap-lead = 本站目前提供以下頁面。

not-found-lead = 您要找的頁面不存在，可能已被移動或刪除。
not-found-typed = 如果您是手動輸入的網址，請檢查是否有誤。
not-found-home = 返回首頁
not-found-sitemap = 查看網站導覽，找到您需要的頁面

announce-page = 已打開頁面：{ $title }

route-notices = 通知公告

list-count = 共 { $total } 條，第 { $page }/{ $pages } 頁
list-empty = 沒有符合條件的資訊。請換一個類別或年份。
filter-legend = 篩選
filter-category = 類別
filter-year = 年份
filter-all-categories = 全部類別
filter-all-years = 全部年份
filter-apply = 篩選
pagination-label = 分頁
pagination-previous = 上一頁
pagination-next = 下一頁
pagination-page = 第 { $page } 頁

item-date = 發佈日期
item-source = 來源
item-category = 類別
item-tags = 標籤
item-attachments = 附件
item-attachment-wechat = 在微信中無法下載附件時，請按右上角選單，選擇“在瀏覽器打開”。
item-neighbours = 相鄰資訊
item-newer = 較新一篇
item-older = 較早一篇
sample-content = 示例內容
sample-note = 這是示例內容，用於演示本站，不是本辦發佈的真實信息。

home-latest-more = 查看全部{ $section }
home-quick-heading = 常用服務
home-quick-statistics = 口岸統計數據
home-quick-policy = 政策法規

care-on = 關懷版
care-off = 返回標準版
care-announce-on = 已切換到關懷版：字更大、行距更寬、版面更簡潔。
care-announce-off = 已返回標準版。

toolbar-open = 無障礙
toolbar-heading = 無障礙工具
toolbar-close = 關閉工具條
toolbar-text-size = 文字大小：{ $percent }%
toolbar-text-smaller = 縮小文字
toolbar-text-larger = 放大文字
toolbar-scheme = 配色
toolbar-scheme-default = 預設
toolbar-scheme-white = 白底黑字
toolbar-scheme-cream = 米黃底黑字
toolbar-scheme-black = 黑底黃字
toolbar-scheme-blue = 藍底黃字
toolbar-spacing = 加大行距
toolbar-reset = 全部恢復預設
toolbar-help = 快捷鍵
toolbar-key-larger = 放大文字
toolbar-key-smaller = 縮小文字
toolbar-key-scheme = 切換配色
toolbar-key-reset = 恢復預設
toolbar-key-help = 打開工具條和快捷鍵説明
toolbar-key-close = 關閉工具條
toolbar-announce-text = 文字大小 { $percent }%
toolbar-announce-scheme = 配色：{ $scheme }
toolbar-announce-reset = 已恢復預設顯示
toolbar-pointer = 大滑鼠
toolbar-guide = 十字輔助線
toolbar-textonly = 純文本
toolbar-announce-on = 已開啓
toolbar-announce-off = 已關閉
speech-heading = 語音朗讀
speech-read-page = 朗讀全文
speech-point = 指讀
speech-stop = 停止朗讀
speech-rate = 語速
speech-rate-slow = 慢
speech-rate-normal = 正常
speech-rate-fast = 快
speech-rate-next = 切換語速
speech-unsupported = 此瀏覽器不支援語音朗讀（例如 Android 版微信內置瀏覽器）。請在系統瀏覽器中打開本站，或使用手機內置的讀屏功能。
toolbar-key-regions = 跳到導航、正文、常用服務、互動、列表、文章標題
toolbar-no-region = 本頁沒有這個區域
toolbar-zoom = 頁面縮放：{ $percent }%
toolbar-zoom-out = 縮小頁面
toolbar-zoom-in = 放大頁面
toolbar-announce-zoom = 頁面縮放 { $percent }%
toolbar-magnifier = 大字幕
toolbar-reader = 讀屏模式
speech-reader-on = 讀屏模式已開啟。按 Tab 鍵逐項朗讀，按 Alt 加 X 朗讀全文，按 Alt 加 H 關閉。
speech-reader-off = 讀屏模式已關閉
speech-announce-rate = 語速：{ $rate }

## Disclosure (信息公開)
route-disclosure = 信息公開
route-disclosure-desc = 公開指南、公開目錄和申請方式。
route-disclosure-guide = 公開指南
route-disclosure-guide-desc = 本辦公開哪些信息、在哪裏公開，怎樣申請公開，多久答覆。
route-catalogue = 公開目錄
route-catalogue-desc = 按類別、年份和效力查找本辦公開的文件。
route-catalogue-entry = 目錄條目
disclosure-entries-heading = 公開欄目
disclosure-apply-heading = 依申請公開
disclosure-apply-text = 公開目錄裏找不到的政府信息，可以向本辦申請。本辦自收到申請之日起20個工作日內答覆，需要延長的最多再延長20個工作日，不收取費用。
disclosure-apply-link = 怎樣申請：見公開指南
disclosure-contact-heading = 公開工作機構
disclosure-contact-unit = 機構
disclosure-contact-hours = 辦公時間
catalogue-lead = 本辦主動公開的文件，按發佈日期從新到舊排列。可以按類別、年份和效力篩選。
catalogue-tree = 目錄分類
catalogue-count = 共 { $total } 條，第 { $page } / { $pages } 頁
catalogue-empty = 沒有符合條件的條目。請換一個類別、年份或效力。
filter-validity = 效力
filter-all-validity = 全部
validity-current = 現行有效
validity-amended = 已修改
validity-repealed = 已廢止
entry-index-number = 索引號
entry-publisher = 發佈機構
entry-written = 成文日期
entry-published = 發佈日期
entry-document-number = 文號
entry-validity = 效力
entry-amended-heading = 本文件已於 { $date } 修改，請以修改後的文件為準
entry-repealed-heading = 本文件已於 { $date } 廢止，不再有效
entry-replaced-by = 現行文件：
entry-replaces = 本文件取代的文件
entry-news = 全文見：
entry-back = 返回公開目錄

## Annual reports (年度報告)
route-reports = 年度報告
route-reports-desc = 歷年政府信息公開工作年度報告，表格可下載，各年關鍵數字可比較。
route-report = 年度報告全文
reports-list-heading = 各年報告
reports-published = 發佈日期：{ $date }
reports-newest = 最新年度報告：
reports-compare-heading = 歷年比較
reports-chart-caption = 歷年關鍵數字（單位：條或件），每根柱子上標有數字，下表列出同樣的數字。
reports-chart-desc = 柱狀圖：{ $figure }，{ $first }年至{ $last }年。
reports-chart-desc-missing = 柱狀圖：{ $figure }，{ $first }年至{ $last }年；{ $years }年無此數字。
reports-chart-no-figure = 無數字
reports-not-reported = 未報告
reports-years-separator = 、
reports-year = 年份
reports-figure-published = 主動公開信息（條）
reports-figure-applications = 收到公開申請（件）
reports-figure-results = 辦結公開申請（件）
reports-figure-reviews = 行政複議（件）
reports-figure-lawsuits = 行政訴訟（件）
reports-figure-letters = 答覆市民來信（件）
reports-table-caption = 歷年關鍵數字
reports-trend = { $first }年至{ $last }年，本辦主動公開的信息從 { $from } 條{ $change ->
    [up] 增加到
    [down] 減少到
   *[same] 保持在
} { $to } 條；其間共收到政府信息公開申請 { $applications } 件、辦結 { $results } 件，行政複議 { $reviews } 件，行政訴訟 { $lawsuits } 件{ $has_letters ->
    [yes] ；在報告了來信數字的 { $letter_years } 個年度共答覆市民來信 { $letters } 件
   *[no] {""}
}。
report-key-heading = 關鍵數字
report-figures-heading = 主要數字
report-downloads-heading = 下載表格
report-download = { $table }（CSV 表格，{ $size }）
report-table-region = { $caption }（表格，可左右滾動）
report-back = 返回年度報告列表
report-t2a-caption = 表二（一）第二十條第（一）項：規章和行政規範性文件
report-t2b-caption = 表二（二）第二十條第（五）（六）（八）項：許可、處罰、強制和收費
report-t2-item = 信息內容
report-t2-issued = 本年制發件數
report-t2-repealed = 本年廢止件數
report-t2-in-force = 現行有效件數
report-t2-amount = 本年處理決定數量或收費金額
report-t2-rules = 規章
report-t2-normative = 行政規範性文件
report-t2-licensing = 行政許可（件）
report-t2-penalties = 行政處罰（件）
report-t2-enforcement = 行政強制（件）
report-t2-fees = 行政事業性收費（萬元）
report-t3-caption = 表三 收到和處理政府信息公開申請情況
report-t3-corner = 申請情況
report-t3-natural = 自然人
report-t3-legal = 法人或其他組織
report-t3-business = 商業企業
report-t3-research = 科研機構
report-t3-charity = 社會公益組織
report-t3-legal-services = 法律服務機構
report-t3-legal-other = 其他
report-t3-all = 總計
report-t3-received = 一、本年新收政府信息公開申請數量
report-t3-carried-over = 二、上年結轉政府信息公開申請數量
report-t3-results = 三、本年度辦理結果
report-t3-granted = （一）予以公開
report-t3-partly-granted = （二）部分公開（區分處理的，只計這一情形，不計其他情形）
report-t3-refused = （三）不予公開
report-t3-refused-1 = 1. 屬於國家秘密
report-t3-refused-2 = 2. 其他法律行政法規禁止公開
report-t3-refused-3 = 3. 危及“三安全一穩定”
report-t3-refused-4 = 4. 保護第三方合法權益
report-t3-refused-5 = 5. 屬於三類內部事務信息
report-t3-refused-6 = 6. 屬於四類過程性信息
report-t3-refused-7 = 7. 屬於行政執法案卷
report-t3-refused-8 = 8. 屬於行政查詢事項
report-t3-unavailable = （四）無法提供
report-t3-unavailable-1 = 1. 本機關不掌握相關政府信息
report-t3-unavailable-2 = 2. 沒有現成信息需要另行製作
report-t3-unavailable-3 = 3. 補正後申請內容仍不明確
report-t3-not-processed = （五）不予處理
report-t3-not-processed-1 = 1. 信訪舉報投訴類申請
report-t3-not-processed-2 = 2. 重複申請
report-t3-not-processed-3 = 3. 要求提供公開出版物
report-t3-not-processed-4 = 4. 無正當理由大量反覆申請
report-t3-not-processed-5 = 5. 要求行政機關確認或重新出具已獲取信息
report-t3-other = （六）其他處理
report-t3-other-1 = 1. 申請人無正當理由逾期不補正，行政機關不再處理其申請
report-t3-other-2 = 2. 申請人逾期未按收費通知要求繳納費用，行政機關不再處理其申請
report-t3-other-3 = 3. 其他
report-t3-subtotal = 小計
report-t3-total = （七）總計
report-t3-carried-forward = 四、結轉下年度繼續辦理
report-t4-caption = 表四 政府信息公開行政複議、行政訴訟情況
report-t4-corner = 類別
report-t4-upheld = 結果維持
report-t4-corrected = 結果糾正
report-t4-other = 其他結果
report-t4-pending = 尚未審結
report-t4-total = 總計
report-t4-review = 行政複議
report-t4-litigation = 行政訴訟
report-t4-direct = 未經複議直接起訴
report-t4-after-review = 複議後起訴

